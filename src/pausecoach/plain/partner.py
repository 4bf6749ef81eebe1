"""The `p` path in --plain: my partner stepped away. The reframe, their return time, my own break."""

from __future__ import annotations

from datetime import datetime

from pausecoach.clock import Clock
from pausecoach.content import catalog
from pausecoach.core.clocktime import TimeError, parse_return_time
from pausecoach.core.timewords import vague_time_message
from pausecoach.pause.recorder import PauseRecorder
from pausecoach.pause.steps import partner_times
from pausecoach.plain.io import Talk

DEFAULT_WAIT = "20"  # minutes, when they gave no time


def partner_break(
    talk: Talk, record: PauseRecorder, clock: Clock, break_seconds: int | None = None
) -> int:
    """Reframe the withdrawal, learn (or ask for) their return time, plan my own break; its
    seconds (`break_seconds` overrides the length, for tests)."""
    flow = catalog.flow()
    record.take_partner_path()
    talk.say()
    for paragraph in flow.reframe:
        talk.say(paragraph)
        talk.say()
    answer = talk.ask(
        "Did they say when they'll be back? Type the time they said (20:40, 8:40pm, in 30), "
        "or press enter if they didn't."
    )
    if not answer:
        talk.say("Offer them this once, gently, then let them go:")
        talk.say(f"“{flow.ask_for_time[0]}”", indent="  ", hang=1)
        answer = (
            talk.ask("Type the time they give, or press enter to give it twenty minutes.")
            or DEFAULT_WAIT
        )
    back = _their_time(talk, clock, answer)
    plan, text = partner_times(clock.now(), back)
    talk.say(text)
    record.partner_return(back)
    seconds = break_seconds or plan.break_seconds
    # Your own break has no promise of yours: "back on time" is never judged on their time.
    record.break_planned(seconds, None, None)
    return seconds


def _their_time(talk: Talk, clock: Clock, answer: str) -> datetime:
    """Their return time, asking again until it names a clock time."""
    while True:
        problem = vague_time_message(answer)
        if problem is None:
            try:
                return parse_return_time(answer, clock.now().astimezone())
            except TimeError as exc:
                problem = str(exc)
        talk.say(problem)
        answer = talk.ask("When will they be back? (20:40, 8:40pm, in 30)") or DEFAULT_WAIT


def welcome_back(talk: Talk) -> str:
    """The thanks that opens the talk when they come back (said first, before any line)."""
    line = catalog.flow().welcome_back[0]
    talk.say()
    talk.say("When they come back, thank them first:")
    talk.say(f"“{line}”", indent="  ", hang=1)
    return line
