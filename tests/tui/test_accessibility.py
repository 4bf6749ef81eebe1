"""Reduced motion (flag, setting, TEXTUAL_ANIMATIONS=none) and the themes."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import textual.constants
from tests.pilot_time import catch_up, until

from pausecoach.clock import FakeClock
from pausecoach.config.settings import Settings
from pausecoach.storage.store import Store
from pausecoach.tui.app import PauseCoachApp, make_app
from pausecoach.tui.widgets.breath_timer import BreathTimer

SHAPE_CELLS = set("█▀▄")


def pacer_text(app: PauseCoachApp) -> str:
    """What the pacer's words say right now, as plain text."""
    return app.screen.query_one(BreathTimer).words()


def shape_cells(app: PauseCoachApp) -> int:
    """How many cells of the break screen the pacer's shape fills."""
    return sum(character in SHAPE_CELLS for character in app.screen.query_one(BreathTimer).text())


@pytest.fixture
def ticks(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The real times at which the break screen brought itself up to date."""
    seen: list[float] = []
    original = BreathTimer.tick

    def counting(self: BreathTimer) -> None:
        seen.append(time.monotonic())
        original(self)

    monkeypatch.setattr(BreathTimer, "tick", counting)
    return seen


def per_second(ticks: list[float], since: float) -> int:
    """Ticks after `since` in the last second or so."""
    return len([t for t in ticks if t > since])


@pytest.mark.parametrize("how", ["flag", "setting", "environment"])
async def test_reduced_motion_shows_a_still_pacer_that_ticks_once_a_second(
    store: Store, clock: FakeClock, monkeypatch: pytest.MonkeyPatch, how: str, ticks: list[float]
) -> None:
    if how == "environment":
        monkeypatch.setattr(textual.constants, "TEXTUAL_ANIMATIONS", "none")
    app = make_app(
        Settings(bell=False, reduce_motion=how == "setting"),
        store,
        clock,
        reduce_motion=how == "flag",
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("b", "enter")
        await until(pilot, lambda: app.screen.query(BreathTimer), "the break")
        assert app.reduce_motion
        assert app.animation_level == "none"
        shown = pacer_text(app)
        assert shown.startswith("Breathe in  2")
        assert "then a little more" in shown
        assert shape_cells(app) == 0  # no shape to follow: nothing moves
        clock.advance(2.5)  # into the top-up breath
        await catch_up(pilot)
        await until(pilot, lambda: pacer_text(app).startswith("A little more  1"), "the top-up")
        since = time.monotonic()
        await pilot.pause(1.1)
        assert per_second(ticks, since) <= 2


async def test_full_motion_grows_the_shape_on_the_in_breath_and_shrinks_it_on_the_out_breath(
    app: PauseCoachApp, clock: FakeClock, ticks: list[float]
) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("b", "enter")
        await until(pilot, lambda: app.screen.query(BreathTimer), "the break")
        assert not app.reduce_motion
        sizes = []
        # The cyclic sigh: in for 2 s, a little more for 1 s, out for 6 s.
        at = 0.0
        for moment in (0.25, 1.25, 2.75, 3.5, 5.5, 7.5, 8.5):
            clock.advance(moment - at)
            at = moment
            await catch_up(pilot)
            sizes.append(shape_cells(app))
        assert sizes[0] > 0  # empty lungs still show a shape to follow
        assert sizes[0] < sizes[1] < sizes[2]  # in, and a little more
        assert sizes[2] > sizes[3] > sizes[4] > sizes[5] >= sizes[6]  # slowly out
        # Once a second, with the count: tests/tui/test_break_frames.py.


@pytest.mark.parametrize("theme", ["pausecoach", "pausecoach-contrast", "nord", "textual-light"])
async def test_the_theme_setting_applies(store: Store, clock: FakeClock, theme: str) -> None:
    app = make_app(Settings(bell=False, theme=theme), store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.theme == theme

        def looks() -> tuple[object, ...]:
            screen = app.screen
            return (
                sorted(app.classes),
                screen.styles.background,
                screen.styles.color,
                app.ansi_theme,
                [type(f).__name__ for f in app._filters],
            )

        # The theme is set at start without Textual's watcher (no second stylesheet pass);
        # it must look exactly as when Textual's own watcher applies it.
        chosen = looks()
        app.theme = "textual-dark" if theme != "textual-dark" else "nord"
        await pilot.pause()
        app.theme = theme
        await pilot.pause()
        assert looks() == chosen


async def test_an_unknown_theme_falls_back_to_the_calm_one(
    store: Store, clock: FakeClock, private_home: Path
) -> None:
    # `config set` refuses an unknown theme, so it can only come from a hand-edited file.
    private_home.mkdir(parents=True, exist_ok=True)
    (private_home / "config.toml").write_text('theme = "no-such-theme"\nbell = false\n')
    app = make_app(None, store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.theme == "pausecoach"
        assert any("no-such-theme" in problem for problem in app.problems)
