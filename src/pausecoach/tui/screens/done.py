"""A closing message; any key leaves."""

from __future__ import annotations

from collections.abc import Callable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from pausecoach.tui.screens.base import FlowScreen


class DoneScreen(FlowScreen):
    """The end of a practice or a baseline: one message, enter to close."""

    BINDINGS = [Binding("enter,escape", "close", "Close", id="done-close")]

    def __init__(
        self, headline: str, text: str, settled: Callable[[], str | None] | None = None
    ) -> None:
        super().__init__()
        self.headline = headline
        self.text = text
        self.settled = settled  # the words once a queued save is made (None while it waits)

    def compose_body(self) -> ComposeResult:
        yield Static(self.headline, classes="headline")
        yield Static(self.text, classes="lead", id="done-words")
        yield Static("[b]enter[/b] close", classes="keys-hint")

    def on_mount(self) -> None:
        if self.settled is not None:
            self._watching = self.set_interval(0.25, self._check_saved)

    def _check_saved(self) -> None:
        assert self.settled is not None
        words = self.settled()
        if words is not None:
            self._watching.stop()
            self.text = words
            self.query_one("#done-words", Static).update(words)

    def action_close(self) -> None:
        """Leave."""
        self.coach.closing = True
        self.app.exit()
