"""The Textual app: one factory (`make_app`) used by the CLI and by every test."""

from __future__ import annotations

import asyncio
import signal
from typing import Literal

from textual.app import App
from textual.binding import Binding
from textual.screen import Screen

from pausecoach.clock import Clock, SystemClock
from pausecoach.config import Settings
from pausecoach.recorder import PauseRecorder
from pausecoach.store import Store
from pausecoach.tui.state import FlowState
from pausecoach.tui.themes import THEMES

StartAt = Literal["landing", "partner"]
FIRST_RUN_DOC = "first_run"


class PauseCoachApp(App[None]):
    """The pause flow, from the landing screen to the saved summary."""

    CSS_PATH = "app.tcss"
    TITLE = "pausecoach"
    ENABLE_COMMAND_PALETTE = False
    # Screens get -short / -narrow classes so small terminals drop decoration, not function.
    VERTICAL_BREAKPOINTS = [(0, "-short"), (22, "-normal")]
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (70, "-wide")]
    BINDINGS = [
        Binding("ctrl+c", "quit_now", "Quit", show=False, priority=True, id="quit-now"),
        Binding("q", "quit_flow", "Quit", id="quit"),
        Binding("exclamation_mark", "safety", "Not safe", id="safety"),
        Binding("question_mark", "toggle_keys", "Keys", id="keys"),
    ]

    def __init__(
        self,
        settings: Settings,
        store: Store,
        clock: Clock,
        *,
        saving: bool = True,
        start_at: StartAt = "landing",
    ) -> None:
        super().__init__()
        self.settings = settings
        self.store = store
        self.clock = clock
        self.saving = saving
        self.start_at = start_at
        self.flow = FlowState(minutes=settings.break_minutes, pattern_id=settings.default_pattern)
        self.recorder: PauseRecorder | None = None
        self.reduce_motion = settings.reduce_motion
        self.first_run = store.get_document(FIRST_RUN_DOC) is None

    # ------------------------------------------------------------ lifecycle
    def on_mount(self) -> None:
        for theme in THEMES:
            self.register_theme(theme)
        self.theme = (
            self.settings.theme if self.settings.theme in self.available_themes else "pausecoach"
        )
        if self.settings.keys:
            self.set_keymap(self.settings.keys)
        self._install_signal_handlers()
        from pausecoach.tui.screens.landing import LandingScreen

        self.push_screen(LandingScreen())
        if self.start_at == "partner":
            from pausecoach.tui.screens.partner import PartnerScreen

            self.switch_screen(PartnerScreen())

    def _install_signal_handlers(self) -> None:
        # A closed terminal (SIGHUP) or a polite kill (SIGTERM) keeps the pause and restores the terminal.
        try:
            loop = asyncio.get_running_loop()
            for signum in (signal.SIGTERM, signal.SIGHUP):
                loop.add_signal_handler(signum, self.action_quit_now)
        except (NotImplementedError, RuntimeError, AttributeError):  # pragma: no cover - not POSIX
            pass

    def start_recording(self) -> PauseRecorder:
        """Begin the saved record of this pause (once); it exists from the first screen on."""
        if self.recorder is None:
            self.recorder = PauseRecorder(
                self.store,
                self.clock,
                pulse_limit=self.settings.pulse_limit,
                resting_pulse=self.settings.resting_pulse,
            )
        return self.recorder

    @property
    def partner_path(self) -> bool:
        """True on the partner-stepped-away side of the cycle."""
        return self.recorder is not None and self.recorder.session.role == "partner_stepped_away"

    @property
    def record(self) -> PauseRecorder:
        """The recorder of the running pause."""
        return self.start_recording()

    def mark_first_run_seen(self) -> None:
        """Remember that the self-help notice was shown."""
        if self.first_run:
            self.first_run = False
            self.store.put_document(FIRST_RUN_DOC, {"seen": self.clock.now().isoformat()})

    def goto(self, screen: Screen[None]) -> None:
        """Move to the next step of the flow, replacing the current step's screen."""
        self.switch_screen(screen)

    # -------------------------------------------------------------- actions
    def action_quit_now(self) -> None:
        """Leave at once, keeping what was saved (interrupted unless finished)."""
        self.close_record()
        self.exit()

    def action_quit_flow(self) -> None:
        """Quit, asking once when a break is running."""
        from pausecoach.tui.screens.breaktime import BreakScreen
        from pausecoach.tui.screens.confirm import ConfirmScreen

        if isinstance(self.screen, BreakScreen):

            def answered(yes: bool | None) -> None:
                if yes:
                    self.action_quit_now()

            self.push_screen(
                ConfirmScreen(
                    "Quit during your break?",
                    "Your pause is saved as interrupted. Your body may still need the rest of the break.",
                    yes="Quit",
                    no="Keep breathing",
                ),
                answered,
            )
            return
        self.action_quit_now()

    def action_safety(self) -> None:
        """Open the safety screen (helplines) from anywhere."""
        from pausecoach.tui.screens.safety import SafetyScreen

        if not isinstance(self.screen, SafetyScreen):
            self.push_screen(SafetyScreen())

    def action_safety_check(self) -> None:
        """Ask the safety question (after danger words were typed); yes leads to help for good."""
        from pausecoach.tui.screens.safety import SafetyCheckScreen, SafetyScreen

        def answered(yes: bool | None) -> None:
            if yes:
                self.push_screen(SafetyScreen(final=True))

        self.push_screen(SafetyCheckScreen(), answered)

    def announce_break_end(self) -> None:
        """Tell the user the break is over: bell (if on) and a notice."""
        if self.settings.bell:
            self.bell()
        self.notify("Your break is over.", title="pausecoach", timeout=8)

    def action_toggle_keys(self) -> None:
        """Show or hide the panel listing every key."""
        if self.screen.query("HelpPanel"):
            self.action_hide_help_panel()
        else:
            self.action_show_help_panel()

    def close_record(self) -> None:
        """Keep whatever the pause reached (interrupted unless finished); safe to call twice."""
        recorder = self.recorder
        if recorder is None or recorder.closed:
            return
        if recorder.session.step == "land" and len(recorder.session.timeline) <= 1:
            # Nothing was done yet: a record of opening the app would only clutter history.
            recorder.discard()
        elif recorder.session.step == "summary":
            recorder.finish("completed")
        else:
            recorder.abandon()


def make_app(
    settings: Settings | None = None,
    store: Store | None = None,
    clock: Clock | None = None,
    *,
    saving: bool = True,
    start_at: StartAt = "landing",
) -> PauseCoachApp:
    """Build the app; tests pass an in-memory or temporary store and a fake clock."""
    return PauseCoachApp(
        settings or Settings(),
        store or Store.in_memory(),
        clock or SystemClock(),
        saving=saving,
        start_at=start_at,
    )
