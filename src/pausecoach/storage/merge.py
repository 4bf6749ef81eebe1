"""Merging records from a backup: new ids are added, ids already here are left alone."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from pausecoach.clock import utc_now
from pausecoach.storage.query import _marks
from pausecoach.storage.schema import ROW_COLUMNS, session_row, utc_text

if TYPE_CHECKING:
    from pausecoach.models import DrillAttempt, PauseSession


def insert_new(
    conn: sqlite3.Connection,
    sessions: Sequence[PauseSession],
    drills: Sequence[DrillAttempt],
    documents: Mapping[str, dict[str, Any]],
) -> tuple[int, int]:
    """Insert what is new inside the caller's transaction; return (sessions, drills) added."""
    added_sessions = added_drills = 0
    for name, body in documents.items():
        conn.execute(
            "INSERT OR IGNORE INTO documents (name, updated_at, body) VALUES (?, ?, ?)",
            (name, utc_text(utc_now()), json.dumps(body)),
        )
    for s in sessions:
        cursor = conn.execute(
            f"INSERT OR IGNORE INTO sessions ({', '.join(ROW_COLUMNS)})"
            f" VALUES ({_marks(ROW_COLUMNS)})",
            session_row(s, s.ended_at or s.started_at),
        )
        added_sessions += cursor.rowcount
    for d in drills:
        cursor = conn.execute(
            "INSERT OR IGNORE INTO drills (id, at, record) VALUES (?, ?, ?)",
            (d.id, utc_text(d.at), d.model_dump_json()),
        )
        added_drills += cursor.rowcount
    return added_sessions, added_drills
