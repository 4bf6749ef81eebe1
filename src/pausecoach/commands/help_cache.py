"""`--help` printed from a copy of its last rendering, when nothing that shapes it has changed.

Typer and Rich take about 90 ms to build and draw the same help every time (importing Typer,
Rich's console, tables and panels, and every command module). The copy is reused only when the
arguments, the terminal (width, colour, encoding, the environment variables Rich and Typer
read) and the code (pausecoach's files, Typer's and Rich's) are exactly as when it was made;
otherwise Typer draws the help as usual and the copy is remade. Stdlib only, no pathlib.
"""

from __future__ import annotations

import os
import sys
import zlib
from importlib.machinery import PathFinder

# Not `typing` nor `contextlib`: on the path that prints the copy they cost a fifth of the run.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

HELP_FLAGS = ("--help", "-h")
# Every variable Rich's Console or Typer's help renderer reads, and gettext's language.
ENVIRONMENT = (
    "COLUMNS",
    "LINES",
    "JUPYTER_COLUMNS",
    "JUPYTER_LINES",
    "TERM",
    "COLORTERM",
    "NO_COLOR",
    "FORCE_COLOR",
    "TTY_COMPATIBLE",
    "TTY_INTERACTIVE",
    "TERMINAL_WIDTH",
    "_TYPER_FORCE_DISABLE_TERMINAL",
    "GITHUB_ACTIONS",
    "PY_COLORS",
    "TYPER_USE_RICH",
    "DATABRICKS_RUNTIME_VERSION",
    "LANGUAGE",
    "LC_ALL",
    "LC_MESSAGES",
    "LANG",
)


def is_help(args: list[str]) -> bool:
    """True for `--help` alone or after command names (`history --help`)."""
    return (
        bool(args)
        and args[-1] in HELP_FLAGS
        and all(a.replace("-", "").isalnum() and not a.startswith("-") for a in args[:-1])
    )


def cache_dir() -> str:
    """$PAUSECOACH_HOME/cache, else the platform's cache folder for pausecoach."""
    home = os.environ.get("PAUSECOACH_HOME", "").strip()
    if home:
        return os.path.join(os.path.expanduser(home), "cache")
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or os.path.expanduser("~")
        return os.path.join(base, "pausecoach", "Cache")
    if sys.platform == "darwin":
        return os.path.expanduser("~/Library/Caches/pausecoach")
    base = os.environ.get("XDG_CACHE_HOME", "").strip() or os.path.expanduser("~/.cache")
    return os.path.join(base, "pausecoach")


def _code_stamp() -> list[str]:
    """Where and when pausecoach's, Typer's and Rich's files were last changed."""
    stamps = []
    for package in ("pausecoach", "typer", "rich"):
        spec = PathFinder.find_spec(package)
        folders = list(spec.submodule_search_locations or []) if spec else []
        newest = 0
        while folders:
            for entry in os.scandir(folders.pop()):
                if entry.is_dir() and entry.name != "__pycache__":
                    folders.append(entry.path)
                elif entry.name.endswith((".py", ".toml")):
                    newest = max(newest, entry.stat().st_mtime_ns)
            if package != "pausecoach":
                break  # their top folder is rewritten on every install; enough
        stamps.append(f"{package}={spec.origin if spec else None}@{newest}")
    return stamps


def _terminal() -> list[str]:
    """What Rich sees of the terminal: sizes, whether output is one, its encoding."""
    seen = []
    for fd in (0, 1, 2):
        try:
            seen.append(str(tuple(os.get_terminal_size(fd))))
        except (OSError, ValueError):
            seen.append("-")
    out = sys.stdout
    seen += [str(out.isatty()), str(getattr(out, "encoding", None)), sys.platform]
    return seen


def key(args: list[str]) -> str:
    """Everything that shapes the help for `args`, as one line."""
    env = [f"{name}={os.environ.get(name)}" for name in ENVIRONMENT]
    main = sys.modules.get("__main__")
    spec = getattr(main, "__spec__", None)
    run_as = [
        sys.argv[0],
        getattr(spec, "name", None) or "",
    ]  # Typer's "Usage: NAME" comes from these
    parts = [sys.version, repr(args), *run_as, *env, *_terminal(), *_code_stamp()]
    return "\x1f".join(parts).replace("\n", " ")


def _path(args: list[str]) -> str:
    name = f"help-{zlib.crc32(' '.join(args).encode()):08x}.txt"
    return os.path.join(cache_dir(), name)


def print_saved(args: list[str], wanted: str) -> bool:
    """Print the saved help for `args` if it was made under `wanted`; False when there is none."""
    try:
        with open(_path(args), encoding="utf-8", newline="") as saved:
            if saved.readline().rstrip("\n") != wanted:
                return False
            text = saved.read()
    except (OSError, UnicodeDecodeError):
        return False
    sys.stdout.write(text)
    sys.stdout.flush()
    return True


class Tee:
    """Standard output as it is, also keeping what is written."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream
        self.kept: list[str] = []

    def write(self, text: str) -> int:
        """Write through, and keep a copy (bytes fail first, as on the real stream)."""
        written = int(self.stream.write(text))
        self.kept.append(text)
        return written

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


def save(args: list[str], made_under: str, text: str) -> None:
    """Keep `text` as the help for `args` (owner-only, replaced whole; never an error)."""
    path = _path(args)
    temp = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), mode=0o700, exist_ok=True)
        descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with open(descriptor, "w", encoding="utf-8", newline="") as file:
            file.write(f"{made_under}\n{text}")
        os.replace(temp, path)
    except OSError:
        try:  # noqa: SIM105 (contextlib costs more than the copy saves)
            os.unlink(temp)
        except OSError:
            pass


def run(args: list[str]) -> None:
    """Print the help for `args`: the saved copy if it still fits, else Typer's, then keep it."""
    wanted = key(args)
    if print_saved(args, wanted):
        return
    from pausecoach.cli import app

    tee = Tee(sys.stdout)
    sys.stdout = tee
    try:
        app()
    except SystemExit as stop:
        if stop.code in (0, None):
            sys.stdout = tee.stream
            save(args, wanted, "".join(tee.kept))
        raise
    finally:
        sys.stdout = tee.stream
