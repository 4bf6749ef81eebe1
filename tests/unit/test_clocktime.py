"""Reading the partner's return time the way people say it (core/clocktime.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from pausecoach.core.clocktime import TimeError, parse_return_time

EVENING = datetime(2026, 11, 18, 20, 14, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("20:40", (20, 40)),
        ("20.40", (20, 40)),
        ("2040", (20, 40)),
        ("at 20:40", (20, 40)),
        ("8:40pm", (20, 40)),
        ("8:40 PM", (20, 40)),
        ("8:40 p.m.", (20, 40)),
        ("9pm", (21, 0)),
        ("8:40", (20, 40)),  # said in the evening, a morning time would be 12 hours away
        ("in 30 minutes", (20, 44)),
        ("in 30", (20, 44)),
        ("30", (20, 44)),
        ("30 min", (20, 44)),
        ("half an hour", (20, 44)),
        ("In half an hour.", (20, 44)),
        ("about twenty minutes", (20, 34)),
        ("an hour", (21, 14)),
        ("1h", (21, 14)),
        ("1.5 hours", (21, 44)),
        ("an hour and a half", (21, 44)),
        ("quarter of an hour", (20, 29)),
        ("  in   45   mins  ", (20, 59)),
    ],
)
def test_times_said_the_usual_ways(text: str, expected: tuple[int, int]) -> None:
    moment = parse_return_time(text, EVENING)
    assert (moment.hour, moment.minute) == expected
    assert moment.date() == EVENING.date()
    assert moment.tzinfo == EVENING.tzinfo


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("soon", "20:40"),
        ("whenever", "half an hour"),
        ("25:00", "not a time of day"),
        ("20:75", "not a time of day"),
        ("13pm", "not a time of day"),
        ("", "Nothing was typed"),
        ("   ", "Nothing was typed"),
        ("in 2000 minutes", "more than a day away"),
        ("30 hours", "more than a day away"),
        ("0", "passed"),
    ],
)
def test_unreadable_or_impossible_input_says_what_is_accepted(text: str, needle: str) -> None:
    with pytest.raises(TimeError) as caught:
        parse_return_time(text, EVENING)
    assert needle in str(caught.value)


def test_a_bad_time_quotes_what_was_typed_but_never_too_much() -> None:
    with pytest.raises(TimeError) as caught:
        parse_return_time("when they have calmed down a lot", EVENING)
    message = str(caught.value)
    assert "'when they have calm…'" in message
    assert "calmed down a lot" not in message


def test_a_clock_time_already_passed_today_means_tomorrow_morning() -> None:
    late = datetime(2026, 11, 18, 23, 50, tzinfo=UTC)
    assert parse_return_time("00:10", late) == datetime(2026, 11, 19, 0, 10, tzinfo=UTC)
    assert parse_return_time("12:10am", late) == datetime(2026, 11, 19, 0, 10, tzinfo=UTC)
    assert parse_return_time("in 30 minutes", late) == datetime(2026, 11, 19, 0, 20, tzinfo=UTC)
    assert parse_return_time("1:00", late) == datetime(2026, 11, 19, 1, 0, tzinfo=UTC)


def test_a_time_just_before_now_is_tomorrow_but_more_than_a_day_is_refused() -> None:
    # 20:13 is 23 h 59 min away: allowed; a 25-hour wait is not.
    assert parse_return_time("20:13", EVENING) == datetime(2026, 11, 19, 20, 13, tzinfo=UTC)
    with pytest.raises(TimeError):
        parse_return_time("25 hours", EVENING)


@pytest.mark.parametrize(
    "zone",
    [
        timezone(timedelta(hours=5, minutes=30)),
        timezone(timedelta(hours=-5)),
        ZoneInfo("Europe/London"),
    ],
)
def test_clock_times_are_read_in_the_users_own_time_zone(zone: timezone | ZoneInfo) -> None:
    now = datetime(2026, 11, 18, 20, 14, tzinfo=zone)
    moment = parse_return_time("20:40", now)
    assert (moment.hour, moment.minute) == (20, 40)
    assert moment.utcoffset() == now.utcoffset()
    assert moment.astimezone(UTC) - now.astimezone(UTC) == timedelta(minutes=26)


def test_the_same_words_mean_different_instants_in_two_time_zones() -> None:
    instant = datetime(2026, 11, 18, 20, 14, tzinfo=UTC)
    tokyo = parse_return_time("21:00", instant.astimezone(ZoneInfo("Asia/Tokyo")))
    new_york = parse_return_time("21:00", instant.astimezone(ZoneInfo("America/New_York")))
    assert tokyo.astimezone(UTC) != new_york.astimezone(UTC)
    # A length of time is the same instant wherever you are.
    in_tokyo = parse_return_time("in 30", instant.astimezone(ZoneInfo("Asia/Tokyo")))
    in_new_york = parse_return_time("in 30", instant.astimezone(ZoneInfo("America/New_York")))
    assert (
        in_tokyo.astimezone(UTC) == in_new_york.astimezone(UTC) == instant + timedelta(minutes=30)
    )


def test_a_wait_across_the_clocks_going_back_is_real_minutes() -> None:
    # 01:50 BST on the night UK clocks go back: thirty real minutes later is 01:20 GMT.
    london = ZoneInfo("Europe/London")
    now = datetime(2026, 10, 25, 0, 50, tzinfo=UTC).astimezone(london)
    moment = parse_return_time("in 30 minutes", now)
    assert moment.astimezone(UTC) - now.astimezone(UTC) == timedelta(minutes=30)


# ------------------------------------------- the night the clocks change (#16 class 17)
BERLIN = ZoneInfo("Europe/Berlin")
SPRING_NIGHT = datetime(2026, 3, 29, 0, 50, tzinfo=UTC)  # 01:50 in Berlin; at 02:00 it is 03:00
AUTUMN_NIGHT = datetime(2026, 10, 25, 0, 20, tzinfo=UTC)  # 02:20 CEST; at 03:00 back to 02:00


@pytest.fixture
def in_berlin(monkeypatch: pytest.MonkeyPatch) -> None:
    """This computer's own zone is Berlin (as the app's clock.now().astimezone() then is)."""
    import time

    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("in_berlin")
@pytest.mark.parametrize("how", ["zoneinfo", "computer's fixed offset", "zone given"])
@pytest.mark.parametrize(
    ("text", "wall", "minutes_ahead"),
    [
        ("3:30", "03:30", 40),  # was 04:30 on screen, an hour too long
        ("back at 3:30", "03:30", 40),
        ("2:30", "03:30", 40),  # a time the clocks skip means the moment they land on
        ("in 30", "03:20", 30),
        ("1:55", "01:55", 5),
    ],
)
def test_back_at_a_clock_time_on_the_spring_forward_night(
    text: str, wall: str, minutes_ahead: int, how: str
) -> None:
    if how == "zoneinfo":
        moment = parse_return_time(text, SPRING_NIGHT.astimezone(BERLIN))
    elif how == "zone given":
        moment = parse_return_time(text, SPRING_NIGHT, zone=BERLIN)
    else:
        moment = parse_return_time(text, SPRING_NIGHT.astimezone())
    assert moment.strftime("%H:%M") == wall
    assert moment.astimezone(UTC) - SPRING_NIGHT == timedelta(minutes=minutes_ahead)


@pytest.mark.usefixtures("in_berlin")
@pytest.mark.parametrize("how", ["zoneinfo", "computer's fixed offset"])
@pytest.mark.parametrize(
    ("text", "wall", "minutes_ahead"),
    [("2:40", "02:40", 20), ("3:10", "03:10", 110), ("in 60", "02:20", 60)],
)
def test_the_autumn_night_when_an_hour_repeats(
    text: str, wall: str, minutes_ahead: int, how: str
) -> None:
    now = AUTUMN_NIGHT.astimezone(BERLIN if how == "zoneinfo" else None)
    moment = parse_return_time(text, now)
    assert moment.strftime("%H:%M") == wall
    assert moment.astimezone(UTC) - AUTUMN_NIGHT == timedelta(minutes=minutes_ahead)
