"""A closing message; any key leaves."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from pausecoach.tui.screens.base import FlowScreen


class DoneScreen(FlowScreen):
    """The end of a practice or a baseline: one message, enter to close."""

    BINDINGS = [Binding("enter,escape", "close", "Close", id="done-close")]

    def __init__(self, headline: str, text: str) -> None:
        super().__init__()
        self.headline = headline
        self.text = text

    def compose_body(self) -> ComposeResult:
        yield Static(self.headline, classes="headline")
        yield Static(self.text, classes="lead")
        yield Static("[b]enter[/b] close", classes="keys-hint")

    def action_close(self) -> None:
        """Leave."""
        self.coach.closing = True
        self.app.exit()
