"""`pausecoach debrief --plain`: the five debrief questions as typed answers, saved after each."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from pausecoach.content.talk import debrief_texts, talk_texts
from pausecoach.core.numbers import whole_number
from pausecoach.core.safetext import clean_in
from pausecoach.core.safety import is_unsafe
from pausecoach.documents.debrief import MAX_ANSWER_CHARS, DebriefRecord, save_debrief
from pausecoach.pause.words import SAFETY_QUESTION, helpline_lines
from pausecoach.plain.io import Lines
from pausecoach.plain.io import Talk as Printer
from pausecoach.plain.talk import SafetyFirst

if TYPE_CHECKING:
    from pausecoach.clock import Clock
    from pausecoach.storage.store import Store

YES = {"y", "yes"}


def pick_feelings(answer: str, feelings: list[str]) -> list[str]:
    """Numbers typed ("1 4, 7") as the feelings they stand for, in order, once each."""
    picked: list[str] = []
    for part in answer.replace(",", " ").split():
        number = whole_number(part, 1, len(feelings))
        if number is not None:
            feeling = feelings[number - 1]
            if feeling not in picked:
                picked.append(feeling)
    return picked


class PlainDebrief:
    """Asks each step in turn; the record is saved after every answer."""

    def __init__(
        self,
        lines: Lines,
        write: Callable[[str], object],
        store: Store,
        clock: Clock,
        *,
        region: str,
        pause_id: str | None = None,
        about: str = "",
        on_error: Callable[[str], object] = print,
    ) -> None:
        self.io = Printer(lines, write)
        self.io.on_help = self._helplines
        self.store = store
        self.clock = clock
        self.region = region
        self.about = about
        self.on_error = on_error
        self.record = DebriefRecord(pause_id=pause_id, started_at=clock.now())

    def run(self) -> DebriefRecord:
        """Ask every step; the saved debrief (marked done when all were asked)."""
        texts = debrief_texts()
        me, partner = talk_texts().names
        self.io.say(texts.title.upper() + (f" ({self.about})" if self.about else ""))
        self.io.say(texts.intro)
        self.io.say("Type ! at any question for helplines. Enter skips a question.")
        feelings = list(texts.feelings)
        felt = texts.step("felt")
        self.io.say()
        self.io.say(f"{felt.ask} {felt.hint}")
        self.io.say("  ".join(f"{n}. {f}" for n, f in enumerate(feelings, 1)))
        self.record.my_feelings = pick_feelings(self.io.ask(f"{me}: the numbers"), feelings)
        self.record.their_feelings = pick_feelings(self.io.ask(f"{partner}: the numbers"), feelings)
        self._save()
        saw = texts.step("saw")
        self.io.say()
        self.io.say(f"{saw.ask} {saw.hint}")
        self._answer("my_view", f"{me}:")
        self._answer("their_view", f"{partner} (as I understand it):")
        for name in ("touched", "my_part", "next_time"):
            step = texts.step(name)
            self._answer(name, f"{step.ask}\n{step.hint}")
        self.record.status = "safety" if self.record.status == "safety" else "done"
        self._save()
        self.io.say()
        self.io.say(texts.saved)
        return self.record

    def _answer(self, name: str, question: str) -> None:
        """Ask, keep the answer in the record, save; danger words ask the safety question."""
        # Control characters, and bytes that were not UTF-8 (lone surrogates), become spaces.
        text = clean_in(self.io.ask(question))[:MAX_ANSWER_CHARS]
        setattr(self.record, name, text)
        self.record.updated_at = self.clock.now()
        self._save()
        if is_unsafe(text):
            answer = self.io.ask(SAFETY_QUESTION + " Type y or n.")
            if answer.lower() in YES:
                self.record.status = "safety"
                self._save()
                self._helplines()
                raise SafetyFirst

    def _save(self) -> None:
        from pausecoach.storage.store import StoreError

        try:
            save_debrief(self.store, self.record)
        except StoreError as exc:
            self.on_error(str(exc))

    def _helplines(self) -> None:
        self.io.say()
        for line in helpline_lines(self.region):
            self.io.say(line)

    def keep(self) -> None:
        """Save what was answered so far (input ended or ctrl+c)."""
        self._save()
