"""The stats columns beside each record: filled on every write, and by the migration."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.cli.history_data import full_pause

from pausecoach.core.insights import PauseFacts, PauseTable
from pausecoach.models import PauseSession
from pausecoach.storage.schema import MIGRATIONS, SCHEMA_VERSION
from pausecoach.storage.store import SessionFilter, Store


def facts_in(store: Store) -> list[PauseFacts]:
    """The stats columns read back, as rows of facts."""
    table = PauseTable.from_store_rows(store.session_stats_rows(SessionFilter()))
    return [PauseFacts(*r[:7], tuple(r[7]), tuple(r[8]), r[9]) for r in zip(*table, strict=True)]


def test_columns_match_the_record_on_insert_update_and_import(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "a.db")
    session = full_pause()
    store.save_session(session)
    assert facts_in(store) == [PauseFacts.from_record(session.model_dump(mode="json"))]
    session.pulse_after = 90
    session.signs = []
    session.back_on_time = False
    store.save_session(session)
    [facts] = facts_in(store)
    assert (facts.pulse_after, facts.signs, facts.back_on_time) == (90, (), False)
    other = PauseSession(id="other", started_at=session.started_at, patterns=["box", "sigh"])
    store.import_records([other], [])
    assert facts_in(store)[1].patterns == ("box", "sigh")
    store.close()


def test_migration_fills_the_columns_from_old_records(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    session = full_pause()
    conn = sqlite3.connect(path)
    conn.executescript(MIGRATIONS[0])
    conn.execute(
        "INSERT INTO sessions (id, started_at, updated_at, status, role, kind, record)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (session.id, "2026-11-18T20:14:00+00:00", "2026-11-18T20:45:00+00:00", "completed",
         "flooded", "pause", session.model_dump_json()),
    )  # fmt: skip
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    store = Store.open(path)
    assert store._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert facts_in(store) == [PauseFacts.from_record(session.model_dump(mode="json"))]
    plan = store._conn.execute(
        "EXPLAIN QUERY PLAN SELECT started_at, signs FROM sessions WHERE kind = 'pause'"
    ).fetchall()
    assert "COVERING INDEX sessions_kind_started" in str(plan)
    store.close()


def test_counting_a_kind_reads_the_narrow_index(tmp_path: Path) -> None:
    """`history` counts pauses through sessions_kind (migration 2 -> 3), not the wide index."""
    path = tmp_path / "v2.db"
    conn = sqlite3.connect(path)
    for script in MIGRATIONS[:2]:
        conn.executescript(script)
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    store = Store.open(path)
    assert store._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    query = SessionFilter(kind="pause")
    plan = store._conn.execute(
        f"EXPLAIN QUERY PLAN SELECT count(*) FROM sessions{query.where()}", query.params
    ).fetchall()
    assert "COVERING INDEX sessions_kind " in str(plan) + " "
    store.save_session(full_pause())
    assert store.count_sessions(query) == 1
    store.close()
