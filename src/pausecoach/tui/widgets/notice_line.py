"""Notices in their own place: a line above the footer that takes its room from the body.

Textual's toasts float over whatever is under them (the helplines, a next step, the last lines of
a dialog-like screen). On a step of the flow the newest notice is drawn here instead, so the body
shrinks (and scrolls) rather than being covered. The toast still exists, hidden: its timer is
what ends the notice.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Container
from textual.content import Content
from textual.notifications import Notification
from textual.widgets import Static


class NoticeDock(Container):
    """Holds the line at the bottom of the frame, centred under the body; no rows when empty."""

    DEFAULT_CSS = """
    NoticeDock { dock: bottom; width: 100%; height: auto; align-horizontal: center; }
    """

    def compose(self) -> ComposeResult:
        yield NoticeLine()


class NoticeLine(Static):
    """The newest notice, or nothing (hidden)."""

    DEFAULT_CSS = """
    NoticeLine {
        display: none;
        width: 100%;
        max-width: 84;
        height: auto;
        max-height: 6;
        padding: 0 1;
        margin: 0 1;
        background: $panel;
        border-left: outer $accent;
        &.-shown { display: block; }
        &.-error { border-left: outer $error; }
        &.-warning { border-left: outer $warning; }
    }
    """

    def show(self, notice: Notification | None) -> None:
        """Show `notice` (None hides the line)."""
        self.set_class(notice is not None, "-shown")
        for severity in ("error", "warning"):
            self.set_class(notice is not None and notice.severity == severity, f"-{severity}")
        if notice is None:
            self.update("")
            return
        message = (
            Content(notice.message) if not notice.markup else Content.from_markup(notice.message)
        )
        if notice.title:
            message = Content.assemble((notice.title, "bold"), "  ", message)
        self.update(message)
