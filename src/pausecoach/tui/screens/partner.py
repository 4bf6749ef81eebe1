"""The other side of the cycle: my partner stepped away. A reframe, their return time, my own break."""

from __future__ import annotations

from datetime import datetime

from textual.app import ComposeResult
from textual.binding import Binding
from textual.markup import escape
from textual.widgets import Input, Static

from pausecoach.content import catalog
from pausecoach.core.clocktime import TimeError, parse_return_time
from pausecoach.core.safety import is_unsafe
from pausecoach.core.timewords import vague_time_message
from pausecoach.pause.steps import partner_times
from pausecoach.tui.messages import BreakPlanned, WentBack
from pausecoach.tui.screens.base import FlowScreen
from pausecoach.tui.widgets.textbox import TextBox

DEFAULT_WAIT = "20"
LONG_WAIT_HOURS = 3  # longer than this is unusual for a break: maybe a typo or am/pm


class PartnerScreen(FlowScreen):
    """Reframe the withdrawal, learn (or ask for) their return time, then start my own break."""

    STEP_TITLE = "My partner needs a break"
    STEP_TITLE_SHORT = "Partner's break"
    PRIMARY: tuple[str, str] = ("y/n", "Answer")
    BINDINGS = [
        Binding("y", "they_said", "They said when", id="partner-yes"),
        Binding("n", "not_said", "They didn't say", id="partner-no"),
        Binding("o", "other_words", "Other words", id="partner-other"),
        Binding("t", "type_time", "Type a time", id="partner-type"),
        Binding("enter", "start_break", "Start my break", id="partner-start"),
        Binding("escape", "back", "Back", id="partner-back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.stage = "reframe"
        self.ask_index = 0
        self.partner_back: datetime | None = None

    def compose_body(self) -> ComposeResult:
        yield Static("\n\n".join(catalog.flow().reframe), id="reframe", classes="lead")
        yield Static(id="partner-ask", classes="say-aloud")
        yield Static(id="partner-question")
        yield TextBox(
            placeholder="e.g. 20:40, 8:40pm, in 30, half an hour", id="partner-time", max_length=40
        )
        yield Static(id="partner-error", classes="error")
        yield Static(id="partner-plan")
        yield Static(id="partner-keys", classes="keys-hint")

    def on_mount(self) -> None:
        self.coach.record.take_partner_path()
        self.query_one("#partner-time", Input).display = False
        self._show()
        self._from_link()

    def _from_link(self) -> None:
        """A linked partner's pausecoach already said when they will be back: use that time."""
        from pausecoach import link
        from pausecoach.core.countdown import format_clock

        if not self.coach.saving:
            return
        now = self.coach.clock.now()
        status = link.partner_status(now)
        if status is None or status.state != "on_break" or status.return_at is None:
            return
        if status.return_at <= now:
            return
        self._ask_time("time", format_clock(status.return_at), focus=False)
        self.notify(status.line, title="From their pausecoach", timeout=10)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("they_said", "not_said"):
            return self.stage == "reframe"
        if action in ("other_words", "type_time"):
            return self.stage == "ask" and not isinstance(self.focused, Input)
        if action == "start_break":
            return self.stage != "reframe"
        return True

    def _show(self) -> None:
        ask = self.query_one("#partner-ask", Static)
        question = self.query_one("#partner-question", Static)
        keys = self.query_one("#partner-keys", Static)
        ask.display = self.stage == "ask"
        self.query_one("#reframe", Static).display = self.stage == "reframe"
        self.show_next(*(self.PRIMARY if self.stage == "reframe" else ("enter", "Start my break")))
        if self.stage == "reframe":
            question.update("[b]Did they say when they will be back?[/b]")
            keys.update("[b]y[/b] yes, they said a time   [b]n[/b] no")
            return
        if self.stage == "ask":
            lines = catalog.flow().ask_for_time
            ask.update(f"“{escape(lines[self.ask_index % len(lines)])}”")
            question.update(
                "Offer them this once, gently, then let them go. When do you expect to talk again? "
                "If they don't say, give it twenty minutes."
            )
            keys.update("[b]enter[/b] start my break   [b]o[/b] other words   [b]t[/b] type a time")
        else:
            question.update("When did they say they'd be back?")
            keys.update("[b]enter[/b] start my break")
        self._show_plan()

    def _show_plan(self) -> None:
        plan = self.query_one("#partner-plan", Static)
        if self.partner_back is None:
            plan.update("")
            return
        now = self.coach.clock.now()
        _, text = partner_times(now, self.partner_back)
        text = escape(text)
        hours = int((self.partner_back - now).total_seconds() // 3600)
        if hours >= LONG_WAIT_HOURS:
            tomorrow = self.partner_back.astimezone().date() != now.astimezone().date()
            when = "tomorrow, " if tomorrow else ""
            text = f"[b $warning]That is {when}{hours} hours from now: check the time.[/]\n" + text
        plan.update(text)

    def _ask_time(self, stage: str, default: str = "", focus: bool = True) -> None:
        self.stage = stage
        field = self.query_one("#partner-time", Input)
        field.display = True
        field.value = default
        if focus:
            self.set_focus(field)
        self._read_time(default)
        self._show()
        self.refresh_bindings()

    def action_they_said(self) -> None:
        """They named a time: type it."""
        self._ask_time("time")

    def action_not_said(self) -> None:
        """They didn't: a gentle line to offer, and a default wait."""
        self._ask_time("ask", DEFAULT_WAIT, focus=False)

    def action_type_time(self) -> None:
        """Type a different time than the default."""
        self.set_focus(self.query_one("#partner-time", Input))
        self.refresh_bindings()

    def action_other_words(self) -> None:
        """Another way to ask for a time."""
        self.ask_index += 1
        self._show()

    def _read_time(self, text: str) -> bool:
        error = self.query_one("#partner-error", Static)
        if not text.strip():
            self.partner_back = None
            error.update("")
            return False
        vague = vague_time_message(text)
        if vague is not None:
            self.partner_back = None
            error.update(escape(vague))
            return False
        try:
            self.partner_back = parse_return_time(text, self.coach.clock.now().astimezone())
        except TimeError as exc:
            self.partner_back = None
            error.update(escape(str(exc)))
            return False
        error.update("")
        return True

    def on_input_changed(self, event: Input.Changed) -> None:
        self._read_time(event.value)
        self._show_plan()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_start_break()

    def action_start_break(self) -> None:
        """Save their return time and start my own break."""
        if self.stage == "reframe":
            return
        field = self.query_one("#partner-time", Input)
        if is_unsafe(field.value):
            # Safety before coaching: words of danger here are asked about, never timed.
            self.coach.action_safety_check(field.value)
            return
        if not self._read_time(field.value) or self.partner_back is None:
            if not field.value.strip():
                self.query_one("#partner-error", Static).update("Type a time first.")
            return
        plan, _ = partner_times(self.coach.clock.now(), self.partner_back)
        self.coach.flow.minutes = max(1, plan.break_seconds // 60)
        self.coach.record.partner_return(self.partner_back)
        # Your own break has no promise of yours: "back on time" is never judged on their time.
        self.coach.record.break_planned(plan.break_seconds, None, None)
        self.post_message(BreakPlanned())

    def action_back(self) -> None:
        """Back to the landing screen."""
        self.post_message(WentBack())
