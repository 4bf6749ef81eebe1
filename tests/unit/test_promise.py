"""The promised return time: no hidden buffer, moved by extensions, judged fairly; the partner path's times."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from pausecoach.core.countdown import break_summary, format_clock
from pausecoach.core.promise import (
    ON_TIME_GRACE,
    PARTNER_BREAK_CAP,
    PARTNER_LEAD,
    back_on_time,
    moved_promise,
    partner_plan,
    promised_return,
)
from pausecoach.core.timewords import vague_time_message

# ------------------------------------------------------------ wall-clock times


@pytest.fixture
def tz(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize("tz", ["Europe/London"], indirect=True)
def test_return_time_is_local_and_rounded_up(tz: None) -> None:
    now = datetime(2026, 7, 1, 19, 14, 20, tzinfo=UTC)  # 20:14:20 BST
    back = promised_return(now, 20 * 60)
    assert back.utcoffset() is not None and back.utcoffset().total_seconds() == 3600  # type: ignore[union-attr]
    assert (back.hour, back.minute, back.second) == (20, 35, 0)
    assert format_clock(back) == "20:35"
    exact = promised_return(datetime(2026, 7, 1, 19, 14, 0, tzinfo=UTC), 20 * 60)
    assert format_clock(exact) == "20:34"


@pytest.mark.parametrize("tz", ["Europe/London"], indirect=True)
def test_promised_return_has_no_hidden_buffer(tz: None) -> None:
    # "I need twenty minutes. I'll be back at 20:34" must add up when said aloud at 20:14.
    now = datetime(2026, 1, 10, 20, 14, tzinfo=UTC)  # GMT in winter
    assert format_clock(promised_return(now, 20 * 60)) == "20:34"


@pytest.mark.parametrize("tz", ["Europe/London"], indirect=True)
def test_crossing_midnight(tz: None) -> None:
    now = datetime(2026, 1, 10, 23, 50, tzinfo=UTC)
    back = promised_return(now, 20 * 60)
    assert format_clock(back) == "00:10"
    assert back.day == 11


@pytest.mark.parametrize("tz", ["Europe/London"], indirect=True)
def test_clocks_going_back_on_the_dst_change_day(tz: None) -> None:
    # 25 Oct 2026: at 02:00 BST clocks go back to 01:00 GMT. 01:50 BST + 20 min = 01:10 GMT.
    now = datetime(2026, 10, 25, 0, 50, tzinfo=UTC)
    back = promised_return(now, 20 * 60)
    assert (back.hour, back.minute) == (1, 10)
    assert back.utcoffset() is not None and back.utcoffset().total_seconds() == 0  # type: ignore[union-attr]
    assert format_clock(back) == "01:10"


@pytest.mark.parametrize("tz", ["America/New_York"], indirect=True)
def test_clocks_going_forward_on_the_dst_change_day(tz: None) -> None:
    # 8 Mar 2026: at 02:00 EST clocks jump to 03:00 EDT. 01:50 EST + 20 min = 03:10 EDT.
    now = datetime(2026, 3, 8, 6, 50, tzinfo=UTC)
    back = promised_return(now, 20 * 60)
    assert (back.hour, back.minute) == (3, 10)
    assert format_clock(back) == "03:10"


# ------------------------------------------------------------------ extensions


def test_adding_time_moves_the_promise_by_the_time_added() -> None:
    now = datetime(2026, 7, 1, 16, 50, tzinfo=UTC)
    promise = datetime(2026, 7, 1, 17, 0, tzinfo=UTC)
    # Ten minutes left, five added: break now ends 17:05, and so does the promise.
    moved = moved_promise(promise, 300, now, 15 * 60)
    assert moved == datetime(2026, 7, 1, 17, 5, tzinfo=UTC)


def test_a_moved_promise_is_never_before_the_break_ends() -> None:
    # The break was paused for a while: it now ends 17:12, later than 17:00 + 5.
    now = datetime(2026, 7, 1, 16, 57, tzinfo=UTC)
    promise = datetime(2026, 7, 1, 17, 0, tzinfo=UTC)
    moved = moved_promise(promise, 300, now, 15 * 60)
    assert moved == datetime(2026, 7, 1, 17, 12, tzinfo=UTC)


def test_ten_more_minutes_after_the_promise_passed_counts_from_now() -> None:
    now = datetime(2026, 7, 1, 17, 4, 30, tzinfo=UTC)
    promise = datetime(2026, 7, 1, 17, 0, tzinfo=UTC)
    assert moved_promise(promise, 600, now, 600) == datetime(2026, 7, 1, 17, 15, tzinfo=UTC)


def test_without_a_promise_the_new_one_is_the_end_of_the_break() -> None:
    now = datetime(2026, 7, 1, 17, 0, 10, tzinfo=UTC)
    assert moved_promise(None, 300, now, 300) == datetime(2026, 7, 1, 17, 6, tzinfo=UTC)


# ------------------------------------------------------------------ on time


def test_on_time_within_the_grace_for_the_recheck() -> None:
    promise = datetime(2026, 7, 1, 17, 0, tzinfo=UTC)
    assert back_on_time(promise, promise) is True
    assert back_on_time(promise, promise + ON_TIME_GRACE) is True
    assert back_on_time(promise, promise + ON_TIME_GRACE + timedelta(seconds=1)) is False
    assert back_on_time(None, promise) is None


# ------------------------------------------------------------------ partner path


def test_partner_plan_ends_your_break_before_they_are_due() -> None:
    now = datetime(2026, 7, 1, 16, 55, tzinfo=UTC)
    back = datetime(2026, 7, 1, 17, 15, tzinfo=UTC)
    plan = partner_plan(now, back)
    assert plan.ends_at == back - PARTNER_LEAD
    assert plan.lead_minutes == 3 and not plan.capped


@pytest.mark.parametrize("minutes_away", [0.5, 1, 2, 3, 4, 6])
def test_partner_plan_never_runs_past_their_return(minutes_away: float) -> None:
    # Seen: due at 17:01 while "your own break runs until 17:04". Never again, however close.
    now = datetime(2026, 7, 1, 16, 59, tzinfo=UTC)
    back = now + timedelta(minutes=minutes_away)
    plan = partner_plan(now, back)
    assert plan.ends_at <= back
    assert plan.break_seconds > 0


def test_a_long_wait_is_capped_to_a_break_and_said_so() -> None:
    now = datetime(2026, 7, 1, 14, 0, tzinfo=UTC)
    plan = partner_plan(now, now + timedelta(hours=3))
    assert plan.capped
    assert plan.break_seconds == PARTNER_BREAK_CAP.total_seconds()


def test_a_passed_time_is_refused() -> None:
    now = datetime(2026, 7, 1, 14, 0, tzinfo=UTC)
    with pytest.raises(ValueError):
        partner_plan(now, now)


@pytest.mark.parametrize(
    "text", ["tomorrow morning", "later", "when he's ready", "tonight", "Soon", "after the weekend"]
)
def test_vague_times_get_a_clear_message(text: str) -> None:
    message = vague_time_message(text)
    assert message and "type" in message.lower()


@pytest.mark.parametrize("text", ["20:40", "in 30", "half an hour", "8:40pm"])
def test_clock_times_are_not_vague(text: str) -> None:
    assert vague_time_message(text) is None


# ------------------------------------------------------------------ figures


def test_break_summary_counts_added_time_in_the_plan() -> None:
    # Seen: "planned 5" although 5 were added, and "1 min 30 s" on one screen, "2 min" on another.
    assert break_summary(300, 300, 90) == "10 min planned (5 min added), 1 min 30 s taken"
    assert break_summary(1200, 0, 1200) == "20 min planned, 20 min taken"
