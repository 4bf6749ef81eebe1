"""Faults met inside the app: a full disk, a damaged database, a broken config, no usable home."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.reliability.helpers import fill_disk, notices, record_notices

from pausecoach.clock import FakeClock
from pausecoach.config.settings import Settings
from pausecoach.storage.store import Store
from pausecoach.tui.app import make_app
from pausecoach.tui.screens.breaktime import BreakScreen
from pausecoach.tui.screens.landing import LandingScreen
from pausecoach.tui.screens.tell import TellScreen

SIZE = (80, 24)


async def test_disk_full_mid_pause_shows_an_error_and_the_pause_goes_on(
    store: Store, clock: FakeClock, settings: Settings
) -> None:
    app = make_app(settings, store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        session_id = app.record.session.id
        disk = fill_disk(store)
        disk.full = True
        said = record_notices(app)
        await pilot.press("b")
        assert isinstance(app.screen, TellScreen)
        await pilot.pause()
        shown = notices(app)
        assert any("the disk is full" in n and "pause goes on" in n for n in shown), (shown, said)
        await pilot.press("enter")
        assert isinstance(app.screen, BreakScreen)  # still running, no traceback
        assert len([n for n in said if "disk is full" in n]) == 1  # said once, not per save
        saved = store.get_session(session_id)
        assert saved is not None and saved.step == "land"  # the last good state
        disk.full = False  # room again: the next save writes everything so far
        clock.advance(60)
        app.record.progress(60)
        saved = store.get_session(session_id)
        assert saved is not None and saved.step == "break" and saved.planned_seconds == 20 * 60


async def test_a_damaged_database_is_reported_and_a_fresh_one_used(
    private_home: Path, clock: FakeClock, settings: Settings
) -> None:
    private_home.mkdir()
    (private_home / "pausecoach.db").write_bytes(b"garbage" * 100)
    app = make_app(settings, None, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        shown = " ".join(notices(app))
        assert "not a pausecoach database" in shown and "broken-" in shown
        assert str(private_home) in shown
        await pilot.press("b", "n", "enter")  # a fresh store: the fear question comes first
        assert isinstance(app.screen, BreakScreen)
        assert app.store.count_sessions() == 1
    kept = list(private_home.glob("pausecoach.db.broken-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == b"garbage" * 100


async def test_a_broken_config_is_reported_with_file_and_line_and_defaults_used(
    private_home: Path, clock: FakeClock
) -> None:
    private_home.mkdir()
    config = private_home / "config.toml"
    config.write_text("break_minutes = 25\nbell = false\ncolour = 'blue'\n")
    app = make_app(None, None, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        shown = " ".join(notices(app))
        assert f"{config}, line 3: unknown setting 'colour'" in shown
        assert "Using defaults." in shown
        assert app.settings.break_minutes == 20
        assert isinstance(app.screen, LandingScreen)


async def test_an_unusable_home_still_gives_an_unsaved_pause(
    tmp_path: Path, monkeypatch, clock: FakeClock, settings: Settings
) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("PAUSECOACH_HOME", str(blocker / "home"))
    app = make_app(settings, None, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        shown = " ".join(notices(app))
        assert f"cannot write to {blocker / 'home'}" in shown
        assert "PAUSECOACH_HOME" in shown and "will not be saved" in shown
        await pilot.press("b", "n", "enter")  # nothing remembered: the fear question comes first
        assert isinstance(app.screen, BreakScreen)
        assert not app.saving and app.store.path is None


def test_a_read_only_home_names_the_path_and_the_fix(
    private_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    from typer.testing import CliRunner

    from pausecoach.cli import app as cli_app

    private_home.mkdir(mode=0o700)
    if os.geteuid() != 0:
        private_home.chmod(0o500)
    else:  # root may write anywhere: make the check see what a normal user would
        real_access = os.access
        monkeypatch.setattr(
            os, "access", lambda p, mode: False if Path(p) == private_home else real_access(p, mode)
        )
    for args in ([], ["history"]):
        result = CliRunner().invoke(cli_app, args)
        assert result.exit_code == 1, args
        squeezed = "".join(result.output.split())  # the console wraps long paths anywhere
        assert f"cannotwriteto{private_home}(itisread-only)" in squeezed
        assert "exportPAUSECOACH_HOME=" in squeezed and "Traceback" not in result.output
    private_home.chmod(0o700)


async def test_a_whole_pause_on_a_full_disk_reaches_its_end(
    store: Store, clock: FakeClock, settings: Settings
) -> None:
    from tests.reliability.flow import SCREENS_IN_ORDER, walk_whole_flow

    app = make_app(settings, store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        fill_disk(store).full = True
        said = record_notices(app)
        seen = await walk_whole_flow(pilot, clock)
        assert any("the disk is full" in n for n in said)
        session_id = app.record.session.id
    assert tuple(seen) == SCREENS_IN_ORDER
    assert app.return_code == 0 and not app.crashed
    saved = store.get_session(session_id)
    assert saved is not None and saved.step == "land"  # the last state that fitted on disk
