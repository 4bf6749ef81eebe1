"""Deterministic pictures of the key screens: fixed clock, in-memory store, frozen breath phase."""

from __future__ import annotations

from typing import Any

import pytest
from rich.color import ColorSystem
from tests.colour_depth import show_as
from tests.pilot_time import catch_up
from textual.pilot import Pilot

from pausecoach.clock import FakeClock
from pausecoach.config.settings import Settings
from pausecoach.documents.fear import remember_no
from pausecoach.storage.store import Store
from pausecoach.tui.app import PauseCoachApp, make_app

SIZE = (80, 24)


def fresh_app() -> tuple[PauseCoachApp, FakeClock]:
    """An app on a fixed fake clock and an empty in-memory store."""
    clock = FakeClock()
    store = Store.in_memory()
    remember_no(store, clock.now())  # the fear question was answered on an earlier day
    return make_app(Settings(bell=False), store, clock), clock


def test_landing(snap_compare: Any) -> None:
    app, _ = fresh_app()
    assert snap_compare(app, terminal_size=SIZE)


def test_check_with_signs_ticked(snap_compare: Any) -> None:
    app, _ = fresh_app()
    assert snap_compare(app, press=["enter", "space", "down", "down", "space"], terminal_size=SIZE)


def test_break_with_phase_frozen(snap_compare: Any) -> None:
    app, clock = fresh_app()

    async def into_break(pilot: Pilot[None]) -> None:
        await pilot.press("b", "enter")
        clock.advance(63.5)  # early in the 8th sigh's in-breath; nothing moves until the clock does
        await catch_up(pilot)

    assert snap_compare(app, run_before=into_break, terminal_size=SIZE)


def _into_break(clock: FakeClock):  # type: ignore[no-untyped-def]
    async def into_break(pilot: Pilot[None]) -> None:
        await pilot.press("b", "enter")
        clock.advance(63.5)
        await catch_up(pilot)

    return into_break


def test_break_in_a_large_window_sits_in_the_middle(snap_compare: Any) -> None:
    app, clock = fresh_app()
    assert snap_compare(app, run_before=_into_break(clock), terminal_size=(120, 40))


def test_break_at_256_colours_stays_grey_blue(snap_compare: Any) -> None:
    app, clock = fresh_app()
    show_as(app, ColorSystem.EIGHT_BIT)
    assert snap_compare(app, run_before=_into_break(clock), terminal_size=SIZE)


def test_break_with_no_color(snap_compare: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")  # read by Textual when the app is made
    app, clock = fresh_app()
    assert snap_compare(app, run_before=_into_break(clock), terminal_size=SIZE)


def test_come_back(snap_compare: Any) -> None:
    app, clock = fresh_app()

    async def to_come_back(pilot: Pilot[None]) -> None:
        await pilot.press("b", "enter")
        clock.advance(20 * 60 + 1)
        await catch_up(pilot)
        await pilot.press("9", "enter", "enter")
        await pilot.pause()

    assert snap_compare(app, run_before=to_come_back, terminal_size=SIZE)


def test_drill_with_live_feedback(snap_compare: Any) -> None:
    from textual.widgets import TextArea

    from pausecoach.core.drill import DrillOptions

    app = make_app(
        Settings(bell=False),
        Store.in_memory(),
        FakeClock(),
        start_at="drill",
        drill=DrillOptions(count=5, seed=11),
    )

    async def type_a_rewrite(pilot: Pilot[None]) -> None:
        await pilot.pause()
        app.screen.query_one(TextArea).cursor_blink = False
        await pilot.press(*"You never help. I feel tired tonight")
        await pilot.pause(0.5)  # past the feedback debounce

    assert snap_compare(app, run_before=type_a_rewrite, terminal_size=SIZE)
