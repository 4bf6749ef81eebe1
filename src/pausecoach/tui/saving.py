"""What the app says about saving: "Not saved" until saving works again, and store notices.

Saves may finish on the background saver's thread (pause/saver.py); their news reaches the app
on its own thread through `saving_hooks()["post"]`.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from textual.notifications import Notification, Notify

if TYPE_CHECKING:
    from textual.notifications import Notifications

    from pausecoach.pause.recorder import PauseRecorder
    from pausecoach.pause.saver import Job, SaveQueue

SAVE_NOTICE_STAYS = 24 * 3600.0  # "Not saved" stays until saving works again
NOT_SAVED = "Not saved"


class SavingNotices:
    """Mixed into the app in front of Textual's App, whose notices it keeps in order.

    "Not saved" is known by its title: it stays beside any other notice until saving works again.
    """

    _notifications: Notifications
    _documents: SaveQueue | None = None  # a talk or debrief on its own: no pause to save with

    if TYPE_CHECKING:  # provided by the app; declared here for the type checker only

        @property
        def record(self) -> PauseRecorder: ...

        recorder: PauseRecorder | None

        def _unnotify(self, notification: Notification, refresh: bool = True) -> None: ...
        def _refresh_notifications(self) -> None: ...

    def _app(self) -> Any:
        return cast(Any, self)

    def _on_notify(self, event: Notify) -> None:
        # One notice at a time: a new one replaces the last, so notices never pile up. Here, not in
        # notify(): a notice is only added when its message arrives, after any clear before it.
        # "Not saved" stays beside it until saving works again.
        self._clear_notices(keep_save_notice=event.notification.title != NOT_SAVED)
        super()._on_notify(event)  # type: ignore[misc]

    def clear_notifications(self) -> None:
        """Clear every notice but "Not saved", which stays until saving works again."""
        self._clear_notices(keep_save_notice=True)
        self._refresh_notifications()

    def _save_notices(self) -> list[Notification]:
        return [n for n in self._notifications if n.title == NOT_SAVED]

    def _clear_notices(self, keep_save_notice: bool) -> None:
        for notice in list(self._notifications):
            if not (keep_save_notice and notice.title == NOT_SAVED):
                self._unnotify(notice, refresh=False)

    def _post(self) -> Callable[[Callable[[], None]], None]:
        """Runs a callback on the app's thread (saves may finish on the saver's thread)."""
        loop = asyncio.get_running_loop()

        def post(callback: Callable[[], None]) -> None:
            # After the app has closed, the final wait in finish_saving reports instead.
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(callback)

        return post

    def saving_hooks(self) -> dict[str, Any]:
        """How a recorder reaches this app: saves may finish on the background saver's thread."""
        return {
            "on_error": self.save_failed,
            "post": self._post(),
            "on_saved": self.save_worked,
            "on_notice": self.store_noticed,
        }

    def save_later(self, job: Job, key: str | None = None) -> None:
        """A write (a note, a talk), in order with the pause's saves, never waiting for the database.

        `key` names what is written: a newer write of the same thing replaces one still waiting.
        With no pause recorded (a talk or debrief on its own) the app keeps a queue of its own.
        """
        if self.recorder is not None or self._app().records_pauses:
            self.record.later(job, key)
            return
        if self._documents is None:
            from pausecoach.pause.saver import SaveQueue

            self._documents = SaveQueue(self.save_failed, self.save_worked, self._post())
        self._documents.submit(job, key)

    def finish_saving(self, say: Callable[[str], None], timeout: float | None = None) -> bool:
        """At exit: wait (bounded) for writes still queued behind a held database; True if saved."""
        from pausecoach.pause.recorder import FINAL_WAIT

        wait = FINAL_WAIT if timeout is None else timeout
        saved = self.recorder is None or self.recorder.finish_saving(say, wait)
        queue = self._documents
        if queue is None or not queue.pending:
            return saved
        say(f"Saving: another program is holding the database. Waiting up to {wait:.0f} seconds...")
        if queue.flush(wait):
            say("Saved.")
            return saved
        say("What you wrote last could not be saved: the database stayed held. The rest is kept.")
        return False

    def save_failed(self, message: str) -> None:
        """Tell the user a save failed; the notice stays until saving works again."""
        if any(n.message.startswith(message) for n in self._save_notices()):
            return
        self._app().notify(
            f"{message}\nYour pause goes on; pausecoach keeps trying and says when it is saved.",
            title=NOT_SAVED,
            severity="error",
            timeout=SAVE_NOTICE_STAYS,
            markup=False,  # it quotes paths and errors: a folder named [backup] stays
        )

    def save_worked(self) -> None:
        """Saving works again: the 'Not saved' notice goes, and a short one says so."""
        shown = self._save_notices()
        for notice in shown:
            self._unnotify(notice)
        if shown:
            self._app().notify("Your pause is saved again.", title="Saved", timeout=6)

    def store_noticed(self, notice: str) -> None:
        """Something the store noticed during a save (the database file replaced): said now."""
        self._app().notify(notice, severity="warning", timeout=15, markup=False)
