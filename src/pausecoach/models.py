"""The records pausecoach saves: pauses (sessions) and drill attempts, as checked models."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Annotated, Literal

from pausecoach import __version__
from pausecoach.checked import After, Aware, DumpAs, Field, Model
from pausecoach.clock import utc_now

Status = Literal["in_progress", "completed", "interrupted", "safety_exit"]
Role = Literal["flooded", "partner_stepped_away"]
Kind = Literal["pause", "practice"]
Verdict = Literal["flooded", "rising", "calm_enough"]
PulseWhen = Literal["before", "after", "baseline"]
ExtensionReason = Literal["extend", "not_ready"]
Step = Literal[
    "land",
    "check",
    "verdict",
    "tell",
    "break",
    "recheck",
    "comeback",
    "summary",
    "safety",
    "reframe",
]
STATUSES: tuple[str, ...] = ("in_progress", "completed", "interrupted", "safety_exit")
ROLES: tuple[str, ...] = ("flooded", "partner_stepped_away")
KINDS: tuple[str, ...] = ("pause", "practice")


def _iso(value: datetime) -> str:
    return value.isoformat(timespec="seconds")


def _to_utc(value: datetime) -> datetime:
    return value.astimezone(UTC)


# Stored as UTC ISO 8601 with offset, so text order is time order in SQL.
UtcTime = Annotated[datetime, Aware(), After(_to_utc), DumpAs(_iso)]


def new_id() -> str:
    """A fresh random record id (hex, unique in practice; shown abbreviated)."""
    return uuid.uuid4().hex


class Record(Model, validate_assignment=True):
    """Base for stored records: unknown fields are refused, so imports are checked strictly."""


class StepEvent(Record):
    """A step of the flow reached at a time."""

    step: Step
    at: UtcTime


class PulseReading(Record):
    """One pulse measurement."""

    bpm: int = Field(ge=25, le=250)
    at: UtcTime
    when: PulseWhen
    beats: int | None = None
    window_seconds: int | None = None


class Extension(Record):
    """Extra break time added."""

    seconds: int = Field(gt=0)
    at: UtcTime
    reason: ExtensionReason = "extend"


class PauseSession(Record):
    """One pause, saved from the first screen onwards and updated at every step."""

    id: str = Field(default_factory=new_id, min_length=1, max_length=64)
    started_at: UtcTime = Field(default_factory=utc_now)
    ended_at: UtcTime | None = None
    status: Status = "in_progress"
    role: Role = "flooded"
    kind: Kind = "pause"
    step: Step = "land"
    timeline: list[StepEvent] = Field(default_factory=list)
    signs: list[str] = Field(default_factory=list)
    verdict: Verdict | None = None
    verdict_reasons: list[str] = Field(default_factory=list)
    pulse_limit: int = Field(default=100, ge=40, le=250)
    resting_pulse: int | None = Field(default=None, ge=25, le=250)
    pulse_before: int | None = Field(default=None, ge=25, le=250)
    pulse_after: int | None = Field(default=None, ge=25, le=250)
    pulses: list[PulseReading] = Field(default_factory=list)
    planned_seconds: int | None = Field(default=None, ge=0)
    actual_seconds: int | None = Field(default=None, ge=0)
    extensions: list[Extension] = Field(default_factory=list)
    pattern: str | None = None
    patterns: list[str] = Field(default_factory=list)
    break_started_at: UtcTime | None = None
    return_at: UtcTime | None = None
    partner_return_at: UtcTime | None = None
    back_on_time: bool | None = None
    calm_score: int | None = Field(default=None, ge=0, le=10)
    ready: bool | None = None
    tell_text: str | None = None
    startup_topic: str | None = None
    startup_text: str | None = None
    note: str | None = None
    app_version: str = __version__

    def reach(self, step: Step, at: datetime) -> None:
        """Record that the flow reached `step` at `at`."""
        self.step = step
        self.timeline = [*self.timeline, StepEvent(step=step, at=at)]


class Finding(Record):
    """One phrasing-checker finding, as saved with a drill attempt."""

    rule: str
    category: str
    message: str
    suggestion: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class DrillAttempt(Record):
    """One rewrite typed in a drill."""

    id: str = Field(default_factory=new_id, min_length=1, max_length=64)
    at: UtcTime = Field(default_factory=utc_now)
    scenario_id: str
    topic: str | None = None
    text: str
    score: int = Field(ge=0, le=100)
    # "soft" is how attempts saved before the checker's three verdicts say "gentle".
    verdict: Literal["gentle", "plain", "harsh", "unsafe", "not_english", "soft"]
    findings: list[Finding] = Field(default_factory=list)
    seconds_taken: float = Field(default=0.0, ge=0)
    app_version: str = __version__
