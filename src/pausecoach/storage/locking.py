"""Per-pause OS file locks: the kernel drops them the moment a process dies, however it dies."""

from __future__ import annotations

import os
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows has no fcntl; pauses then never look orphaned
    fcntl = None  # type: ignore[assignment]


class SessionLock:
    """An exclusive lock held by the process that runs a pause, for as long as it runs."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> bool:
        """Take the lock without waiting; False when another process holds it."""
        if self._fd is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(fd)
                return False
        self._fd = fd
        return True

    def release(self, remove: bool = True) -> None:
        """Drop the lock (and its file when `remove`)."""
        if self._fd is None:
            return
        if remove:
            self.path.unlink(missing_ok=True)
        os.close(self._fd)
        self._fd = None

    @property
    def held(self) -> bool:
        """Whether this object holds the lock."""
        return self._fd is not None


def lock_dir(data_dir: Path) -> Path:
    """The folder of per-pause lock files."""
    return data_dir / "locks"


def is_orphaned(data_dir: Path, session_id: str) -> bool:
    """True when no live process holds the lock of this pause (so it was interrupted)."""
    path = lock_dir(data_dir) / f"{session_id}.lock"
    if not path.exists():
        return True
    probe = SessionLock(path)
    if probe.acquire():
        probe.release(remove=True)
        return True
    return False
