"""Pairing: a stranger with write access to the folder cannot slip in unnoticed."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from pausecoach import link
from pausecoach.link import events, keys, pairing
from pausecoach.link import folder as shared
from pausecoach.link.pairing import LinkError

from .conftest import Device

NOW = datetime(2026, 11, 18, 21, 28, tzinfo=UTC)


def test_an_outsider_who_knows_both_public_keys_cannot_send(linked: tuple[Device, Device]) -> None:
    alex, sam = linked
    a, s = alex.pairing(), sam.pairing()
    assert a.partner_public is not None
    forged = events.make_event(s.device, "back", NOW, None, {})
    raw = events.seal(forged, [a.public, a.partner_public], keys.shared_key(("x", "1"), ("y", "2")))
    target = shared.device_dir(sam.folder, s.device) / shared.EVENTS / f"{forged.id}.pcl"
    shared.write_atomic(target, raw)
    status = link.partner_status(NOW, home=alex.home)
    assert status is not None and status.state == "quiet"
    assert len(status.refused) == 1 and "not from your partner" in status.refused[0]


def _swap_hello(folder: Path, device: str, public: str, half: str) -> None:
    path = shared.device_dir(folder, device) / shared.HELLO
    hello = json.loads(path.read_text())
    hello.update(public_key=public, commit=keys.commitment(public, half))
    path.write_text(json.dumps(hello))


def test_a_swapped_key_gives_a_different_code_on_each_side(alex: Device, sam: Device) -> None:
    pairing.start(alex.home, alex.folder, "Alex")
    s = pairing.start(sam.home, sam.folder, "Sam")
    # Someone replaces Sam's announced key with their own before Alex's device reads it.
    intruder, intruder_half = keys.new_key_pair(), keys.new_half()
    _swap_hello(sam.folder, s.device, intruder.public, intruder_half)
    pairing.advance(alex.home)
    _swap_hello(sam.folder, s.device, s.public, s.half)
    with pytest.raises(LinkError, match="does not match"):  # Sam's real half arrives
        for _ in range(3):
            pairing.advance(sam.home)
            pairing.advance(alex.home)
    assert alex.pairing().code is None


def test_a_revealed_half_that_breaks_its_commitment_stops_pairing(
    alex: Device, sam: Device
) -> None:
    import pyrage
    from pyrage import x25519

    a = pairing.start(alex.home, alex.folder, "Alex")
    s = pairing.start(sam.home, sam.folder, "Sam")
    pairing.advance(alex.home)
    message = {"from": s.device, "to": a.device, "half": keys.new_half(), "name": "Sam"}
    body = pyrage.encrypt(json.dumps(message).encode(), [x25519.Recipient.from_str(a.public)])
    shared.write_atomic(
        shared.device_dir(sam.folder, s.device) / shared.PAIR, pairing.PAIR_MAGIC + body
    )
    with pytest.raises(LinkError, match="does not match"):
        pairing.advance(alex.home)


def test_a_third_device_in_the_folder_is_not_guessed_at(
    alex: Device, sam: Device, tmp_path: Path
) -> None:
    pairing.start(alex.home, alex.folder, "Alex")
    pairing.start(sam.home, sam.folder, "Sam")
    pairing.start(tmp_path / "third", alex.folder, "Third")
    with pytest.raises(LinkError, match="More than one"):
        pairing.advance(alex.home)


def test_pairing_twice_is_refused_and_a_missing_folder_is_explained(
    alex: Device, tmp_path: Path
) -> None:
    with pytest.raises(LinkError, match="not a folder"):
        pairing.start(alex.home, tmp_path / "nowhere", "Alex")
    pairing.start(alex.home, alex.folder, "Alex")
    with pytest.raises(LinkError, match="already"):
        pairing.start(alex.home, alex.folder, "Alex")


def test_damaged_private_settings_are_explained_and_unpair_still_works(alex: Device) -> None:
    pairing.start(alex.home, alex.folder, "Alex")
    (alex.home / pairing.STATE_FILE).write_text("{not json")
    with pytest.raises(LinkError, match="unpair"):
        pairing.load(alex.home)
    status = link.partner_status(NOW, home=alex.home)
    assert status is not None and status.state == "broken"
    assert pairing.unpair(alex.home) is False
    assert link.partner_status(NOW + timedelta(seconds=1), home=alex.home) is None
