"""What the app says to the terminal itself: the window title, the bell, a desktop notification."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from pausecoach.config.settings import Settings


class TerminalSignals:
    """Escape sequences written in order with Textual's own output (mixed into the app)."""

    sent_sequences: list[str]
    _title_pushed: bool
    _driver: Any
    is_headless: bool

    if TYPE_CHECKING:  # provided by the app; declared here for the type checker only

        @property
        def settings(self) -> Settings: ...

    def write_escape(self, sequence: str) -> None:
        """Send an escape sequence to the terminal, in order with Textual's own output."""
        self.sent_sequences.append(sequence)
        # Textual's bell() and copy_to_clipboard() write through the driver the same way.
        if not self.is_headless and self._driver is not None:
            self._driver.write(sequence)

    def set_terminal_title(self, title: str | None) -> None:
        """Show `title` in the window/tab title (None restores the terminal's own)."""
        from pausecoach.tui.escapes import TITLE_POP, TITLE_PUSH, title_sequence

        if title is None:
            if self._title_pushed:
                self.write_escape(TITLE_POP)
                self._title_pushed = False
            return
        if not self._title_pushed:
            self.write_escape(TITLE_PUSH)
            self._title_pushed = True
        self.write_escape(title_sequence(title))

    def announce_break_end(self, message: str = "Your break is over.") -> None:
        """Tell the user the time is up: bell and desktop notification (per settings), and a notice."""
        import os

        from pausecoach.tui.escapes import BELL, notification_sequence

        if self.settings.bell:
            self.write_escape(BELL)
        if self.settings.notify:
            sequence = notification_sequence("pausecoach", message, os.environ)
            if sequence:
                self.write_escape(sequence)
        # The App's own notify: this mixin sits in front of App and must not shadow it.
        cast(Any, self).notify(message, title="pausecoach", timeout=8)
