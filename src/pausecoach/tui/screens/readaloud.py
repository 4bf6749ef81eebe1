"""The chosen opening line, shown large to read aloud."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.markup import escape
from textual.widgets import Static

from pausecoach.core.safety import is_unsafe
from pausecoach.tui.messages import OpeningConfirmed, TurnsChosen, WentBack
from pausecoach.tui.screens.base import FlowScreen, copy_words


class ReadAloudScreen(FlowScreen):
    """Big, calm text; copy it, edit it, or move on to the summary."""

    STEP_TITLE = "Your opening line"
    STEP_TITLE_SHORT = "Opening line"
    PRIMARY = ("enter", "Done")
    BINDINGS = [
        Binding("enter", "done", "Done", id="read-done"),
        Binding("t", "talk", "Talk in turns", id="read-talk"),
        Binding("c,y", "copy", "Copy", id="read-copy"),
        Binding("e", "edit", "Edit", id="read-edit"),
        Binding("escape", "back", "Other words", id="read-back"),
    ]

    def compose_body(self) -> ComposeResult:
        yield Static("Read it slowly, in a soft voice. Then listen.", classes="hint")
        yield Static(id="read-line", classes="say-aloud big-line")
        yield from self.compose_action(
            "Done: on to the summary",
            "enter",
            "done",
            "[b]t[/b] talk in turns   [b]c[/b] copy   [b]e[/b] edit   [b]esc[/b] other words",
        )

    def on_mount(self) -> None:
        self._show()

    def _show(self) -> None:
        self.query_one("#read-line", Static).update(
            f"“{escape(self.coach.flow.startup_text or '')}”"
        )

    def action_copy(self) -> None:
        """Copy the line to the clipboard (where the terminal allows it)."""
        copy_words(self, self.coach.flow.startup_text or "")

    def action_edit(self) -> None:
        """Change the words."""
        from pausecoach.tui.dialogs.edit import EditTextScreen

        def edited(text: str | None) -> None:
            if text and text.strip():
                self.coach.flow.startup_text = text.strip()
                self.coach.record.chose_startup(self.coach.flow.topic, text.strip())
                self._show()
                if is_unsafe(text):
                    self.coach.action_safety_check(text)

        self.app.push_screen(
            EditTextScreen("Your opening line", self.coach.flow.startup_text or ""), edited
        )

    def action_back(self) -> None:
        """Back to the list of lines."""
        self.post_message(WentBack())

    def action_talk(self) -> None:
        """Hold the first minutes back together in speaker and listener turns."""
        self.post_message(TurnsChosen())

    def action_done(self) -> None:
        """On to the summary."""
        self.post_message(OpeningConfirmed())
