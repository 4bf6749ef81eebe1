"""Pictures of the talk screen at a roomy and a small terminal, on a fixed clock."""

from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot

from pausecoach.clock import FakeClock
from pausecoach.config.settings import Settings
from pausecoach.storage.store import Store
from pausecoach.tui.app import make_app
from pausecoach.tui.screens.talk import TalkScreen


@pytest.mark.parametrize("size", [(80, 24), (60, 20)], ids=["80x24", "60x20"])
def test_talk_mid_turn(snap_compare: Any, size: tuple[int, int]) -> None:
    clock = FakeClock()
    app = make_app(Settings(bell=False), Store.in_memory(), clock)

    async def into_a_turn(pilot: Pilot[None]) -> None:
        await app.push_screen(TalkScreen(names=("Sam", "Alex")))
        await pilot.pause()
        clock.advance(42)
        app.screen.tick()  # type: ignore[attr-defined]
        await pilot.pause()

    assert snap_compare(app, run_before=into_a_turn, terminal_size=size)
