"""While a break runs the title shows the time left; at the end the bell rings (if on)."""

from __future__ import annotations

import pytest
from tests.pilot_time import catch_up, until

from pausecoach.clock import FakeClock
from pausecoach.config.settings import Settings
from pausecoach.storage.store import Store
from pausecoach.tui.app import make_app
from pausecoach.tui.escapes import BELL, TITLE_POP, TITLE_PUSH
from pausecoach.tui.screens.recheck import RecheckScreen


@pytest.mark.parametrize("bell", [True, False])
async def test_title_counts_down_and_bell_rings_at_the_end(
    store: Store, clock: FakeClock, bell: bool
) -> None:
    app = make_app(Settings(bell=bell), store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("b", "enter")
        await until(pilot, lambda: TITLE_PUSH in app.sent_sequences, "the title pushed")
        first = "\x1b]2;20:00 left · pausecoach\a"
        await until(pilot, lambda: first in app.sent_sequences, "the first title")
        clock.advance(61)
        await catch_up(pilot)
        later = "\x1b]2;18:59 left · pausecoach\a"
        await until(pilot, lambda: later in app.sent_sequences, "the title a minute on")
        assert BELL not in app.sent_sequences
        clock.advance(20 * 60)
        for _ in range(50):  # a loaded machine may take a while to run the next tick
            if isinstance(app.screen, RecheckScreen):
                break
            await pilot.pause(0.1)
        assert isinstance(app.screen, RecheckScreen)
        assert (BELL in app.sent_sequences) is bell
        # The title is given back as the break ends, before the next screen is even shown.
        titles = [s for s in app.sent_sequences if s in (TITLE_PUSH, TITLE_POP)]
        assert titles == [TITLE_PUSH, TITLE_POP]


@pytest.mark.parametrize(
    "keys",
    [["q", "enter"], ["ctrl+c"], ["exclamation_mark", "x"]],
    ids=["quit-confirmed", "ctrl-c", "safety-close"],
)
async def test_every_way_out_of_a_break_gives_the_title_back(
    store: Store, clock: FakeClock, keys: list[str]
) -> None:
    app = make_app(Settings(bell=False), store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("b", "enter")
        await pilot.pause(0.3)
        assert app.sent_sequences[0] == TITLE_PUSH
        await pilot.press(*keys)
        await pilot.pause(0.3)
    titles = [s for s in app.sent_sequences if s in (TITLE_PUSH, TITLE_POP)]
    assert titles == [TITLE_PUSH, TITLE_POP]
    assert app.sent_sequences[-1] == TITLE_POP
