"""Pictures of the screen furniture at 80×24 and 40×12, at 256 and 16 colours and with NO_COLOR."""

from __future__ import annotations

from typing import Any

import pytest
from rich.color import ColorSystem
from tests.colour_depth import show_as
from tests.tui.harness import Harness
from textual.pilot import Pilot

SIZES = [(80, 24), (40, 12)]


async def open_keys(pilot: Pilot[None]) -> None:
    await pilot.press("question_mark")
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_action_buttons(snap_compare: Any, size: tuple[int, int]) -> None:
    assert snap_compare(Harness(), terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_keys_panel(snap_compare: Any, size: tuple[int, int]) -> None:
    assert snap_compare(Harness(), run_before=open_keys, terminal_size=size)


def test_too_small(snap_compare: Any) -> None:
    assert snap_compare(Harness(), terminal_size=(36, 10))


@pytest.mark.parametrize(
    "system", [ColorSystem.EIGHT_BIT, ColorSystem.STANDARD], ids=["256-colours", "16-colours"]
)
def test_calm_theme_with_fewer_colours(snap_compare: Any, system: ColorSystem) -> None:
    assert snap_compare(show_as(Harness(), system), run_before=open_keys, terminal_size=(80, 24))


def test_no_color(snap_compare: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")  # read by Textual when the app is made
    assert snap_compare(Harness(), run_before=open_keys, terminal_size=(80, 24))


def test_contrast_theme(snap_compare: Any) -> None:
    assert snap_compare(
        Harness("pausecoach-contrast"), run_before=open_keys, terminal_size=(80, 24)
    )
