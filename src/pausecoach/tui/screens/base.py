"""What every step of the flow shares: a title line, a centred body, and the footer of keys."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

if TYPE_CHECKING:
    from pausecoach.tui.protocol import Coach


# Dialogs hide the app's own keys, so each dialog repeats this one: help is one key away
# everywhere. Same id as the app's binding, so a remapped key applies here too.
SAFETY_KEY = Binding("exclamation_mark", "app.safety", "Not safe", id="safety")


class FlowScreen(Screen[None]):
    """A step of the pause flow. Subclasses fill `compose_body`."""

    STEP_TITLE = ""
    SCROLL = True

    @property
    def coach(self) -> Coach:
        """The app, as the small protocol screens may use."""
        return cast("Coach", self.app)

    def compose(self) -> ComposeResult:
        # Said on every screen, so someone on a shared computer can trust it.
        unsaved = "" if self.coach.saving else "  · not saving"
        with Container(id="title-bar"):
            yield Static(self.STEP_TITLE + unsaved, id="step-title")
        container = VerticalScroll if self.SCROLL else Vertical
        # The frame is what centres the body: Textual aligns a screen's children as one block,
        # and the full-width title line would hold the body at the left edge.
        with Container(id="frame"), container(id="body"):
            yield from self.compose_body()
        yield Footer()

    def compose_body(self) -> ComposeResult:
        """The widgets of this step."""
        yield from ()
