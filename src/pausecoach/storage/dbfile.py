"""Recognising a damaged database file, moving it aside (never deleting it), and knowing when
a file needs its full check again."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import datetime
from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"
SIDE_FILES = ("-wal", "-shm")
CHECKED_SUFFIX = ".checked"
# A file changed less than this before its check was noted could change again within the same
# filesystem timestamp tick, unseen (as in git's "racily clean" index): it is checked again.
RACY_NS = 2_000_000_000
# SQLite's words for a file that is really damaged; anything else (busy, locked, full, read-only,
# cannot open) is a passing or fixable state, and such a file is never moved aside.
DAMAGE_WORDS = ("malformed", "not a database", "corrupt", "disk image is malformed")


def is_damage(exc: sqlite3.Error) -> bool:
    """True when SQLite's error means the file's content is damaged (not busy, full, locked...)."""
    text = str(exc).lower()
    return any(word in text for word in DAMAGE_WORDS)


def header_problem(path: Path) -> str | None:
    """A reason the file cannot be a healthy SQLite database, judged from its header; else None.

    OSError (no permission, an I/O error) is raised: an unreadable file is not a damaged one.
    """
    size = path.stat().st_size
    if size == 0:
        return None  # an empty file is a new database
    with path.open("rb") as handle:
        header = handle.read(100)
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
    checked_marker(path).unlink(missing_ok=True)
    return target


def broken_copies(path: Path) -> list[Path]:
    """The damaged databases moved aside beside `path` (with their -wal/-shm files)."""
    return sorted(path.parent.glob(f"{path.name}.broken-*"))


def checked_marker(path: Path) -> Path:
    """The small file noting the state of the database when its full check last passed."""
    return path.with_name(path.name + CHECKED_SUFFIX)


def fingerprint(path: Path, schema_version: int) -> str | None:
    """What changes whenever the file's bytes may have changed (ctime cannot be set back)."""
    try:
        st = path.stat()
        wal = path.with_name(path.name + "-wal")
        wal_size = wal.stat().st_size if wal.exists() else 0
    except OSError:
        return None
    if wal_size:
        return None  # left by a process that did not close (or one running now): check
    return (
        f"1 {st.st_dev} {st.st_ino} {st.st_size} {st.st_mtime_ns} {st.st_ctime_ns} "
        f"{schema_version} {sqlite3.sqlite_version}"
    )


def check_needed(path: Path, schema_version: int) -> bool:
    """False only when the file is exactly as it was when its full check last passed.

    Anything else means it may have been damaged since: written by another program, left by an
    unclean exit (a -wal with pages), replaced, resized, or written by a different version.
    """
    marker = checked_marker(path)
    current = fingerprint(path, schema_version)
    try:
        noted = marker.read_text(encoding="ascii")
        noted_at = marker.stat().st_mtime_ns
        changed_at = path.stat().st_ctime_ns
    except (OSError, UnicodeDecodeError):
        return True
    return current is None or noted != current or changed_at > noted_at - RACY_NS


def note_checked(path: Path, schema_version: int) -> None:
    """Remember that the file, as it is now, passed its full check (best effort)."""
    current = fingerprint(path, schema_version)
    if current is None:
        return
    marker = checked_marker(path)
    try:
        temp = marker.with_name(marker.name + f".{os.getpid()}")
        temp.write_text(current, encoding="ascii")
        os.replace(temp, marker)
    except OSError:
        return


def forget_checked(path: Path) -> None:
    """Drop the note, so the next open checks the file in full."""
    try:
        checked_marker(path).unlink(missing_ok=True)
    except OSError:
        return


def file_identity(path: Path | None) -> tuple[int, int] | None:
    """Which file is at `path` now (device, inode), or None when there is none."""
    if path is None:
        return None
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def set_aside_stale(
    sides: list[Path], identities: list[tuple[int, int] | None], now: datetime
) -> None:
    """Rename -wal/-shm files still the ones a closed connection used (same inode) out of the
    way of a new database at the same path; kept (as .broken-*) since they may hold words."""
    stamp = now.strftime("%Y%m%dT%H%M%S")
    for side, identity in zip(sides, identities, strict=True):
        if identity is not None and file_identity(side) == identity:
            name = side.name
            base, suffix = name[: -len("-wal")], name[-len("-wal") :]
            with contextlib.suppress(OSError):
                side.rename(side.with_name(f"{base}.broken-{stamp}-replaced{suffix}"))
