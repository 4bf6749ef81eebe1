"""The `?` panel lists this screen's own keys in words, grouped, with nothing generic."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Input, Static

from pausecoach.clock import FakeClock
from pausecoach.content.catalog import patterns
from pausecoach.tui.app import PauseCoachApp
from pausecoach.tui.widgets.keys_panel import KeysPanel, key_rows

GENERIC = ("scroll", "focus", "copy", "palette", "page", "cursor", "delete")


def panel_lines(app: App[object]) -> list[str]:
    """The panel as read: headings, then "key  words" rows."""
    panel = app.screen.query_one(KeysPanel)
    lines = []
    for widget in panel.query("#keys-rows > *"):
        if isinstance(widget, Static):
            lines.append(str(widget.render()))
        else:
            key, words = widget.query(Static)
            lines.append(f"{key.render()}  {words.render()}")
    return lines


async def test_question_mark_shows_the_landing_keys_grouped(app: PauseCoachApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        lines = panel_lines(app)
        assert lines[0] == "This step"
        anywhere = lines.index("Anywhere")
        step, everywhere = lines[1:anywhere], lines[anywhere + 1 :]
        assert step[0] == "enter  Check"
        assert "b  Break now" in step
        assert everywhere == [
            "!  Not safe? Helplines now",
            "?  Show or hide this list",
            "q  Quit",
            "^g  Helplines, even while typing in a box",  # the way out from a text box
        ]
        assert not [line for line in lines if any(word in line.lower() for word in GENERIC)]
        await pilot.press("question_mark")
        await pilot.pause()
        assert not app.screen.query(KeysPanel)


async def test_break_lists_only_the_patterns_that_exist(
    app: PauseCoachApp, clock: FakeClock
) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("b", "enter")
        clock.advance(5)
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        lines = panel_lines(app)
        keys = sorted(pattern.key for pattern in patterns())
        assert f"{keys[0]}–{keys[-1]}  Change the breathing pattern" in lines
        assert not [line for line in lines if line.startswith("9") or "Pattern" in line]
        assert sum("Quit" in line for line in lines) == 1
        assert "+  +5 min" in lines  # one key per action, not "+ / ="


async def test_a_rebound_key_is_listed_as_rebound(app: PauseCoachApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        app.set_keymap({"landing-break": "x"})
        await pilot.press("question_mark")
        await pilot.pause()
        lines = panel_lines(app)
        assert "x  Break now" in lines
        assert "b  Break now" not in lines


async def test_the_panel_follows_the_screen(app: PauseCoachApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        await pilot.press("question_mark", "enter", "question_mark")  # to the check, panel again
        await pilot.pause()
        lines = panel_lines(app)
        assert "space  Tick" in lines
        assert "esc  Back" in lines
        assert "b  Break now" not in lines


async def test_the_panel_fills_a_narrow_window(app: PauseCoachApp) -> None:
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        panel = app.screen.query_one(KeysPanel)
        assert panel.size.width >= 36


class Typing(Screen[None]):
    """A screen whose focused Input brings Textual's own editing and focus keys."""

    BINDINGS = [Binding("ctrl+s", "keep", "Keep this")]

    def compose(self) -> ComposeResult:
        yield Input()


class Harness(App[None]):
    BINDINGS = [
        Binding("ctrl+c", "quit_now", "Quit", show=False, priority=True, id="quit-now"),
        Binding("q", "quit_flow", "Quit", id="quit"),
    ]

    def on_mount(self) -> None:
        self.push_screen(Typing())


async def test_textual_generic_keys_are_left_out() -> None:
    app = Harness()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        descriptions = {b.binding.description for b in app.screen.active_bindings.values()}
        assert "Focus Next" in descriptions  # Textual offers them; the panel must drop them
        texts = [row.words for row in key_rows(app.screen)]
        assert texts == ["Keep this", "Quit"]
