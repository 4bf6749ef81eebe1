"""One event file: what it says, how it is sealed (age to both partners, then an HMAC), and
why a file is refused. Pure apart from pyrage; the folder is folder.py's business."""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

import pausecoach.link.keys as keys

FORMAT_VERSION = 1
MAGIC = b"PCLINK"
SUFFIX = ".pcl"
MAX_FILE_BYTES = 64 * 1024
MAX_AGE = timedelta(days=1)
# Clocks on two machines disagree a little; more than this is not a clock, it is a forgery.
MAX_CLOCK_SKEW = timedelta(minutes=10)
_NAME_TIME = "%Y%m%dT%H%M%S%fZ"

Kind = Literal["break_started", "time_added", "ten_more", "back", "ended_early", "agreement"]
KINDS: tuple[str, ...] = Kind.__args__  # type: ignore[attr-defined]
WITH_RETURN_TIME = frozenset({"break_started", "time_added", "ten_more"})
# The only parts of the pause agreement that travel (never signs, pulse, notes or history).
AGREEMENT_FIELDS = frozenset(
    {
        "sender_name",
        "receiver_name",
        "signal",
        "sender_place",
        "receiver_place",
        "minutes",
        "who_starts",
        "opening",
        "not_during",
    }
)

RefusalKind = Literal[
    "not_an_event",
    "newer_version",
    "truncated",
    "foreign",
    "unreadable",
    "damaged",
    "replayed",
    "future",
]


class Refused(Exception):
    """A file that is not a genuine, current event from the partner; `message` says why."""

    def __init__(self, kind: RefusalKind, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


@dataclass(frozen=True)
class Event:
    """One thing a partner's pausecoach said, at one time."""

    id: str
    sender: str
    at: datetime
    kind: str
    return_at: datetime | None = None
    fields: dict[str, Any] = field(default_factory=dict)


def new_event_id(now: datetime) -> str:
    """A sortable, unique file stem: the UTC time to the microsecond, then 8 random hex digits."""
    return f"{now.astimezone(UTC).strftime(_NAME_TIME)}-{secrets.token_hex(4)}"


def time_of_id(event_id: str) -> datetime | None:
    """The time written in an event's name, or None when the name is not one of ours."""
    stamp, _, rest = event_id.partition("-")
    if len(rest) != 8:
        return None
    try:
        return datetime.strptime(stamp, _NAME_TIME).replace(tzinfo=UTC)
    except ValueError:
        return None


def make_event(
    sender: str, kind: str, now: datetime, return_at: datetime | None, fields: dict[str, Any]
) -> Event:
    """A new event, checked against what may travel."""
    if kind not in KINDS:
        raise ValueError(f"unknown event kind {kind!r}")
    if (kind in WITH_RETURN_TIME) != (return_at is not None):
        raise ValueError(
            f"{kind} {'needs' if kind in WITH_RETURN_TIME else 'takes no'} return time"
        )
    if set(fields) - AGREEMENT_FIELDS or (fields and kind != "agreement"):
        raise ValueError("only pause-agreement fields travel, and only in an agreement event")
    at = now.astimezone(UTC)
    return Event(new_event_id(at), sender, at, kind, return_at, dict(fields))


def seal(event: Event, recipients: list[str], key: bytes) -> bytes:
    """The file's bytes: a header line with the HMAC, then the event encrypted to `recipients`."""
    import pyrage
    from pyrage import x25519

    payload = {
        "v": FORMAT_VERSION,
        "id": event.id,
        "from": event.sender,
        "at": event.at.isoformat(),
        "kind": event.kind,
        "return_at": event.return_at.astimezone(UTC).isoformat() if event.return_at else None,
        "fields": event.fields,
    }
    body: bytes = pyrage.encrypt(
        json.dumps(payload, sort_keys=True).encode(),
        [x25519.Recipient.from_str(r) for r in recipients],
    )
    header = _header(FORMAT_VERSION, event.sender, len(body))
    return header + keys.mac(key, header + body).encode() + b"\n" + body


def _header(version: int, sender: str, length: int) -> bytes:
    return MAGIC + f" {version} {sender} {length} ".encode()


def open_sealed(
    raw: bytes, name: str, sender: str, key: bytes, secret: str, now: datetime
) -> Event | None:
    """The event in `raw` (file `name` in `sender`'s folder); None if older than a day.

    Raises Refused for anything that is not a genuine, current event from `sender`.
    """
    head, newline, body = raw.partition(b"\n")
    parts = head.split(b" ")
    if not newline or len(parts) != 5 or parts[0] != MAGIC or not parts[1].isdigit():
        if MAGIC.startswith(raw[: len(MAGIC)]) and raw and not newline:
            raise Refused("truncated", "it is cut short (still arriving, or damaged on the way)")
        raise Refused("not_an_event", "it is not a pausecoach event")
    version = int(parts[1])
    if version > FORMAT_VERSION:
        raise Refused(
            "newer_version",
            f"it was written by a newer pausecoach (format {version}); update pausecoach to read it",
        )
    if not parts[3].isdigit():
        raise Refused("not_an_event", "it is not a pausecoach event")
    if len(body) < int(parts[3]):
        raise Refused("truncated", "it is cut short (still arriving, or damaged on the way)")
    tag = parts[4].decode("ascii", "replace")
    header = head[: len(head) - len(parts[4])]
    if parts[2].decode("ascii", "replace") != sender or not keys.mac_matches(
        key, header + body, tag
    ):
        raise Refused(
            "foreign",
            "it is not from your partner's paired pausecoach, or it was changed on the way",
        )
    return _read_payload(_decrypt(body, secret), name, sender, now)


def _decrypt(body: bytes, secret: str) -> dict[str, Any]:
    import pyrage
    from pyrage import x25519

    try:
        plain = pyrage.decrypt(body, [x25519.Identity.from_str(secret)])
        payload = json.loads(plain)
    except (pyrage.DecryptError, ValueError) as exc:
        raise Refused("unreadable", "this device's key cannot open it") from exc
    if not isinstance(payload, dict):
        raise Refused("damaged", "its contents are damaged")
    return payload


def _read_payload(payload: dict[str, Any], name: str, sender: str, now: datetime) -> Event | None:
    try:
        version = int(payload["v"])
        event = Event(
            id=str(payload["id"]),
            sender=str(payload["from"]),
            at=_aware(payload["at"]),
            kind=str(payload["kind"]),
            return_at=_aware(payload["return_at"]) if payload.get("return_at") else None,
            fields=dict(payload.get("fields") or {}),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise Refused("damaged", "its contents are damaged") from exc
    if version > FORMAT_VERSION:
        raise Refused("newer_version", "it was written by a newer pausecoach; update to read it")
    if event.id != name or event.sender != sender or time_of_id(name) != event.at:
        raise Refused("replayed", "it is a copy of an earlier event under another name or folder")
    if event.kind not in KINDS or set(event.fields) - AGREEMENT_FIELDS:
        raise Refused("damaged", "it carries something pausecoach never sends")
    if event.at > now + MAX_CLOCK_SKEW:
        raise Refused("future", "it is dated in the future (check the clocks of both devices)")
    if event.at < now - MAX_AGE:
        return None
    return event


def _aware(text: Any) -> datetime:
    moment = datetime.fromisoformat(str(text))
    if moment.tzinfo is None:
        raise ValueError("time without a zone")
    return moment.astimezone(UTC)
