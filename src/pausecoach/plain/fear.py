"""The fear question in the plain (line-by-line) flow."""

from __future__ import annotations

from pausecoach.content import help_order
from pausecoach.plain.io import Talk

_YES = {"y", "yes", "yeah", "yep", "ya", "yea"}
_NO = {"n", "no", "nope", "nah"}


def ask_fear(talk: Talk) -> bool:
    """Ask the fear question until the answer is yes or no; True means yes (afraid or hurt)."""
    words = help_order.fear_question()
    talk.say()
    talk.say(words.title)
    question = f"{words.question} [y/n]"
    while True:
        answer = talk.ask(question).casefold().rstrip(".!")
        if answer in _YES:
            return True
        if answer in _NO:
            return False
        question = "Please answer y (yes) or n (no)."
