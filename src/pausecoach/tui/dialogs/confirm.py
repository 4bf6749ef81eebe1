"""A yes/no question that answers with a bool."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from pausecoach.tui.screens.base import SAFETY_ANYWHERE, SAFETY_KEY
from pausecoach.tui.widgets.wayout import DialogBar


class ConfirmScreen(ModalScreen[bool]):
    """Ask once; `y`/enter for yes, `n`/escape for no."""

    BINDINGS = [
        SAFETY_KEY,
        SAFETY_ANYWHERE,
        Binding("y,enter", "answer(True)", "Yes", id="confirm-yes"),
        Binding("n,escape", "answer(False)", "No", id="confirm-no"),
    ]

    def __init__(self, question: str, detail: str = "", yes: str = "Yes", no: str = "No") -> None:
        super().__init__()
        self.question = question
        self.detail = detail
        self.yes = yes
        self.no = no

    def compose(self) -> ComposeResult:
        yield DialogBar()
        with Vertical(id="dialog"):
            yield Static(self.question, id="dialog-question")
            if self.detail:
                yield Static(self.detail, id="dialog-detail")
            yield Static(
                f"[b]y[/b] / enter  {self.yes}     [b]n[/b] / escape  {self.no}", id="dialog-keys"
            )

    def action_answer(self, value: bool) -> None:
        """Close with the answer."""
        self.dismiss(value)
