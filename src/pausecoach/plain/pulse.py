"""The pulse count as printed lines: start on enter, the clock says stop, then type the beats."""

from __future__ import annotations

from pausecoach.clock import Clock
from pausecoach.plain.io import Talk

COUNT_WORDS = {"c", "count"}


def counted_on_the_clock(talk: Talk, clock: Clock, window: int) -> None:
    """Wait `window` seconds on the clock while the user counts, then say stop."""
    talk.ask(
        "Rest two fingers on the inside of your wrist until you feel the beat. "
        f"Press enter to start, then count the beats until I say stop ({window} seconds)."
    )
    talk.say("Counting… start now.")
    deadline = clock.monotonic() + window
    halfway_said = False
    while (left := deadline - clock.monotonic()) > 0:
        if not halfway_said and left <= window / 2:
            halfway_said = True
            talk.say(f"{int(left + 0.999)} seconds left.")
        line = talk.lines.poll(min(left, 0.5))
        if line is not None and not talk.lines.interactive:
            talk.lines.hold(line)  # piped answers: the beats come after the stop
    if talk.lines.interactive:
        talk.bell()
    talk.say("Stop.")
