"""Stored UTC times shown the way a person reads them, in local time."""

from __future__ import annotations

from datetime import datetime


def local(value: str | datetime) -> datetime:
    """A stored time (ISO text or aware datetime) in the system's local zone."""
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    return moment.astimezone()


def friendly(value: str | datetime, now: datetime | None = None) -> str:
    """'Tue 18 Nov 20:14' (the year added when it is not this year)."""
    moment = local(value)
    this_year = (now or datetime.now().astimezone()).astimezone().year
    year = f" {moment.year}" if moment.year != this_year else ""
    return f"{moment:%a} {moment.day} {moment:%b}{year} {moment:%H:%M}"


def clock(value: str | datetime) -> str:
    """'20:14': the local time of day."""
    return f"{local(value):%H:%M}"


def minutes(seconds: float | None) -> str:
    """Seconds as whole minutes ('20'), or '–' when unknown."""
    return "–" if seconds is None else str(round(seconds / 60))
