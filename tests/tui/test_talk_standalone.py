"""`pausecoach talk` and `debrief` on their own: their first screen, and no pause record."""

from __future__ import annotations

import pytest

from pausecoach.clock import FakeClock
from pausecoach.config.settings import Settings
from pausecoach.storage.store import Store
from pausecoach.tui.app import PauseCoachApp, make_app
from pausecoach.tui.screens.debrief import DebriefScreen
from pausecoach.tui.screens.talk import TalkScreen
from pausecoach.tui.talk_start import TalkOptions


def Standalone(
    clock: FakeClock, options: TalkOptions, *, settings: Settings, store: Store
) -> PauseCoachApp:
    """The app as `pausecoach talk` / `debrief` builds it."""
    return make_app(settings, store, clock, start_at=options.mode, talk=options)


@pytest.mark.parametrize(("mode", "screen"), [("talk", TalkScreen), ("debrief", DebriefScreen)])
async def test_opens_on_its_own_screen_without_a_pause(
    store: Store, clock: FakeClock, mode: str, screen: type
) -> None:
    options = TalkOptions(mode=mode, turn_seconds=90)  # type: ignore[arg-type]
    app = Standalone(clock, options, settings=Settings(bell=False), store=store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(0.2)
        assert isinstance(app.screen, screen)
        assert app.recorder is None
    assert store.count_sessions() == 0


async def test_flooding_again_names_a_new_return_time(store: Store, clock: FakeClock) -> None:
    app = Standalone(clock, TalkOptions(), settings=Settings(bell=False), store=store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(0.2)
        await pilot.press("f")
        await pilot.pause()
    # 20:14 UTC on the fake clock is 20:14 in London; a 20-minute break, no hidden buffer.
    assert app.new_return == "20:34"
