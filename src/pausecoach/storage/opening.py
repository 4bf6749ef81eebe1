"""Opening the database file: only real damage moves it aside; every other problem is a message
and the file is left exactly as it is."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from pausecoach.storage.dbfile import (
    SIDE_FILES,
    check_needed,
    file_identity,
    header_problem,
    is_damage,
    move_aside,
    note_checked,
    set_aside_stale,
)

BUSY_TIMEOUT_MS = 5000


class UnusableFile(Exception):
    """The database cannot be used now, but is not damaged (busy, full, read-only, not ours)."""


def connect(path: Path, busy_ms: int = BUSY_TIMEOUT_MS) -> sqlite3.Connection:
    """A connection in WAL mode with full syncs and a bounded wait for other processes."""
    os.umask(0o077)  # SQLite creates -wal and -shm itself: they must be owner-only too
    conn = sqlite3.connect(
        path, isolation_level=None, timeout=busy_ms / 1000, check_same_thread=False
    )
    try:
        conn.execute(f"PRAGMA busy_timeout = {busy_ms}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        # Freed pages are zeroed, so deleted words do not linger in the file or its WAL.
        conn.execute("PRAGMA secure_delete = ON")
    except BaseException:
        conn.close()
        raise
    return conn


def owner_note(path: Path) -> str | None:
    """'Fix ownership' advice when the file or its folder belongs to someone else."""
    uid = os.geteuid() if hasattr(os, "geteuid") else None
    for candidate in (path, path.parent):
        try:
            owner = candidate.stat().st_uid
        except OSError:
            continue
        if uid is not None and owner != uid:
            return (
                f"{candidate} belongs to another user (uid {owner}), often after running "
                "pausecoach with sudo. It was left as it is. Fix ownership with: "
                f"sudo chown -R $(id -un) {path.parent}"
            )
    return None


def unusable_message(path: Path, problem: BaseException) -> str:
    """Why the database cannot be used now, and what to do; the file is never touched."""
    owner = owner_note(path)
    text = str(problem).lower()
    if owner and (
        "readonly" in text
        or "read-only" in text
        or "permission" in text
        or "unable to open" in text
        or isinstance(problem, PermissionError)
    ):
        return f"The database cannot be opened: {owner}"
    left = "It was left exactly as it is."
    if "full" in text or getattr(problem, "errno", None) == 28:
        return f"The disk holding {path} is full, so the database cannot be opened. {left} Free some space, then try again."
    if "locked" in text or "busy" in text:
        return (
            f"The database {path} is in use by another program and stayed locked. {left} "
            "Close the other pausecoach (or program using it), then try again."
        )
    if "readonly" in text or "read-only" in text or isinstance(problem, PermissionError):
        return (
            f"The database {path} is read-only for you ({problem}). {left} "
            f"Make it writable (chmod u+w {path}), then try again."
        )
    return f"The database {path} could not be opened ({problem}). {left}"


def _damage(conn: sqlite3.Connection, path: Path, schema_version: int) -> str | None:
    """Why an open connection's file is damaged or too new, or None; raises UnusableFile."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > schema_version:
        return "it was written by a newer version of pausecoach"
    if not check_needed(path, schema_version):
        return None
    # Damage inside the file (not just its header) would otherwise surface later, mid-pause
    # or in history. It runs when the file may have changed since it last passed.
    if conn.execute("PRAGMA quick_check(1)").fetchone()[0] != "ok":
        return "it is damaged inside (part of it cannot be read)"
    note_checked(path, schema_version)
    return None


def open_database(
    path: Path,
    schema_version: int,
    now: Callable[[], datetime],
    busy_ms: int = BUSY_TIMEOUT_MS,
    mover: Callable[[Path, datetime], Path] = move_aside,
) -> tuple[sqlite3.Connection, list[str]]:
    """A connection to `path` and notices; a damaged file is moved aside, an unusable one raises."""
    notices: list[str] = []
    try:
        problem = header_problem(path) if path.exists() else None
    except OSError as exc:
        raise UnusableFile(unusable_message(path, exc)) from exc
    conn: sqlite3.Connection | None = None
    if problem is None:
        try:
            conn = connect(path, busy_ms)
            problem = _damage(conn, path, schema_version)
        except sqlite3.DatabaseError as exc:
            if conn is not None:
                conn.close()
            conn = None
            if not is_damage(exc):
                raise UnusableFile(unusable_message(path, exc)) from exc
            problem = f"it could not be read ({exc})"
        if problem is not None and conn is not None:
            conn.close()
            conn = None
    if problem is not None:
        try:
            moved = mover(path, now())
        except OSError as exc:
            raise UnusableFile(
                f"The database {path} is damaged and could not be moved aside: {exc}"
            ) from exc
        notices.append(
            f"Your database could not be used because {problem}. It was kept, untouched, "
            f"at {moved}. pausecoach started a fresh one."
        )
    if conn is None:
        try:
            conn = connect(path, busy_ms)
        except sqlite3.Error as exc:
            raise UnusableFile(unusable_message(path, exc)) from exc
    return conn, notices


def close_replaced(conn: sqlite3.Connection, path: Path, now: datetime) -> sqlite3.Connection:
    """Close the connection to a file replaced at `path`; an in-memory stand-in until reopened.

    Closed first: the old file's -wal and -shm go by the same names as the new one's, and
    SQLite would read the old WAL's pages into the new file. They are kept aside.
    """
    sides = [path.with_name(path.name + suffix) for suffix in SIDE_FILES]
    before = [file_identity(side) for side in sides]
    conn.close()
    set_aside_stale(sides, before, now)
    return sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)


def compact_file(conn: sqlite3.Connection, attempts: int) -> bool:
    """Checkpoint, VACUUM, checkpoint: True once the WAL is wholly copied back and emptied.

    False when another process still reads an older state, which keeps the old pages in the
    WAL until it lets go (retried with growing waits first).
    """
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("VACUUM")
    for attempt in range(attempts):
        busy, log, done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy == 0 and log == done:
            return True
        time.sleep(0.1 * (attempt + 1))
    return False
