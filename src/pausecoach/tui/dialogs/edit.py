"""A small editor for a line of text; answers with the new text, or None when cancelled."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static, TextArea

from pausecoach.core.text import clean_text
from pausecoach.tui.screens.base import SAFETY_ANYWHERE, SAFETY_KEY
from pausecoach.tui.widgets.wayout import DialogBar

MAX_CHARS = 2000


class EditTextScreen(ModalScreen[str | None]):
    """ctrl+s keeps the text, escape leaves it as it was."""

    BINDINGS = [
        SAFETY_KEY,
        SAFETY_ANYWHERE,
        Binding("ctrl+s", "keep", "Keep", id="edit-keep", priority=True),
        Binding("escape", "cancel", "Cancel", id="edit-cancel"),
    ]

    def __init__(self, title: str, text: str) -> None:
        super().__init__()
        self.title_text = title
        self.text = text

    def compose(self) -> ComposeResult:
        yield DialogBar()
        with Vertical(id="dialog", classes="edit-dialog"):
            yield Static(self.title_text, id="dialog-question")
            yield TextArea(self.text, id="edit-area", soft_wrap=True, show_line_numbers=False)
            yield Static("[b]ctrl+s[/b] keep   [b]escape[/b] cancel", id="dialog-keys")

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        self.set_focus(area)
        area.move_cursor(area.document.end)

    def action_keep(self) -> None:
        """Close with the edited text (control characters removed, length capped)."""
        self.dismiss(clean_text(self.query_one(TextArea).text, MAX_CHARS))

    def action_cancel(self) -> None:
        """Close without changes."""
        self.dismiss(None)
