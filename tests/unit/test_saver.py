"""The save queue (pause/saver.py): never waits on the caller's thread, keeps order, newest wins."""

from __future__ import annotations

import threading

import pytest

import pausecoach.pause.saver as saver
from pausecoach.pause.saver import SaveQueue
from pausecoach.storage.query import StoreBusy, StoreError


class Database:
    """A stand-in database: busy while `held` is set; every made write is noted in order."""

    def __init__(self) -> None:
        self.held = threading.Event()
        self.written: list[str] = []
        self.threads: list[str] = []

    def job(self, name: str, fail: bool = False) -> saver.Job:
        def write(wait: bool) -> None:
            assert wait is False  # a queued save never waits for the lock
            if self.held.is_set():
                raise StoreBusy("busy")
            if fail:
                raise StoreError(f"could not save {name}")
            self.threads.append(threading.current_thread().name)
            self.written.append(name)

        return write


@pytest.fixture(autouse=True)
def quick_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(saver, "RETRY_SECONDS", 0.01)
    monkeypatch.setattr(saver, "REPORT_BUSY_AFTER", 0.0)


def queue(failed: list[str], done: list[int]) -> SaveQueue:
    return SaveQueue(failed.append, lambda: done.append(1))


def test_a_free_database_is_written_at_once_on_the_callers_thread() -> None:
    db, failed, done = Database(), list[str](), list[int]()
    q = queue(failed, done)
    q.submit(db.job("a"))
    assert db.written == ["a"] and not q.pending
    assert db.threads == [threading.current_thread().name] and done == [1] and failed == []


def test_a_held_database_queues_in_order_and_the_newest_state_wins() -> None:
    db, failed, said = Database(), list[str](), threading.Event()

    def tell(message: str) -> None:
        failed.append(message)
        said.set()

    q = SaveQueue(tell, lambda: None)
    db.held.set()
    q.submit(db.job("record v1"), key="session:1")
    q.submit(db.job("document"))
    q.submit(db.job("record v2"), key="session:1")
    q.submit(db.job("record v3"), key="session:1")  # replaces v2, still waiting behind it
    q.submit(db.job("other record"), key="session:2")
    assert db.written == [] and q.pending
    assert not q.flush(0.05)  # bounded: gives up while the lock is held
    assert said.wait(10)  # said once it has lasted (at once here)
    assert "busy" in failed[0]
    db.held.clear()
    assert q.flush(5)
    assert db.written == ["record v1", "document", "record v3", "other record"]
    assert not q.pending and "pausecoach-saver" in db.threads


def test_a_failed_save_is_reported_and_the_saves_after_it_still_made() -> None:
    db, failed, done = Database(), list[str](), list[int]()
    q = queue(failed, done)
    db.held.set()
    q.submit(db.job("a"))
    q.submit(db.job("b", fail=True))
    q.submit(db.job("c"))
    db.held.clear()
    assert q.flush(5)
    assert db.written == ["a", "c"]
    assert "could not save b" in failed


def test_a_bug_in_a_save_does_not_stop_the_queue() -> None:
    db, failed, done = Database(), list[str](), list[int]()
    q = queue(failed, done)
    db.held.set()
    q.submit(db.job("a"))

    def broken(wait: bool) -> None:
        raise ValueError("a bug")

    q.submit(broken)
    q.submit(db.job("c"))
    db.held.clear()
    assert q.flush(5)
    assert db.written == ["a", "c"] and any("a bug" in f for f in failed)
