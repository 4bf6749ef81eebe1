"""The SQLite store: creation, damage handling, permissions, records, locks and deletion."""

from __future__ import annotations

import sqlite3
import stat
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from pausecoach.models import DrillAttempt, PauseSession
from pausecoach.storage.locking import SessionLock, is_orphaned, lock_dir
from pausecoach.storage.store import SCHEMA_VERSION, AmbiguousId, SessionFilter, Store, UnknownId

T0 = datetime(2026, 11, 18, 20, 0, tzinfo=UTC)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / "pausecoach.db"


def session(n: int = 0, **fields: object) -> PauseSession:
    """A completed pause started `n` hours after T0."""
    values: dict[str, object] = {
        "started_at": T0 + timedelta(hours=n),
        "status": "completed",
        "verdict": "flooded",
        **fields,
    }
    return PauseSession.model_validate(values)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# ------------------------------------------------------------------ opening


def test_a_new_store_is_migrated_from_empty(db: Path) -> None:
    store = Store.open(db)
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"sessions", "drills", "documents"} <= tables
    conn.close()
    assert store.notices == [] and store.count_sessions() == 0
    store.close()
    Store.open(db).close()  # opening again migrates nothing and loses nothing


def test_an_empty_file_is_a_new_database(db: Path) -> None:
    db.parent.mkdir(parents=True)
    db.touch()
    store = Store.open(db)
    assert store.notices == []
    store.save_session(session())
    assert store.count_sessions() == 1
    store.close()


def test_wal_mode_and_owner_only_permissions(db: Path) -> None:
    store = Store.open(db)
    store.save_session(session())
    assert store._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert mode(db.parent) == 0o700
    for suffix in ("", "-wal", "-shm"):
        file = db.with_name(db.name + suffix)
        if file.exists():
            assert mode(file) == 0o600, file
    store.close()


def test_a_loose_file_is_tightened_but_an_existing_folder_never_chmod_ed(db: Path) -> None:
    Store.open(db).close()
    db.chmod(0o644)
    db.parent.chmod(0o755)
    Store.open(db).close()
    assert mode(db) == 0o600 and mode(db.parent) == 0o755


def test_a_database_from_a_newer_version_is_moved_aside(db: Path) -> None:
    store = Store.open(db)
    store.save_session(session(note="from the future"))
    store.close()
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()

    fresh = Store.open(db, now=lambda: T0)
    assert fresh.count_sessions() == 0
    assert len(fresh.notices) == 1 and "newer version" in fresh.notices[0]
    kept = db.with_name("pausecoach.db.broken-20261118T200000")
    assert str(kept) in fresh.notices[0]
    old = sqlite3.connect(kept)
    assert "from the future" in old.execute("SELECT record FROM sessions").fetchone()[0]
    old.close()
    fresh.close()


def test_a_garbage_file_is_moved_aside_with_its_side_files_never_deleted(db: Path) -> None:
    db.parent.mkdir(parents=True)
    garbage = b"this is not a database, but it is the user's file\n" * 50
    db.write_bytes(garbage)
    db.with_name(db.name + "-wal").write_bytes(b"wal bytes")
    db.with_name(db.name + "-shm").write_bytes(b"shm bytes")

    store = Store.open(db, now=lambda: T0)
    kept = db.with_name("pausecoach.db.broken-20261118T200000")
    assert kept.read_bytes() == garbage
    assert kept.with_name(kept.name + "-wal").read_bytes() == b"wal bytes"
    assert kept.with_name(kept.name + "-shm").read_bytes() == b"shm bytes"
    assert "not a pausecoach database" in store.notices[0] and str(kept) in store.notices[0]
    store.save_session(session())  # the fresh database works
    assert store.count_sessions() == 1
    store.close()

    # a second damaged file the same second gets its own name
    db.write_bytes(garbage)
    Store.open(db, now=lambda: T0).close()
    assert db.with_name("pausecoach.db.broken-20261118T200000-2").read_bytes() == garbage


def test_a_truncated_database_is_moved_aside(db: Path) -> None:
    store = Store.open(db)
    for n in range(40):
        store.save_session(session(n, note="x" * 2000))
    store.compact()
    store.close()
    whole = db.read_bytes()
    db.write_bytes(whole[: len(whole) // 2])
    reopened = Store.open(db, now=lambda: T0)
    assert "truncated" in reopened.notices[0]
    assert db.with_name("pausecoach.db.broken-20261118T200000").stat().st_size == len(whole) // 2
    reopened.close()


# ------------------------------------------------------------------ records


def test_save_update_get_list_filter_count(db: Path) -> None:
    store = Store.open(db)
    first, second = session(0), session(2, status="interrupted", role="partner_stepped_away")
    practice = session(1, kind="practice")
    for s in (first, second, practice):
        store.save_session(s)
    first.note = "walked round the block"
    first.pulse_after = 72
    store.save_session(first)  # an update, not a second row

    assert store.count_sessions() == 3
    again = store.get_session(first.id)
    assert again is not None and again.note == "walked round the block" and again.pulse_after == 72
    assert again == first
    assert store.get_session("nope") is None

    assert [s.id for s in store.list_sessions()] == [second.id, practice.id, first.id]
    oldest_first = store.list_sessions(SessionFilter(newest_first=False))
    assert [s.id for s in oldest_first] == [first.id, practice.id, second.id]
    assert [s.id for s in store.list_sessions(SessionFilter(kind="pause"))] == [second.id, first.id]
    assert [s.id for s in store.list_sessions(SessionFilter(status="interrupted"))] == [second.id]
    assert store.count_sessions(SessionFilter(role="partner_stepped_away")) == 1
    since = SessionFilter(since=T0 + timedelta(minutes=30))
    assert store.count_sessions(since) == 2
    window = SessionFilter(since=T0, until=T0 + timedelta(hours=2))
    assert [s.id for s in store.list_sessions(window)] == [practice.id, first.id]
    assert len(store.list_sessions(SessionFilter(limit=1))) == 1
    store.close()


def test_local_times_filter_the_same_as_utc(db: Path) -> None:
    store = Store.open(db)
    store.save_session(session(0))
    local_since = datetime(2026, 11, 18, 22, 0, tzinfo=timezone(timedelta(hours=2)))
    assert store.count_sessions(SessionFilter(since=local_since)) == 1  # 22:00+02 == 20:00Z
    store.close()


def test_resolve_session_id(db: Path) -> None:
    store = Store.open(db)
    for sid in ("abc111", "abc222", "abd333", "abc"):
        store.save_session(session(id=sid))
    assert store.resolve_session_id("abd") == "abd333"
    assert store.resolve_session_id("  ABC1 ") == "abc111"
    assert store.resolve_session_id("abc") == "abc"  # an exact id wins over longer ones
    with pytest.raises(AmbiguousId, match=r"'ab' matches several pauses .*Type more"):
        store.resolve_session_id("ab")
    with pytest.raises(UnknownId, match="No pause has an id starting with 'zz'"):
        store.resolve_session_id("zz")
    with pytest.raises(UnknownId, match="pausecoach history"):
        store.resolve_session_id("   ")
    store.close()


def test_documents_and_drills_round_trip(db: Path) -> None:
    store = Store.open(db)
    store.put_document("plan", {"a": 1})
    store.put_document("plan", {"a": 2})
    assert store.get_document("plan") == {"a": 2} and store.get_document("none") is None
    drill = DrillAttempt(scenario_id="s1", text="I feel tired", score=80, verdict="soft", at=T0)
    store.add_drill(drill)
    assert store.list_drills() == [drill]
    assert store.list_drills(since=T0 + timedelta(seconds=1)) == []
    store.close()


# ------------------------------------------------------------ interruptions

HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from pausecoach.storage.locking import SessionLock
    lock = SessionLock(Path(sys.argv[1]))
    assert lock.acquire()
    print("holding", flush=True)
    sys.stdin.read()  # hold until the test closes our stdin
    """
)


def test_sweep_marks_only_pauses_whose_process_is_gone(db: Path) -> None:
    store = Store.open(db)
    alive, dead = session(0, status="in_progress"), session(1, status="in_progress")
    store.save_session(alive)
    store.save_session(dead)
    alive_lock = lock_dir(db.parent) / f"{alive.id}.lock"
    dead_lock = lock_dir(db.parent) / f"{dead.id}.lock"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(alive_lock)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    dying = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(dead_lock)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        assert dying.stdout is not None and dying.stdout.readline().strip() == "holding"
        assert store.sweep_interrupted() == []  # both processes alive
        dying.kill()  # like kill -9: the kernel drops its lock
        dying.wait()
        store.close()

        reopened = Store.open(db)  # opening sweeps
        assert [s.id for s in reopened.swept] == [dead.id]
        after_dead = reopened.get_session(dead.id)
        after_alive = reopened.get_session(alive.id)
        assert after_dead is not None and after_dead.status == "interrupted"
        assert after_dead.ended_at is not None
        assert after_alive is not None and after_alive.status == "in_progress"
        assert not dead_lock.exists()  # the stale lock file was cleaned up
        assert alive_lock.exists()
        reopened.close()
    finally:
        for proc in (holder, dying):
            if proc.poll() is None:
                assert proc.stdin is not None
                proc.stdin.close()
                proc.wait(timeout=10)


def test_a_pause_without_a_lock_file_is_orphaned(tmp_path: Path) -> None:
    assert is_orphaned(tmp_path, "no-such-pause")
    lock = SessionLock(lock_dir(tmp_path) / "mine.lock")
    assert lock.acquire() and lock.acquire()  # taking it twice is harmless
    assert not is_orphaned(tmp_path, "mine")
    lock.release()
    assert not lock.held and not (lock_dir(tmp_path) / "mine.lock").exists()


def test_start_session_holds_the_lock_so_it_is_not_swept(db: Path) -> None:
    store = Store.open(db)
    running = session(status="in_progress")
    lock = store.start_session(running)
    assert lock is not None and lock.held
    assert store.sweep_interrupted() == []
    lock.release()
    assert [s.id for s in store.sweep_interrupted()] == [running.id]
    store.close()


def test_in_memory_store_never_sweeps() -> None:
    store = Store.in_memory()
    store.save_session(session(status="in_progress"))
    assert store.sweep_interrupted() == [] and store.data_dir is None
    store.close()


# ------------------------------------------------------------ import, delete


def test_import_is_idempotent(db: Path) -> None:
    store = Store.open(db)
    existing = session(0)
    store.save_session(existing)
    sessions = [existing, session(1), session(2)]
    drills = [DrillAttempt(scenario_id="s", text="t", score=50, verdict="soft", at=T0)]
    assert store.import_records(sessions, drills) == (2, 1)
    assert store.import_records(sessions, drills) == (0, 0)
    assert store.count_sessions() == 3 and len(store.list_drills()) == 1
    store.close()


def test_import_is_all_or_nothing(db: Path) -> None:
    store = Store.open(db)
    broken: list[PauseSession] = [session(1), session(2), object()]  # type: ignore[list-item]
    with pytest.raises(AttributeError):
        store.import_records(broken, [])
    assert store.count_sessions() == 0
    store.save_session(session(3))  # the store still works after the rollback
    assert store.count_sessions() == 1
    store.close()


def test_delete_and_compact_leave_no_trace_in_the_file(db: Path) -> None:
    store = Store.open(db)
    keep, secret = session(0), session(1, note="SECRET-NOTE-" * 20)
    store.save_session(keep)
    store.save_session(secret)
    assert store.delete_sessions([secret.id, "not-there"]) == 1
    assert store.get_session(secret.id) is None and store.get_session(keep.id) is not None
    for suffix in ("", "-wal"):
        file = db.with_name(db.name + suffix)
        if file.exists():
            assert b"SECRET-NOTE-" not in file.read_bytes()
    store.close()


def test_delete_everything(db: Path) -> None:
    store = Store.open(db)
    store.save_session(session(0))
    store.add_drill(DrillAttempt(scenario_id="s", text="t", score=50, verdict="soft"))
    store.put_document("plan", {"x": 1})
    assert store.delete_everything() == (1, 1)
    assert store.count_sessions() == 0 and store.get_document("plan") is None
    store.close()
