"""The database layout: its migrations, and the row stored for each session.

Besides the full record (JSON), each session row keeps a few of its numbers in columns of
their own, covered by one index, so `history stats` reads 100,000 pauses without touching
the records (see docs/performance.md).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pausecoach.models import PauseSession

SCHEMA_VERSION = 3

# Columns copied out of the record; lists of ids are stored comma-joined (ids have no commas).
FACT_COLUMNS = (
    "planned_seconds",
    "actual_seconds",
    "pulse_before",
    "pulse_after",
    "back_on_time",
    "signs",
    "patterns",
)
SESSION_COLUMNS = ("id", "started_at", "updated_at", "status", "role", "kind", "record")
ROW_COLUMNS = SESSION_COLUMNS + FACT_COLUMNS
# What `history stats` reads: all of it is in the sessions_kind_started index.
STATS_COLUMNS = ("started_at", "role", "status", *FACT_COLUMNS)


def _list_from_record(name: str) -> str:
    return f"(SELECT group_concat(value, ',') FROM json_each(record, '$.{name}'))"


MIGRATIONS: tuple[str, ...] = (
    # 0 -> 1
    """
    CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        started_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        status TEXT NOT NULL,
        role TEXT NOT NULL,
        kind TEXT NOT NULL,
        record TEXT NOT NULL
    );
    CREATE INDEX sessions_started ON sessions (started_at);
    CREATE INDEX sessions_status ON sessions (status);
    CREATE TABLE drills (
        id TEXT PRIMARY KEY,
        at TEXT NOT NULL,
        record TEXT NOT NULL
    );
    CREATE INDEX drills_at ON drills (at);
    CREATE TABLE documents (
        name TEXT PRIMARY KEY,
        updated_at TEXT NOT NULL,
        body TEXT NOT NULL
    );
    """,
    # 1 -> 2: the fact columns, filled from the records, and the index that covers them.
    "\n".join(
        [
            *(
                f"ALTER TABLE sessions ADD COLUMN {name} {'TEXT' if name in ('signs', 'patterns') else 'INTEGER'};"
                for name in FACT_COLUMNS
            ),
            "UPDATE sessions SET "
            + ", ".join(
                f"{name} = "
                + (
                    _list_from_record(name)
                    if name in ("signs", "patterns")
                    else f"json_extract(record, '$.{name}')"
                )
                for name in FACT_COLUMNS
            )
            + ";",
            "CREATE INDEX sessions_kind_started ON sessions"
            f" (kind, started_at, id, role, status, {', '.join(FACT_COLUMNS)});",
        ]
    ),
    # 2 -> 3: `history` counts the pauses of a kind ("the newest 20 of 100,000"). Through the
    # wide index above that walked ~10 MB at 100,000 pauses (8 ms); this one is ~1 MB (2 ms).
    "CREATE INDEX sessions_kind ON sessions (kind);",
)


def utc_text(moment: datetime) -> str:
    """The stored text form of a time: UTC, whole seconds, with offset (matches models.UtcTime)."""
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _joined(values: list[str]) -> str | None:
    # An imported sign may hold a comma: a full-width one keeps it one item when split.
    return ",".join(value.replace(",", "\uff0c") for value in values) or None


def session_row(session: PauseSession, updated_at: datetime) -> tuple[Any, ...]:
    """The values of ROW_COLUMNS for one session."""
    back = session.back_on_time
    return (
        session.id,
        utc_text(session.started_at),
        utc_text(updated_at),
        session.status,
        session.role,
        session.kind,
        session.model_dump_json(),
        session.planned_seconds,
        session.actual_seconds,
        session.pulse_before,
        session.pulse_after,
        None if back is None else int(back),
        _joined(session.signs),
        _joined(session.patterns or ([session.pattern] if session.pattern else [])),
    )
