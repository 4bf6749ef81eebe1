"""Time sources: the real clock, and a fake one that tests move by hand."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


def utc_now() -> datetime:
    """The current time as an aware UTC datetime (second precision)."""
    return datetime.now(UTC).replace(microsecond=0)


class Clock(Protocol):
    """What pausecoach needs to know about time."""

    def monotonic(self) -> float:
        """Seconds on a clock that never jumps (for deadlines)."""
        ...

    def now(self) -> datetime:
        """The wall-clock time, aware, in UTC (for records and return times)."""
        ...


class SystemClock:
    """The real clocks of this machine."""

    def monotonic(self) -> float:
        """time.monotonic()."""
        return time.monotonic()

    def now(self) -> datetime:
        """The current UTC time."""
        return datetime.now(UTC)


class FakeClock:
    """A clock that only moves when told to; both readings move together."""

    def __init__(self, start: datetime | None = None) -> None:
        self._wall = start or datetime(2026, 11, 18, 20, 14, tzinfo=UTC)
        self._mono = 1000.0

    def monotonic(self) -> float:
        """The fake monotonic reading."""
        return self._mono

    def now(self) -> datetime:
        """The fake wall time."""
        return self._wall

    def advance(self, seconds: float) -> None:
        """Move both clocks forward."""
        self._mono += seconds
        self._wall += timedelta(seconds=seconds)
