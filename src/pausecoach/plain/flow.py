"""The pause as questions and printed answers: check, verdict, tell, break, re-check, come back."""

from __future__ import annotations

from dataclasses import dataclass

from pausecoach.clock import Clock
from pausecoach.content import catalog
from pausecoach.core import limits
from pausecoach.core.numbers import whole_number
from pausecoach.core.pulse import PulseError, parse_pulse
from pausecoach.core.safety import is_unsafe
from pausecoach.documents.fear import fear_question_due, forget_no, remember_no
from pausecoach.documents.plan import PausePlan, plan_donts, plan_lines
from pausecoach.pause import steps
from pausecoach.pause.recorder import PauseRecorder
from pausecoach.pause.steps import PauseRules
from pausecoach.pause.words import SAFETY_LEAD, SAFETY_QUESTION, helpline_lines, summary_lines
from pausecoach.plain.breaktime import PlainBreak
from pausecoach.plain.fear import ask_fear
from pausecoach.plain.io import Talk
from pausecoach.plain.ownline import own_line
from pausecoach.plain.partner import partner_break, welcome_back
from pausecoach.plain.pulse import COUNT_WORDS, counted_on_the_clock

YES = {"y", "yes"}


class SafetyExit(Exception):
    """The user asked for help and chose to close: the pause ends as a safety exit."""


@dataclass
class PlainOptions:
    """How this plain pause runs (tests shorten the break to seconds)."""

    break_seconds: int | None = None
    region: str = "INTL"
    first_run: bool = False
    plan: PausePlan | None = None
    saving: bool = True
    partner_line: str | None = None  # a linked partner's break, as their pausecoach reports it


class PlainPause:
    """Walks one pause, saving every step through the recorder as the full-screen flow does."""

    def __init__(
        self,
        talk: Talk,
        recorder: PauseRecorder,
        rules: PauseRules,
        clock: Clock,
        options: PlainOptions,
    ) -> None:
        self.talk = talk
        self.record = recorder
        self.rules = rules
        self.settings = rules.settings
        self.clock = clock
        self.options = options
        self.minutes = rules.first_minutes
        self.pattern = catalog.pattern_by_id(self.settings.default_pattern)
        self.pulse_before: int | None = None
        self.pulse_after: int | None = None
        self.current_break: PlainBreak | None = None
        self._done_before = 0
        self.thanks = ""  # the partner path's thanks, said before the chosen line
        talk.on_help = self.help_now

    # ------------------------------------------------------------- the flow
    def run(self) -> None:
        """Every step from welcome to summary."""
        talk = self.talk
        flow = catalog.flow()
        talk.say(flow.welcome)
        if not self.options.saving:
            talk.say("Not saving: nothing from this pause is written to disk.")
        if self.options.partner_line:
            talk.say(self.options.partner_line)
        if self.options.first_run:
            talk.say()
            talk.say("Before you start: " + flow.disclaimer)
        if self.options.plan is not None:
            talk.say()
            talk.say("Our plan:")
            for line in plan_lines(self.options.plan):
                talk.say(line, indent="  ", hang=2)
        talk.say("Type ! at any question for helplines.")
        answer = talk.ask(
            "Press enter to check how flooded you are, type b to take a break now, "
            "or p if your partner needs a break (or has shut down)."
        ).lower()
        if answer.startswith("p"):
            self.fear_question()
            seconds = partner_break(talk, self.record, self.clock, self.options.break_seconds)
            self.minutes = max(1, seconds // 60)
            self.break_until_ready(seconds)
            self.record.came_back()
            self.thanks = welcome_back(talk)
        else:
            if answer.startswith("b") or self.check():
                self.fear_question()
                self.tell()
                self.break_until_ready(self._seconds(self.minutes))
            self.record.came_back()
        self.come_back()
        self.summary()

    def break_until_ready(self, seconds: int) -> None:
        """The break, then the re-check, with ten more minutes as often as asked."""
        self.take_break(seconds)
        while not self.recheck():
            more = self._seconds(limits.MORE_MINUTES)
            self.record.extended(limits.MORE_MINUTES * 60, "not_ready", seconds_left=more)
            self.record.reach("break")
            self.talk.say(steps.extension_notice(limits.MORE_MINUTES * 60, self.record.session))
            self.take_break(more)

    def _seconds(self, minutes: int) -> int:
        return self.options.break_seconds or minutes * 60

    # ------------------------------------------------------------- the check
    def check(self) -> bool:
        """Signs and pulse, then the verdict; True when the user takes a break."""
        self.record.reach("check")
        signs = catalog.signs()
        self.talk.say()
        self.talk.say("Which of these are true right now?")
        group = ""
        for number, sign in enumerate(signs, start=1):
            if sign.group != group:
                group = sign.group
                self.talk.say(group.capitalize())
            self.talk.say(f"{number:>2}. {sign.text}", indent="  ", hang=4)
        ticked = self._ask_numbers(
            "Type the numbers that fit, separated by spaces (for example 1 4 7), "
            "or press enter for none.",
            len(signs),
        )
        chosen = [signs[n - 1].id for n in ticked]
        self.pulse_before = self._ask_pulse("before")
        assessment = self.rules.judge(chosen, self.pulse_before)
        self.minutes = self.rules.minutes_after(assessment, self.minutes)
        self.record.checked(chosen, self.pulse_before, assessment)
        headline, advice = steps.verdict_words(assessment, self.minutes)
        self.talk.say()
        self.talk.say(headline)
        self.talk.bullets(assessment.reasons)
        self.talk.say(advice)
        if assessment.level == "calm_enough":
            answer = self.talk.ask(
                "Press enter to choose how to say what you need, or type b to take a break anyway."
            )
            return answer.lower().startswith("b")
        answer = self.talk.ask(
            f"Press enter to take a {self.minutes}-minute break, or type c to talk now instead."
        )
        return not answer.lower().startswith("c")

    def _ask_numbers(self, question: str, highest: int) -> list[int]:
        while True:
            answer = self.talk.ask(question).replace(",", " ")
            read = [whole_number(part, 1, highest) for part in answer.split()]
            if None not in read:
                return sorted({n for n in read if n is not None})
            self.talk.say(f"Please type numbers from 1 to {highest}, with spaces between them.")

    def _ask_pulse(self, when: str) -> int | None:
        window = self.settings.count_seconds
        question = (
            f"Your pulse: type c and I will time a {window}-second count for you, or type the "
            f"beats you counted in {window} seconds. Press enter to skip."
        )
        while True:
            answer = self.talk.ask(question)
            if not answer:
                return None
            if answer.lower() in COUNT_WORDS:
                counted_on_the_clock(self.talk, self.clock, window)
                answer = self.talk.ask(f"How many beats did you count in {window} seconds?")
                if not answer:
                    continue
            try:
                bpm = parse_pulse(answer, window)
            except PulseError as exc:
                self.talk.say(str(exc))
                continue
            beats = whole_number(answer)
            self.record.pulse(bpm, "before" if when == "before" else "after", beats, window)
            self.talk.say(f"Pulse: {bpm} bpm.")
            return bpm

    # -------------------------------------------------------- tell and break
    def tell(self) -> None:
        """The words to say before leaving, with the time you will be back."""
        self.record.reach("tell")
        index = 0
        while True:
            back = steps.return_for(self.clock.now(), self._seconds(self.minutes))
            line = steps.tell_words(index, self.minutes, back)
            length, back_text = steps.tell_times(self.minutes, back)
            self.talk.say()
            self.talk.say("Say this to your partner, calmly, then go:")
            self.talk.say(f"“{line}”", indent="  ", hang=1)
            self.talk.say(f"Break: {length}. Back with your partner at {back_text}.")
            note = steps.break_note(self.minutes, self.record.session.verdict)
            if note:
                self.talk.say(note)
            plan = self.options.plan
            if plan is not None:
                for item in [*plan_lines(plan, during_break=True), plan_donts(plan)]:
                    if item:
                        self.talk.say(item)
            answer = self.talk.ask(
                "Press enter to start the break, type n for other words, "
                f"or type a number of minutes ({limits.minutes_range_text()})."
            ).lower()
            if not answer:
                self.record.break_planned(self._seconds(self.minutes), back, line)
                return
            if answer.startswith("n"):
                index += 1
            elif (typed := whole_number(answer)) is not None and limits.clamp_minutes(
                typed
            ) == typed:
                self.minutes = typed
            else:
                self.talk.say(
                    f"Press enter, type n, or a number from {limits.minutes_range_text()}."
                )

    def take_break(self, seconds: int) -> None:
        """One stretch of break, with breathing words and the time left every minute."""
        if self.record.session.break_started_at is None:
            self.record.break_started(self.pattern.id)
        self.talk.say()
        self.talk.say(
            "Your break starts now. Type e and press enter to end it early; ctrl+c stops pausecoach."
        )

        def note(minute: int) -> str:
            idea, guard = steps.break_texts(self.record.session, minute * 60, self.clock.now())
            return guard if minute % 2 else "Try: " + idea

        self._done_before = self.record.session.actual_seconds or 0
        pause_break = PlainBreak(
            self.talk,
            self.clock,
            self.pattern,
            lambda elapsed: self.record.progress(self._done_before + elapsed),
            note,
        )
        self.current_break = pause_break
        ran_out = pause_break.run(seconds)
        self.current_break = None
        self.talk.say()
        if ran_out:
            if self.settings.bell and self.talk.lines.interactive:
                self.talk.bell()
            self.talk.say("Your break is over.")
        else:
            self.record.break_ended_early()
            self.talk.say("You ended the break early.")

    def stopped(self) -> None:
        """Stopped part-way (ctrl+c, end of input): keep how much of a running break was taken."""
        if self.current_break is not None:
            self.record.progress(self._done_before + self.current_break.elapsed())

    # ------------------------------------------------------------- re-check
    def recheck(self) -> bool:
        """How calm, and the pulse again; True to go on, False for ten more minutes."""
        self.record.reach("recheck")
        calm = self._ask_calm()
        self.pulse_after = self._ask_pulse("after")
        readiness = self.rules.readiness(self.pulse_after, calm, self.record.session)
        self.record.rechecked(calm, readiness)
        self.talk.say()
        self.talk.say(steps.readiness_headline(readiness))
        self.talk.bullets(readiness.reasons)
        if readiness.ready:
            return True
        flow = catalog.flow()
        advice = flow.readiness.too_soon_advice if readiness.state == "too_soon" else flow.not_ready
        self.talk.say(advice)
        go = "go back now" if readiness.state == "too_soon" else "go back anyway"
        answer = self.talk.ask(
            f"Type + for {limits.MORE_MINUTES} more minutes, or press enter to {go}."
        )
        return not answer.startswith("+")

    def _ask_calm(self) -> int | None:
        while True:
            answer = self.talk.ask(
                "How calm do you feel now, from 0 (not at all) to 10 (completely)? "
                "Press enter to skip."
            )
            if not answer:
                return None
            calm = whole_number(answer, 0, 10)
            if calm is not None:
                return calm
            self.talk.say("Please type a whole number from 0 to 10.")

    # ------------------------------------------------------------ come back
    def come_back(self) -> None:
        """Pick a topic and a gentle opening line (or write your own, or skip)."""
        scripts = catalog.scripts()
        self.talk.say()
        self.talk.say(
            "Coming back: start with how you feel, one situation, and what you would like."
        )
        for number, topic in enumerate(scripts.topics, start=1):
            self.talk.say(f"{number:>2}. {topic.title}", indent="  ", hang=4)
        self.talk.say(" r. Repair phrases", indent="  ")
        self.talk.say(" w. Write my own", indent="  ")
        while True:
            answer = self.talk.ask("Type a number, r or w, or press enter to skip.").lower()
            if not answer:
                return
            if answer == "w":
                self._own_words()
                return
            if answer == "r":
                self._pick(None, list(scripts.repairs))
                return
            picked = whole_number(answer, 1, len(scripts.topics))
            if picked is not None:
                topic = scripts.topics[picked - 1]
                self._pick(topic.id, list(topic.scripts))
                return
            self.talk.say(f"Type a number from 1 to {len(scripts.topics)}, r or w.")

    def _pick(self, topic: str | None, lines: list[str]) -> None:
        for number, text in enumerate(lines, start=1):
            self.talk.say(f"{number:>2}. {text}", indent="  ", hang=4)
        highest = len(lines)
        while True:
            answer = self.talk.ask(f"Which line? Type 1 to {highest}, or press enter to skip.")
            if not answer:
                return
            chosen = whole_number(answer, 1, highest)
            if chosen is not None:
                self._chosen(topic, lines[chosen - 1])
                return
            self.talk.say(f"Please type a number from 1 to {highest}.")

    def _own_words(self) -> None:
        text = own_line(self.talk, self._check_words)
        if text:
            self._chosen(None, text)

    def _chosen(self, topic: str | None, text: str) -> None:
        if self.thanks:
            text = f"{self.thanks} {text}"
        self.record.chose_startup(topic, text)
        self.talk.say("When you go back, read it aloud, slowly:")
        self.talk.say(f"“{text}”", indent="  ", hang=1)

    # -------------------------------------------------------------- summary
    def summary(self) -> None:
        """What happened; an optional note; the record is closed as completed."""
        self.record.reach("summary")
        self.talk.say()
        self.talk.say("Summary")
        for line in summary_lines(self.record.session) or ["A short pause."]:
            self.talk.say(line, indent="  ")
        note = self.talk.ask("A private note for next time? Type it, or press enter to finish.")
        if note:
            self._check_words(note)
        self.record.finish("completed", note=note)
        if self.options.saving:
            self.talk.say("Saved on this computer only. `pausecoach history` shows past pauses.")
        else:
            self.talk.say("Nothing from this pause was written to disk.")

    # --------------------------------------------------------------- safety
    def fear_question(self) -> None:
        """Before the first break: afraid, hurt or threatened? Yes is help, and the pause ends."""
        store = self.record.store
        if not fear_question_due(store):
            return
        if ask_fear(self.talk):
            self.help_now(final=True)
        remember_no(store, self.clock.now())

    def _check_words(self, text: str) -> None:
        """Typed words that speak of danger: ask once, and offer help."""
        if is_unsafe(text):
            forget_no(self.record.store)
            answer = self.talk.ask(SAFETY_QUESTION + " Type y or n.")
            if answer.lower() in YES:
                self.help_now(final=True)

    def help_now(self, final: bool = False) -> None:
        """Helplines for the user's region; closing here saves the pause as a safety exit."""
        self.record.reach("safety")
        self.talk.say()
        self.talk.say(SAFETY_LEAD)
        self.talk.say()
        for line in helpline_lines(self.options.region):
            self.talk.say(line)
        if final:
            raise SafetyExit
        answer = self.talk.ask("Press enter to carry on, or type x to close pausecoach.")
        if answer.lower() == "x":
            raise SafetyExit
