"""The time you promise to be back, how it moves when time is added, and the partner path's times.

The promise is the end of the break, rounded up to the minute: no hidden buffer. The re-check and
choosing words happen after it, so arriving within `ON_TIME_GRACE` of the promise counts as on
time, and the summary says so in those words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

ON_TIME_GRACE = timedelta(minutes=3)
# On the partner path your own break ends this long before they are due, to choose your words.
PARTNER_LEAD = timedelta(minutes=3)
PARTNER_BREAK_CAP = timedelta(
    minutes=30
)  # a long wait: breathe for this long, then live your evening
SHORTEST_BREAK = timedelta(minutes=1)


def round_up_to_minute(moment: datetime) -> datetime:
    """`moment` rounded up to the next whole minute (unchanged when already whole)."""
    if moment.second or moment.microsecond:
        return moment.replace(second=0, microsecond=0) + timedelta(minutes=1)
    return moment


def after(wall_now: datetime, seconds: float) -> datetime:
    """The local wall-clock moment `seconds` from now, computed through UTC (safe across DST)."""
    # Adding to a local fixed offset would keep yesterday's offset across a daylight-saving change.
    return (wall_now.astimezone(UTC) + timedelta(seconds=seconds)).astimezone()


def promised_return(wall_now: datetime, break_seconds: float) -> datetime:
    """When to tell the partner you will be back: the end of the break, to the minute."""
    return round_up_to_minute(after(wall_now, break_seconds))


def moved_promise(
    promise: datetime | None, added_seconds: float, wall_now: datetime, seconds_left: float
) -> datetime:
    """The new time to tell the partner after adding time: the old one moved on, never before the break ends."""
    ends = promised_return(wall_now, seconds_left)
    if promise is None:
        return ends
    return max(round_up_to_minute(promise + timedelta(seconds=added_seconds)), ends)


def back_on_time(promise: datetime | None, arrived: datetime) -> bool | None:
    """Whether you came back by the time you named (None when you named none)."""
    if promise is None:
        return None
    return arrived <= promise + ON_TIME_GRACE


@dataclass(frozen=True)
class PartnerPlan:
    """Your own break while your partner is away: it always ends before they are due."""

    partner_back: datetime
    break_seconds: int
    ends_at: datetime
    capped: bool  # their time is far off: a break now, then the rest of the wait is yours

    @property
    def lead_minutes(self) -> int:
        """Whole minutes between the end of your break and their return."""
        return int((self.partner_back - self.ends_at).total_seconds() // 60)


def partner_plan(wall_now: datetime, partner_back: datetime) -> PartnerPlan:
    """Your break: until a few minutes before they are due (never after), at most half an hour."""
    until = partner_back.astimezone(UTC) - wall_now.astimezone(UTC)
    if until <= timedelta(0):
        raise ValueError("their return time has passed")
    length = until - PARTNER_LEAD
    if length < SHORTEST_BREAK:
        # Due back very soon: breathe for what time there is, ending when they are due.
        length = min(until, SHORTEST_BREAK)
    capped = length > PARTNER_BREAK_CAP
    if capped:
        length = PARTNER_BREAK_CAP
    seconds = int(length.total_seconds())
    return PartnerPlan(partner_back, seconds, after(wall_now, seconds), capped)
