"""The re-check never invents a calm score; a break left part-way keeps how long it ran."""

from __future__ import annotations

import pytest

from pausecoach.clock import FakeClock
from pausecoach.storage.store import Store
from pausecoach.tui.app import PauseCoachApp
from pausecoach.tui.screens.recheck import RecheckScreen
from pausecoach.tui.widgets.scale import CalmScale


async def reach_recheck(app: PauseCoachApp, pilot, clock: FakeClock) -> RecheckScreen:  # type: ignore[no-untyped-def]
    await pilot.press("b", "enter")  # break now, start it
    clock.advance(21 * 60)
    await pilot.pause()
    await pilot.press("e")  # over 20 minutes: ends without asking
    await pilot.pause()
    assert isinstance(app.screen, RecheckScreen)
    return app.screen


async def test_enter_before_choosing_asks_and_saves_no_score(
    app: PauseCoachApp, store: Store, clock: FakeClock
) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await reach_recheck(app, pilot, clock)
        assert screen.query_one(CalmScale).value is None
        await pilot.press("enter")
        assert screen.readiness is None
        assert any("how calm do you feel" in n.message for n in app._notifications)
        saved = store.get_session(app.record.session.id)
        assert saved is not None and saved.calm_score is None and saved.ready is None

        await pilot.press("8", "enter")
        assert screen.readiness is not None and screen.readiness.ready
        saved = store.get_session(app.record.session.id)
        assert saved is not None and saved.calm_score == 8 and saved.ready is True


async def test_arrow_keys_start_from_the_middle(app: PauseCoachApp, clock: FakeClock) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await reach_recheck(app, pilot, clock)
        await pilot.press("left")
        assert screen.query_one(CalmScale).value == 4


@pytest.mark.parametrize("how", ["q then yes", "signal"])
async def test_quitting_mid_break_keeps_how_long_it_ran(
    app: PauseCoachApp, store: Store, clock: FakeClock, how: str
) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("b", "enter")
        clock.advance(95)  # between two 30-second saves
        if how == "signal":
            app.action_quit_now()  # what SIGTERM and SIGHUP call
        else:
            await pilot.press("q")
            await pilot.press("enter")  # yes, quit
        await pilot.pause()
        session_id = app.record.session.id
    saved = store.get_session(session_id)
    assert saved is not None
    assert saved.status == "interrupted" and saved.step == "break"
    assert saved.actual_seconds == 95
