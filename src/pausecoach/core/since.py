"""Reading `--since`: a span back from now (7d, 2w, 3m) or a local calendar date."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

SPAN = re.compile(r"^(\d{1,4})\s*([dwm])$")
UNIT_WORDS = {"d": "days", "w": "weeks", "m": "months"}
EARLIEST = 1970  # before any pause could be saved; far from the calendar's year 1 limit
LATEST = 9000
HINT = "Use a span like 7d, 2w or 3m (days, weeks, months), or a date like 2026-01-31."


class SinceError(ValueError):
    """The text is not a span or a date we understand (the message says what to type)."""


def _months_back(moment: datetime, months: int) -> datetime:
    """The same wall-clock time `months` calendar months earlier (day clamped to the month)."""
    index = moment.year * 12 + (moment.month - 1) - months
    year, month = divmod(index, 12)
    month += 1
    next_month = date(year + month // 12, month % 12 + 1, 1)
    last_day = (next_month - timedelta(days=1)).day
    return moment.replace(year=year, month=month, day=min(moment.day, last_day))


def parse_since(
    text: str, now: datetime, localize: Callable[[datetime], datetime] | None = None
) -> datetime:
    """The moment `text` means, counted back from `now` (aware, local).

    A date means local midnight at its start; `localize` turns that naive local time into an
    aware one (by default with `now`'s zone; the CLI passes the system's, which knows DST).
    """
    cleaned = text.strip().lower()
    if not cleaned:
        raise SinceError(f"--since needs a value. {HINT}")
    match = SPAN.match(cleaned)
    too_far = SinceError(f"'{text.strip()}' is too far back. Pick a date from {EARLIEST} on.")
    if match:
        amount, unit = int(match.group(1)), match.group(2)
        try:
            if unit == "d":
                moment = now - timedelta(days=amount)
            elif unit == "w":
                moment = now - timedelta(weeks=amount)
            else:
                moment = _months_back(now, amount)
        except (ValueError, OverflowError):
            raise too_far from None
        if moment.year < EARLIEST:
            raise too_far
        return moment
    try:
        day = date.fromisoformat(cleaned)
    except ValueError:
        raise SinceError(f"'{text.strip()}' is not a time span or a date. {HINT}") from None
    if day.year > LATEST:
        raise SinceError(f"'{text.strip()}' is too far ahead. Pick a date before {LATEST}.")
    if day.year < EARLIEST:
        # Before any pause could exist; and converting year 1 to UTC can leave the calendar.
        raise too_far
    naive = datetime.combine(day, time())
    if localize is not None:
        return localize(naive)
    return naive.replace(tzinfo=now.tzinfo)
