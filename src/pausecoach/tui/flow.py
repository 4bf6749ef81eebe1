"""The flow coordinator: the one place that decides which screen comes next.

Screens post past-tense messages (tui/messages.py) and never import each other; the app hands every
`FlowMessage` to `FlowCoordinator.handle`, which saves the step reached and shows the next screen.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from textual.screen import Screen

from pausecoach.core import limits
from pausecoach.tui import messages as m
from pausecoach.tui import talk_messages as talk
from pausecoach.tui.sweep import sweep_left_screens

if TYPE_CHECKING:
    from pausecoach.tui.protocol import FlowHost

Handler = Callable[[Any], None]
AFTER_TALK_SECONDS = 4.0  # long enough to read the last line before a talk on its own closes
SWEEP_AFTER_SECONDS = 0.3  # the screen left behind is unmounted by then


class FlowCoordinator:
    """Routes each step's message to the next screen of the pause, the practice or the drill."""

    def __init__(self, app: FlowHost) -> None:
        self.app = app
        self._routes: dict[type[m.FlowMessage], Handler] = {
            m.CheckChosen: self._check,
            m.BreakChosen: self._break_now,
            m.PartnerPathChosen: self._partner,
            m.RecheckResumed: self._resume_recheck,
            m.HistoryOpened: self._history,
            m.WentBack: self._back,
            m.Checked: self._verdict,
            m.BreakAccepted: self._tell,
            m.TalkChosen: self._talk_now,
            m.BreakPlanned: self._break,
            m.BreakFinished: self._break_finished,
            m.MoreTimeChosen: self._more_time,
            m.ReturnChosen: self._return,
            m.OpeningChosen: self._read_aloud,
            m.OpeningConfirmed: self._summary,
            m.OpeningSkipped: self._summary,
            m.PracticeFinished: self._practice_done,
            m.DrillAnswered: self._drill_answered,
            m.DrillNextChosen: self._drill_next,
            m.DrillRetried: self._drill_retry,
            m.DrillRoundEnded: self._drill_ended,
            m.DrillRoundRestarted: self._drill_restart,
            m.TurnsChosen: self._turns,
            talk.TalkEnded: self._talk_ended,
            talk.FloodingAgain: self._flooding_again,
            talk.TalkBlocked: lambda _: None,  # the talk screen says why; nothing moves
            talk.DebriefSaved: self._close_soon,
        }

    # ------------------------------------------------------------------ plumbing
    def handle(self, message: m.FlowMessage) -> None:
        """Show what comes after `message` (a message nobody routes is a bug, said loudly)."""
        message.stop()
        handler = self._routes.get(type(message))
        if handler is None:
            raise LookupError(f"no route for {type(message).__name__}")
        handler(message)

    def _show(self, screen: Screen[None]) -> None:
        # A notice belongs to the step it was said on: it never covers the next one.
        self.app.clear_step_notices()
        self.app.switch_screen(screen)
        # The screen left behind (its widgets and their line caches) is freed for the next one.
        self.app.set_timer(SWEEP_AFTER_SECONDS, sweep_left_screens)

    def first_screen(self) -> Screen[None]:
        """Where this launch begins (the landing screen, or a practice, the drill, the partner path)."""
        start = self.app.start_at
        if start == "partner":
            from pausecoach.tui.screens.partner import PartnerScreen

            return PartnerScreen()
        if start == "breathe":
            from pausecoach.tui.screens.practice import PracticeScreen

            return PracticeScreen(self.app.flow.minutes)
        if start == "baseline":
            from pausecoach.tui.screens.practice import BaselineScreen

            return BaselineScreen()
        if start in ("talk", "debrief"):
            from pausecoach.tui.talk_start import TalkOptions, first_talk_screen

            return first_talk_screen(self.app.talk_options or TalkOptions(mode=start))  # type: ignore[arg-type]
        if start == "drill":
            from pausecoach.core.drill import DrillOptions
            from pausecoach.tui.drilling import new_round
            from pausecoach.tui.screens.drill import DrillScreen

            return DrillScreen(new_round(self.app.drill or DrillOptions(), self.app.drill_rng))
        from pausecoach.tui.screens.landing import LandingScreen

        return LandingScreen()

    # ------------------------------------------------------------------ the pause
    def _check(self, _: m.CheckChosen) -> None:
        from pausecoach.tui.screens.check import CheckScreen

        self.app.record.reach("check")
        self._show(CheckScreen())

    def _break_now(self, _: m.BreakChosen) -> None:
        self._fear_question_first(lambda: self._tell(None))

    def _partner(self, _: m.PartnerPathChosen) -> None:
        from pausecoach.tui.screens.partner import PartnerScreen

        self._fear_question_first(lambda: self._show(PartnerScreen()))

    def _fear_question_first(self, proceed: Callable[[], None]) -> None:
        """Before the first break: is anyone afraid, hurt or threatened? Yes is help, for good."""
        from pausecoach.documents.fear import fear_question_due, remember_no
        from pausecoach.tui.dialogs.fear import FearQuestionScreen

        store = self.app.store
        if not fear_question_due(store):
            proceed()
            return

        def answered(afraid: bool | None) -> None:
            if afraid:
                self.safety_for_good()
            elif afraid is False:
                self.app.save_later(partial(remember_no, store, self.app.clock.now()))
                proceed()

        self.app.push_screen(FearQuestionScreen(), answered)

    def safety_for_good(self, categories: tuple[str, ...] = ()) -> None:
        """The safety path for the rest of this pause: helplines, and no way back to the talk."""
        from pausecoach.tui.screens.safety import SafetyScreen

        self.app.push_screen(SafetyScreen(final=True, categories=categories))

    def _history(self, _: m.HistoryOpened) -> None:
        from pausecoach.tui.screens.history import HistoryScreen

        running = self.app.recorder
        self.app.push_screen(HistoryScreen(running.session.id if running else None))

    def _resume_recheck(self, _: m.RecheckResumed) -> None:
        from pausecoach.tui.resume import finish_interrupted_recheck
        from pausecoach.tui.screens.recheck import RecheckScreen

        if finish_interrupted_recheck(self.app):
            self._show(RecheckScreen())

    def _verdict(self, _: m.Checked) -> None:
        from pausecoach.tui.screens.verdict import VerdictScreen

        self._show(VerdictScreen())

    def _tell(self, message: m.BreakAccepted | None) -> None:
        from pausecoach.tui.screens.tell import TellScreen

        def tell() -> None:
            self.app.record.reach("tell")
            self._show(TellScreen())

        if message is None:  # asked already, on the way here
            tell()
        else:
            self._fear_question_first(tell)

    def _talk_now(self, _: m.TalkChosen) -> None:
        from pausecoach.tui.screens.comeback import ComeBackScreen

        self.app.record.came_back()
        self._show(ComeBackScreen())

    def _break(self, _: m.BreakPlanned) -> None:
        from pausecoach.tui.screens.breaktime import BreakScreen

        self._show(BreakScreen())

    def _break_finished(self, message: m.BreakFinished) -> None:
        from pausecoach.tui.screens.recheck import RecheckScreen

        if not message.early:
            self.app.announce_break_end()
        self._show(RecheckScreen())

    def _more_time(self, _: m.MoreTimeChosen) -> None:
        from pausecoach.tui.screens.breaktime import BreakScreen

        self._show(BreakScreen(extra_seconds=limits.MORE_MINUTES * 60))

    def _return(self, _: m.ReturnChosen) -> None:
        from pausecoach.tui.screens.comeback import ComeBackScreen

        self.app.record.came_back()
        self._show(ComeBackScreen())

    def _read_aloud(self, _: m.OpeningChosen) -> None:
        from pausecoach.tui.screens.readaloud import ReadAloudScreen

        self._show(ReadAloudScreen())

    def _summary(self, _: m.OpeningConfirmed | m.OpeningSkipped | None) -> None:
        from pausecoach.tui.screens.summary import SummaryScreen

        self._show(SummaryScreen())

    def _back(self, _: m.WentBack) -> None:
        """Escape: the step before this one (only steps before the break go back)."""
        from pausecoach.tui.screens.check import CheckScreen
        from pausecoach.tui.screens.comeback import ComeBackScreen
        from pausecoach.tui.screens.landing import LandingScreen
        from pausecoach.tui.screens.partner import PartnerScreen
        from pausecoach.tui.screens.readaloud import ReadAloudScreen
        from pausecoach.tui.screens.tell import TellScreen
        from pausecoach.tui.screens.verdict import VerdictScreen

        screen = self.app.screen
        if isinstance(screen, PartnerScreen):
            self.app.record.take_partner_path(False)
            self._show(LandingScreen())
        elif isinstance(screen, TellScreen) and self.app.flow.assessment is not None:
            self._show(VerdictScreen())
        elif isinstance(screen, VerdictScreen):
            self._show(CheckScreen())
        elif isinstance(screen, CheckScreen | TellScreen):
            self._show(LandingScreen())
        elif isinstance(screen, ReadAloudScreen):
            self._show(ComeBackScreen())

    # ------------------------------------------------------------------ talking in turns
    def _turns(self, _: m.TurnsChosen) -> None:
        from pausecoach.tui.screens.talk import TalkScreen

        recorder = self.app.recorder
        self._show(TalkScreen(recorder.session.id if recorder else None))

    def _talk_ended(self, _: talk.TalkEnded) -> None:
        if self.app.start_at == "talk":
            self._close_soon(None)
        else:
            self._summary(None)

    def _flooding_again(self, _: talk.FloodingAgain) -> None:
        """Another break, with a new time to tell the partner (the pause's own rules)."""
        from pausecoach.core.countdown import format_clock
        from pausecoach.core.promise import promised_return
        from pausecoach.tui.screens.breaktime import BreakScreen

        minutes = self.app.rules.first_minutes
        if self.app.start_at == "talk":  # on its own: say the new time, the break is `pausecoach`
            from pausecoach.content.talk import talk_texts

            back = format_clock(promised_return(self.app.clock.now(), minutes * 60))
            self.app.new_return = back
            text = talk_texts().another_break.replace("{time}", back)
            self.app.notify(text, title="Another break", timeout=30)
            return
        self._show(BreakScreen(extra_seconds=minutes * 60))

    def _close_soon(self, _: object) -> None:
        self.app.closing = True
        self.app.set_timer(AFTER_TALK_SECONDS, self.app.exit)

    # ------------------------------------------------------------------ practice
    def _practice_done(self, message: m.PracticeFinished) -> None:
        from pausecoach.tui.screens.done import DoneScreen

        self._show(DoneScreen(message.title, message.text, message.settled))

    # ------------------------------------------------------------------ the drill
    def _drill_answered(self, message: m.DrillAnswered) -> None:
        from pausecoach.tui.screens.drill import DrillResultScreen

        self._show(DrillResultScreen(message.drill, message.attempt, message.result))

    def _drill_next(self, message: m.DrillNextChosen) -> None:
        if message.drill.advance():
            self._drill_retry(m.DrillRetried(message.drill))
        else:
            self._drill_ended(m.DrillRoundEnded(message.drill))

    def _drill_retry(self, message: m.DrillRetried) -> None:
        from pausecoach.tui.screens.drill import DrillScreen

        self._show(DrillScreen(message.drill))

    def _drill_ended(self, message: m.DrillRoundEnded) -> None:
        from pausecoach.tui.screens.drillsummary import DrillSummaryScreen

        if not message.drill.attempts:
            self.app.closing = True
            self.app.exit()
            return
        self._show(DrillSummaryScreen(message.drill))

    def _drill_restart(self, _: m.DrillRoundRestarted) -> None:
        from pausecoach.core.drill import DrillOptions
        from pausecoach.tui.drilling import new_round
        from pausecoach.tui.screens.drill import DrillScreen

        self._show(DrillScreen(new_round(self.app.drill or DrillOptions(), self.app.drill_rng)))
