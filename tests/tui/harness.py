"""A small app for the screen furniture (action button, key panel, too-small notice) on its own."""

from __future__ import annotations

from textual import events
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Static

from pausecoach.tui.app import PauseCoachApp
from pausecoach.tui.themes import THEMES
from pausecoach.tui.widgets.action_button import ActionButton
from pausecoach.tui.widgets.keys_panel import KeysPanel
from pausecoach.tui.widgets.too_small import TooSmall


class StepScreen(Screen[None]):
    """A step like the flow's: a title, a line, one primary action as a button, the footer."""

    BINDINGS = [
        Binding("enter", "check", "Check", id="landing-check"),
        Binding("b", "break_now", "Break now", id="landing-break"),
    ]
    DEFAULT_CSS = """
    StepScreen { align-horizontal: center; }
    StepScreen #step { width: 100%; max-width: 84; height: 1fr; padding: 1 2 0 2; }
    StepScreen #title { color: $primary; text-style: bold; margin-bottom: 1; }
    """

    def __init__(self) -> None:
        super().__init__()
        self.done: list[str] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="step"):
            yield Static("pausecoach", id="title")
            yield Static("Feeling overwhelmed? Let's take a real break, and a real way back.")
            yield ActionButton("Check how flooded I am", "enter", "check", id="primary")
            yield ActionButton("Not safe? Help now", "!", "app.safety", id="safety-button")
        yield Footer()

    def on_resize(self, event: events.Resize) -> None:
        TooSmall.update_for(self, event.size)

    def action_check(self) -> None:
        self.done.append("check")

    def action_break_now(self) -> None:
        self.done.append("break")


class Harness(App[None]):
    """The app's themes, breakpoints and everywhere-keys around one StepScreen."""

    ENABLE_COMMAND_PALETTE = False
    VERTICAL_BREAKPOINTS = PauseCoachApp.VERTICAL_BREAKPOINTS
    HORIZONTAL_BREAKPOINTS = PauseCoachApp.HORIZONTAL_BREAKPOINTS
    BINDINGS = [
        Binding("q", "quit_flow", "Quit", id="quit"),
        Binding("exclamation_mark", "safety", "Not safe", id="safety"),
        Binding("question_mark", "toggle_keys", "Keys", id="keys"),
    ]

    def __init__(self, theme: str = "pausecoach", keymap: dict[str, str] | None = None) -> None:
        super().__init__()
        self.keymap = keymap or {}
        for known in THEMES:
            self.register_theme(known)
        self.theme = theme
        self.done: list[str] = []
        self.step = StepScreen()

    def on_mount(self) -> None:
        self.set_keymap(self.keymap)
        self.push_screen(self.step)

    def action_quit_flow(self) -> None:
        self.done.append("quit")

    def action_safety(self) -> None:
        self.done.append("safety")

    def action_toggle_keys(self) -> None:
        KeysPanel.toggle(self.screen)
