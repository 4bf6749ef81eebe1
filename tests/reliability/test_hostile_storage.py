"""The database under attack: only real damage moves it aside; the rest is a clear message.

Issue #16 classes 1, 3, 4b, 11, 12 and 18 (the root-owned file), and #18's quick_check that runs
only when the file may have been damaged.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import pausecoach.storage.dbfile as dbfile
import pausecoach.storage.opening as opening
import pausecoach.storage.store as store_module
from pausecoach.models import PauseSession
from pausecoach.storage.store import Store, StoreError

NOW = datetime(2026, 11, 18, 20, 31, 5, tzinfo=UTC)
ROOT = Path(__file__).resolve().parents[2]


def pausecoach(*args: str, home: Path, user: int | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed command line in a separate process (as `user` when given)."""
    env = {**os.environ, "PAUSECOACH_HOME": str(home), "NO_COLOR": "1", "COLUMNS": "100"}

    def become() -> None:
        if user is not None:
            os.setgid(user)
            os.setuid(user)

    return subprocess.run(
        [sys.executable, "-m", "pausecoach", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        preexec_fn=become if user is not None else None,
        check=False,
    )


def saved_database(path: Path, notes: tuple[str, ...] = ("kept words",)) -> bytes:
    store = Store.open(path)
    for note in notes:
        store.save_session(PauseSession(note=note, status="completed"))
    store.close()
    return path.read_bytes()


def nothing_moved(folder: Path) -> bool:
    return not list(folder.glob("*.broken-*"))


# ------------------------------------------------------------------ class 1
@contextlib.contextmanager
def small_tmpfs(tmp_path: Path, size: str = "1m") -> Iterator[Path]:
    mount = tmp_path / "tmpfs"
    mount.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({made.stderr.decode().strip()})")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(folder: Path) -> None:
    """Fill the filesystem holding `folder` to the last byte."""
    with (folder / "filler").open("wb", buffering=0) as handle:
        for size in (65536, 4096, 512, 1):
            with contextlib.suppress(OSError):
                while True:
                    handle.write(b"\0" * size)


def test_a_full_disk_leaves_a_healthy_database_exactly_as_it_is(tmp_path: Path) -> None:
    with small_tmpfs(tmp_path) as disk:
        home = disk / "home"
        before = saved_database(home / "pausecoach.db")
        fill(disk)
        run = pausecoach("history", home=home)
        assert run.returncode == 1, run
        assert "Traceback" not in run.stderr and "full" in run.stderr
        assert "left exactly as it is" in run.stderr
        assert nothing_moved(home)
        assert (home / "pausecoach.db").read_bytes() == before
        (disk / "filler").unlink()
        listed = pausecoach("history", "--json", home=home)
        assert listed.returncode == 0 and "kept words" in listed.stdout


HOLDER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA locking_mode = EXCLUSIVE")
conn.execute("BEGIN EXCLUSIVE")
print("held", flush=True)
time.sleep(60)
"""


def test_a_database_held_by_another_process_is_busy_not_broken(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "pausecoach.db"
    before = saved_database(db)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 100)
        with pytest.raises(StoreError, match="in use by another program") as caught:
            Store.open(db, now=lambda: NOW)
        assert "left exactly as it is" in str(caught.value)
    finally:
        holder.kill()
        holder.wait()
    assert nothing_moved(tmp_path)
    assert db.read_bytes() == before


@contextlib.contextmanager
def read_only_file(path: Path) -> Iterator[None]:
    """`path` made read-only with a bind mount of itself (root ignores file modes)."""
    made = subprocess.run(["mount", "--bind", str(path), str(path)], capture_output=True)
    if made.returncode != 0:
        pytest.skip(f"cannot bind-mount here ({made.stderr.decode().strip()})")
    try:
        ro = subprocess.run(["mount", "-o", "remount,ro,bind", str(path)], capture_output=True)
        if ro.returncode != 0:
            pytest.skip(f"cannot make a read-only mount ({ro.stderr.decode().strip()})")
        yield
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


@pytest.mark.parametrize("owner", ["me", "someone else"])
def test_a_read_only_or_foreign_database_gets_advice_and_is_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, owner: str
) -> None:
    home = tmp_path / "home"
    before = saved_database(home / "pausecoach.db")
    with read_only_file(home / "pausecoach.db"):
        if owner == "someone else":  # as a user would meet a file made under sudo
            monkeypatch.setattr(opening.os, "geteuid", lambda: os.getuid() + 1000)
        store = Store.open(home / "pausecoach.db", now=lambda: NOW)  # reading still works
        assert [s.note for s in store.list_sessions()] == ["kept words"]
        with pytest.raises(StoreError) as caught:
            store.save_session(PauseSession())
        store.close()
    message = str(caught.value)
    assert "damaged" not in message and "moved aside" not in message
    if owner == "someone else":
        assert "Fix ownership" in message and "sudo chown" in message
    else:
        assert "read-only" in message and "last saved state is intact" in message
    assert nothing_moved(home)
    assert (home / "pausecoach.db").read_bytes() == before


def test_real_damage_is_still_moved_aside(tmp_path: Path) -> None:
    db = tmp_path / "pausecoach.db"
    saved_database(db)
    db.write_bytes(b"not sqlite" * 500)
    store = Store.open(db, now=lambda: NOW)
    assert "not a pausecoach database" in store.notices[0]
    store.close()
    assert not nothing_moved(tmp_path)


# ------------------------------------------------------- #18: quick_check
@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The files whose full check ran (the real check still runs)."""
    seen: list[Path] = []
    real = opening.check_needed

    def spy(path: Path, version: int) -> bool:
        needed = real(path, version)
        if needed:
            seen.append(path)
        return needed

    monkeypatch.setattr(opening, "check_needed", spy)
    return seen


def age(path: Path) -> None:
    """Make the check note look older than the racy window, as a day-old one would be."""
    marker = dbfile.checked_marker(path)
    old = marker.stat().st_mtime_ns + 10 * dbfile.RACY_NS
    os.utime(marker, ns=(old, old))


def test_an_unchanged_file_is_not_checked_again(tmp_path: Path, checks: list[Path]) -> None:
    db = tmp_path / "pausecoach.db"
    saved_database(db)
    checks.clear()
    Store.open(db).close()  # changed since its last check: checked
    assert checks == [db]
    age(db)
    Store.open(db).close()  # a read-only visit (history) leaves the file as it was
    assert checks == [db]


def test_damage_after_a_check_is_still_found(tmp_path: Path) -> None:
    db = tmp_path / "pausecoach.db"
    saved_database(db, notes=tuple("x" * 2000 for _ in range(20)))
    Store.open(db).close()
    age(db)
    data = bytearray(db.read_bytes())
    for page in range(2, len(data) // 4096):
        data[page * 4096 + 8 : page * 4096 + 3000] = b"\xde\xad" * 1496
    db.write_bytes(bytes(data))  # same size, same inode: only the times show the change
    store = Store.open(db, now=lambda: NOW)
    assert any("damaged inside" in notice for notice in store.notices)
    store.close()


def test_an_unclean_exit_means_a_check(tmp_path: Path, checks: list[Path]) -> None:
    db = tmp_path / "pausecoach.db"
    saved_database(db)
    checks.clear()
    Store.open(db).close()
    age(db)
    db.with_name(db.name + "-wal").write_bytes(b"\0" * 64)  # left by a killed writer
    with contextlib.suppress(StoreError):
        Store.open(db).close()
    assert checks == [db, db]


def test_a_visit_that_writes_means_a_check_next_time(tmp_path: Path, checks: list[Path]) -> None:
    db = tmp_path / "pausecoach.db"
    saved_database(db)
    checks.clear()
    Store.open(db).close()
    age(db)
    store = Store.open(db)
    store.save_session(PauseSession(note="more", status="completed"))
    store.close()  # this visit wrote: the file's times moved on
    Store.open(db).close()
    assert checks == [db, db]


# ------------------------------------------------------------------ class 3
def words_in_files(folder: Path, words: bytes) -> list[str]:
    return [p.name for p in folder.iterdir() if p.is_file() and words in p.read_bytes()]


def test_compaction_held_up_by_a_reader_says_so(tmp_path: Path) -> None:
    db = tmp_path / "pausecoach.db"
    saved_database(db, notes=("a very private sentence",))
    reader = sqlite3.connect(db, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM sessions").fetchone()
    store = Store.open(db)
    store.delete_everything()
    assert store.compact(attempts=1) is False
    assert store.compacted is False
    reader.execute("ROLLBACK")
    reader.close()
    assert store.compact() is True
    store.close()
    assert words_in_files(tmp_path, b"a very private sentence") == []


# ----------------------------------------------------------------- class 4b
def test_a_database_replaced_mid_pause_receives_the_pause(tmp_path: Path) -> None:
    db = tmp_path / "pausecoach.db"
    store = Store.open(db)
    session = PauseSession(note="before the swap")
    store.save_session(session)
    backup = tmp_path / "restored.db"
    saved_database(backup, notes=("from the backup",))
    os.replace(backup, db)  # a backup restored over the database while the pause runs
    session.note = "after the swap"
    store.save_session(session)
    store.close()
    assert any("was replaced" in notice for notice in store.notices)
    reopened = Store.open(db)
    notes = {s.note for s in reopened.list_sessions()}
    reopened.close()
    assert notes == {"from the backup", "after the swap"}


def test_a_database_deleted_mid_pause_is_made_again(tmp_path: Path) -> None:
    db = tmp_path / "pausecoach.db"
    store = Store.open(db)
    session = PauseSession(note="first")
    store.save_session(session)
    for suffix in ("", "-wal", "-shm"):
        db.with_name(db.name + suffix).unlink(missing_ok=True)
    store.save_session(session)
    store.close()
    reopened = Store.open(db)
    assert reopened.get_session(session.id) is not None
    reopened.close()


# ------------------------------------------------------------------ class 11
def test_no_lock_file_means_no_save_and_a_clear_message(tmp_path: Path) -> None:
    db = tmp_path / "pausecoach.db"
    store = Store.open(db)
    (tmp_path / "locks").write_text("a file where the lock folder should be")
    session = PauseSession()
    with pytest.raises(StoreError, match="not being saved: its lock file could not be made"):
        store.start_session(session)
    with pytest.raises(StoreError, match="not being saved"):
        store.save_session(session)
    assert store.count_sessions() == 0
    store.close()


def test_the_crash_note_never_claims_an_unsaved_pause_was_kept() -> None:
    from pausecoach.commands.pause import crash_note

    problem = "This pause is not being saved: its lock file could not be made."
    assert "kept as interrupted" not in crash_note(True, problem)
    assert "could not be saved" in crash_note(True, problem)
    assert "kept as interrupted" not in crash_note(True, "")
    assert "kept as interrupted" in crash_note(True, None)


# ------------------------------------------------------------------ class 12
def with_unknown_field(db: Path, session: PauseSession) -> None:
    conn = sqlite3.connect(db)
    record = session.model_dump(mode="json") | {"mood_colour": "teal"}
    record["timeline"] = [{"step": "land", "at": "2026-11-18T20:00:00+00:00", "extra": 1}]
    import json

    conn.execute("UPDATE sessions SET record = ? WHERE id = ?", (json.dumps(record), session.id))
    conn.commit()
    conn.close()


def test_an_unknown_field_is_tolerated_and_kept(tmp_path: Path) -> None:
    db = tmp_path / "pausecoach.db"
    store = Store.open(db)
    session = PauseSession(note="from a newer version")
    store.save_session(session)
    store.close()
    with_unknown_field(db, session)
    store = Store.open(db)  # start-up sweeps in-progress records: no crash
    loaded = store.get_session(session.id)
    assert loaded is not None and loaded.note == "from a newer version"
    loaded.note = "edited here"
    store.save_session(loaded)
    (text,) = store.session_json()
    store.close()
    assert '"mood_colour":"teal"' in text.replace(" ", "") and "edited here" in text


def test_a_record_with_a_value_from_a_newer_version_never_stops_a_start(tmp_path: Path) -> None:
    import json

    db = tmp_path / "pausecoach.db"
    store = Store.open(db)
    session = PauseSession(note="newer")
    store.save_session(session)
    store.close()
    conn = sqlite3.connect(db)
    record = session.model_dump(mode="json") | {"status": "paused", "step": "meditate"}
    conn.execute("UPDATE sessions SET record = ? WHERE id = ?", (json.dumps(record), session.id))
    conn.commit()
    conn.close()
    store = Store.open(db)
    assert store.list_sessions() == []  # left out, and said why
    assert any("cannot be read by this version" in notice for notice in store.notices)
    with pytest.raises(StoreError, match="cannot be read by this version"):
        store.get_session(session.id)
    assert store.count_sessions() == 1  # still in the file
    store.close()


def test_history_show_reads_a_record_with_an_unknown_field(tmp_path: Path) -> None:
    home = tmp_path / "home"
    store = Store.open(home / "pausecoach.db")
    session = PauseSession(id="newer1", note="kept", status="completed")
    store.save_session(session)
    store.close()
    with_unknown_field(home / "pausecoach.db", session)
    run = pausecoach("history", "show", "newer1", home=home)
    assert run.returncode == 0, run.stderr
    assert "kept" in run.stdout


# ------------------------------------------------------------------ class 17
def test_ended_is_never_before_started_after_the_clock_is_set_back(store: Store) -> None:
    start = NOW
    session = PauseSession(started_at=start, ended_at=start - timedelta(minutes=50))
    store.save_session(session)
    saved = store.get_session(session.id)
    assert saved is not None and saved.ended_at is not None
    assert saved.ended_at >= saved.started_at


def test_a_running_pause_does_not_come_back_after_forget_all(tmp_path: Path) -> None:
    db = tmp_path / "pausecoach.db"
    running = Store.open(db)
    session = PauseSession(note="the words", started_at=NOW - timedelta(minutes=5))
    running.save_session(session)
    other = Store.open(db)  # `pausecoach forget --all` in another terminal
    other.delete_everything()
    other.close()
    session.note = "more words"
    with pytest.raises(StoreError, match="deleted with `pausecoach forget --all`"):
        running.save_session(session)
    assert running.count_sessions() == 0
    running.save_session(PauseSession(note="a new pause"))  # later pauses save as usual
    assert running.count_sessions() == 1
    running.close()
