"""Saving never stops the screen (#16 class 2): another process holds SQLite's write lock.

Before, every save waited about 31 s on the thread that draws the screen: `b` froze the
landing screen, the countdown and the pacer stopped mid-break, and the "not saved" notice
expired unseen. Now a save that finds the database held is queued, the break carries on, the
notice stays, and the queue catches up in order as soon as the lock is freed.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.pilot_time import catch_up, until

import pausecoach.pause.saver as saver
import pausecoach.storage.transactions as transactions
from pausecoach.clock import FakeClock
from pausecoach.config.settings import Settings
from pausecoach.storage.store import Store
from pausecoach.tui.app import PauseCoachApp, make_app
from pausecoach.tui.screens.breaktime import BreakScreen

SIZE = (80, 24)
ANSWER = 10.0  # a held lock used to freeze the screen for 31 s; every step here must answer sooner
# Holds the write lock (as a second pausecoach or an import would) until told to let go.
HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("held", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
"""


class Holder:
    """Another process holding the database's write lock."""

    def __init__(self, db: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(db)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        assert self.process.stdout.readline().strip() == "held"

    def release(self) -> None:
        if self.process.poll() is None:
            assert self.process.stdin is not None
            self.process.stdin.write("go\n")
            self.process.stdin.flush()
            self.process.wait(timeout=20)

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


@pytest.fixture
def holders() -> Iterator[list[Holder]]:
    started: list[Holder] = []
    yield started
    for holder in started:
        holder.kill()


@pytest.fixture
def waits_on_screen_thread(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every write that waited for the lock on the thread that draws the screen."""
    seen: list[str] = []
    waiting = transactions.Transactions._begin

    def begin(self: transactions.Transactions) -> None:
        if threading.current_thread() is threading.main_thread():
            seen.append("waited")
        waiting(self)

    monkeypatch.setattr(transactions.Transactions, "_begin", begin)
    monkeypatch.setattr(saver, "REPORT_BUSY_AFTER", 0.3)  # say "not saved" sooner than 5 s
    return seen


async def answers(step: object) -> None:
    """Await a Pilot step, failing if the screen is stuck (a save waiting for the lock)."""
    await asyncio.wait_for(step, ANSWER)  # type: ignore[arg-type]


def shown_left(app: PauseCoachApp) -> str:
    """The time left as the screen last drew it (the window title follows every tick)."""
    titles = [s for s in app.sent_sequences if s.startswith("\x1b]2;")]
    return titles[-1].removeprefix("\x1b]2;").split(" ")[0]


def notices(app: PauseCoachApp) -> list[str]:
    return [f"{n.title}: {n.message}" for n in app._notifications]


def db_path(store: Store) -> Path:
    assert store.path is not None
    return store.path


async def test_the_break_keeps_moving_while_the_database_is_held(
    store: Store,
    clock: FakeClock,
    holders: list[Holder],
    waits_on_screen_thread: list[str],
) -> None:
    app = make_app(Settings(bell=False), store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        holder = Holder(db_path(store))
        holders.append(holder)
        # b, the fear question already answered, then the tell screen: nothing freezes.
        await answers(pilot.press("b", "enter"))
        await answers(pilot.pause())
        assert isinstance(app.screen, BreakScreen)
        session_id = app.record.session.id
        clock.advance(45)  # past the 30-second progress save
        await answers(catch_up(pilot))
        assert shown_left(app) == "19:15"  # the countdown moved on
        await answers(pilot.press("2"))  # another breathing pattern: the pacer answers
        await answers(pilot.pause())
        assert app.flow.pattern_id != "sigh"
        # Nothing reached the file yet, and the user is told, until saving works again.
        assert app.record.saver.pending
        on_disk = store.get_session(session_id)
        assert on_disk is None or on_disk.step != "break"
        await until(pilot, lambda: any("Not saved" in n for n in notices(app)), "notice")
        clock.advance(60)
        await answers(catch_up(pilot))
        assert shown_left(app) == "18:15"
        assert any("Not saved" in n for n in notices(app))  # still there a minute later

        holder.release()
        await until(pilot, lambda: not app.record.saver.pending, "the queue caught up")
        saved = store.get_session(session_id)
        assert saved is not None and saved.step == "break"
        assert saved.actual_seconds is not None and saved.actual_seconds >= 60
        assert saved.patterns == ["sigh", app.flow.pattern_id]
        await until(pilot, lambda: not any("Not saved" in n for n in notices(app)), "cleared")
        assert any("saved again" in n for n in notices(app))
    assert waits_on_screen_thread == []


@pytest.mark.parametrize("freed", [True, False], ids=["freed-soon", "held-on"])
async def test_the_last_save_at_quit_waits_a_bounded_time(
    store: Store,
    clock: FakeClock,
    holders: list[Holder],
    waits_on_screen_thread: list[str],
    freed: bool,
) -> None:
    app = make_app(Settings(bell=False), store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("b", "enter")
        await pilot.pause()
        session_id = app.record.session.id
        clock.advance(100)
        holders.append(Holder(db_path(store)))
        await answers(pilot.press("q", "y"))  # quit during the break: kept as interrupted
        await answers(pilot.pause())
    recorder = app.recorder
    assert recorder is not None and recorder.saver.pending
    if freed:
        threading.Timer(0.5, holders[0].release).start()
    said: list[str] = []
    done = recorder.finish_saving(said.append, timeout=15 if freed else 0.5)
    assert said[0].startswith("Saving your pause: another program is holding the database")
    record = store.get_session(session_id)
    assert record is not None
    if freed:
        assert done and said[-1] == "Saved."
        assert record.status == "interrupted" and record.actual_seconds == 100
    else:
        assert not done and "could not be saved" in said[-1]
        assert record.status == "in_progress"  # the next start sweeps it as interrupted
    assert waits_on_screen_thread == []


def test_a_resumed_recheck_queues_behind_the_record_it_replaces(
    store: Store, clock: FakeClock, holders: list[Holder]
) -> None:
    from pausecoach.models import PauseSession
    from pausecoach.pause.recorder import PauseRecorder

    earlier = PauseSession(status="interrupted", step="break", actual_seconds=300)
    store.save_session(earlier)
    landing = PauseRecorder(store, clock)  # the record made at the landing screen
    holder = Holder(db_path(store))
    holders.append(holder)
    landing.discard()  # `r`: the landing's empty record goes, last time's pause carries on
    resumed = PauseRecorder(store, clock, resume=earlier, after=landing)
    assert resumed.saver is landing.saver and resumed.saver.pending
    holder.release()
    assert resumed.finish_saving(lambda _line: None, timeout=15)
    assert store.get_session(landing.session.id) is None  # deleted, not left to look interrupted
    again = store.get_session(earlier.id)
    assert again is not None and again.status == "in_progress" and again.actual_seconds == 300


async def test_a_talk_on_its_own_keeps_going_and_is_saved_at_exit(
    store: Store,
    clock: FakeClock,
    holders: list[Holder],
    waits_on_screen_thread: list[str],
) -> None:
    """`pausecoach talk`: it saves at every turn; with the database held none of them waits."""
    from pausecoach.documents.talk import load_talks
    from pausecoach.tui.screens.talk import TalkScreen
    from pausecoach.tui.talk_start import TalkOptions

    app = make_app(Settings(bell=False), store, clock, start_at="talk", talk=TalkOptions())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause(0.2)
        assert isinstance(app.screen, TalkScreen)
        holders.append(Holder(db_path(store)))
        clock.advance(50)
        await answers(pilot.press("enter", "enter", "enter"))  # a turn, summarised, the next
        await answers(pilot.pause())
        assert app.recorder is None and app._documents is not None and app._documents.pending
        await until(pilot, lambda: any("Not saved" in n for n in notices(app)), "notice")
        await answers(pilot.press("ctrl+c"))
        await answers(pilot.pause())
    threading.Timer(0.5, holders[0].release).start()
    said: list[str] = []
    assert app.finish_saving(said.append, timeout=15)
    assert said[0].startswith("Saving: another program is holding the database")
    [talk] = load_talks(store)
    assert talk.outcome == "left" and len(talk.turns) == 2 and talk.turns[0].summarised
    assert store.count_sessions() == 0  # a talk on its own makes no pause record
    assert waits_on_screen_thread == []


async def test_the_baseline_saves_through_the_queue_and_says_saved_only_once_it_is(
    store: Store,
    clock: FakeClock,
    holders: list[Holder],
    waits_on_screen_thread: list[str],
) -> None:
    from pausecoach.documents.baseline import load_baseline
    from pausecoach.tui.screens.done import DoneScreen

    app = make_app(Settings(bell=False), store, clock, start_at="baseline")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("e", "t")  # end the settling early, type a bpm from a watch
        await pilot.pause()
        holder = Holder(db_path(store))
        holders.append(holder)
        await answers(pilot.press("6", "4", "enter"))  # the screen answers at once
        await answers(pilot.pause())
        assert isinstance(app.screen, DoneScreen)
        words = app.screen.query_one(".lead").render()
        assert "Saving" in str(words) and "Saved." not in str(words)
        assert load_baseline(store) is None
        holder.release()
        await until(pilot, lambda: load_baseline(store) is not None, "the queue caught up")
        await until(
            pilot,
            lambda: str(app.screen.query_one(".lead").render()).startswith("Saved."),
            "the words say Saved.",
        )
    baseline = load_baseline(store)
    assert baseline is not None and baseline.bpm == 64
    assert waits_on_screen_thread == []
