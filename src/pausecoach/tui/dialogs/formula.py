"""Build your own soft start-up from the formula, with live feedback as you type."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.markup import escape
from textual.screen import ModalScreen
from textual.timer import Timer
from textual.widgets import Input, Static

from pausecoach.content.checker_rules import checker as default_checker
from pausecoach.core.startup import build_formula, missing_parts
from pausecoach.tui.screens.base import SAFETY_ANYWHERE, SAFETY_KEY
from pausecoach.tui.widgets.feedback import PhraseFeedback
from pausecoach.tui.widgets.textbox import TextBox
from pausecoach.tui.widgets.wayout import DialogBar

if TYPE_CHECKING:
    from pausecoach.tui.protocol import Coach as PauseCoachApp

FEEDBACK_DELAY = 0.3  # debounce: check once typing pauses, never on every key


class FormulaScreen(ModalScreen[str | None]):
    """Three boxes (feeling, situation, need) become one sentence."""

    BINDINGS = [
        SAFETY_KEY,
        SAFETY_ANYWHERE,
        Binding("ctrl+s", "keep", "Use this line", id="formula-keep", priority=True),
        Binding("escape", "cancel", "Cancel", id="formula-cancel"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._pending: Timer | None = None

    @property
    def coach(self) -> PauseCoachApp:
        """The app, typed."""
        return cast("PauseCoachApp", self.app)

    def compose(self) -> ComposeResult:
        yield DialogBar()
        # Scrolls when the terminal is too short for all three boxes, the preview and the keys.
        with VerticalScroll(id="dialog", classes="formula-dialog"):
            yield Static(
                "Write your own: I feel ___ about ___, and I need ___", id="dialog-question"
            )
            # Each box keeps its label once filled (a placeholder vanishes at the first letter).
            for label, box in (
                (
                    "I feel",
                    TextBox(
                        placeholder="hurt, lonely, worried, overwhelmed",
                        id="feeling",
                        next_box="situation",
                        max_length=200,
                    ),
                ),
                (
                    "about",
                    TextBox(
                        placeholder="one moment: last night when…",
                        id="situation",
                        next_box="need",
                        max_length=400,
                    ),
                ),
                (
                    "I need",
                    TextBox(
                        placeholder="what you would like: could we…", id="need", max_length=300
                    ),
                ),
            ):
                with Horizontal(classes="formula-row"):
                    yield Static(label, classes="formula-label")
                    yield box
            yield Static(id="formula-preview", classes="say-aloud")
            yield PhraseFeedback(id="formula-feedback")
            yield Static(
                "[b]enter[/b] next box   [b]ctrl+s[/b] use this line   [b]escape[/b] cancel",
                id="dialog-keys",
            )

    def on_mount(self) -> None:
        self.set_focus(self.query_one("#feeling", Input))
        self._update()
        # Read the checker's rules (once) while the first words are typed.
        self.run_worker(default_checker, thread=True, exit_on_error=False)

    def parts(self) -> tuple[str, str, str]:
        """The three boxes' text."""
        return (
            self.query_one("#feeling", Input).value,
            self.query_one("#situation", Input).value,
            self.query_one("#need", Input).value,
        )

    def sentence(self) -> str:
        """The sentence built so far."""
        return build_formula(*self.parts())

    def on_input_changed(self, event: Input.Changed) -> None:
        if self._pending is not None:
            self._pending.stop()
        self._pending = self.set_timer(FEEDBACK_DELAY, self._update)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        # The first two boxes move on by themselves (TextBox.next_box); the last one keeps the line.
        if event.input.id == "need":
            self.action_keep()

    def _update(self) -> None:
        sentence = self.sentence()
        self.query_one("#formula-preview", Static).update(
            f"“{escape(sentence)}”" if sentence else ""
        )
        missing = missing_parts(*self.parts())
        self.query_one(PhraseFeedback).show(sentence, missing)

    def action_keep(self) -> None:
        """Use the sentence (once it says something)."""
        sentence = self.sentence()
        if not sentence:
            self.notify("Write at least one part first.", severity="warning")
            return
        self.dismiss(sentence)

    def action_cancel(self) -> None:
        """Close without a line."""
        self.dismiss(None)
