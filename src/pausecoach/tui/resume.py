"""Last time's interrupted pause, on the landing screen: mentioned once, its re-check offered."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from pausecoach.pause.interrupted import can_finish_recheck, interrupted_message, mark_mentioned

if TYPE_CHECKING:
    from pausecoach.tui.protocol import Coach as PauseCoachApp


def interrupted_line(coach: PauseCoachApp) -> str | None:
    """The one-time line about last time's interrupted pause (marked as mentioned)."""
    session = coach.interrupted
    if session is None:
        return None
    # Never waiting for the database; if it fails, it is mentioned again next time.
    coach.save_later(partial(mark_mentioned, coach.store, session, coach.clock.now()))
    return interrupted_message(session, can_finish_recheck(session, coach.clock.now()))


def can_resume(coach: PauseCoachApp) -> bool:
    """Whether the landing screen may offer last time's re-check."""
    session = coach.interrupted
    return session is not None and can_finish_recheck(session, coach.clock.now())


def finish_interrupted_recheck(coach: PauseCoachApp) -> bool:
    """Carry last time's interrupted pause on at its re-check (instead of a new pause); False if it can't."""
    from pausecoach.core.countdown import Countdown
    from pausecoach.pause.recorder import PauseRecorder

    session = coach.interrupted
    if session is None or not can_resume(coach):
        return False
    before = coach.recorder
    if before is not None:
        before.discard()
    coach.interrupted = None
    coach.recorder = PauseRecorder(
        coach.store, coach.clock, resume=session, after=before, **coach.saving_hooks()
    )
    flow = coach.flow
    flow.pulse_before = session.pulse_before
    if session.pattern:
        flow.pattern_id = session.pattern
    # A spent countdown: "ten more minutes" then counts from now.
    flow.countdown = Countdown(
        duration=float(session.actual_seconds or 0), deadline=coach.clock.monotonic()
    )
    return True
