"""The heavy-pattern rule: when to add one quiet line about couples therapy (never more than weekly)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

HEAVY_COUNT = 3
HEAVY_WINDOW = timedelta(days=14)
QUIET_FOR = timedelta(days=7)


def recent_count(
    starts: Iterable[datetime], now: datetime, window: timedelta = HEAVY_WINDOW
) -> int:
    """How many of `starts` fall in the `window` up to `now` (later ones do not count)."""
    return sum(1 for start in starts if now - window <= start <= now)


def is_heavy(starts: Iterable[datetime], now: datetime) -> bool:
    """Three or more flooded pauses in the last fourteen days."""
    return recent_count(starts, now) >= HEAVY_COUNT


def show_help_line(
    flooded_starts: Iterable[datetime],
    last_shown: datetime | None,
    now: datetime,
    unsafe_recently: bool = False,
) -> bool:
    """Whether to show the couples-therapy line now.

    Only for a heavy pattern, at most once in seven days, and never when a recent pause ended
    at the safety screen: couples therapy is not the right step where someone is afraid.
    """
    if unsafe_recently or not is_heavy(flooded_starts, now):
        return False
    return last_shown is None or now - last_shown >= QUIET_FOR
