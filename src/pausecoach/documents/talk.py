"""Saved talks in turns: one store document each ("talk/<id>"), linked to the pause before it.

Saved at every turn, so leaving mid-talk (or a closed terminal) keeps what was said so far.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Literal

from pausecoach import __version__
from pausecoach.checked import Field, ValidationError
from pausecoach.core.talk import MAX_TURN_SECONDS, MIN_TURN_SECONDS, Talk
from pausecoach.models import Record, UtcTime, new_id

if TYPE_CHECKING:
    from pausecoach.storage.store import Store

TALK_PREFIX = "talk/"
Outcome = Literal["agreed", "skipped", "new_break", "left", "safety"]


class TalkTurnRecord(Record):
    """One turn as saved."""

    speaker: str
    started_at: UtcTime
    ended_at: UtcTime | None = None
    summarised: bool = False
    spoke_seconds: float = Field(default=0.0, ge=0)


class TalkEventRecord(Record):
    """One event of the talk as saved."""

    kind: str
    at: UtcTime
    detail: str = ""


class TalkRecord(Record):
    """A talk in turns, as far as it went."""

    id: str = Field(default_factory=new_id, min_length=1, max_length=64)
    pause_id: str | None = None
    started_at: UtcTime
    ended_at: UtcTime | None = None
    status: Literal["in_progress", "ended"] = "in_progress"
    outcome: Outcome | None = None
    names: list[str] = Field(min_length=2, max_length=2)
    turn_seconds: int = Field(ge=MIN_TURN_SECONDS, le=MAX_TURN_SECONDS)
    turns: list[TalkTurnRecord] = Field(default_factory=list)
    repairs: list[str] = Field(default_factory=list)
    events: list[TalkEventRecord] = Field(default_factory=list)
    agreement: str | None = None
    app_version: str = __version__

    @property
    def held(self) -> bool:
        """True when the talk ended without a new break (with an agreement or without one)."""
        return self.outcome in ("agreed", "skipped")


def record_of(talk: Talk, talk_id: str, pause_id: str | None) -> TalkRecord:
    """The saved form of a talk (as far as it has gone)."""
    return TalkRecord(
        id=talk_id,
        pause_id=pause_id,
        started_at=talk.started_at,
        ended_at=talk.ended_at,
        status="ended" if talk.ended else "in_progress",
        outcome=talk.outcome,
        names=list(talk.names),
        turn_seconds=talk.turn_seconds,
        turns=[
            TalkTurnRecord(
                speaker=talk.names[t.speaker],
                started_at=t.started_at,
                ended_at=t.ended_at,
                summarised=t.summarised,
                spoke_seconds=t.spoke_seconds,
            )
            for t in talk.turns
        ],
        repairs=list(talk.repairs),
        events=[TalkEventRecord(kind=e.kind, at=e.at, detail=e.detail) for e in talk.events],
        agreement=talk.agreement,
    )


def save_talk(store: Store, record: TalkRecord, wait: bool = True) -> None:
    """Save (or update) a talk in one transaction (`wait=False`: StoreBusy if it is held)."""
    store.put_document(TALK_PREFIX + record.id, record.model_dump(mode="json"), wait=wait)


def load_talks(store: Store, pause_id: str | None = None) -> list[TalkRecord]:
    """Saved talks, oldest first (only those linked to `pause_id` when given); damaged ones skipped."""
    talks = []
    for _name, body in store.documents_named(TALK_PREFIX):
        try:
            talk = TalkRecord.model_validate(body)
        except ValidationError:
            continue
        if pause_id is None or talk.pause_id == pause_id:
            talks.append(talk)
    return sorted(talks, key=lambda t: (t.started_at, t.id))


def valid_talk(body: object) -> bool:
    """True when a document body is a talk this version can read (used by import)."""
    try:
        TalkRecord.model_validate(body)
    except ValidationError:
        return False
    return True


SAFETY_MEMORY_HOURS = 12


def blocked_by_safety(store: Store, pause_id: str | None, now: datetime) -> bool:
    """True when the talk must not start: its pause (or, with none given, a recent one) ended in a safety exit."""
    from datetime import timedelta

    from pausecoach.storage.store import SessionFilter

    if pause_id is not None:
        session = store.get_session(pause_id)
        return session is not None and session.status == "safety_exit"
    recent = store.list_sessions(
        SessionFilter(since=now - timedelta(hours=SAFETY_MEMORY_HOURS), kind="pause")
    )
    return any(session.status == "safety_exit" for session in recent)
