"""The partner link: break times travel to the partner's pausecoach through a synced folder.

`publish` and `partner_status` are the whole interface for the rest of pausecoach; both are
cheap no-ops when this device is not paired (one file check, no crypto imported)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pausecoach.link.names import STATE_FILE

if TYPE_CHECKING:
    from pausecoach.link.pairing import Pairing
    from pausecoach.link.status import PartnerStatus

LINK_DIR = "link"


def link_home() -> Path:
    """Where this device keeps its link keys (owner-only, never in the shared folder)."""
    from pausecoach.paths import data_dir

    return data_dir() / LINK_DIR


def _linked(home: Path | None) -> Pairing | None:
    home = home or link_home()
    if not (home / STATE_FILE).exists():
        return None
    from pausecoach.link.pairing import LinkError, load, stage

    try:
        pairing = load(home)
    except LinkError:
        return None
    if pairing is None or stage(pairing) != "linked":
        return None
    return pairing


def publish(
    event_kind: str,
    return_at: datetime | None,
    now: datetime,
    *,
    fields: dict[str, Any] | None = None,
    home: Path | None = None,
) -> bool:
    """Tell the partner's pausecoach about a break event; False (and nothing written) if not linked.

    Kinds: break_started, time_added, ten_more (all with `return_at`), back, ended_early.
    Never raises for a folder that is out of reach: the break matters more than the message.
    """
    pairing = _linked(home)
    if pairing is None or pairing.partner_public is None or pairing.key is None:
        return False
    import pausecoach.link.folder as shared
    from pausecoach.link.events import SUFFIX, make_event, seal

    event = make_event(pairing.device, event_kind, now, return_at, fields or {})
    data = seal(event, [pairing.public, pairing.partner_public], pairing.key)
    events = shared.device_dir(pairing.path, pairing.device) / shared.EVENTS
    try:
        shared.write_atomic(events / f"{event.id}{SUFFIX}", data)
        shared.remove_old_events(pairing.path, pairing.device, now)
    except OSError:
        return False
    return True


def publish_agreement(plan: dict[str, Any], now: datetime, *, home: Path | None = None) -> bool:
    """Send the fields of the pause agreement that changed since this device last sent it."""
    import json

    from pausecoach.link.status import agreement_fields

    home = home or link_home()
    fields = agreement_fields(plan)
    sent_path = home / "agreement-sent.json"
    try:
        before = json.loads(sent_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        before = {}
    changed = {k: v for k, v in fields.items() if before.get(k) != v}
    if not changed or not publish("agreement", None, now, fields=changed, home=home):
        return False
    from pausecoach.paths import write_private

    write_private(sent_path, json.dumps(fields))
    return True


def partner_status(now: datetime, *, home: Path | None = None) -> PartnerStatus | None:
    """The partner's status line and return time; None when this device has no partner link."""
    home = home or link_home()
    if not (home / STATE_FILE).exists():
        return None
    from pausecoach.link.pairing import LinkError, load
    from pausecoach.link.status import PartnerStatus, partner_status_of

    try:
        pairing = load(home)
    except LinkError as exc:
        return PartnerStatus(name="Your partner", state="broken", line=str(exc))
    if pairing is None:
        return None
    return partner_status_of(pairing, now)
