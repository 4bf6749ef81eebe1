"""A real pause on one device reaches the other through the link: the break, the time added, back."""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path

import pytest
from tests.pilot_time import catch_up
from textual.widgets import Static

from pausecoach import link
from pausecoach.clock import FakeClock
from pausecoach.config.settings import Settings
from pausecoach.core.countdown import format_clock
from pausecoach.link.status import PartnerStatus
from pausecoach.storage.store import Store
from pausecoach.tui.app import make_app
from pausecoach.tui.screens.partner import PartnerScreen

from .conftest import Device, pair

SIZE = (80, 24)


def wait_for(home: Path, now: datetime, wanted: str) -> PartnerStatus:
    """The partner's status once it reads `wanted` (the send runs in the background; bounded)."""
    deadline = time.monotonic() + 10
    status = link.partner_status(now, home=home)
    while time.monotonic() < deadline:
        status = link.partner_status(now, home=home)
        if status is not None and wanted in status.line:
            return status
        time.sleep(0.05)
    raise AssertionError(f"{wanted!r} never arrived: {status}")


@pytest.fixture
def sam_is_this_device(
    private_home: Path, shared_folder: Path, alex: Device
) -> tuple[Device, Device]:
    """Sam's link lives in this test's PAUSECOACH_HOME (where the app looks); Alex is the partner."""
    sam = Device(private_home / "link", shared_folder, "Sam")
    pair(alex, sam)
    return alex, sam


async def test_a_break_and_time_added_reach_the_partner(
    sam_is_this_device: tuple[Device, Device], store: Store, clock: FakeClock
) -> None:
    alex, _ = sam_is_this_device
    app = make_app(Settings(bell=False), store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("b", "enter")
        promise = app.record.session.return_at
        assert promise is not None
        status = wait_for(alex.home, clock.now(), f"back at {format_clock(promise)}")
        assert status.state == "on_break" and status.return_at == promise
        clock.advance(60)
        await pilot.press("plus")
        await catch_up(pilot)
        moved = app.record.session.return_at
        assert moved is not None and moved != promise
        wait_for(alex.home, clock.now(), f"back at {format_clock(moved)}")


async def test_no_save_sends_nothing(
    sam_is_this_device: tuple[Device, Device], store: Store, clock: FakeClock
) -> None:
    alex, sam = sam_is_this_device
    app = make_app(Settings(bell=False), store, clock, saving=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("b", "enter")
        await pilot.pause(0.5)
    events = list((sam.folder).rglob("*.pcl"))
    mine = [e for e in events if "events" in e.parts]
    assert mine == []
    status = link.partner_status(clock.now(), home=alex.home)
    assert status is not None and "on a break" not in status.line


async def test_the_partner_path_fills_in_their_time(
    sam_is_this_device: tuple[Device, Device], store: Store, clock: FakeClock
) -> None:
    alex, _ = sam_is_this_device
    from datetime import timedelta

    back = (clock.now() + timedelta(minutes=25)).replace(second=0, microsecond=0)
    assert link.publish("break_started", back, clock.now(), home=alex.home)
    app = make_app(Settings(bell=False), store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        landing = " ".join(str(app.screen.query_one("#partner-status", Static).render()).split())
        assert f"Alex is on a break, back at {format_clock(back)}" in landing
        await pilot.press("p")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PartnerScreen)
        assert screen.partner_back is not None
        assert format_clock(screen.partner_back) == format_clock(back)


async def test_the_help_screen_stops_the_link_in_one_key(
    sam_is_this_device: tuple[Device, Device], store: Store, clock: FakeClock
) -> None:
    _, sam = sam_is_this_device
    app = make_app(Settings(bell=False), store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("exclamation_mark")
        await pilot.pause()
        assert "watch you" in str(app.screen.query_one("#unlink-offer", Static).render())
        await pilot.press("u")
        await pilot.pause()
        assert "stopped" in str(app.screen.query_one("#unlink-offer", Static).render())
    assert link.partner_status(clock.now(), home=sam.home) is None
