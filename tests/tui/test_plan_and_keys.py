"""The pause agreement on the landing and tell screens, the stale-baseline reminder, and rebound keys."""

from __future__ import annotations

from datetime import timedelta

import pytest
from textual.widgets import Static

from pausecoach.clock import FakeClock
from pausecoach.config.settings import Settings
from pausecoach.documents.baseline import save_baseline
from pausecoach.documents.plan import PausePlan, save_plan
from pausecoach.pause.setup import FIRST_RUN_DOC
from pausecoach.storage.store import Store
from pausecoach.tui.app import make_app
from pausecoach.tui.screens.landing import LandingScreen
from pausecoach.tui.screens.tell import TellScreen
from pausecoach.tui.widgets.menu import Menu

SIZES = [(80, 24), (60, 20)]


def make_plan(clock: FakeClock) -> PausePlan:
    return PausePlan(
        me="Sam",
        partner="Alex",
        signal="pineapple",
        my_place="the garden",
        partner_place="the study",
        minutes=30,
        who_starts="Sam",
        opening="A hug first",
        not_during=["Text about the fight", "Leave by car"],
        made_at=clock.now(),
    )


def shown_text(widget: Static) -> str:
    return str(widget.render())


def fully_visible(app, selector: str) -> bool:
    """The widget is on screen, above the footer, and nothing in the body needs scrolling."""
    widget = app.screen.query_one(selector)
    body = app.screen.query_one("#body")
    region = widget.region
    return (
        widget.display
        and region.height > 0
        and region.bottom <= app.size.height - 1
        and body.max_scroll_y == 0
    )


@pytest.mark.parametrize("size", SIZES)
async def test_landing_shows_the_plan(
    store: Store, clock: FakeClock, size: tuple[int, int]
) -> None:
    save_plan(store, make_plan(clock))
    store.put_document(FIRST_RUN_DOC, {"seen": "before"})
    app = make_app(Settings(bell=False), store, clock)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LandingScreen)
        text = shown_text(app.screen.query_one("#landing-plan", Static))
        assert "pineapple" in text and "the garden" in text and "the study" in text
        assert fully_visible(app, "#landing-plan")
        assert not app.screen.query_one("#landing-reminder").display


async def test_landing_without_a_plan_shows_no_plan_box(app, store: Store) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not app.screen.query_one("#landing-plan").display


@pytest.mark.parametrize("size", SIZES)
async def test_tell_screen_shows_the_plan_and_still_fits(
    store: Store, clock: FakeClock, size: tuple[int, int]
) -> None:
    save_plan(store, make_plan(clock))
    app = make_app(Settings(bell=False), store, clock)
    async with app.run_test(size=size) as pilot:
        await pilot.press("b")
        await pilot.pause()
        assert isinstance(app.screen, TellScreen)
        plan_box = app.screen.query_one("#tell-plan")
        assert "pineapple" in " ".join(shown_text(s) for s in plan_box.query(Static))
        assert fully_visible(app, "#tell-plan")
        assert fully_visible(app, ".keys-hint")
        donts = app.screen.query_one("#tell-plan-donts", Static)
        if size == (80, 24):
            assert "leave by car" in shown_text(donts) and donts.region.height > 0
        else:  # a short terminal drops the don'ts first, not the keys
            assert donts.region.height == 0


async def test_landing_reminds_when_the_baseline_is_old(store: Store, clock: FakeClock) -> None:
    save_baseline(store, 62, clock.now() - timedelta(days=200))
    app = make_app(Settings(bell=False), store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        reminder = app.screen.query_one("#landing-reminder", Static)
        assert reminder.display and "pausecoach baseline" in shown_text(reminder)


async def test_landing_is_quiet_about_a_recent_baseline(store: Store, clock: FakeClock) -> None:
    save_baseline(store, 62, clock.now() - timedelta(days=30))
    app = make_app(Settings(bell=False), store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not app.screen.query_one("#landing-reminder").display


async def test_a_rebound_key_from_settings_works(store: Store, clock: FakeClock) -> None:
    settings = Settings(bell=False, keys={"landing-break": "x"})
    app = make_app(settings, store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("b")  # the old key does nothing now
        await pilot.pause()
        assert isinstance(app.screen, LandingScreen)
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, TellScreen)


async def test_the_landing_menu_shows_rebound_keys(store: Store, clock: FakeClock) -> None:
    settings = Settings(bell=False, keys={"landing-break": "x", "quit": "ctrl+q"})
    app = make_app(settings, store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        menu = app.screen.query_one(Menu).text()
        assert "x   Break now" in menu and "^q   Quit" in menu
        assert "b   Break now" not in menu and "enter   Check" in menu
