"""Step 1: the landing screen. One key to each way in."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from pausecoach.content.firstframe import flow_text
from pausecoach.tui.messages import (
    BreakChosen,
    CheckChosen,
    HistoryOpened,
    PartnerPathChosen,
    RecheckResumed,
)
from pausecoach.tui.screens.base import FlowScreen
from pausecoach.tui.widgets.menu import Menu

# (binding id, default key, label, action): the keys shown follow any rebinding in the [keys]
# settings; a click on a row runs its action.
MENU = (
    ("landing-check", "enter", "Check how flooded I am", "check"),
    ("landing-break", "b", "Break now (skip the check)", "break_now"),
    ("landing-partner", "p", "My partner needs a break, or shut down", "partner"),
    ("landing-history", "h", "Look back at past pauses", "history"),
    ("safety", "!", "Not safe? Help now", "app.safety"),
    ("quit", "q", "Quit", "app.quit_flow"),
)


def menu_rows(keys: dict[str, str]) -> list[tuple[str, str, str]]:
    """(key, label, action) per row, with the key for each binding id (the default where none)."""
    return [(keys.get(binding_id, key), label, action) for binding_id, key, label, action in MENU]


class LandingScreen(FlowScreen):
    """Welcome, and the choices: check, break now, partner path, history, safety."""

    STEP_TITLE = "pausecoach"
    PRIMARY = ("enter", "Check")
    BINDINGS = [
        Binding("enter", "check", "Check", id="landing-check"),
        Binding("b", "break_now", "Break now", id="landing-break"),
        Binding("p", "partner", "Partner needs a break", id="landing-partner"),
        Binding("h", "history", "History", id="landing-history"),
        Binding("r", "finish_recheck", "Re-check last pause", id="landing-recheck"),
    ]

    def compose_body(self) -> ComposeResult:
        yield Static(flow_text("welcome"), id="welcome", classes="lead")
        if not self.coach.saving:
            yield Static(
                "Not saving: nothing from this pause is written to disk.",
                id="no-save",
                classes="note",
            )
        notice = Static(
            "[b]Before you start[/b]\n" + flow_text("disclaimer"), id="first-run", classes="notice"
        )
        notice.display = False  # shown once the store says this is the first run
        yield notice
        last = Static(id="interrupted", classes="notice")
        last.display = False  # shown once, when last time's pause was cut short
        yield last
        yield Menu(menu_rows({}), id="menu")
        # Filled once the store is open (after the first frame): the pause agreement, reminders.
        for widget_id, classes in (
            ("partner-status", "note"),
            ("landing-plan", "plan-note"),
            ("landing-reminder", "hint"),
        ):
            filled_later = Static(id=widget_id, classes=classes)
            filled_later.display = False  # an empty bordered box until started() fills it
            yield filled_later

    def on_mount(self) -> None:
        if self.coach.recorder is not None:
            self.started()

    def started(self) -> None:
        """Settings and store are ready: show the first-run notice, the plan and any reminder."""
        from textual.markup import escape

        from pausecoach.core.safetext import visible
        from pausecoach.documents.baseline import load_baseline
        from pausecoach.documents.plan import load_plan, plan_lines
        from pausecoach.tui.resume import interrupted_line

        self.query_one("#first-run", Static).display = self.coach.first_run
        self._show_partner()
        if self.coach.saving:
            self.set_interval(30, self._show_partner)  # the countdown in the line stays true
        if self.coach.settings.keys:
            self.query_one(Menu).show(menu_rows(self._live_keys()))
        plan = load_plan(self.coach.store)
        plan_note = self.query_one("#landing-plan", Static)
        plan_note.display = plan is not None
        if plan is not None:
            lines = visible("\n".join(plan_lines(plan)))  # stored text: escapes shown, not obeyed
            plan_note.update("[b]Our plan[/b]  " + escape(lines))
        baseline = load_baseline(self.coach.store)
        stale = baseline is not None and baseline.stale(self.coach.clock.now())
        reminder = self.query_one("#landing-reminder", Static)
        reminder.display = stale
        reminder.update(
            "Your resting pulse was measured over six months ago: "
            "run `pausecoach baseline` on a calm day to measure it again."
        )
        line = interrupted_line(self.coach)
        if line is not None:
            last = self.query_one("#interrupted", Static)
            last.update(line)
            last.display = True
        self.refresh_bindings()

    def _show_partner(self) -> None:
        """The linked partner's break, if there is a link: "Sam is on a break, back at 21:40"."""
        from textual.markup import escape

        from pausecoach import link
        from pausecoach.core.safetext import visible

        status = link.partner_status(self.coach.clock.now()) if self.coach.saving else None
        line = self.query_one("#partner-status", Static)
        line.display = status is not None and status.state != "quiet"
        if status is not None:
            line.update(escape(visible(status.line)))  # a name from the partner's computer

    def _live_keys(self) -> dict[str, str]:
        """Binding id -> the key that triggers it now (after the keymap from settings)."""
        live: dict[str, str] = {}
        for key, active in self.active_bindings.items():
            binding = active.binding
            if binding.id and binding.id not in live:
                live[binding.id] = "enter" if key == "enter" else self.app.get_key_display(binding)
        return live

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "finish_recheck":
            # The footer asks during the first frame: importing resume there would load
            # the record models and SQLite before anything is on screen (first frame slower).
            if self.coach.interrupted is None:
                return False
            from pausecoach.tui.resume import can_resume

            return can_resume(self.coach)
        return True

    def action_finish_recheck(self) -> None:
        """Do the re-check of last time's interrupted pause."""
        self._leave_landing()
        self.post_message(RecheckResumed())

    def _leave_landing(self) -> None:
        self.coach.mark_first_run_seen()

    def action_check(self) -> None:
        """Go to the flooding check."""
        self._leave_landing()
        self.post_message(CheckChosen())

    def action_break_now(self) -> None:
        """Skip the check: straight to telling the partner, then the break."""
        self._leave_landing()
        self.post_message(BreakChosen())

    def action_partner(self) -> None:
        """The other side of the cycle: my partner stepped away."""
        self._leave_landing()
        self.post_message(PartnerPathChosen())

    def action_history(self) -> None:
        """Browse past pauses (escape comes back here)."""
        self.post_message(HistoryOpened())
