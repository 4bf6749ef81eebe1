"""Where pausecoach keeps its files: `$PAUSECOACH_HOME`, or the platform's data and config dirs."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

HOME_ENV = "PAUSECOACH_HOME"
APP_NAME = "pausecoach"


class DataDirError(Exception):
    """The data directory cannot be created or written."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(
            f"pausecoach cannot write to {path} ({reason}).\n"
            f"Set {HOME_ENV} to a folder you own, for example:\n"
            f"  export {HOME_ENV}=~/.pausecoach"
        )
        self.path = path


PRIVATE_SUBFOLDER = "pausecoach-private"
OUR_FILES = ("pausecoach.db", "config.toml")
_warned: set[Path] = set()


class NotRegularFile(OSError):
    """The path names something that is not a plain file (a device, a FIFO, a folder)."""


def _warn_once(folder: Path, message: str) -> None:
    if folder not in _warned:
        _warned.add(folder)
        sys.stderr.write(f"pausecoach: {message}\n")


def _private_place(folder: Path) -> Path:
    """`folder`, or a private sub-folder of it when it is open to others; it is never chmod-ed.

    PAUSECOACH_HOME may name a shared or project folder (`.`, /tmp): changing its mode would
    break it for everyone else, and writing a diary into it would expose it.
    """
    try:
        mode = folder.stat().st_mode
    except OSError:
        return folder  # not there yet: it is created owner-only
    if not stat.S_ISDIR(mode) or not mode & 0o077:
        return folder
    if any((folder / name).exists() for name in OUR_FILES):
        _warn_once(
            folder,
            f"{folder} can be read by other users and holds your pausecoach data. "
            f"Make it private with: chmod 700 {folder}",
        )
        return folder
    private = folder / PRIVATE_SUBFOLDER
    _warn_once(
        folder,
        f"{folder} can be read by other users, so pausecoach keeps its files in "
        f"{private} (owner-only) instead. {folder} itself was not changed.",
    )
    return private


def _override() -> Path | None:
    value = os.environ.get(HOME_ENV, "").strip()
    return _private_place(Path(value).expanduser()) if value else None


def data_dir() -> Path:
    """The folder holding the database (not created here)."""
    override = _override()
    if override is not None:
        return override
    from platformdirs import user_data_path

    return _private_place(user_data_path(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """The folder holding config.toml (not created here)."""
    override = _override()
    if override is not None:
        return override
    from platformdirs import user_config_path

    return _private_place(user_config_path(APP_NAME, appauthor=False))


def database_path() -> Path:
    """The SQLite database file."""
    return data_dir() / "pausecoach.db"


def config_path() -> Path:
    """The settings file."""
    return config_dir() / "config.toml"


def ensure_private_dir(path: Path) -> Path:
    """Create `path` (owner-only) if needed and check it is writable; raise DataDirError if not.

    Only a folder created here is made owner-only: an existing one is never chmod-ed.
    """
    os.umask(0o077)
    try:
        if not path.is_dir():
            path.mkdir(parents=True, exist_ok=True, mode=0o700)
            path.chmod(0o700)
    except OSError as exc:
        raise DataDirError(path, exc.strerror or str(exc)) from exc
    if not os.access(path, os.W_OK | os.X_OK):
        raise DataDirError(path, "it is read-only")
    return path


def write_target(path: Path) -> Path:
    """Where writing `path` really goes: through symlinks; NotRegularFile for a device or FIFO."""
    real = Path(os.path.realpath(path))
    try:
        mode = real.stat().st_mode
    except FileNotFoundError:
        return real
    if not stat.S_ISREG(mode):
        kind = "a folder" if stat.S_ISDIR(mode) else "not a regular file (a device or a pipe)"
        raise NotRegularFile(
            f"{path} is {kind}; pausecoach only writes plain files (use - for the screen)"
        )
    return real


def write_private(path: Path, text: str) -> None:
    """Write `text` to `path`, readable by the owner only, replacing it whole or not at all.

    A symlink stays a symlink (the file it points to is replaced); a device, a FIFO or a folder
    is refused with NotRegularFile rather than replaced by a file.
    """
    import tempfile

    path = write_target(path)
    folder = path.parent if str(path.parent) else Path(".")
    handle, temp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temp, 0o600)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
