"""`pausecoach talk --plain`: talking in turns as printed lines and typed one-letter answers.

The rules are core/talk.py's, as on the full screen; the talk is saved at every step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from pausecoach.content.talk import repair_phrases, talk_texts
from pausecoach.core.countdown import format_clock, format_remaining
from pausecoach.core.numbers import whole_number
from pausecoach.core.promise import promised_return
from pausecoach.core.safety import is_unsafe
from pausecoach.core.talk import Talk
from pausecoach.documents.talk import TalkRecord, blocked_by_safety, record_of, save_talk
from pausecoach.models import new_id
from pausecoach.pause.words import SAFETY_LEAD, SAFETY_QUESTION, helpline_lines
from pausecoach.plain.io import Lines, echoed
from pausecoach.plain.io import Talk as Printer

if TYPE_CHECKING:
    from pausecoach.clock import Clock
    from pausecoach.storage.store import Store

YES = {"y", "yes"}
KEYS = "enter next · p pause · r repair phrases · f flooding again · e end · + / - turn length · ! help · q leave"


class SafetyFirst(Exception):
    """The user asked for help: the talk stops here for good."""


class PlainTalk:
    """One talk in turns on standard input and output."""

    def __init__(
        self,
        lines: Lines,
        write: Callable[[str], object],
        store: Store,
        clock: Clock,
        *,
        region: str,
        break_minutes: int,
        pause_id: str | None = None,
        names: tuple[str, str] | None = None,
        turn_seconds: int = 150,
        on_error: Callable[[str], object] = print,
    ) -> None:
        self.io = Printer(lines, write)
        self.io.on_help = self.help_now
        self.lines = lines
        self.write = write
        self.store = store
        self.clock = clock
        self.region = region
        self.break_minutes = break_minutes
        self.pause_id = pause_id
        texts = talk_texts()
        self.names = names or (texts.names[0], texts.names[1])
        self.turn_seconds = turn_seconds
        self.on_error = on_error
        self.id = new_id()
        self.talk: Talk | None = None

    # ------------------------------------------------------------------ run
    def run(self) -> TalkRecord | None:
        """Hold the talk until it ends; the saved record (None when it may not start)."""
        from pausecoach.storage.store import StoreError

        texts = talk_texts()
        try:
            blocked = blocked_by_safety(self.store, self.pause_id, self.clock.now())
        except StoreError:
            blocked = False
        if blocked:
            self.io.say(texts.after_safety)
            for line in helpline_lines(self.region):
                self.io.say(line)
            return None
        self.io.say(texts.title.upper())
        self.io.say(texts.intro)
        self.io.say(KEYS)
        talk = self.talk = Talk.begin(
            self.clock.monotonic(), self.clock.now(), self.names, self.turn_seconds
        )
        self._save()
        try:
            while not talk.ended:
                self._show()
                self._act(self._wait())
        except SafetyFirst:
            talk.leave(self.clock.monotonic(), self.clock.now(), "safety")
        finally:
            if not talk.ended:
                talk.leave(self.clock.monotonic(), self.clock.now())
            self._save()
        return record_of(talk, self.id, self.pause_id)

    def _save(self) -> None:
        from pausecoach.storage.store import StoreError

        if self.talk is None:
            return
        try:
            save_talk(self.store, record_of(self.talk, self.id, self.pause_id))
        except StoreError as exc:
            self.on_error(str(exc))

    def _show(self) -> None:
        talk, texts = self._talk(), talk_texts()
        mono = self.clock.monotonic()

        def fill(text: str) -> str:
            return texts.fill(text, talk.speaker, talk.listener)

        self.io.say()
        if talk.phase == "speaking":
            self.io.say(f"{talk.speaker.upper()} SPEAKS · {talk.listener} listens")
            self.io.say(f"{talk.speaker}: {texts.speaker_job}")
            self.io.say(f"{talk.listener}: {texts.listener_job}")
            left = format_remaining(talk.remaining(mono))
            self.io.say(texts.paused if talk.paused else f"{left} left in this turn.")
            if talk.time_up(mono):
                self.io.say(fill(texts.time_up))
        elif talk.phase == "summarising":
            self.io.say(fill(texts.summarise))
        else:
            self.io.say(fill(texts.swap))
        self.write("> ")

    def _wait(self) -> str:
        """The next typed line; in a terminal, the time running out is said as it happens."""
        talk = self._talk()
        left = talk.remaining(self.clock.monotonic())
        if self.lines.interactive and talk.phase == "speaking" and not talk.paused and left > 0:
            line = self.lines.poll(left)
            if line is not None:
                return line.strip()
            if talk.time_up(self.clock.monotonic()):
                texts = talk_texts()
                self.io.bell()
                self.io.say()
                self.io.say(texts.fill(texts.time_up, talk.speaker, talk.listener))
                self.write("> ")
        answer = self.lines.next().strip()
        if not self.lines.interactive:
            self.write(echoed(answer))
        return answer

    def _talk(self) -> Talk:
        assert self.talk is not None
        return self.talk

    # -------------------------------------------------------------- answers
    def _act(self, answer: str) -> None:
        talk = self._talk()
        mono, at = self.clock.monotonic(), self.clock.now()
        key = answer.lower()
        if key == "":
            step = {"speaking": talk.done_speaking, "summarising": talk.summarised}
            step.get(talk.phase, talk.swap)(mono, at)
        elif key == "p" and talk.phase == "speaking":
            (talk.resume if talk.paused else talk.pause)(mono, at)
        elif key in ("+", "-"):
            seconds = (talk.longer if key == "+" else talk.shorter)(mono, at)
            self.io.say(f"Turns are now {format_remaining(seconds)}.")
        elif key == "r":
            self._repair()
        elif key == "f":
            talk.flooding_again(mono, at)
            back = format_clock(promised_return(at, self.break_minutes * 60))
            self.io.say(talk_texts().flooding)
            self.io.say(talk_texts().another_break.replace("{time}", back))
        elif key == "e":
            self._agree()
        elif key == "q":
            talk.leave(mono, at)
            self.io.say("Stopped. What you said so far is saved.")
        elif key == "!":
            self.help_now()
        else:
            self.io.say(KEYS)
        self._save()

    def _repair(self) -> None:
        phrases = repair_phrases()
        self.io.say(talk_texts().repairs_title)
        for number, phrase in enumerate(phrases, 1):
            self.io.say(f"{number:>2}. {phrase}", hang=4)
        answer = self.io.ask("The number of the one you used (enter: none):")
        used = whole_number(answer, 1, len(phrases))
        if used is not None:
            self._talk().use_repair(phrases[used - 1], self.clock.now())

    def _agree(self) -> None:
        texts = talk_texts()
        text = self.io.ask(f"{texts.agreement}\n{texts.agreement_example}")
        talk = self._talk()
        talk.end(text, self.clock.monotonic(), self.clock.now())
        self._save()
        if is_unsafe(text):
            answer = self.io.ask(SAFETY_QUESTION + " Type y or n.")
            if answer.lower() in YES:
                self.help_now(final=True)
        self.io.say(texts.ended)

    def help_now(self, final: bool = False) -> None:
        """Helplines for the user's region; after "yes, I'm afraid" the talk does not go on."""
        self.io.say()
        self.io.say(SAFETY_LEAD)
        self.io.say()
        for line in helpline_lines(self.region):
            self.io.say(line)
        if final:
            raise SafetyFirst
