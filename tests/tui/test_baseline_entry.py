"""The baseline as a user drives it: end the settling early, type a bpm from a watch."""

from __future__ import annotations

from pausecoach.clock import FakeClock
from pausecoach.config.settings import Settings
from pausecoach.documents.baseline import load_baseline
from pausecoach.storage.store import Store
from pausecoach.tui.app import make_app
from pausecoach.tui.dialogs.pulse import PulseCountScreen
from pausecoach.tui.screens.done import DoneScreen

SIZE = (80, 24)


async def test_type_bpm_key_works_when_the_count_dialog_opens(
    store: Store, clock: FakeClock
) -> None:
    app = make_app(Settings(bell=False), store, clock, start_at="baseline")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, PulseCountScreen)
        await pilot.press("t")
        await pilot.pause()
        assert app.screen.stage == "entry"
        await pilot.press("6", "4", "enter")
        await pilot.pause()
        assert isinstance(app.screen, DoneScreen)
    baseline = load_baseline(store)
    assert baseline is not None and baseline.bpm == 64
