"""Notices that never cover what matters: one at a time, cleared with the step, drawn in a line.

On a step of the flow the newest notice is drawn in its own line above the footer (NoticeLine),
which takes its room from the body; the toast Textual makes for it stays hidden and its timer is
what ends the notice. Dialogs keep ordinary toasts.
"""

from __future__ import annotations

from textual.app import App, ScreenStackError
from textual.notifications import Notification


class OneNotice(App[None]):
    """The app's notice rules (mixed into the app class).

    One notice at a time is kept by SavingNotices, in front of this class in the app: it clears
    the last notice first, but keeps "Not saved" until saving works again.
    """

    def clear_step_notices(self) -> None:
        """Clear the notices of the step being left; an error (nothing was saved) stays to be read."""
        for notice in list(self._notifications):
            if notice.severity != "error":
                self._unnotify(notice, refresh=False)
        self._refresh_notifications()

    def _refresh_notifications(self) -> None:
        super()._refresh_notifications()
        self._show_notice_line()

    def _unnotify(self, notification: Notification, refresh: bool = True) -> None:
        super()._unnotify(notification, refresh)
        self._show_notice_line()  # a toast's timer ends it without a refresh

    def _show_notice_line(self) -> None:
        from pausecoach.tui.widgets.notice_line import NoticeLine

        try:
            lines = self.screen.query(NoticeLine)
        except ScreenStackError:
            return
        newest = list(self._notifications)[-1] if len(self._notifications) else None
        for line in lines:
            line.show(newest)
