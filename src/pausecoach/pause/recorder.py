"""Keeps the record of one pause up to date: a row from the first screen, a save at every step."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from pausecoach.clock import Clock
from pausecoach.core.flooding import Assessment, Readiness
from pausecoach.core.promise import back_on_time, moved_promise
from pausecoach.core.text import clean_text
from pausecoach.models import (
    Extension,
    ExtensionReason,
    Kind,
    PauseSession,
    PulseReading,
    PulseWhen,
    Role,
    Status,
    Step,
)
from pausecoach.pause.saver import Job, Post, SaveQueue
from pausecoach.storage.locking import SessionLock
from pausecoach.storage.store import Store, StoreError

FINAL_WAIT = 20.0  # seconds an exit waits for saves queued behind a held database
ErrorHandler = Callable[[str], None]
NoticeHandler = Callable[[str], None]
# Tells the partner link about a break event: (kind, your promised return time, now).
Announcer = Callable[[str, datetime | None, datetime], None]


class PauseRecorder:
    """The one place the pause flow writes its record; every method saves in one transaction.

    A failed save (disk full, read-only file) never stops the pause: the message goes to
    `on_error`, the last saved state stays as it was, and the next save tries again. A save
    never waits for a database another process holds: it is queued and made as soon as the
    lock is freed (pause/saver.py); `on_saved` hears when saving works again after a failure,
    `on_notice` what the store noticed meanwhile (the file replaced under it). `after`: a
    recorder this one replaces, whose saves still queued are made first, in the same queue.
    """

    def __init__(
        self,
        store: Store,
        clock: Clock,
        role: Role = "flooded",
        kind: Kind = "pause",
        pulse_limit: int = 100,
        resting_pulse: int | None = None,
        *,
        resume: PauseSession | None = None,
        on_error: ErrorHandler | None = None,
        announce: Announcer | None = None,
        post: Post | None = None,
        on_saved: Callable[[], None] | None = None,
        on_notice: NoticeHandler | None = None,
        after: PauseRecorder | None = None,
    ) -> None:
        self.store = store
        self.clock = clock
        self.on_error = on_error
        self.on_saved = on_saved
        self.on_notice = on_notice
        self.announce = announce
        self.last_error: str | None = None
        self.closed = False
        self._lock: SessionLock | None = None
        self._notices_seen = len(store.notices)
        if after is None:
            self.saver = SaveQueue(self._failed, self._done, post)
        else:  # carries on from another record (a re-check resumed): its queued saves go first
            self.saver = after.saver
            self.saver.on_failed, self.saver.on_done = self._failed, self._done
        if resume is not None:
            self.session = resume
            self.session.status = "in_progress"
            self.session.ended_at = None
        else:
            self.session = PauseSession(
                role=role,
                kind=kind,
                started_at=self._now(),
                pulse_limit=pulse_limit,
                resting_pulse=resting_pulse,
            )
            self.session.reach("land", self._now())
        try:
            self._lock = store.lock_session(self.session)
        except StoreError as exc:
            self._failed(str(exc))
        else:
            self.save()

    def _now(self) -> datetime:
        return self.clock.now().replace(microsecond=0)

    def _failed(self, message: str) -> None:
        first = self.last_error != message
        self.last_error = message
        if first and self.on_error is not None:
            self.on_error(message)

    def _done(self) -> None:
        """A save was made: saving works (again), and anything the store noticed is passed on."""
        if self.last_error is not None:
            self.last_error = None
            if self.on_saved is not None:
                self.on_saved()
        notices = self.store.notices
        fresh, self._notices_seen = notices[self._notices_seen :], len(notices)
        if self.on_notice is not None:
            for notice in fresh:
                self.on_notice(notice)

    def later(self, job: Job, key: str | None = None) -> None:
        """Another write of this pause (a document), in order with its saves, never waiting."""
        self.saver.submit(job, key)

    @property
    def unsaved(self) -> str | None:
        """Why what this pause holds now is not all on disk, or None when it is."""
        if self.last_error is not None:
            return self.last_error
        if self.saver.pending:
            from pausecoach.storage.transactions import BUSY_NOW

            return BUSY_NOW
        return None

    def finish_saving(self, say: Callable[[str], None], timeout: float = FINAL_WAIT) -> bool:
        """At exit: wait (bounded) for saves still queued behind a held database; True if saved."""
        if not self.saver.pending:
            return True
        say(
            "Saving your pause: another program is holding the database. "
            f"Waiting up to {timeout:.0f} seconds for it..."
        )
        if self.saver.flush(timeout):
            say("Saved.")
            return True
        say(
            "The end of this pause could not be saved: the database stayed held. What was "
            "saved before is kept, and the next start lists this pause as interrupted."
        )
        return False

    def save(self) -> bool:
        """Write the record as it is now (or queue it while another process holds the database).

        False when the last save failed (and the error was reported).
        """
        snapshot = self.session.model_copy(deep=True)
        store = self.store
        self.saver.submit(
            lambda wait: store.save_session(snapshot, wait=wait), key=f"session:{snapshot.id}"
        )
        return self.last_error is None

    def _release_lock(self) -> None:
        """Let go of the pause's lock once every save before it is made."""
        lock = self._lock
        if lock is not None:
            self.saver.submit(lambda _wait: lock.release())

    def reach(self, step: Step) -> None:
        """Note that the flow reached `step` (and save)."""
        if self.session.step != step:
            self.session.reach(step, self._now())
            self.save()

    def take_partner_path(self, on: bool = True) -> None:
        """Switch this pause to the partner-stepped-away side of the cycle (or back)."""
        self.session.role = "partner_stepped_away" if on else "flooded"
        if on:
            self.reach("reframe")
        self.save()

    def partner_return(self, at: datetime) -> None:
        """Save when the partner said (or is expected) to be back."""
        self.session.partner_return_at = at
        self.save()

    def checked(self, signs: Sequence[str], pulse: int | None, assessment: Assessment) -> None:
        """Save the flooding check and its verdict."""
        s = self.session
        s.signs = list(signs)
        s.verdict = assessment.level
        s.verdict_reasons = list(assessment.reasons)
        if pulse is not None:
            s.pulse_before = pulse
        self.reach("verdict")
        self.save()

    def pulse(
        self, bpm: int, when: PulseWhen, beats: int | None = None, window: int | None = None
    ) -> None:
        """Add a pulse reading (before or after the break)."""
        reading = PulseReading(
            bpm=bpm, at=self._now(), when=when, beats=beats, window_seconds=window
        )
        self.session.pulses = [*self.session.pulses, reading]
        if when == "before":
            self.session.pulse_before = bpm
        elif when == "after":
            self.session.pulse_after = bpm
        self.save()

    def break_planned(
        self, seconds: int, return_at: datetime | None, tell_text: str | None
    ) -> None:
        """Save what the user told their partner: how long, and when they will be back."""
        s = self.session
        s.planned_seconds = seconds
        s.return_at = return_at
        s.tell_text = clean_text(tell_text) if tell_text is not None else None
        self.save()

    def _tell_partner(self, kind: str) -> None:
        """Your own break's events reach a linked partner; their side of the cycle sends none."""
        s = self.session
        if self.announce is not None and s.kind == "pause" and s.role == "flooded":
            self.announce(kind, s.return_at, self.clock.now())

    def break_started(self, pattern: str) -> None:
        """The countdown began."""
        s = self.session
        s.break_started_at = self._now()
        self.pattern_used(pattern)
        self.reach("break")
        self._tell_partner("break_started")

    def break_ended_early(self) -> None:
        """The break was ended before its time (the record already holds the seconds run)."""
        self._tell_partner("ended_early")

    def pattern_used(self, pattern: str) -> None:
        """Remember a breathing pattern the user breathed with."""
        s = self.session
        if s.pattern is None:
            s.pattern = pattern
        if pattern not in s.patterns:
            s.patterns = [*s.patterns, pattern]

    def progress(self, actual_seconds: float) -> None:
        """Save how much break has run (so a killed process still knows)."""
        self.session.actual_seconds = int(actual_seconds)
        self.save()

    def extended(
        self, seconds: int, reason: ExtensionReason = "extend", seconds_left: float | None = None
    ) -> None:
        """Add an extension to the record; your own promised return time moves with it."""
        s = self.session
        ext = Extension(seconds=seconds, at=self._now(), reason=reason)
        s.extensions = [*s.extensions, ext]
        if s.role != "partner_stepped_away" and s.return_at is not None:
            left = seconds if seconds_left is None else seconds_left
            s.return_at = moved_promise(s.return_at, seconds, self.clock.now(), left)
        self.save()
        self._tell_partner("ten_more" if reason == "not_ready" else "time_added")

    def rechecked(self, calm_score: int | None, readiness: Readiness) -> None:
        """Save the re-check after the break."""
        self.session.calm_score = calm_score
        self.session.ready = readiness.ready
        self.reach("recheck")
        self.save()

    def came_back(self) -> None:
        """The user moved on to the come-back step: were they back by the time they promised?"""
        s = self.session
        s.back_on_time = back_on_time(s.return_at, self._now())
        self.reach("comeback")
        self._tell_partner("back")

    def chose_startup(self, topic: str | None, text: str) -> None:
        """Save the soft start-up the user picked or wrote."""
        self.session.startup_topic = topic
        self.session.startup_text = clean_text(text)
        self.save()

    def finish(self, status: Status = "completed", note: str | None = None) -> None:
        """Close the record (completed or safety_exit) and release the pause's lock."""
        if self.closed:
            return
        s = self.session
        if note is not None and clean_text(note):
            s.note = clean_text(note)
        s.status = status
        s.ended_at = self._now()
        self.save()
        self.closed = True
        self._release_lock()

    def discard(self) -> None:
        """Remove a record that holds nothing yet (the app was opened and closed at once)."""
        if self.closed:
            return
        store, ids = self.store, [self.session.id]
        self.saver.submit(lambda wait: store.delete_sessions(ids, compact=False, wait=wait))
        self.closed = True
        self._release_lock()

    def close(self) -> None:
        """Leave, keeping whatever the pause reached (interrupted unless finished); safe twice."""
        if self.closed:
            return
        s = self.session
        if s.step == "land" and len(s.timeline) <= 1:
            # Nothing was done yet: a record of opening the app would only clutter history.
            self.discard()
        elif s.step == "summary":
            self.finish("completed")
        else:
            self.abandon()

    def abandon(self) -> None:
        """Quit part-way: keep the record as interrupted, at the step it reached."""
        if self.closed:
            return
        self.finish("interrupted")
