"""What every step of the flow shares: a title line, a centred body, and the footer of keys."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from pausecoach.tui.widgets.notice_line import NoticeDock
from pausecoach.tui.widgets.title_bar import TitleBar
from pausecoach.tui.widgets.wayout import WayOutFooter

if TYPE_CHECKING:
    from pausecoach.tui.protocol import Coach


# Dialogs hide the app's own keys, so each dialog repeats this one: help is one key away
# everywhere. Same id as the app's binding, so a remapped key applies here too.
SAFETY_KEY = Binding("exclamation_mark", "app.safety", "Not safe", id="safety")
# "!" is a letter in a text box; this one works there too (named in the title bar when it is).
SAFETY_ANYWHERE = Binding(
    "ctrl+g", "app.safety", "Not safe", id="safety-anywhere", show=False, priority=True
)


COPIED = (
    "Copied. If it does not paste, your terminal keeps programs from the clipboard: "
    "select the words with the mouse instead."
)


def copy_words(screen: Screen[None], text: str) -> None:
    """Put `text` on the clipboard (OSC 52) and say how to copy it by hand if the terminal refuses."""
    # There is no answer from the terminal to tell whether it allowed it, so say both.
    screen.app.copy_to_clipboard(text)
    screen.notify(COPIED, timeout=6)


class StepBody(VerticalScroll):
    """The scrolling body of a step. A click in it (on a button, say) leaves the keyboard where
    it was: the calm scale or a list keeps its arrow keys."""

    FOCUS_ON_CLICK = False


class FlowScreen(Screen[None]):
    """A step of the pause flow. Subclasses fill `compose_body`."""

    STEP_TITLE = ""
    STEP_TITLE_SHORT = ""  # for narrow windows, where STEP_TITLE would be cut
    SCROLL = True
    # The main step's key and a short name, pinned in the title bar (None: no single next step).
    PRIMARY: tuple[str, str] | None = None
    BINDINGS = [SAFETY_ANYWHERE]

    @property
    def coach(self) -> Coach:
        """The app, as the small protocol screens may use."""
        return cast("Coach", self.app)

    def compose(self) -> ComposeResult:
        # Said on every screen, so someone on a shared computer can trust it.
        unsaved = "" if self.coach.saving else "  · not saving"
        # Pinned at the top, where no footer or notice can cut it: the way out and the next step.
        title_bar = TitleBar(self.STEP_TITLE, self.STEP_TITLE_SHORT, unsaved)
        title_bar.show_next(*(self.PRIMARY or (None, "")))
        yield title_bar
        container = StepBody if self.SCROLL else Vertical
        # The frame is what centres the body: Textual aligns a screen's children as one block,
        # and the full-width title line would hold the body at the left edge.
        with Container(id="frame"):
            with container(id="body"):
                yield from self.compose_body()
            # Notices take their room from the body instead of covering it.
            yield NoticeDock()
        yield WayOutFooter()

    def compose_body(self) -> ComposeResult:
        """The widgets of this step."""
        yield from ()

    # Focus moves with Screen.set_focus, at once: Widget.focus() applies it later, after keys
    # already queued (a paste, fast typing) have gone to the widget focused before.

    def compose_action(self, label: str, key: str, action: str, more: str = "") -> ComposeResult:
        """The step's primary action as a button with its key on it (clickable), then a quiet
        line of the other keys (markup)."""
        from pausecoach.tui.widgets.action_button import ActionButton

        yield ActionButton(label, key, action, id="primary-action")
        other = Static(more, id="more-keys", classes="keys-hint -after-action")
        other.display = bool(more)
        yield other

    def show_action(self, label: str, key: str, action: str, more: str = "") -> None:
        """Change the primary action's button and the line of other keys."""
        from pausecoach.tui.widgets.action_button import ActionButton

        self.query_one("#primary-action", ActionButton).retarget(label, key, action)
        other = self.query_one("#more-keys", Static)
        other.update(more)
        other.display = bool(more)

    def show_next(self, key: str | None, label: str = "") -> None:
        """Change the pinned next step (a step whose main key changes as it goes)."""
        self.query_one(TitleBar).show_next(key, label)
