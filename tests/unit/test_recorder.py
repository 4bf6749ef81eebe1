"""The pause recorder: a row from the first screen, and every step saved as it happens."""

from __future__ import annotations

from datetime import timedelta

import pytest

from pausecoach.clock import FakeClock
from pausecoach.core.flooding import Assessment, Readiness
from pausecoach.models import PauseSession
from pausecoach.pause.recorder import PauseRecorder
from pausecoach.storage.locking import is_orphaned
from pausecoach.storage.store import Store


def saved(store: Store, rec: PauseRecorder) -> PauseSession:
    """The record as it is on disk right now (not the recorder's copy)."""
    row = store.get_session(rec.session.id)
    assert row is not None
    return row


def test_the_row_exists_from_the_first_screen_and_is_locked(store: Store, clock: FakeClock) -> None:
    rec = PauseRecorder(store, clock, pulse_limit=80, resting_pulse=60)
    row = saved(store, rec)
    assert row.status == "in_progress" and row.step == "land"
    assert row.started_at == clock.now() and (row.pulse_limit, row.resting_pulse) == (80, 60)
    assert store.data_dir is not None and not is_orphaned(store.data_dir, rec.session.id)


def test_every_step_is_saved_as_it_happens(store: Store, clock: FakeClock) -> None:
    rec = PauseRecorder(store, clock)
    rec.reach("check")
    assert saved(store, rec).step == "check"

    rec.pulse(112, "before", beats=28, window=15)
    assert saved(store, rec).pulse_before == 112
    verdict = Assessment("flooded", ("Your pulse is 112 bpm.",), 20)
    rec.checked(["heart", "hot"], 112, verdict)
    row = saved(store, rec)
    assert (row.verdict, row.signs, row.verdict_reasons, row.step) == (
        "flooded",
        ["heart", "hot"],
        ["Your pulse is 112 bpm."],
        "verdict",
    )

    back = clock.now() + timedelta(minutes=23)
    rec.break_planned(1200, back, "I'll be back at 20:37.")
    row = saved(store, rec)
    assert (row.planned_seconds, row.return_at, row.tell_text) == (
        1200,
        back,
        "I'll be back at 20:37.",
    )

    rec.break_started("sigh")
    rec.pattern_used("box")
    rec.pattern_used("sigh")
    clock.advance(600)
    rec.progress(600.7)
    row = saved(store, rec)
    assert row.step == "break" and row.break_started_at is not None
    assert (row.pattern, row.patterns, row.actual_seconds) == ("sigh", ["sigh", "box"], 600)

    rec.extended(300)
    rec.extended(600, "not_ready")
    assert [(e.seconds, e.reason) for e in saved(store, rec).extensions] == [
        (300, "extend"),
        (600, "not_ready"),
    ]

    rec.pulse(70, "after", beats=35, window=30)
    rec.rechecked(8, Readiness("ready", ("ok",)))
    row = saved(store, rec)
    assert (row.pulse_after, row.calm_score, row.ready, row.step) == (70, 8, True, "recheck")
    assert [p.when for p in row.pulses] == ["before", "after"]

    rec.came_back()
    rec.chose_startup("chores", "I feel worn out about the dishes.")
    row = saved(store, rec)
    assert (row.step, row.startup_topic, row.startup_text) == (
        "comeback",
        "chores",
        "I feel worn out about the dishes.",
    )
    assert row.status == "in_progress"
    assert [e.step for e in row.timeline] == [
        "land",
        "check",
        "verdict",
        "break",
        "recheck",
        "comeback",
    ]


def test_reaching_the_same_step_twice_is_noted_once(store: Store, clock: FakeClock) -> None:
    rec = PauseRecorder(store, clock)
    rec.reach("check")
    rec.reach("check")
    assert [e.step for e in saved(store, rec).timeline] == ["land", "check"]


def test_finish_completes_and_releases_the_lock(store: Store, clock: FakeClock) -> None:
    rec = PauseRecorder(store, clock)
    clock.advance(90)
    rec.finish(note="  walk first  ")
    row = saved(store, rec)
    assert (row.status, row.note, row.ended_at) == ("completed", "walk first", clock.now())
    assert store.data_dir is not None and is_orphaned(store.data_dir, rec.session.id)
    rec.finish("safety_exit")  # a closed record is not rewritten
    rec.abandon()
    assert saved(store, rec).status == "completed"


def test_blank_note_is_not_saved(store: Store, clock: FakeClock) -> None:
    rec = PauseRecorder(store, clock)
    rec.finish(note="   ")
    assert saved(store, rec).note is None


def test_safety_exit(store: Store, clock: FakeClock) -> None:
    rec = PauseRecorder(store, clock)
    rec.reach("safety")
    rec.finish("safety_exit")
    assert saved(store, rec).status == "safety_exit"


def test_abandon_keeps_an_interrupted_record_at_its_step(store: Store, clock: FakeClock) -> None:
    rec = PauseRecorder(store, clock)
    rec.break_started("4-6")
    rec.abandon()
    row = saved(store, rec)
    assert (row.status, row.step) == ("interrupted", "break") and row.ended_at is not None


def test_discard_removes_an_empty_record(store: Store, clock: FakeClock) -> None:
    rec = PauseRecorder(store, clock)
    rec.discard()
    assert store.get_session(rec.session.id) is None and rec.closed
    assert store.data_dir is not None and is_orphaned(store.data_dir, rec.session.id)
    rec.finish()  # closed: nothing comes back
    assert store.count_sessions() == 0


@pytest.mark.parametrize(
    ("late_by", "on_time"), [(-60, True), (0, True), (180, True), (181, False), (600, False)]
)
def test_back_on_time(store: Store, clock: FakeClock, late_by: int, on_time: bool) -> None:
    rec = PauseRecorder(store, clock)
    rec.break_planned(1200, clock.now() + timedelta(seconds=1380), None)
    clock.advance(1380 + late_by)
    rec.came_back()
    assert saved(store, rec).back_on_time is on_time


def test_no_promised_time_means_no_on_time_verdict(store: Store, clock: FakeClock) -> None:
    rec = PauseRecorder(store, clock)
    rec.came_back()
    assert saved(store, rec).back_on_time is None


def test_partner_path(store: Store, clock: FakeClock) -> None:
    rec = PauseRecorder(store, clock)
    rec.take_partner_path()
    back = clock.now() + timedelta(minutes=30)
    rec.partner_return(back)
    row = saved(store, rec)
    assert (row.role, row.step, row.partner_return_at) == ("partner_stepped_away", "reframe", back)
    rec.take_partner_path(False)
    assert saved(store, rec).role == "flooded"


def test_in_memory_store_records_without_a_lock(clock: FakeClock) -> None:
    store = Store.in_memory()
    rec = PauseRecorder(store, clock)
    rec.finish()
    assert saved(store, rec).status == "completed"
