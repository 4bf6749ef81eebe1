"""Build your own line in --plain: the formula's three boxes as three questions, with the checker's note."""

from __future__ import annotations

from collections.abc import Callable

from pausecoach.core.startup import build_formula, missing_parts
from pausecoach.pause.feedback import plain_note
from pausecoach.plain.io import Talk


def own_line(talk: Talk, check_safety: Callable[[str], None]) -> str | None:
    """The line built from the three answers (None when all are left empty)."""
    talk.say("Build your line: I feel ___ about ___, and I need ___.")
    while True:
        parts = (
            talk.ask("I feel… (hurt, lonely, worried; enter to leave it out)"),
            talk.ask("about… (one moment: last night when…)"),
            talk.ask("and I need… (what you would like: could we…)"),
        )
        text = build_formula(*parts)
        if not text:
            return None
        talk.say(f"“{text}”", indent="  ", hang=1)
        for line in plain_note(text, missing_parts(*parts)):
            talk.say(line)
        check_safety(text)
        again = talk.ask("Press enter to use it, or type r to write it again.")
        if not again.lower().startswith("r"):
            return text
