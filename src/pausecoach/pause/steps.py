"""The rules of each step of a pause, written once: the full screen and `--plain` ask these.

The front ends only ask and show; every verdict, length, time and readiness comes from here (and
from `core/`, which holds the pure rules these apply to the user's settings and content).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from pausecoach.config.settings import Settings
from pausecoach.content import catalog
from pausecoach.core import limits
from pausecoach.core.countdown import format_clock, format_duration, minutes_in_words
from pausecoach.core.flooding import Assessment, Level, Readiness, assess, recheck
from pausecoach.core.promise import PartnerPlan, partner_plan, promised_return
from pausecoach.models import PauseSession

IDEA_EVERY = 45.0  # seconds between soothe ideas during a break
GUARD_EVERY = 75.0  # seconds between rumination reminders


@dataclass(frozen=True)
class PauseRules:
    """The user's settings as the pause applies them; one per pause, shared by every step."""

    settings: Settings
    resting: int | None = None
    minutes_flag: int | None = None  # --minutes: the user's own choice outranks any suggestion

    @property
    def first_minutes(self) -> int:
        """The break length before any check: the flag, else the setting."""
        return limits.clamp_minutes(self.minutes_flag or self.settings.break_minutes)

    def judge(self, ticked: Collection[str], pulse: int | None) -> Assessment:
        """The flooding verdict for these signs and pulse, suggesting the length the user will get."""
        return assess(
            catalog.signs(),
            ticked,
            pulse,
            limit=self.settings.pulse_limit,
            resting=self.resting,
            break_minutes=self.first_minutes,
        )

    def minutes_after(self, assessment: Assessment, current: int) -> int:
        """The break length once the verdict is in: --minutes if given, else the suggestion."""
        if self.minutes_flag:
            return self.first_minutes
        return limits.clamp_minutes(assessment.suggested_minutes or current)

    def readiness(
        self, pulse: int | None, calm_score: int | None, session: PauseSession
    ) -> Readiness:
        """Ready to go back? Counts the minutes actually rested in this pause's break."""
        rested = session.actual_seconds or 0 if session.break_started_at is not None else None
        return recheck(pulse, calm_score, self.settings.pulse_limit, self.resting, rested)


def readiness_headline(readiness: Readiness) -> str:
    """The re-check's one-line answer: ready, not yet, calm but too soon, or can't tell."""
    return str(getattr(catalog.flow().readiness, readiness.state))


def verdict_words(assessment: Assessment, minutes: int) -> tuple[str, str]:
    """The verdict's headline and advice, with the break length the next step will use."""
    words = catalog.flow().verdict[assessment.level]
    advice = words.advice.format(minutes=minutes, minutes_words=minutes_in_words(minutes))
    return words.headline, advice


def break_note(minutes: int, verdict: Level | None) -> str:
    """A note under a break length: shorter than bodies usually need, said to fit the verdict."""
    if minutes >= limits.USUAL_MINIMUM_MINUTES:
        return ""
    flow = catalog.flow()
    return flow.rising_break_note if verdict == "rising" else flow.short_break_note


def tell_words(index: int, minutes: int, back_at: datetime) -> str:
    """One of the lines to say before leaving, with the length and the time you will be back."""
    templates = catalog.flow().tell
    template = templates[index % len(templates)]
    return template.format(minutes=minutes_in_words(minutes), time=format_clock(back_at))


def tell_times(minutes: int, back_at: datetime) -> tuple[str, str]:
    """The break length and the return time, as the tell step shows them (same in both front ends)."""
    return format_duration(minutes * 60), format_clock(back_at)


def return_for(now: datetime, break_seconds: int) -> datetime:
    """The time to name: the end of a break of `break_seconds` starting now."""
    return promised_return(now, break_seconds)


def extension_notice(added_seconds: int, session: PauseSession) -> str:
    """What to say when time was added: the new time to tell the partner, in words."""
    flow = catalog.flow()
    words = minutes_in_words(added_seconds // 60)
    words = words[:1].upper() + words[1:]
    if session.role == "partner_stepped_away":
        due = session.partner_return_at
        return flow.extended_partner.format(
            minutes_words=words, time=format_clock(due) if due else "the time they named"
        )
    promise = session.return_at
    if promise is None:
        return f"{words} more."
    return flow.extended_promise.format(minutes_words=words, time=format_clock(promise))


def break_texts(session: PauseSession, elapsed: float, now: datetime) -> tuple[str, str]:
    """The soothe idea and the rumination reminder to show `elapsed` seconds into the break.

    A reminder that names a time is left out once that time has passed: it would no longer be true.
    """
    flow = catalog.flow()
    partner = session.role == "partner_stepped_away"
    texts = flow.partner if partner else flow.flooded
    moment = session.partner_return_at if partner else session.return_at
    idea = texts.soothe[int(elapsed // IDEA_EVERY) % len(texts.soothe)]
    guards = texts.rumination
    if moment is None or moment <= now:
        guards = [g for g in guards if "{time}" not in g] or guards
    guard = guards[int(elapsed // GUARD_EVERY) % len(guards)]
    time_text = format_clock(moment) if moment else "the time you named"
    return idea, guard.format(time=time_text)


PREPARE_IN_LAST = 5 * 60  # seconds: the prompt to choose first words shows this near the end


def preparing(remaining: float, session: PauseSession) -> bool:
    """Whether to offer choosing the first words now: the last minutes, and none chosen yet."""
    return 0 < remaining <= PREPARE_IN_LAST and not session.startup_text


def partner_times(now: datetime, partner_back: datetime) -> tuple[PartnerPlan, str]:
    """Your own break on the partner path, and the sentence that explains it."""
    plan = partner_plan(now, partner_back)
    theirs, mine = format_clock(partner_back), format_clock(plan.ends_at)
    if plan.capped:
        text = (
            f"They'll be back around {theirs}. Take a {format_duration(plan.break_seconds)} "
            f"break now, until {mine}; the rest of the wait is yours, to spend gently."
        )
    elif plan.lead_minutes >= 1:
        text = (
            f"They'll be back around {theirs}. Your own break runs until {mine}, "
            f"{plan.lead_minutes} min before they are due, so you have time to choose gentle words."
        )
    else:
        text = f"They'll be back very soon, around {theirs}. Breathe with the pacer until then."
    return plan, text
