"""Step 4: the pause's break: breathing, soothe ideas, a rumination guard, then the re-check."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.markup import escape
from textual.widgets import Static

from pausecoach.content import catalog
from pausecoach.core.countdown import Countdown, format_clock
from pausecoach.core.cycle import CycleMap, cycle_reminder, reminder_visible
from pausecoach.tui.screens.breathing import BreathingScreen

IDEA_EVERY = 45.0
GUARD_EVERY = 75.0


class BreakScreen(BreathingScreen):
    """The timed break of a pause; every change is saved to the pause's record."""

    STEP_TITLE = "Your break"

    def __init__(self, extra_seconds: int = 0, planned_seconds: int | None = None) -> None:
        super().__init__()
        self.extra_seconds = extra_seconds
        self.planned_seconds = planned_seconds
        self._cycle: CycleMap | bool | None = False  # False: not read yet
        self._reminder: tuple[tuple[int, int], str] | None = None  # (screen size, text)

    def compose_body(self) -> ComposeResult:
        yield from super().compose_body()
        yield Static(id="cycle-line")

    def reminder(self) -> str:
        """The saved cycle in as many words as fit here (two lines; three on short screens,
        which hide the rumination guard); empty without a cycle map."""
        if self._cycle is False:
            from pausecoach.documents.cycle import load_cycle

            self._cycle = load_cycle(self.coach.store)
        if not isinstance(self._cycle, CycleMap):
            return ""
        size = (self.app.size.width, self.app.size.height)
        if self._reminder is None or self._reminder[0] != size:
            width = min(size[0], 84) - 4
            lines = 3 if size[1] < 22 else 2
            # Word wrap leaves ragged line ends, hence the slack.
            text = cycle_reminder(self._cycle, catalog.cycle_texts().reminders, lines * width - 12)
            self._reminder = (size, text)
        return self._reminder[1]

    def show_aside(self, elapsed: float) -> None:
        text = self.reminder()
        line = self.query_one("#cycle-line", Static)
        visible = bool(text) and reminder_visible(elapsed)
        if line.display != visible:
            line.display = visible
        self.show_text("cycle-line", escape(text))

    @property
    def current_countdown(self) -> Countdown | None:
        """The pause's countdown (kept in the flow state so ten more minutes continue it)."""
        return self.coach.flow.countdown

    def begin(self, now: float) -> None:
        coach = self.coach
        if coach.flow.countdown is None:
            seconds = self.planned_seconds or coach.flow.minutes * 60
            coach.flow.countdown = Countdown.start(seconds, now)
            coach.record.break_started(coach.flow.pattern_id)
        elif self.extra_seconds:
            self.countdown.extend(self.extra_seconds, now)
            coach.record.extended(self.extra_seconds, "not_ready")
            coach.record.reach("break")

    def save_progress(self, elapsed: float) -> None:
        self.coach.record.progress(elapsed)

    def note_pattern(self, pattern_id: str) -> None:
        self.coach.record.pattern_used(pattern_id)
        self.coach.record.save()

    def note_extension(self, seconds: int) -> None:
        self.coach.record.extended(seconds)
        self.notify("Five more minutes. If you said a time, let your partner know the new one.")

    def times_line(self, remaining: float, ends_at: str) -> str:
        coach = self.coach
        promised = coach.record.session.return_at
        if promised is None:
            back = ""
        elif coach.partner_path:
            back = f" · they'll be back around [b]{format_clock(promised)}[/b]"
        else:
            back = f" · back with your partner at [b]{format_clock(promised)}[/b]"
        state = "paused" if self.countdown.paused else f"break ends {ends_at}"
        return f"left · {state}{back}"

    def ideas(self, elapsed: float) -> tuple[str, str]:
        coach = self.coach
        texts = catalog.flow().partner if coach.partner_path else catalog.flow().flooded
        promised = coach.record.session.return_at
        time_text = format_clock(promised) if promised else "the time you named"
        idea = texts.soothe[int(elapsed // IDEA_EVERY) % len(texts.soothe)]
        guard = texts.rumination[int(elapsed // GUARD_EVERY) % len(texts.rumination)]
        return idea, guard.format(time=time_text)

    def finished(self, early: bool) -> None:
        from pausecoach.tui.screens.recheck import RecheckScreen

        if not early:
            self.coach.announce_break_end()
        self.coach.goto(RecheckScreen())
