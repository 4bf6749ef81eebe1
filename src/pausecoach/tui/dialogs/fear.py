"""The fear question: one short yes/no before the first break (CONTENT.md 6.1)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from pausecoach.content import help_order


class FearQuestionScreen(ModalScreen[bool]):
    """Afraid of your partner, or anyone hurt or threatened today? Answers True for yes."""

    # No escape: the question needs an answer, and both answers are one key away. No binding
    # ids on purpose: like `!`, the answers to a safety question are never rebound away.
    # Nothing focused: an enter typed out of habit must not answer this question either way.
    AUTO_FOCUS = None
    BINDINGS = [
        Binding("y", "answer(True)", "Yes"),
        Binding("n", "answer(False)", "No"),
    ]
    DEFAULT_CSS = """
    FearQuestionScreen #dialog { width: 56; padding: 0 1; }
    FearQuestionScreen #fear-buttons { height: auto; margin-top: 1; }
    FearQuestionScreen #fear-buttons Button { margin-right: 2; }
    """

    def compose(self) -> ComposeResult:
        words = help_order.fear_question()
        with Vertical(id="dialog"):
            yield Static(words.title, id="dialog-question")
            yield Static(words.question, id="dialog-detail")
            with Horizontal(id="fear-buttons"):
                for button in (
                    Button(f"y  {words.yes}", id="fear-yes-button", variant="error", compact=True),
                    Button(f"n  {words.no}", id="fear-no-button", compact=True),
                ):
                    button.can_focus = False  # clicks and y/n answer; a stray enter never does
                    yield button

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """A click (or enter on a focused button) answers like the key."""
        event.stop()
        self.dismiss(event.button.id == "fear-yes-button")

    def action_answer(self, value: bool) -> None:
        """Close with the answer."""
        self.dismiss(value)
