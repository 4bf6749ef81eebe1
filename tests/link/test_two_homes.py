"""Two homes over one shared folder: a break on one shows on the other; unpair stops it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pausecoach import link
from pausecoach.link import pairing

from .conftest import Device, pair

NOW = datetime(2026, 11, 18, 21, 28, tzinfo=UTC)  # 21:28 in London (the tests' zone)


def test_a_break_on_one_device_shows_on_the_other(linked: tuple[Device, Device]) -> None:
    alex, sam = linked
    assert link.publish("break_started", NOW + timedelta(minutes=12), NOW, home=sam.home)
    status = link.partner_status(NOW + timedelta(seconds=5), home=alex.home)
    assert status is not None
    assert status.line == "Sam is on a break, back at 21:40 (in 12 min)"
    assert status.return_at == NOW + timedelta(minutes=12)
    assert status.state == "on_break"


def test_time_added_moves_the_return_time(linked: tuple[Device, Device]) -> None:
    alex, sam = linked
    link.publish("break_started", NOW + timedelta(minutes=20), NOW, home=sam.home)
    later = NOW + timedelta(minutes=15)
    link.publish("time_added", later + timedelta(minutes=10), later, home=sam.home)
    status = link.partner_status(later, home=alex.home)
    assert status is not None
    assert status.line == "Sam is on a break, back at 21:53 (in 10 min)"


def test_ten_more_minutes_then_back(linked: tuple[Device, Device]) -> None:
    alex, sam = linked
    link.publish("ten_more", NOW + timedelta(minutes=10), NOW, home=sam.home)
    status = link.partner_status(NOW, home=alex.home)
    assert status is not None and status.line.startswith(
        "Sam needs ten more minutes, back at 21:38"
    )
    link.publish("back", None, NOW + timedelta(minutes=9), home=sam.home)
    status = link.partner_status(NOW + timedelta(minutes=9), home=alex.home)
    assert status is not None and status.state == "back"
    assert status.line == "Sam is back and ready to talk (since 21:37)"
    assert status.return_at is None


def test_it_works_both_ways_and_reading_twice_changes_nothing(
    linked: tuple[Device, Device],
) -> None:
    alex, sam = linked
    link.publish("break_started", NOW + timedelta(minutes=30), NOW, home=alex.home)
    files = sorted(p.name for p in sam.folder.rglob("*"))
    first = link.partner_status(NOW, home=sam.home)
    second = link.partner_status(NOW, home=sam.home)
    assert first == second and first is not None
    assert first.line.startswith("Alex is on a break, back at 21:58")
    assert sorted(p.name for p in sam.folder.rglob("*")) == files


def test_a_late_partner_is_described_gently(linked: tuple[Device, Device]) -> None:
    alex, sam = linked
    link.publish("break_started", NOW + timedelta(minutes=20), NOW, home=sam.home)
    status = link.partner_status(NOW + timedelta(minutes=25), home=alex.home)
    assert status is not None and status.state == "overdue"
    assert status.line == "Sam planned to be back at 21:48 (5 min ago)"


def test_unpair_on_either_side_stops_the_link(linked: tuple[Device, Device]) -> None:
    alex, sam = linked
    assert pairing.unpair(sam.home) is True
    assert link.partner_status(NOW, home=sam.home) is None
    assert not link.publish("break_started", NOW + timedelta(minutes=5), NOW, home=sam.home)
    status = link.partner_status(NOW, home=alex.home)
    assert status is not None and status.state == "partner_left"
    assert not link.publish("break_started", NOW + timedelta(minutes=5), NOW, home=alex.home)


def test_unpair_works_when_the_folder_is_gone(linked: tuple[Device, Device]) -> None:
    import shutil

    alex, _ = linked
    shutil.rmtree(alex.folder)
    assert pairing.unpair(alex.home) is True  # nothing left to clean there
    assert not (alex.home / pairing.STATE_FILE).exists()
    assert link.partner_status(NOW, home=alex.home) is None


def test_nothing_travels_until_both_said_yes(alex: Device, sam: Device) -> None:
    pairing.start(alex.home, alex.folder, "Alex")
    pairing.start(sam.home, sam.folder, "Sam")
    for _ in range(3):
        pairing.advance(alex.home)
        pairing.advance(sam.home)
    pairing.confirm(alex.home)
    assert not link.publish("break_started", NOW + timedelta(minutes=5), NOW, home=alex.home)
    status = link.partner_status(NOW, home=alex.home)
    assert status is not None and status.state == "waiting_for_partner_yes"
    status = link.partner_status(NOW, home=sam.home)
    assert status is not None and status.state == "compare_code"


def test_a_different_pairing_sees_a_different_code(alex: Device, sam: Device) -> None:
    first = pair(alex, sam)
    pairing.unpair(alex.home)
    pairing.unpair(sam.home)
    assert pair(alex, sam) != first


def test_not_paired_means_no_status_and_no_files(alex: Device) -> None:
    assert link.partner_status(NOW, home=alex.home) is None
    assert not link.publish("break_started", NOW + timedelta(minutes=5), NOW, home=alex.home)
    assert list(alex.folder.iterdir()) == []


def test_the_agreement_merges_field_by_field_latest_wins(linked: tuple[Device, Device]) -> None:
    from pausecoach.link.status import merged_agreement

    alex, sam = linked
    plan = {"me": "Alex", "partner": "Sam", "signal": "time out", "minutes": 20, "mood": "x"}
    assert link.publish_agreement(plan, NOW, home=alex.home)
    assert not link.publish_agreement(plan, NOW, home=alex.home)  # nothing changed
    sam_plan = {"me": "Sam", "partner": "Alex", "signal": "yellow card", "my_place": "the park"}
    assert link.publish_agreement(sam_plan, NOW + timedelta(minutes=1), home=sam.home)
    seen_by_alex = merged_agreement(alex.pairing(), NOW + timedelta(minutes=2))
    values = {k: v for k, (v, _) in seen_by_alex.items()}
    assert values == {
        "me": "Alex",
        "partner": "Sam",
        "signal": "yellow card",
        "minutes": 20,
        "partner_place": "the park",
    }
    seen_by_sam = merged_agreement(sam.pairing(), NOW + timedelta(minutes=2))
    assert seen_by_sam["my_place"][0] == "the park" and seen_by_sam["signal"][0] == "yellow card"
