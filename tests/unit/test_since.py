"""`--since`: spans counted back from now, dates at local midnight, clear refusals."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from pausecoach.core.since import SinceError, parse_since

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 3, 31, 10, 30, tzinfo=LONDON)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7d", datetime(2026, 3, 24, 10, 30, tzinfo=LONDON)),
        (" 2W ", datetime(2026, 3, 17, 10, 30, tzinfo=LONDON)),
        ("1m", datetime(2026, 2, 28, 10, 30, tzinfo=LONDON)),  # 31 Feb does not exist
        ("3m", datetime(2025, 12, 31, 10, 30, tzinfo=LONDON)),  # across the new year
        ("0d", NOW),
        ("2026-01-31", datetime(2026, 1, 31, 0, 0, tzinfo=LONDON)),
    ],
)
def test_spans_and_dates(text: str, expected: datetime) -> None:
    assert parse_since(text, NOW) == expected


def test_a_date_is_local_midnight_in_the_zone_given() -> None:
    tokyo = ZoneInfo("Asia/Tokyo")
    moment = parse_since("2026-11-20", NOW, lambda naive: naive.replace(tzinfo=tokyo))
    assert moment.isoformat() == "2026-11-20T00:00:00+09:00"
    assert moment.astimezone(LONDON).isoformat() == "2026-11-19T15:00:00+00:00"


@pytest.mark.parametrize(
    "text", ["yesterday-ish", "", "7", "d7", "-3d", "7x", "2026-02-30", "12345d"]
)
def test_anything_else_is_refused_with_a_hint(text: str) -> None:
    with pytest.raises(SinceError, match="7d, 2w or 3m"):
        parse_since(text, NOW)
