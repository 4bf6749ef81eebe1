"""Every statistic of `history stats`, checked by hand on a small fixed data set."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from tests.cli.history_data import full_pause

from pausecoach.core.insights import (
    DrillFacts,
    PatternDrop,
    PauseFacts,
    Rate,
    RoleSplit,
    compute,
    to_dict,
)
from pausecoach.report.stats import sparkline

NOW = datetime(2026, 11, 18, 12, 0, tzinfo=UTC)  # a Wednesday
LA = ZoneInfo("America/Los_Angeles")


def at(text: str) -> datetime:
    return datetime.fromisoformat(text + "+00:00")


PAUSES = [
    # Monday 03:00 UTC is still Sunday evening in Los Angeles: the week differs by zone.
    PauseFacts(at("2026-11-16T03:00"), "flooded", "completed", 1200, 1500, 110, 80,
               ("heart", "breath"), ("4-6",), True),
    PauseFacts(at("2026-11-10T20:00"), "flooded", "completed", 1200, 1200, 120, 100,
               ("heart",), ("4-6",), False),
    PauseFacts(at("2026-11-05T18:00"), "flooded", "interrupted", 600, 300, 100, None,
               ("breath", "hot"), ("sigh",), None),
    PauseFacts(at("2026-11-04T10:00"), "partner_stepped_away", "completed", 1800, 2400, None,
               None, (), (), True),
    PauseFacts(at("2026-10-28T09:00"), "flooded", "completed", 1200, 1800, 130, 90,
               ("heart", "clenched"), ("4-6",), True),
    PauseFacts(at("2026-10-20T22:00"), "flooded", "safety_exit", None, None, 140, None,
               ("heart", "breath", "hot"), (), None),
    PauseFacts(at("2026-10-14T12:00"), "flooded", "completed", 900, 900, 105, 95,
               ("breath",), ("sigh", "box"), True),
    # Older than the 12-week chart, but it still counts everywhere else.
    PauseFacts(at("2026-08-01T12:00"), "partner_stepped_away", "completed", 1200, 1200, 100,
               88, (), ("sigh",), False),
]  # fmt: skip
DRILLS = [
    DrillFacts(at("2026-11-02T10:00"), 40),
    DrillFacts(at("2026-11-03T10:00"), 60),
    DrillFacts(at("2026-11-10T10:00"), 70),
    DrillFacts(at("2026-11-16T06:00"), 90),  # Sunday night in Los Angeles
]


@pytest.mark.parametrize("zone", [UTC, LA])
def test_numbers_that_do_not_depend_on_the_zone(zone: ZoneInfo) -> None:
    result = compute(PAUSES, NOW, zone, DRILLS)
    assert result.pauses == 8
    assert result.median_planned == 1200  # 600 900 1200 1200 1200 1200 1800
    assert result.median_actual == 1200  # 300 900 1200 1200 1500 1800 2400
    assert result.median_pulse_before == 110  # 100 100 105 110 120 130 140
    assert result.median_pulse_after == 90  # 80 88 90 95 100
    assert result.median_pulse_drop == 20  # 10 12 20 30 40 (pairs only)
    assert result.common_signs == (("breath", 4), ("heart", 4), ("hot", 2), ("clenched", 1))
    assert result.pattern_drops == (
        PatternDrop("4-6", 3, 30.0),  # drops 30, 20, 40
        PatternDrop("mixed", 1, None),  # sigh then box: not credited to either
        PatternDrop("sigh", 1, None),  # the interrupted sigh pause had no pulse after
    )
    assert result.on_time == Rate(4, 6)
    assert result.on_time.rate == pytest.approx(4 / 6)
    assert result.interrupted == 1
    assert result.safety_exits == 1
    assert result.roles == (
        RoleSplit("flooded", 6, 4, Rate(3, 4)),
        RoleSplit("partner_stepped_away", 2, 2, Rate(1, 2)),
    )
    assert result.drills.attempts == 4 and result.drills.best == 90


def weeks(result_weekly: tuple[tuple[date, int], ...]) -> dict[str, int]:
    return {start.isoformat(): count for start, count in result_weekly if count}


def test_weeks_are_local_weeks_utc() -> None:
    result = compute(PAUSES, NOW, UTC, DRILLS)
    assert len(result.weekly) == 12
    assert result.weekly[0][0] == date(2026, 8, 31) and result.weekly[-1][0] == date(2026, 11, 16)
    assert weeks(result.weekly) == {
        "2026-10-12": 1,
        "2026-10-19": 1,
        "2026-10-26": 1,
        "2026-11-02": 2,
        "2026-11-09": 1,
        "2026-11-16": 1,
    }
    assert result.drills.weekly_median == (
        (date(2026, 11, 2), 50.0),
        (date(2026, 11, 9), 70.0),
        (date(2026, 11, 16), 90.0),
    )


def test_weeks_are_local_weeks_los_angeles() -> None:
    result = compute(PAUSES, NOW, LA, DRILLS)
    assert weeks(result.weekly) == {
        "2026-10-12": 1,
        "2026-10-19": 1,
        "2026-10-26": 1,
        "2026-11-02": 2,
        "2026-11-09": 2,  # the Monday-03:00-UTC pause was Sunday evening here
    }
    assert result.drills.weekly_median == ((date(2026, 11, 2), 50.0), (date(2026, 11, 9), 80.0))


def test_nothing_gives_empty_numbers_not_errors() -> None:
    result = compute([], NOW, UTC)
    assert result.pauses == 0
    assert [n for _, n in result.weekly] == [0] * 12
    assert result.median_planned is None and result.median_pulse_drop is None
    assert result.common_signs == () and result.pattern_drops == ()
    assert result.on_time == Rate(0, 0) and result.on_time.rate is None
    assert result.drills.attempts == 0 and result.drills.best is None


def test_three_pauses_are_enough_for_a_pattern() -> None:
    two = [
        PauseFacts(NOW - timedelta(days=d), pulse_before=120, pulse_after=100, patterns=("box",))
        for d in (1, 2)
    ]
    assert compute(two, NOW, UTC).pattern_drops == (PatternDrop("box", 2, None),)
    three = [*two, PauseFacts(NOW, pulse_before=110, pulse_after=80, patterns=("box",))]
    assert compute(three, NOW, UTC).pattern_drops == (PatternDrop("box", 3, 20.0),)


def test_facts_from_a_stored_record() -> None:
    record = full_pause().model_dump(mode="json")
    facts = PauseFacts.from_record(record)
    assert facts.started_at == datetime(2026, 11, 18, 20, 14, tzinfo=UTC)
    assert facts.signs == ("heart", "breath", "clenched")
    assert facts.patterns == ("4-6",)
    assert (facts.pulse_before, facts.pulse_after, facts.back_on_time) == (112, 84, True)
    older = {**record, "patterns": [], "pattern": "box"}
    assert PauseFacts.from_record(older).patterns == ("box",)


def test_json_form_keeps_counts_behind_rates() -> None:
    data = to_dict(compute(PAUSES, NOW, UTC, DRILLS))
    assert data["on_time"] == {"hits": 4, "total": 6, "rate": pytest.approx(4 / 6)}
    assert data["weekly"][-1] == {"week_start": "2026-11-16", "pauses": 1}
    assert data["pattern_drops"][0] == {"pattern": "4-6", "count": 3, "median_drop": 30.0}
    assert data["drills"]["weekly_median"][0] == {"week_start": "2026-11-02", "median_score": 50.0}
    assert data["roles"][1]["role"] == "partner_stepped_away"


def test_sparkline_scales_to_the_busiest_week() -> None:
    assert sparkline([0, 1, 2, 4]) == "▁▃▅█"
    assert sparkline([0, 0]) == "▁▁"
    assert sparkline([]) == ""
