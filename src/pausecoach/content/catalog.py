"""Loads the words pausecoach shows (content/*.toml), validated once and cached."""

from __future__ import annotations

import tomllib
from datetime import date
from functools import cache
from typing import Any, Literal

from pausecoach.checked import Field, FrozenModel, field_validator, model_validator
from pausecoach.content import vocabulary
from pausecoach.content.files import read_text
from pausecoach.core.breathing import Pattern, Phase
from pausecoach.core.drill import DrillTopic, Scenario
from pausecoach.core.flooding import Sign


class Content(FrozenModel):
    """Base for content entries: unknown keys are mistakes."""


def read_toml(name: str) -> dict[str, Any]:
    """Parse one shipped content file."""
    return tomllib.loads(read_text(name))


# ------------------------------------------------------------------- signs
class SignEntry(Content):
    id: str
    group: Literal["body", "mind", "behaviour"]
    text: str
    short: str


class SignsFile(Content):
    signs: list[SignEntry] = Field(min_length=15)


@cache
def signs() -> tuple[Sign, ...]:
    """The flooding signs, in display order."""
    data = SignsFile.model_validate(read_toml("signs.toml"))
    return tuple(Sign(s.id, s.group, s.text, s.short) for s in data.signs)


# ----------------------------------------------------------------- patterns
class PhaseEntry(Content):
    kind: Literal["inhale", "top_up", "hold", "exhale", "rest"]
    seconds: float = Field(gt=0, le=20)
    word: str


class PatternEntry(Content):
    id: str
    short: str = Field(max_length=8)
    name: str
    key: str = Field(pattern=r"^[1-9]$")
    summary: str
    evidence: str
    phases: list[PhaseEntry] = Field(min_length=2)
    max_cycles: int | None = Field(default=None, ge=1)
    fallback: str | None = None


class PatternsFile(Content):
    patterns: list[PatternEntry]

    @model_validator(mode="after")
    def _fallbacks_exist(self) -> PatternsFile:
        ids = {p.id for p in self.patterns}
        for p in self.patterns:
            if p.max_cycles is not None and p.fallback not in ids:
                raise ValueError(f"pattern {p.id} limits its cycles but has no valid fallback")
        return self


@cache
def patterns() -> tuple[Pattern, ...]:
    """The breathing patterns, in key order, with their fallbacks resolved."""
    data = PatternsFile.model_validate(read_toml("patterns.toml"))

    def build(entry: PatternEntry) -> Pattern:
        fallback = None
        if entry.fallback:
            fallback_entry = next(p for p in data.patterns if p.id == entry.fallback)
            fallback = build(fallback_entry)
        return Pattern(
            id=entry.id,
            name=entry.name,
            short=entry.short,
            key=entry.key,
            summary=entry.summary,
            evidence=entry.evidence,
            phases=tuple(Phase(ph.kind, ph.seconds, ph.word) for ph in entry.phases),
            max_cycles=entry.max_cycles,
            fallback=fallback,
        )

    return tuple(sorted((build(p) for p in data.patterns), key=lambda p: p.key))


def pattern_ids() -> list[str]:
    """The ids of the shipped breathing patterns."""
    return [p.id for p in patterns()]


def pattern_by_id(pattern_id: str) -> Pattern:
    """The pattern with this id (KeyError when there is none)."""
    for pattern in patterns():
        if pattern.id == pattern_id:
            return pattern
    raise KeyError(pattern_id)


# ---------------------------------------------------------------- helplines
HelplineKind = Literal["emergency", "crisis", "domestic_abuse", "directory", "other"]


class Helpline(Content):
    name: str
    kind: HelplineKind
    contact: str
    hours: str = ""
    note: str = ""
    own_behaviour: bool = False  # takes calls from people worried about their own behaviour
    source: str = Field(pattern=r"^https?://")
    checked: date

    @field_validator("checked")
    @classmethod
    def _plausible(cls, value: date) -> date:
        if not date(2020, 1, 1) <= value <= date.today():
            raise ValueError("checked must be a real past date (when the entry was verified)")
        return value


# How each kind of line is headed wherever helplines are listed.
KIND_TITLES = {
    "emergency": "Emergency",
    "crisis": "Crisis support",
    "domestic_abuse": "Domestic abuse support",
    "directory": "Find a helpline",
    "other": "Other support",
}


class Region(Content):
    name: str
    emergency: str
    hint: str = ""  # shown at the top: how to choose a region (the international list)
    lines: list[Helpline] = Field(min_length=1)

    @model_validator(mode="after")
    def _has_emergency(self) -> Region:
        if not any(line.kind == "emergency" for line in self.lines):
            raise ValueError(f"{self.name}: needs a line of kind emergency")
        return self


class Lead(Content):
    """Which help comes first for one category of danger, and the one step to take now."""

    first: list[
        Literal["emergency", "crisis", "domestic_abuse", "directory", "other", "own_behaviour"]
    ] = Field(min_length=1)
    step: str = Field(min_length=1)


class FearQuestion(Content):
    """The one yes/no question asked before the first break (CONTENT.md 6.1)."""

    title: str = Field(min_length=1, max_length=36)
    question: str = Field(min_length=1, max_length=110)
    yes: str = Field(min_length=1, max_length=14)
    no: str = Field(min_length=1, max_length=14)


class HelplinesFile(Content):
    lead: dict[str, Lead]
    regions: dict[str, Region]
    fear_question: FearQuestion

    @model_validator(mode="after")
    def _complete(self) -> HelplinesFile:
        from pausecoach.core.danger import CATEGORIES

        if "INTL" not in self.regions:
            raise ValueError("helplines.toml needs an INTL region (the international directory)")
        if not any(line.kind == "directory" for line in self.regions["INTL"].lines):
            raise ValueError("the INTL region needs a directory line")
        if set(self.lead) != set(CATEGORIES):
            raise ValueError(
                f"helplines.toml needs a [lead.X] for exactly: {', '.join(CATEGORIES)}"
            )
        return self


@cache
def helplines_file() -> HelplinesFile:
    """helplines.toml, validated: regions, leads per danger category, the fear question."""
    return HelplinesFile.model_validate(read_toml("helplines.toml"))


def helplines() -> dict[str, Region]:
    """Helplines by region code (US, CA, UK, IE, AU, NZ, INTL)."""
    return helplines_file().regions


# -------------------------------------------------------------- flow texts
class TopicScripts(Content):
    id: str
    title: str
    scripts: list[str] = Field(min_length=5)


class ScriptsFile(Content):
    topics: list[TopicScripts] = Field(min_length=9)
    repairs: list[str] = Field(min_length=5)


@cache
def scripts() -> ScriptsFile:
    """Soft start-up scripts by topic, and repair phrases."""
    return ScriptsFile.model_validate(read_toml("scripts.toml"))


class RoleTexts(Content):
    """Texts that differ between the two sides of the cycle."""

    soothe: list[str] = Field(min_length=5)
    rumination: list[str] = Field(min_length=3)


class VerdictText(Content):
    """What one verdict level says: a headline and advice ({minutes} is the break length)."""

    headline: str
    advice: str


class ReadinessText(Content):
    """The re-check's headline for each answer."""

    ready: str
    not_yet: str
    too_soon: str
    unknown: str
    too_soon_advice: str


class FlowFile(Content):
    welcome: str
    disclaimer: str
    breathing_caution: str
    tell: list[str] = Field(min_length=3)
    flooded: RoleTexts
    partner: RoleTexts
    reframe: list[str] = Field(min_length=1)
    ask_for_time: list[str] = Field(min_length=2)
    welcome_back: list[str] = Field(min_length=2)
    not_ready: str
    short_break_note: str
    rising_break_note: str
    extended_promise: str
    extended_partner: str
    readiness: ReadinessText
    prepare: str
    prepare_saved: str
    debrief_later: str
    verdict: dict[Literal["flooded", "rising", "calm_enough"], VerdictText]

    @model_validator(mode="after")
    def _every_verdict(self) -> FlowFile:
        missing = {"flooded", "rising", "calm_enough"} - set(self.verdict)
        if missing:
            raise ValueError(f"flow.toml: [verdict] lacks {', '.join(sorted(missing))}")
        return self


@cache
def flow() -> FlowFile:
    """The words of the pause flow (tell-your-partner lines, soothe ideas, guards, notices)."""
    return FlowFile.model_validate(read_toml("flow.toml"))


def user_locale() -> str | None:
    """The user's locale name from the environment (e.g. en_GB.UTF-8), if any."""
    import os

    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return value
    return None


def region_for(setting: str) -> str:
    """The helpline region to show: the setting, or guessed from the locale, else INTL."""
    from pausecoach.core.safety import resolve_region

    return resolve_region(setting, user_locale(), set(helplines()))


# -------------------------------------------------------------- more help
HelpRegion = Literal["ALL", "US", "CA", "UK", "IE", "AU", "NZ"]


class HelpDirectory(Content):
    """One place to look for a couples therapist."""

    name: str
    url: str = Field(pattern=r"^https?://")
    what: str
    regions: list[HelpRegion] = Field(min_length=1)
    source: str = Field(pattern=r"^https?://")
    checked: date

    @model_validator(mode="after")
    def _all_stands_alone(self) -> HelpDirectory:
        if "ALL" in self.regions and len(self.regions) > 1:
            raise ValueError(f"{self.name}: 'ALL' cannot be combined with other regions")
        return self


class HelpFile(Content):
    intro: str
    caution: str
    heavy_pattern: str
    directories: list[HelpDirectory] = Field(min_length=3)

    def for_region(self, region: str) -> tuple[HelpDirectory, ...]:
        """The directories that serve `region` (those marked ALL first, then the local ones)."""
        everywhere = [d for d in self.directories if "ALL" in d.regions]
        local = [d for d in self.directories if region in d.regions]
        return tuple(everywhere + local)


@cache
def help_directories() -> HelpFile:
    """How to find couples therapy: a short intro, a safety caution, and directories by region."""
    return HelpFile.model_validate(read_toml("help.toml"))


# ------------------------------------------------------------------ drills
class DrillTopicEntry(Content):
    id: str = Field(pattern=r"^[a-z]+(?:-[a-z]+)*$")
    title: str


class ScenarioEntry(Content):
    id: str = Field(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
    topic: str
    situation: str = Field(min_length=10, max_length=200)
    harsh: str = Field(min_length=5, max_length=160)
    rewrites: list[str] = Field(min_length=2)


class ScenariosFile(Content):
    topics: list[DrillTopicEntry] = Field(min_length=10)
    scenarios: list[ScenarioEntry] = Field(min_length=40)

    @model_validator(mode="after")
    def _consistent(self) -> ScenariosFile:
        topic_ids = [t.id for t in self.topics]
        if len(topic_ids) != len(set(topic_ids)):
            raise ValueError("scenarios.toml: duplicate topic ids")
        ids = [s.id for s in self.scenarios]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"scenarios.toml: duplicate scenario ids {duplicates}")
        for scenario in self.scenarios:
            if scenario.topic not in topic_ids:
                raise ValueError(f"scenario {scenario.id}: unknown topic {scenario.topic!r}")
            if len(set(scenario.rewrites)) != len(scenario.rewrites):
                raise ValueError(f"scenario {scenario.id}: the same rewrite twice")
        empty = [t for t in topic_ids if not any(s.topic == t for s in self.scenarios)]
        if empty:
            raise ValueError(f"scenarios.toml: topics without scenarios {empty}")
        return self


# ---------------------------------------------------------------- cycle map
class CycleQuestion(Content):
    """One question of the cycle map."""

    id: Literal["my_move", "my_feeling", "my_longing", "their_move", "their_feeling", "my_next"]
    ask: str
    example: str
    label: str


class CycleFile(Content):
    intro: str
    unsafe: str
    saved: str
    sentence: str
    reminders: list[str] = Field(min_length=1)
    title: str
    questions: list[CycleQuestion] = Field(min_length=6, max_length=6)

    @model_validator(mode="after")
    def _every_answer_asked_once(self) -> CycleFile:
        from pausecoach.core.cycle import FIELDS

        if tuple(q.id for q in self.questions) != FIELDS:
            raise ValueError(f"cycle.toml must ask, in order: {', '.join(FIELDS)}")
        return self


@cache
def _scenarios_file() -> ScenariosFile:
    return ScenariosFile.model_validate(read_toml("scenarios.toml"))


@cache
def drill_topics() -> tuple[DrillTopic, ...]:
    """The drill topics, in file order."""
    return tuple(DrillTopic(t.id, t.title) for t in _scenarios_file().topics)


@cache
def scenarios() -> tuple[Scenario, ...]:
    """The drill scenarios, in file order."""
    return tuple(
        Scenario(s.id, s.topic, s.situation, s.harsh, tuple(s.rewrites))
        for s in _scenarios_file().scenarios
    )


@cache
def cycle_texts() -> CycleFile:
    """The words of `pausecoach cycle`: questions, the loop sentence, the break reminders."""
    return CycleFile.model_validate(read_toml("cycle.toml"))


def feelings() -> tuple[vocabulary.WordGroup, ...]:
    """Feeling words in groups (feelings.toml), for pick lists; the checker knows them all."""
    return vocabulary.feelings()


def needs() -> tuple[vocabulary.WordGroup, ...]:
    """Needs, said positively, in groups (feelings.toml), for pick lists."""
    return vocabulary.needs()
