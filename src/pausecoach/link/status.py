"""What the partner's events add up to: one status line, their return time, and the agreement."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pausecoach.link.folder as shared
from pausecoach.link.events import SUFFIX, Event, Refused, open_sealed
from pausecoach.link.pairing import Pairing, stage
from pausecoach.link.words import link_words

# "Back and ready to talk" stops being news after a while.
BACK_IS_NEWS_FOR = timedelta(hours=2)
# The same file is opened once per process: (path, size, mtime) -> what it said.
MAX_REMEMBERED = 500
_seen: dict[tuple[str, int, int, bytes], Event] = {}


@dataclass(frozen=True)
class PartnerStatus:
    """The partner's side of the link right now, with the line to show.

    `state` is on_break (with `return_at`), overdue (past `return_at`), back, ended_early or
    quiet once linked; before that, or after, it is the pairing stage (waiting_for_partner,
    compare_code, waiting_for_partner_yes, partner_left, folder_unreachable, broken…).
    """

    name: str
    state: str
    line: str
    return_at: datetime | None = None
    since: datetime | None = None
    refused: tuple[str, ...] = ()


@dataclass(frozen=True)
class Reading:
    """The valid events of one device's folder, and why any other files were refused."""

    events: tuple[Event, ...]
    refused: tuple[str, ...]


def read_events(pairing: Pairing, device: str, now: datetime) -> Reading:
    """Every current, genuine event in `device`'s sub-folder; refusals as messages. No writes."""
    key = pairing.key
    assert key is not None
    events: list[Event] = []
    refused: list[str] = []
    for path in shared.event_files(pairing.path, device):
        try:
            info = path.stat()
        except OSError:
            continue
        cache_key = (str(path), info.st_size, info.st_mtime_ns, key)
        result = _seen.get(cache_key) or _open_one(path, device, key, pairing.secret, now)
        if isinstance(result, Event):
            if len(_seen) > MAX_REMEMBERED:  # a pausecoach left open for weeks stays small
                _seen.clear()
            _seen[cache_key] = result  # refusals are not kept: a cut-short file may still arrive
        if isinstance(result, Refused):
            refused.append(f"{path.name}: {result.message}")
        elif result is not None and result.at >= now - timedelta(days=1):
            events.append(result)
    events.sort(key=lambda e: (e.at, e.id))
    return Reading(tuple(events), tuple(refused))


def _open_one(
    path: Path, device: str, key: bytes, secret: str, now: datetime
) -> Event | Refused | None:
    try:
        raw = shared.read_small(path)
    except OSError as exc:
        return Refused("damaged", f"it cannot be read ({exc.strerror or exc})")
    try:
        return open_sealed(raw, path.name.removesuffix(SUFFIX), device, key, secret, now)
    except Refused as refusal:
        return refusal
    except Exception as exc:  # a stranger's file must never crash the program
        return Refused("damaged", f"it cannot be read ({type(exc).__name__})")


def partner_status_of(pairing: Pairing, now: datetime) -> PartnerStatus:
    """The partner's status as this device sees it now."""
    words = link_words().status
    name = pairing.partner_name or "Your partner"
    where = stage(pairing)
    if where != "linked":
        line = getattr(words, where).format(name=name, folder=pairing.folder)
        return PartnerStatus(name=name, state=where, line=line)
    assert pairing.partner_device is not None
    reading = read_events(pairing, pairing.partner_device, now)
    status = _fold(name, reading.events, now)
    return replace(status, refused=reading.refused)


def _fold(name: str, events: tuple[Event, ...], now: datetime) -> PartnerStatus:
    words = link_words().status
    last = next((e for e in reversed(events) if e.kind != "agreement"), None)
    if last is None or (last.return_at is None and now - last.at > BACK_IS_NEWS_FOR):
        return PartnerStatus(name=name, state="quiet", line=words.quiet.format(name=name))
    from pausecoach.report.timefmt import clock

    if last.return_at is None:
        template = words.back if last.kind == "back" else words.ended_early
        line = template.format(name=name, time=clock(last.at))
        return PartnerStatus(name=name, state=last.kind, line=line, since=last.at)
    seconds = (last.return_at - now).total_seconds()
    time = clock(last.return_at)
    if seconds <= 0:
        late = words.minutes_late.format(minutes=math.floor(-seconds / 60))
        line = words.overdue.format(name=name, time=time, late=late)
        state = "overdue"
    else:
        left = (
            words.under_a_minute
            if seconds < 60
            else words.in_minutes.format(minutes=math.ceil(seconds / 60))
        )
        template = words.ten_more if last.kind == "ten_more" else words.on_break
        line = template.format(name=name, time=time, left=left)
        state = "on_break"
    return PartnerStatus(name, state, line, return_at=last.return_at, since=last.at)


# What the partner calls a field, in this device's words (the sender's "me" is my "partner").
_AS_RECEIVED = {
    "sender_name": "partner",
    "receiver_name": "me",
    "sender_place": "partner_place",
    "receiver_place": "my_place",
}
_AS_SENT = {
    "me": "sender_name",
    "partner": "receiver_name",
    "my_place": "sender_place",
    "partner_place": "receiver_place",
}
_FROM_MINE = {sent: mine for mine, sent in _AS_SENT.items()}


def agreement_fields(plan: dict[str, Any]) -> dict[str, Any]:
    """The parts of a saved pause agreement that travel, named from the sender's side."""
    keep = {"me", "partner", "signal", "my_place", "partner_place", "minutes", "who_starts"}
    keep |= {"opening", "not_during"}
    return {_AS_SENT.get(k, k): v for k, v in plan.items() if k in keep}


def merged_agreement(pairing: Pairing, now: datetime) -> dict[str, tuple[Any, datetime]]:
    """The agreement both devices published in the last day: per field, the latest value wins.

    Field names are this device's (`me`, `partner`, `my_place`, …); ties go to the later id.
    """
    assert pairing.partner_device is not None
    best: dict[str, tuple[datetime, str, Any]] = {}
    for device in (pairing.device, pairing.partner_device):
        for event in read_events(pairing, device, now).events:
            if event.kind != "agreement":
                continue
            for sent, value in event.fields.items():
                names = _FROM_MINE if device == pairing.device else _AS_RECEIVED
                field = names.get(sent, sent)
                candidate = (event.at.astimezone(UTC), event.id, value)
                if field not in best or candidate[:2] > best[field][:2]:
                    best[field] = candidate
    return {field: (value, at) for field, (at, _, value) in best.items()}
