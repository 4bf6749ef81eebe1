"""The event file: sealed to both partners, authenticated, and every bad file refused clearly."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pausecoach import link
from pausecoach.link import events, keys
from pausecoach.link import folder as shared
from pausecoach.link.events import FORMAT_VERSION, Refused, make_event, open_sealed, seal
from pausecoach.link.status import read_events

from .conftest import Device, pair

NOW = datetime(2026, 11, 18, 21, 28, tzinfo=UTC)


def _sealed(sender: Device, receiver: Device, kind: str = "break_started") -> tuple[str, bytes]:
    p = sender.pairing()
    assert p.partner_public is not None and p.key is not None
    event = make_event(p.device, kind, NOW, NOW + timedelta(minutes=20), {})
    return event.id, seal(event, [p.public, p.partner_public], p.key)


def _open(receiver: Device, name: str, raw: bytes, sender: str, now: datetime = NOW):  # type: ignore[no-untyped-def]
    p = receiver.pairing()
    assert p.key is not None
    return open_sealed(raw, name, sender, p.key, p.secret, now)


def test_round_trip_and_both_partners_can_read(linked: tuple[Device, Device]) -> None:
    alex, sam = linked
    name, raw = _sealed(sam, alex)
    got = _open(alex, name, raw, sam.pairing().device)
    assert got is not None and got.kind == "break_started"
    assert got.return_at == NOW + timedelta(minutes=20)
    assert _open(sam, name, raw, sam.pairing().device) == got  # sealed to the sender too
    assert b"break_started" not in raw  # nothing readable on the way


def test_names_sort_by_time_and_do_not_collide() -> None:
    ids = [events.new_event_id(NOW + timedelta(microseconds=i)) for i in range(50)]
    assert ids == sorted(ids)
    assert len({events.new_event_id(NOW) for _ in range(200)}) == 200
    assert events.time_of_id(ids[0]) == NOW
    assert events.time_of_id("not-a-name") is None


def test_only_the_listed_kinds_and_agreement_fields_can_be_made() -> None:
    with pytest.raises(ValueError, match="unknown"):
        make_event("d", "pulse", NOW, None, {})
    with pytest.raises(ValueError, match="return time"):
        make_event("d", "break_started", NOW, None, {})
    with pytest.raises(ValueError, match="agreement"):
        make_event("d", "agreement", NOW, None, {"notes": "x"})


def test_a_file_from_another_pairing_is_refused_as_foreign(
    linked: tuple[Device, Device], tmp_path: Path
) -> None:
    alex, sam = linked
    eve = Device(tmp_path / "eve" / "link", tmp_path / "other", "Eve")
    mallory = Device(tmp_path / "mal" / "link", tmp_path / "other", "Mal")
    eve.folder.mkdir()
    pair(eve, mallory)
    name, raw = _sealed(eve, mallory)
    with pytest.raises(Refused) as refused:
        _open(alex, name, raw, sam.pairing().device)
    assert refused.value.kind == "foreign"
    assert "not from your partner" in refused.value.message


def test_a_changed_byte_is_refused(linked: tuple[Device, Device]) -> None:
    alex, sam = linked
    name, raw = _sealed(sam, alex)
    tampered = raw[:-5] + bytes([raw[-5] ^ 1]) + raw[-4:]
    with pytest.raises(Refused) as refused:
        _open(alex, name, tampered, sam.pairing().device)
    assert refused.value.kind == "foreign"


def test_a_copy_under_another_name_or_folder_is_refused_as_replayed(
    linked: tuple[Device, Device],
) -> None:
    alex, sam = linked
    name, raw = _sealed(sam, alex)
    later = events.new_event_id(NOW + timedelta(hours=2))
    with pytest.raises(Refused) as refused:
        _open(alex, later, raw, sam.pairing().device, NOW + timedelta(hours=2))
    assert refused.value.kind == "replayed"
    with pytest.raises(Refused) as moved:  # sam's file put in alex's own folder
        _open(sam, name, raw, alex.pairing().device)
    assert moved.value.kind == "foreign"


@pytest.mark.parametrize("keep", [0, 3, 20, 60, -1])
def test_a_cut_short_file_is_refused_as_truncated(linked: tuple[Device, Device], keep: int) -> None:
    alex, sam = linked
    name, raw = _sealed(sam, alex)
    short = raw[:keep] if keep >= 0 else raw[:-1]
    with pytest.raises(Refused) as refused:
        _open(alex, name, short, sam.pairing().device)
    assert refused.value.kind in ("truncated", "not_an_event")
    if keep != 0:
        assert refused.value.kind == "truncated"


def test_a_newer_format_is_refused_with_advice(linked: tuple[Device, Device]) -> None:
    alex, sam = linked
    name, raw = _sealed(sam, alex)
    newer = raw.replace(f"PCLINK {FORMAT_VERSION} ".encode(), b"PCLINK 9 ", 1)
    with pytest.raises(Refused) as refused:
        _open(alex, name, newer, sam.pairing().device)
    assert refused.value.kind == "newer_version"
    assert "update pausecoach" in refused.value.message


def test_a_file_dated_in_the_future_is_refused(linked: tuple[Device, Device]) -> None:
    alex, sam = linked
    name, raw = _sealed(sam, alex)
    with pytest.raises(Refused) as refused:
        _open(alex, name, raw, sam.pairing().device, NOW - timedelta(hours=1))
    assert refused.value.kind == "future"
    # a few minutes of clock difference is not a forgery
    assert _open(alex, name, raw, sam.pairing().device, NOW - timedelta(minutes=3)) is not None


def test_an_event_older_than_a_day_is_ignored(linked: tuple[Device, Device]) -> None:
    alex, sam = linked
    name, raw = _sealed(sam, alex)
    assert _open(alex, name, raw, sam.pairing().device, NOW + timedelta(days=1, seconds=1)) is None


def test_garbage_is_not_an_event(linked: tuple[Device, Device]) -> None:
    alex, sam = linked
    for raw in (b"", b"hello\n", b"PCLINK x y z w\n", "PCLINK 1 é 3 ab\nxyz".encode()):
        with pytest.raises(Refused):
            _open(alex, "20261118T212800000000Z-0badf00d", raw, sam.pairing().device)


def test_bad_files_in_the_folder_are_reported_not_raised(linked: tuple[Device, Device]) -> None:
    alex, sam = linked
    link.publish("break_started", NOW + timedelta(minutes=20), NOW, home=sam.home)
    events_dir = shared.device_dir(sam.folder, sam.pairing().device) / shared.EVENTS
    good = next(events_dir.glob("*.pcl"))
    (events_dir / f"{events.new_event_id(NOW)}.pcl").write_bytes(good.read_bytes())  # replay
    (events_dir / f"{events.new_event_id(NOW)}.pcl").write_bytes(b"\x00" * 100)
    (events_dir / "20261118T212800000000Z-12345678.pcl").mkdir()  # a folder, not a file
    status = link.partner_status(NOW, home=alex.home)
    assert status is not None
    assert status.line == "Sam is on a break, back at 21:48 (in 20 min)"
    assert len(status.refused) == 3
    assert any("copy of an earlier event" in r for r in status.refused)


def test_conflict_copies_and_temporary_files_are_ignored(linked: tuple[Device, Device]) -> None:
    alex, sam = linked
    link.publish("break_started", NOW + timedelta(minutes=20), NOW, home=sam.home)
    events_dir = shared.device_dir(sam.folder, sam.pairing().device) / shared.EVENTS
    good = next(events_dir.glob("*.pcl"))
    stem = good.name.removesuffix(".pcl")
    for name in (
        f"{stem}.sync-conflict-20261118-212900-ABCDEFG.pcl",
        f"{stem} (Sam's conflicted copy 2026-11-18).pcl",
        f".syncthing.{good.name}.tmp",
        f"~{good.name}",
    ):
        shutil.copy(good, events_dir / name)
    reading = read_events(alex.pairing(), sam.pairing().device, NOW)
    assert [e.id for e in reading.events] == [stem]
    assert reading.refused == ()


def test_own_files_older_than_a_day_are_removed_and_only_own(
    linked: tuple[Device, Device],
) -> None:
    alex, sam = linked
    link.publish("break_started", NOW + timedelta(minutes=20), NOW, home=sam.home)
    link.publish("break_started", NOW + timedelta(minutes=20), NOW, home=alex.home)
    tomorrow = NOW + timedelta(days=1, minutes=1)
    link.publish("back", None, tomorrow, home=alex.home)
    mine = list(shared.event_files(alex.folder, alex.pairing().device))
    theirs = list(shared.event_files(sam.folder, sam.pairing().device))
    assert len(mine) == 1 and len(theirs) == 1
    status = link.partner_status(tomorrow, home=sam.home)
    assert status is not None and status.state == "back"


def test_keys_stay_private_and_out_of_the_shared_folder(linked: tuple[Device, Device]) -> None:
    alex, _ = linked
    state = alex.home / "pairing.json"
    assert state.stat().st_mode & 0o777 == 0o600
    secret = alex.pairing().secret
    for path in alex.folder.rglob("*"):
        if path.is_file():
            assert secret.encode() not in path.read_bytes()
            assert alex.pairing().half.encode() not in path.read_bytes()
    assert not list(alex.folder.rglob("*.db*"))


def test_the_safety_code_is_short_and_depends_on_both_halves() -> None:
    a, b = keys.new_key_pair(), keys.new_key_pair()
    ha, hb = keys.new_half(), keys.new_half()
    key = keys.shared_key((a.public, ha), (b.public, hb))
    assert key == keys.shared_key((b.public, hb), (a.public, ha))
    code = keys.safety_code(key)
    assert len(code) == 7 and code[3] == " " and code.replace(" ", "").isdigit()
    assert keys.shared_key((a.public, ha), (b.public, keys.new_half())) != key
    with pytest.raises(ValueError):
        keys.check_public_key("age1notakey")


def test_a_fifo_or_a_symlink_in_the_folder_is_refused_without_waiting(
    linked: tuple[Device, Device], tmp_path: Path
) -> None:
    import os

    alex, sam = linked
    link.publish("break_started", NOW + timedelta(minutes=20), NOW, home=sam.home)
    events_dir = shared.device_dir(sam.folder, sam.pairing().device) / shared.EVENTS
    os.mkfifo(events_dir / f"{events.new_event_id(NOW)}.pcl")
    secret = tmp_path / "secret.txt"
    secret.write_text("not for the link")
    (events_dir / f"{events.new_event_id(NOW)}.pcl").symlink_to(secret)
    status = link.partner_status(NOW, home=alex.home)
    assert status is not None and status.state == "on_break"
    assert len(status.refused) == 2
    assert not any("not for the link" in r for r in status.refused)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(raw=st.binary(max_size=400), cut=st.integers(min_value=0, max_value=600))
def test_no_bytes_make_reading_raise_anything_but_a_refusal(
    linked: tuple[Device, Device], raw: bytes, cut: int
) -> None:
    alex, sam = linked
    name, good = _sealed(sam, alex)
    for candidate in (raw, good[:cut] + raw, good[:cut]):
        try:
            opened = _open(alex, name, candidate, sam.pairing().device)
        except Refused as refusal:
            assert refusal.message
        else:
            assert candidate == good and opened is not None  # only the genuine file opens
