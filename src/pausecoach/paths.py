"""Where pausecoach keeps its files: `$PAUSECOACH_HOME`, or the platform's data and config dirs."""

from __future__ import annotations

import os
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


def _override() -> Path | None:
    value = os.environ.get(HOME_ENV, "").strip()
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    """The folder holding the database (not created here)."""
    override = _override()
    if override is not None:
        return override
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def config_dir() -> Path:
    """The folder holding config.toml (not created here)."""
    override = _override()
    if override is not None:
        return override
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, appauthor=False)


def database_path() -> Path:
    """The SQLite database file."""
    return data_dir() / "pausecoach.db"


def config_path() -> Path:
    """The settings file."""
    return config_dir() / "config.toml"


def ensure_private_dir(path: Path) -> Path:
    """Create `path` (owner-only) if needed and check it is writable; raise DataDirError if not."""
    os.umask(0o077)
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        # Tighten a folder we own, but never the user's home itself.
        if path.stat().st_mode & 0o077 and path.resolve() != Path.home().resolve():
            path.chmod(0o700)
    except OSError as exc:
        raise DataDirError(path, exc.strerror or str(exc)) from exc
    if not os.access(path, os.W_OK | os.X_OK):
        raise DataDirError(path, "it is read-only")
    return path


def write_private(path: Path, text: str) -> None:
    """Write `text` to `path`, readable by the owner only, replacing it whole or not at all."""
    import tempfile

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
