"""The database under stress: parallel processes, damaged files, a full disk."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from tests.reliability.helpers import fill_disk

from pausecoach.models import PauseSession
from pausecoach.storage.store import SCHEMA_VERSION, Store, StoreError

WRITER = Path(__file__).with_name("writer.py")
NOW = datetime(2026, 11, 18, 20, 31, 5, tzinfo=UTC)


def start_writer(db: Path, count: int, tag: str, hold: float = 0.0) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WRITER), str(db), str(count), tag, str(hold)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_parallel_processes_save_every_pause(tmp_path: Path) -> None:
    db = tmp_path / "pausecoach.db"
    Store.open(db).close()
    # Four copies writing as fast as they can, and one holding the lock like a long import.
    writers = [start_writer(db, 60, f"w{n}") for n in range(4)]
    writers.append(start_writer(db, 50, "import", hold=1.5))
    for proc in writers:
        _out, errors = proc.communicate(timeout=120)
        assert proc.returncode == 0, errors
        assert "locked" not in errors and "Traceback" not in errors
    store = Store.open(db)
    notes = {s.note for s in store.list_sessions()}
    store.close()
    expected = {f"w{n}-{i}" for n in range(4) for i in range(60)} | {
        f"import-{i}" for i in range(50)
    }
    assert notes == expected


def test_a_lock_held_too_long_is_a_message_not_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pausecoach.storage.store as store_module

    db = tmp_path / "pausecoach.db"
    holder = sqlite3.connect(db, isolation_level=None)
    Store.open(db).close()
    holder.execute("BEGIN IMMEDIATE")
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 50)
    store = Store.open(db)
    store._conn.execute("PRAGMA busy_timeout = 50")
    with pytest.raises(StoreError, match="another pausecoach kept the database busy"):
        store.save_session(PauseSession())
    holder.execute("ROLLBACK")
    store.save_session(PauseSession())  # the lock is free again: the next save works
    assert store.count_sessions() == 1


# --------------------------------------------------------------- damaged files
def healthy_database(path: Path, sessions: int = 1) -> None:
    store = Store.open(path)
    for _ in range(sessions):
        store.save_session(PauseSession(note="x" * 2000))
    store.compact()
    store.close()


def truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def garbage(path: Path) -> None:
    path.write_bytes(b"this is not a database at all\n" * 200)


def inner_damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for page in range(2, len(data) // 4096):
        data[page * 4096 + 8 : page * 4096 + 3000] = b"\xde\xad" * 1496
    path.write_bytes(bytes(data))


def newer_version(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (garbage, "it is not a pausecoach database"),
        (truncate, "it is truncated"),
        (inner_damage, "it is damaged inside"),
        (newer_version, "written by a newer version of pausecoach"),
    ],
)
def test_a_damaged_database_is_moved_aside_untouched(
    tmp_path: Path, damage: Any, reason: str
) -> None:
    db = tmp_path / "pausecoach.db"
    healthy_database(db, sessions=20)
    damage(db)
    before = db.read_bytes()
    store = Store.open(db, now=lambda: NOW)
    kept = tmp_path / "pausecoach.db.broken-20261118T203105"
    assert not (tmp_path / "pausecoach.db.broken-20261118T203105-2").exists()
    assert kept.read_bytes() == before  # moved, never changed or deleted
    assert len(store.notices) == 1
    assert reason in store.notices[0] and str(kept) in store.notices[0]
    assert "started a fresh one" in store.notices[0]
    assert store.count_sessions() == 0
    store.save_session(PauseSession())  # the fresh store works
    assert store.count_sessions() == 1
    store.close()


def test_two_damaged_files_in_the_same_second_do_not_collide(tmp_path: Path) -> None:
    db = tmp_path / "pausecoach.db"
    garbage(db)
    Store.open(db, now=lambda: NOW).close()
    db.unlink()
    db.write_bytes(b"second broken file" * 100)
    for side in ("-wal", "-shm"):
        db.with_name(db.name + side).unlink(missing_ok=True)
    second = Store.open(db, now=lambda: NOW)
    second.close()
    first = tmp_path / "pausecoach.db.broken-20261118T203105"
    other = tmp_path / "pausecoach.db.broken-20261118T203105-2"
    assert first.read_bytes().startswith(b"this is not a database")
    assert other.read_bytes().startswith(b"second broken file")
    assert str(other) in second.notices[0]


def test_a_damaged_database_that_cannot_be_moved_is_a_message(tmp_path: Path) -> None:
    db = tmp_path / "pausecoach.db"
    garbage(db)
    target = tmp_path / "pausecoach.db.broken-20261118T203105"
    target.mkdir()  # something in the way: the rename must fail, not overwrite
    (target / "keep").write_text("precious")
    # rename() onto a non-empty directory fails, and the counter skips taken names; force both
    import pausecoach.storage.store as store_module

    def refuse(path: Path, now: datetime) -> Path:
        raise PermissionError(13, "Permission denied")

    original = store_module.move_aside
    store_module.move_aside = refuse  # type: ignore[assignment]
    try:
        with pytest.raises(StoreError, match="could not be moved aside"):
            Store.open(db, now=lambda: NOW)
    finally:
        store_module.move_aside = original
    assert db.read_bytes().startswith(b"this is not a database")
    assert (target / "keep").read_text() == "precious"


# ------------------------------------------------------------------ disk full
def test_disk_full_keeps_the_last_good_state(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "pausecoach.db")
    session = PauseSession(note="first")
    store.save_session(session)
    disk = fill_disk(store)
    disk.full = True
    session.note = "second"
    with pytest.raises(StoreError, match=r"the disk is full\. The last saved state is intact"):
        store.save_session(session)
    assert not store._conn.in_transaction
    saved = store.get_session(session.id)
    assert saved is not None and saved.note == "first"
    disk.full = False
    store.save_session(session)  # room again: saving works
    saved = store.get_session(session.id)
    assert saved is not None and saved.note == "second"
    store.close()
