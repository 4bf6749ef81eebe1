"""Reading a time the way people say it: "20:40", "8:40pm", "in 20", "half an hour", "1h"."""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime, timedelta, timezone, tzinfo

MAX_AHEAD = timedelta(hours=24)

_CLOCK = re.compile(
    r"^(?:(?:at|by)\s+)?(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm|a\.m\.?|p\.m\.?)?$", re.I
)
_UNIT = r"(m|min|mins|minute|minutes|h|hr|hrs|hour|hours)"
_DURATION = re.compile(rf"^(?:in\s+)?(\d{{1,4}}(?:\.\d+)?)\s*{_UNIT}?$", re.I)
_COMPACT = re.compile(r"^(\d{1,2})(\d{2})$")
_FILLER = re.compile(
    r"^(?:i'?ll\s+be\s+|i\s+will\s+be\s+|be\s+)?back\s+(?=at\b|by\b|in\b)"
    r"|\b(?:about|around|maybe|roughly)\s+|\s+(?:or so|from now)$",
    re.I,
)

_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "ten": 10,
    "fifteen": 15,
    "twenty": 20,
    "twenty-five": 25,
    "twenty five": 25,
    "thirty": 30,
    "forty": 40,
    "forty-five": 45,
    "forty five": 45,
    "fifty": 50,
    "sixty": 60,
    "ninety": 90,
}
# Spoken lengths that are not "<number> <unit>".
_PHRASES = {
    "half an hour": 30,
    "half hour": 30,
    "a half hour": 30,
    "quarter of an hour": 15,
    "a quarter of an hour": 15,
    "quarter hour": 15,
    "a quarter hour": 15,
    "an hour and a half": 90,
    "one hour and a half": 90,
    "hour and a half": 90,
    "one and a half hours": 90,
    "a couple of hours": 120,
    "a couple hours": 120,
    "a few minutes": 10,
    "a few mins": 10,
}
_WORD_DURATION = re.compile(
    rf"^({'|'.join(sorted(_NUMBER_WORDS, key=len, reverse=True))})\s+{_UNIT}$"
)


class TimeError(ValueError):
    """Text that cannot be read as a time; the message says what is accepted."""


ACCEPTED = (
    "Type a clock time like 20:40 or 8:40pm, or how long, like 20, 'in 30 minutes' or "
    "'half an hour'."
)


def _minutes(amount: float, unit: str) -> float:
    return amount * 60 if unit.lower().startswith("h") else amount


def _spoken_minutes(cleaned: str) -> float | None:
    """Minutes in a spoken length ("half an hour", "twenty minutes"), or None."""
    text = cleaned.lower().removeprefix("in ").strip()
    if text in _PHRASES:
        return _PHRASES[text]
    word = _WORD_DURATION.match(text)
    if word:
        return _minutes(_NUMBER_WORDS[word.group(1)], word.group(2))
    return None


def _after(now: datetime, minutes: float) -> datetime:
    # Through UTC, so a daylight-saving change cannot stretch or shrink the wait.
    return (now.astimezone(UTC) + timedelta(minutes=minutes)).astimezone(now.tzinfo)


def _offset_at(moment_utc: datetime) -> timedelta:
    """This computer's UTC offset at a UTC moment (given naive)."""
    stamp = (moment_utc - datetime(1970, 1, 1)).total_seconds()
    return timedelta(seconds=time.localtime(stamp // 1).tm_gmtoff)


class SystemZone(tzinfo):
    """The computer's own time zone with its daylight-saving rules (from the C library).

    `datetime.now().astimezone()` gives a fixed offset, right only for that moment: a clock
    time read with it on the night the clocks change is an hour off. Like zoneinfo with
    fold=0, a repeated wall time means its first occurrence and a skipped one is read with
    the offset from before the change.
    """

    def utcoffset(self, dt: datetime | None) -> timedelta:
        """The offset in force at the wall time `dt`."""
        if dt is None:
            return timedelta(seconds=time.localtime().tm_gmtoff)
        wall = dt.replace(tzinfo=None)
        day = timedelta(days=1)
        offsets = {_offset_at(wall - day), _offset_at(wall), _offset_at(wall + day)}
        # The largest offset is the earliest instant; fold=1 asks for the repeated hour's second.
        valid = sorted((o for o in offsets if _offset_at(wall - o) == o), reverse=True)
        if valid:
            return valid[-1] if dt.fold and len(valid) > 1 else valid[0]
        return _offset_at(wall - max(offsets))  # skipped by the change: the offset before it

    def fromutc(self, dt: datetime) -> datetime:
        """The wall time here at the UTC moment `dt` (tzinfo=self)."""
        utc = dt.replace(tzinfo=None)
        offset = _offset_at(utc)
        wall = (utc + offset).replace(tzinfo=self)
        # The second pass through a repeated hour: the earlier offset would name another instant.
        return wall.replace(fold=1) if self.utcoffset(wall) != offset else wall

    def dst(self, dt: datetime | None) -> timedelta | None:
        """Unknown separately; the offset above already includes it."""
        return None

    def tzname(self, dt: datetime | None) -> str | None:
        """No abbreviation: pausecoach shows times as numbers."""
        return None


def _zone_for(now: datetime, zone: tzinfo | None) -> tzinfo | None:
    """The zone whose rules apply: the one given, else now's own unless that is a fixed offset
    taken from this computer's zone (as `astimezone()` gives), which is swapped for its rules."""
    if zone is not None:
        return zone
    tz = now.tzinfo
    if isinstance(tz, timezone) and tz is not UTC:
        system = SystemZone()
        if tz.utcoffset(now) == system.utcoffset(now.replace(tzinfo=None)):
            return system
    return tz


def _from_clock(hour: int, minute: int, meridiem: str, now: datetime) -> datetime:
    if minute > 59 or hour > 23 or (meridiem and not 1 <= hour <= 12):
        raise TimeError(f"That is not a time of day. {ACCEPTED}")
    if meridiem:
        hour = hour % 12 + (12 if meridiem.lower().startswith("p") else 0)
    candidate = now.replace(hour=hour, minute=minute, second=0, microsecond=0, fold=0)

    def passed(moment: datetime) -> bool:  # compared as instants, never as wall times
        return moment.astimezone(UTC) <= now.astimezone(UTC)

    if (
        not meridiem
        and hour < 12
        and passed(candidate)
        and not passed(candidate + timedelta(hours=12))
    ):
        candidate += timedelta(hours=12)  # "8:40" said at 20:14 means this evening
    if passed(candidate):
        candidate = (candidate + timedelta(days=1)).replace(fold=0)  # tomorrow, same wall time
    # A wall time the clocks skipped (2:30 as they jump from 2:00 to 3:00) shown as the real one.
    return candidate.astimezone(UTC).astimezone(candidate.tzinfo)


def _read(cleaned: str, now: datetime) -> datetime:
    spoken = _spoken_minutes(cleaned)
    if spoken is not None:
        return _after(now, spoken)
    clock = _CLOCK.match(cleaned)
    duration = _DURATION.match(cleaned)
    compact = _COMPACT.match(cleaned)
    if duration and (duration.group(2) or cleaned.lower().startswith("in")):
        return _after(now, _minutes(float(duration.group(1)), duration.group(2) or "m"))
    if clock and (clock.group(2) or clock.group(3)):
        return _from_clock(int(clock.group(1)), int(clock.group(2) or 0), clock.group(3) or "", now)
    if compact:
        return _from_clock(int(compact.group(1)), int(compact.group(2)), "", now)
    if duration and "." not in duration.group(1):
        return _after(now, int(duration.group(1)))
    shown = cleaned if len(cleaned) <= 20 else cleaned[:19] + "…"
    raise TimeError(f"'{shown}' is not a time I can read. {ACCEPTED}")


def parse_return_time(text: str, now: datetime, zone: tzinfo | None = None) -> datetime:
    """The future moment meant by `text`; TimeError if unclear or more than 24 h away.

    A clock time is read by the rules of `zone` (by default `now`'s own zone; a fixed offset
    from this computer's zone is read by its real rules), so "3:30" on the night the clocks go
    forward is 3:30 on the wall. The result is in that zone.
    """
    rules = _zone_for(now, zone)
    if rules is not None and rules is not now.tzinfo:
        now = now.astimezone(rules)
    cleaned = " ".join((text or "").strip().rstrip(".!").split())
    cleaned = _FILLER.sub("", cleaned).strip()
    if not cleaned:
        raise TimeError(f"Nothing was typed. {ACCEPTED}")
    moment = _read(cleaned, now)
    ahead = moment.astimezone(UTC) - now.astimezone(UTC)
    if ahead > MAX_AHEAD:
        raise TimeError(
            "That is more than a day away. A pause should end within a day; pick a sooner time."
        )
    if ahead <= timedelta(0):
        raise TimeError(f"That time has passed. {ACCEPTED}")
    return moment
