"""The shared folder: each device writes only under its own sub-folder, atomically, and reads
the partner's. Sync engines carry the files; conflict copies and temporary files are skipped."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from pausecoach.link.events import MAX_AGE, MAX_FILE_BYTES, SUFFIX, time_of_id

ROOT_NAME = "pausecoach-link"
HELLO = "hello.json"
PAIR = "pair.pcl"
CONFIRM = "confirmed"
EVENTS = "events"
# Syncthing never syncs its own temporary names (".syncthing.*.tmp"), and other engines skip
# hidden files, so a half-written file never leaves this machine.
_TEMP_PREFIX = ".syncthing."
_TEMP_SUFFIX = ".tmp"


def device_dir(folder: Path, device: str) -> Path:
    """The sub-folder that only `device` writes in."""
    return folder / ROOT_NAME / device


def other_devices(folder: Path, me: str) -> list[str]:
    """The ids of the other devices that have written a hello into the shared folder."""
    root = folder / ROOT_NAME
    try:
        entries = sorted(root.iterdir())
    except OSError:
        return []
    return [
        entry.name
        for entry in entries
        if entry.name != me and not skipped(entry.name) and (entry / HELLO).is_file()
    ]


def skipped(name: str) -> bool:
    """True for names that are never ours to read: hidden, temporary, or a sync conflict copy."""
    return (
        name.startswith((".", "~"))
        or name.endswith((".tmp", ".part", ".partial"))
        or ".sync-conflict-" in name
        or "conflicted copy" in name.lower()
        or "(conflict" in name.lower()
    )


def write_atomic(path: Path, data: bytes) -> None:
    """Write `path` whole or not at all: a temporary name the sync engine ignores, then rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f"{_TEMP_PREFIX}{path.name}.{secrets.token_hex(4)}{_TEMP_SUFFIX}")
    try:
        with open(temp, "xb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def read_small(path: Path) -> bytes:
    """A regular file's bytes, up to what an event could be; OSError for anything else.

    Never follows a symlink and never blocks on a FIFO someone left in the folder.
    """
    import stat

    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0))
    with os.fdopen(fd, "rb") as file:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(f"{path.name} is not a regular file")
        data = file.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise OSError(f"{path.name} is too large to be a pausecoach file")
    return data


def event_files(folder: Path, device: str) -> Iterator[Path]:
    """The event files in `device`'s sub-folder, oldest first (names sort by time)."""
    events = device_dir(folder, device) / EVENTS
    try:
        names = sorted(os.listdir(events))
    except OSError:
        return
    for name in names:
        if name.endswith(SUFFIX) and not skipped(name):
            yield events / name


def remove_old_events(folder: Path, me: str, now: datetime) -> int:
    """Delete this device's own event files older than a day; return how many went."""
    removed = 0
    for path in event_files(folder, me):
        written = time_of_id(path.name.removesuffix(SUFFIX))
        if written is not None and written < now - MAX_AGE:
            try:
                path.unlink()
                removed += 1
            except OSError:
                continue
    return removed


def remove_device(folder: Path, me: str) -> bool:
    """Remove everything this device wrote into the shared folder; False if it could not."""
    import shutil

    target = device_dir(folder, me)
    try:
        shutil.rmtree(target)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return True
