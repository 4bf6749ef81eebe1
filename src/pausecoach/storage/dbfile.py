"""Recognising a damaged database file and moving it aside (never deleting it)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"
SIDE_FILES = ("-wal", "-shm")


def header_problem(path: Path) -> str | None:
    """A reason the file cannot be a healthy SQLite database, judged from its header; else None."""
    try:
        size = path.stat().st_size
        if size == 0:
            return None  # an empty file is a new database
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        return f"it cannot be read ({exc.strerror})"
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        return "it is not a pausecoach database"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    count_valid = header[24:28] == header[92:96]
    wal = path.with_name(path.name + "-wal")
    wal_has_pages = wal.exists() and wal.stat().st_size > 0
    if count_valid and not wal_has_pages and size < page_size * page_count:
        return "it is truncated (part of the file is missing)"
    return None


def move_aside(path: Path, now: datetime) -> Path:
    """Rename the database and its -wal/-shm files to `<name>.broken-<timestamp>`; return the new path."""
    stamp = now.strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.broken-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.broken-{stamp}-{counter}")
    path.rename(target)
    for suffix in SIDE_FILES:
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.rename(target.with_name(target.name + suffix))
    return target
