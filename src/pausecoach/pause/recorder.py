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
from pausecoach.storage.locking import SessionLock
from pausecoach.storage.store import Store, StoreError

ErrorHandler = Callable[[str], None]
# Tells the partner link about a break event: (kind, your promised return time, now).
Announcer = Callable[[str, datetime | None, datetime], None]


class PauseRecorder:
    """The one place the pause flow writes its record; every method saves in one transaction.

    A failed save (disk full, read-only file) never stops the pause: the message goes to
    `on_error`, the last saved state stays as it was, and the next save tries again.
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
    ) -> None:
        self.store = store
        self.clock = clock
        self.on_error = on_error
        self.announce = announce
        self.last_error: str | None = None
        self.closed = False
        self._lock: SessionLock | None = None
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
            self._lock = store.start_session(self.session)
        except StoreError as exc:
            self._failed(exc)

    def _now(self) -> datetime:
        return self.clock.now().replace(microsecond=0)

    def _failed(self, exc: StoreError) -> None:
        first = self.last_error != str(exc)
        self.last_error = str(exc)
        if first and self.on_error is not None:
            self.on_error(str(exc))

    def save(self) -> bool:
        """Write the record as it is now; False (and the error reported) when it could not be."""
        try:
            self.store.save_session(self.session)
        except StoreError as exc:
            self._failed(exc)
            return False
        self.last_error = None
        return True

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
        if self._lock is not None:
            self._lock.release()

    def discard(self) -> None:
        """Remove a record that holds nothing yet (the app was opened and closed at once)."""
        if self.closed:
            return
        try:
            self.store.delete_sessions([self.session.id], compact=False)
        except StoreError as exc:
            self._failed(exc)
        self.closed = True
        if self._lock is not None:
            self._lock.release()

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
