"""A few realistic saved pauses for the history command tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pausecoach.models import Extension, PauseSession, PulseReading, StepEvent
from pausecoach.storage.store import Store

START = datetime(2026, 11, 18, 20, 14, tzinfo=UTC)


def full_pause(session_id: str = "a1b2c3d4e5f6", start: datetime = START) -> PauseSession:
    """A completed flooded pause with every field filled in."""
    at = start
    return PauseSession(
        id=session_id,
        started_at=at,
        ended_at=at + timedelta(minutes=31),
        status="completed",
        step="summary",
        timeline=[
            StepEvent(step=step, at=at + timedelta(minutes=m))
            for step, m in (
                ("land", 0),
                ("check", 1),
                ("verdict", 2),
                ("tell", 3),
                ("break", 4),
                ("recheck", 27),
                ("comeback", 29),
                ("summary", 31),
            )
        ],
        signs=["heart", "breath", "clenched"],
        verdict="flooded",
        verdict_reasons=["pulse 112 is at or over 100"],
        pulse_before=112,
        pulse_after=84,
        pulses=[
            PulseReading(
                bpm=112, at=at + timedelta(minutes=1), when="before", beats=56, window_seconds=30
            ),
            PulseReading(
                bpm=84, at=at + timedelta(minutes=27), when="after", beats=42, window_seconds=30
            ),
        ],
        planned_seconds=20 * 60,
        actual_seconds=23 * 60,
        extensions=[Extension(seconds=180, at=at + timedelta(minutes=24))],
        pattern="4-6",
        patterns=["4-6"],
        break_started_at=at + timedelta(minutes=4),
        return_at=at + timedelta(minutes=30),
        back_on_time=True,
        calm_score=7,
        ready=True,
        tell_text="I'm getting flooded. I'll be back at 20:44.",
        startup_topic="chores",
        startup_text="I feel swamped by the dishes tonight. Could we split them after dinner?",
        note="Walking helped.",
    )


def seed(store: Store) -> list[PauseSession]:
    """Four pauses over four days plus one practice session; newest first in the result."""
    sessions = [
        full_pause("a1b2c3d4e5f6", START),
        PauseSession(
            id="b7c8d9e0f1a2",
            started_at=START + timedelta(days=1),
            status="interrupted",
            step="break",
            verdict="rising",
            signs=["heart"],
            planned_seconds=600,
        ),
        PauseSession(
            id="c3d4e5f6a7b8",
            started_at=START + timedelta(days=2),
            status="completed",
            role="partner_stepped_away",
            step="summary",
            partner_return_at=START + timedelta(days=2, hours=1),
        ),
        PauseSession(
            id="d9e0f1a2b3c4",
            started_at=START + timedelta(days=3),
            status="safety_exit",
            step="safety",
            verdict="flooded",
        ),
        PauseSession(
            id="e5f6a7b8c9d0",
            started_at=START + timedelta(days=3, hours=2),
            kind="practice",
            status="completed",
            pattern="box",
            patterns=["box"],
            actual_seconds=300,
        ),
    ]
    for session in sessions:
        store.save_session(session)
    return sessions[::-1]
