"""Reading a time the way people say it: "20:40", "8:40pm", "in 20", "20 min", "1h"."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

MAX_AHEAD = timedelta(hours=24)

_CLOCK = re.compile(r"^(?:at\s+)?(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$", re.I)
_DURATION = re.compile(
    r"^(?:in\s+)?(\d{1,4})\s*(m|min|mins|minute|minutes|h|hr|hrs|hour|hours)?$", re.I
)
_COMPACT = re.compile(r"^(\d{1,2})(\d{2})$")


class TimeError(ValueError):
    """Text that cannot be read as a time; the message says what is accepted."""


ACCEPTED = "Type a clock time like 20:40 or 8:40pm, or a number of minutes like 20 or 'in 30'."


def _from_duration(amount: int, unit: str, now: datetime) -> datetime:
    minutes = amount * 60 if unit.lower().startswith("h") else amount
    return now + timedelta(minutes=minutes)


def _from_clock(hour: int, minute: int, meridiem: str, now: datetime) -> datetime:
    if minute > 59 or hour > 23 or (meridiem and not 1 <= hour <= 12):
        raise TimeError(f"That is not a time of day. {ACCEPTED}")
    if meridiem:
        hour = hour % 12 + (12 if meridiem.lower().startswith("p") else 0)
    candidate = now.replace(hour=hour, minute=minute, second=0, microsecond=0)
    if not meridiem and hour < 12 and candidate <= now and candidate + timedelta(hours=12) > now:
        candidate += timedelta(hours=12)  # "8:40" said at 20:14 means this evening
    if candidate <= now:
        candidate += timedelta(days=1)
    return candidate


def parse_return_time(text: str, now: datetime) -> datetime:
    """The future moment meant by `text`, in `now`'s time zone; TimeError if unclear or >24 h away."""
    cleaned = " ".join((text or "").strip().split())
    if not cleaned:
        raise TimeError(f"Nothing was typed. {ACCEPTED}")
    clock = _CLOCK.match(cleaned)
    duration = _DURATION.match(cleaned)
    compact = _COMPACT.match(cleaned)
    if duration and (duration.group(2) or cleaned.lower().startswith("in")):
        moment = _from_duration(int(duration.group(1)), duration.group(2) or "m", now)
    elif clock and (clock.group(2) or clock.group(3)):
        moment = _from_clock(
            int(clock.group(1)), int(clock.group(2) or 0), clock.group(3) or "", now
        )
    elif compact:
        moment = _from_clock(int(compact.group(1)), int(compact.group(2)), "", now)
    elif duration:
        moment = _from_duration(int(duration.group(1)), "m", now)
    else:
        raise TimeError(f"'{cleaned[:20]}' is not a time I can read. {ACCEPTED}")
    if moment - now > MAX_AHEAD:
        raise TimeError(
            "That is more than a day away. A pause should end within a day; pick a sooner time."
        )
    if moment <= now:
        raise TimeError(f"That time has passed. {ACCEPTED}")
    return moment
