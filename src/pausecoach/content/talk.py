"""Loads the words of talking in turns and of the debrief (content/talk.toml), validated once."""

from __future__ import annotations

from functools import cache
from typing import Literal

from pausecoach.checked import Field, model_validator
from pausecoach.content.catalog import Content, read_toml

StepId = Literal["felt", "saw", "touched", "my_part", "next_time"]


class TalkTexts(Content):
    """What the talk screen says."""

    title: str
    names: list[str] = Field(min_length=2, max_length=2)
    intro: str
    speaker_job: str = Field(max_length=48)  # one line beside its name, even at 60 columns
    listener_job: str = Field(max_length=48)
    time_up: str
    summarise: str
    swap: str
    paused: str
    repairs_title: str
    flooding: str
    agreement: str
    agreement_example: str
    ended: str
    another_break: str
    after_safety: str

    def fill(self, text: str, speaker: str, listener: str) -> str:
        """A text with the two names put in."""
        return text.replace("{speaker}", speaker).replace("{listener}", listener)


class DebriefStep(Content):
    """One question of the debrief."""

    id: StepId
    ask: str
    hint: str


class DebriefTexts(Content):
    """What the debrief asks, and the feelings to pick from."""

    title: str
    intro: str
    unsafe: str
    saved: str
    feelings: list[str] = Field(min_length=12)
    steps: list[DebriefStep] = Field(min_length=5, max_length=5)

    @model_validator(mode="after")
    def _steps_in_order(self) -> DebriefTexts:
        from pausecoach.documents.debrief import STEPS

        if tuple(step.id for step in self.steps) != STEPS:
            raise ValueError(f"talk.toml: the debrief asks, in order: {', '.join(STEPS)}")
        if len(set(self.feelings)) != len(self.feelings):
            raise ValueError("talk.toml: a feeling is listed twice")
        return self

    def step(self, step_id: str) -> DebriefStep:
        """The step with this id."""
        return next(step for step in self.steps if step.id == step_id)


class TalkFile(Content):
    talk: TalkTexts
    debrief: DebriefTexts


@cache
def _talk_file() -> TalkFile:
    return TalkFile.model_validate(read_toml("talk.toml"))


def talk_texts() -> TalkTexts:
    """The words of the talk in turns."""
    return _talk_file().talk


def debrief_texts() -> DebriefTexts:
    """The words of the debrief."""
    return _talk_file().debrief


def repair_phrases() -> tuple[str, ...]:
    """The repair phrases (shared with the come-back step: scripts.toml, `repairs`)."""
    from pausecoach.content import catalog

    return tuple(catalog.scripts().repairs)


def load_all() -> TalkFile:
    """Every text of talk.toml (for the content tests)."""
    return _talk_file()
