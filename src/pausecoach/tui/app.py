"""The Textual app: one factory (`make_app`) used by the CLI and by every test."""

from __future__ import annotations

import contextlib
import gc
import random
from typing import TYPE_CHECKING, Literal

from textual import events, on
from textual.app import App
from textual.binding import Binding

from pausecoach.clock import Clock, SystemClock
from pausecoach.config.peek import peek_setting
from pausecoach.tui.flow import FlowCoordinator
from pausecoach.tui.hangup import install_signal_handlers
from pausecoach.tui.messages import FlowMessage
from pausecoach.tui.notices import OneNotice
from pausecoach.tui.safety_actions import SafetyActions
from pausecoach.tui.saving import SavingNotices
from pausecoach.tui.stopcont import install_stop_continue
from pausecoach.tui.terminal import TerminalSignals
from pausecoach.tui.themes import THEMES

if TYPE_CHECKING:
    from textual.geometry import Size
    from textual.screen import Screen

    from pausecoach.config.settings import Settings
    from pausecoach.core.drill import DrillOptions
    from pausecoach.models import Kind, PauseSession
    from pausecoach.pause.recorder import PauseRecorder
    from pausecoach.pause.steps import PauseRules
    from pausecoach.storage.store import Store
    from pausecoach.tui.state import FlowState
    from pausecoach.tui.talk_start import TalkOptions

StartAt = Literal["landing", "partner", "breathe", "baseline", "drill", "talk", "debrief"]
# Modes that are not a pause: they never create a pause record.
NO_RECORD: tuple[StartAt, ...] = ("baseline", "drill", "talk", "debrief")


class PauseCoachApp(SafetyActions, SavingNotices, TerminalSignals, OneNotice):
    """The pause flow, from the landing screen to the saved summary.

    Settings and the store may be given (tests) or loaded just after the first frame (the CLI),
    so the landing screen appears before the record models and SQLite are even imported.
    """

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
        clock: Clock,
        *,
        settings: Settings | None = None,
        store: Store | None = None,
        saving: bool = True,
        start_at: StartAt = "landing",
        minutes: int | None = None,
        pattern: str | None = None,
        drill: DrillOptions | None = None,
        reduce_motion: bool = False,
        talk: TalkOptions | None = None,
    ) -> None:
        super().__init__()
        self.drill = drill
        self.talk_options = talk
        self.new_return: str | None = None  # a talk on its own: the time named for another break
        # One source of randomness for every drill round, seeded when tests ask for it.
        self.drill_rng = random.Random(drill.seed if drill else None)
        self.clock = clock
        self._reduce_motion = reduce_motion
        self.minutes = minutes
        self.pattern = pattern
        self.saving = saving
        self.start_at = start_at
        self._settings = settings
        self._store = store
        self._flow: FlowState | None = None
        self.recorder: PauseRecorder | None = None
        self.problems: list[str] = []
        self._first_run: bool | None = None
        self.closing = False
        self.sent_sequences: list[str] = []
        self._title_pushed = False
        self.interrupted: PauseSession | None = None
        self.crashed = False
        self._rules: PauseRules | None = None
        self.coordinator = FlowCoordinator(self)
        self._choose_theme()

    # ------------------------------------------------------- lazy start-up
    def ensure_started(self) -> None:
        """Load settings and open the store (once); problems are kept to show, never raised."""
        if self._flow is not None:
            return
        from pausecoach.config.settings import Settings
        from pausecoach.core.limits import clamp_minutes
        from pausecoach.pause.setup import first_run_due, settings_with_problems
        from pausecoach.storage.store import Store
        from pausecoach.tui.state import FlowState

        if self._settings is None:
            self._settings, problems = settings_with_problems()
            self.problems += problems
        if self._store is None:
            self._store = self._open_store(Store)
        settings = self._settings or Settings()
        if self._reduce_motion or settings.reduce_motion:
            # Before any screen reads it: a break can start before the first frame's follow-up.
            self.animation_level = "none"
        self._flow = FlowState(
            minutes=clamp_minutes(self.minutes or settings.break_minutes),
            pattern_id=self.pattern or settings.default_pattern,
        )
        self._first_run = first_run_due(self._store)
        if self.start_at == "landing":
            from pausecoach.pause.interrupted import unmentioned_interrupted

            # Looked up before this launch's own record exists, which would be the latest.
            self.interrupted = unmentioned_interrupted(self._store)

    def _open_store(self, store_class: type[Store]) -> Store:
        from pausecoach.paths import DataDirError
        from pausecoach.storage.store import StoreError

        if not self.saving:
            return store_class.in_memory()
        try:
            store = store_class.open()
        except (DataDirError, StoreError) as exc:
            # Still let them take the break: better an unsaved pause than none.
            self.saving = False
            self.problems.append(f"{exc}\nThis pause will not be saved.")
            return store_class.in_memory()
        self.problems += store.notices
        return store

    @property
    def store_opened(self) -> bool:
        """Whether the store was opened (it may not be if the app closed at once)."""
        return self._store is not None

    @property
    def settings(self) -> Settings:
        """The validated settings."""
        self.ensure_started()
        assert self._settings is not None
        return self._settings

    @property
    def store(self) -> Store:
        """The open store."""
        self.ensure_started()
        assert self._store is not None
        return self._store

    @property
    def flow(self) -> FlowState:
        """What the user chose so far in this pause."""
        self.ensure_started()
        assert self._flow is not None
        return self._flow

    @property
    def rules(self) -> PauseRules:
        """The pause's rules with this user's settings (shared with --plain)."""
        if self._rules is None:
            from pausecoach.pause.steps import PauseRules

            self._rules = PauseRules(self.settings, self.resting_pulse, self.minutes)
        return self._rules

    @property
    def first_run(self) -> bool:
        """True until the self-help notice has been shown once."""
        self.ensure_started()
        return bool(self._first_run)

    @property
    def resting_pulse(self) -> int | None:
        """The resting pulse to compare against: a measured baseline, else the setting."""
        from pausecoach.documents.baseline import effective_resting

        return effective_resting(self.settings, self.store)

    @property
    def reduce_motion(self) -> bool:
        """Whether the pacer should stay still: the flag, the setting, or TEXTUAL_ANIMATIONS=none."""
        return self._reduce_motion or self.animation_level == "none" or self.settings.reduce_motion

    # ------------------------------------------------------------ lifecycle
    def _choose_theme(self) -> None:
        # Before the stylesheet is first parsed: choosing a theme after it means parsing twice.
        for theme in THEMES:
            self.register_theme(theme)
        wanted = peek_setting("theme") if self._settings is None else self._settings.theme
        known = isinstance(wanted, str) and wanted in self.available_themes
        name = str(wanted) if known else "pausecoach"
        # Set without Textual's theme watcher: it would queue a re-parse and re-apply of the
        # whole stylesheet, which has not even been parsed yet (~9 ms of CPU before the first
        # frame). The rest of what the watcher does for a new theme is done here.
        self.set_reactive(App.theme, name)
        self.stylesheet.set_variables(self.get_css_variables())  # read at its first parse
        dark = self.current_theme.dark
        self.set_class(True, f"-theme-{name}", update=False)
        self.set_class(dark, "-dark-mode", update=False)
        self.set_class(not dark, "-light-mode", update=False)
        self._refresh_truecolor_filter(self.ansi_theme)

    def get_default_screen(self) -> Screen[None]:
        """The first step's screen, at the bottom of the stack (no blank screen under it)."""
        # Pushing it over Textual's default screen composed, styled and restyled a second
        # screen before the first frame (~8 ms of CPU). switch_screen() drops a result
        # callback from the screen it replaces, which Textual gives pushed screens only.
        screen = self.coordinator.first_screen()
        screen._push_result_callback(screen, None)
        return screen

    def on_mount(self) -> None:
        if self._reduce_motion or peek_setting("reduce_motion") is True:
            self.animation_level = "none"
        install_signal_handlers(self)
        install_stop_continue(self)
        self.screen_change_signal.subscribe(self, self._screen_changed)
        self.call_after_refresh(self._after_first_frame)

    # ------------------------------------------------ a window too small to work in
    def on_resize(self, event: events.Resize) -> None:
        self._fit_window(self.screen, event.size)

    def _screen_changed(self, screen: Screen[object]) -> None:
        # Queued on the screen itself: a screen just pushed is composed before it runs.
        screen.call_later(lambda: self._fit_window(screen, self.size))

    def _fit_window(self, screen: Screen[object], size: Size) -> None:
        """Cover `screen` with the too-small notice below 40×12, uncover it above (every screen,
        dialogs too; keys keep working under the notice)."""
        from pausecoach.tui.widgets.too_small import TooSmall, too_small

        if not too_small(size) and not screen.has_class("-too-small"):
            return  # the usual case
        if screen.is_attached and screen in self.screen_stack:
            TooSmall.update_for(screen, size)

    def _after_first_frame(self) -> None:
        gc.enable()  # off while the program started (launch.py)
        if self.closing:
            return
        self.ensure_started()
        settings = self.settings
        if settings.theme not in self.available_themes:
            self.problems.append(
                f"Settings: there is no theme called '{settings.theme}'. Using the calm one; "
                f"choose from: {', '.join(sorted(self.available_themes))}."
            )
        elif settings.theme != self.theme:
            self.theme = settings.theme
        if settings.keys:
            self.set_keymap(settings.keys)
        if self.reduce_motion:
            self.animation_level = "none"
        if self.start_at not in NO_RECORD:
            self.start_recording()
        if self.problems:
            # One notice: a second would replace the first (see notify).
            self.notify("\n\n".join(self.problems), severity="warning", timeout=12, markup=False)
        from pausecoach.tui.screens.landing import LandingScreen

        for screen in self.screen_stack:
            if isinstance(screen, LandingScreen):
                screen.started()

    def start_recording(self) -> PauseRecorder:
        """Begin the saved record of this pause (once); it exists from the first screen on."""
        if self.recorder is None:
            from pausecoach.pause.setup import new_recorder

            kind: Kind = "practice" if self.start_at == "breathe" else "pause"
            hooks = self.saving_hooks()
            self.recorder = new_recorder(
                self.store,
                self.clock,
                self.settings,
                self.resting_pulse,
                self.save_failed,
                kind,
                linked=self.saving,
                post=hooks["post"],
                on_saved=hooks["on_saved"],
                on_notice=hooks["on_notice"],
            )
        return self.recorder

    @property
    def partner_path(self) -> bool:
        """True on the partner-stepped-away side of the cycle."""
        return self.recorder is not None and self.recorder.session.role == "partner_stepped_away"

    @property
    def records_pauses(self) -> bool:
        """False in the modes that are not a pause (a talk, a drill): they keep no pause record."""
        return self.start_at not in NO_RECORD

    @property
    def record(self) -> PauseRecorder:
        """The recorder of the running pause."""
        return self.start_recording()

    def mark_first_run_seen(self) -> None:
        """Remember that the self-help notice was shown."""
        from functools import partial

        from pausecoach.pause.setup import first_run_seen

        if self.first_run:
            self._first_run = False
            self.save_later(partial(first_run_seen, self.store, self.clock))

    @on(FlowMessage)
    def _next_step(self, message: FlowMessage) -> None:
        # Every step's message goes to the one place that decides what comes next.
        self.coordinator.handle(message)

    async def _on_key(self, event: events.Key) -> None:
        from pausecoach.tui.widgets.textbox import hand_on_late_key

        # A burst: keys queued before a text box took the focus go into it, not to bindings.
        # (Textual runs App._on_key after this one unless the default is prevented.)
        if hand_on_late_key(self, event):
            event.prevent_default()

    def _handle_exception(self, error: Exception) -> None:
        # A bug: keep the pause (interrupted, at its step) before Textual restores the terminal.
        self.crashed = True
        # If this fails too, the record is swept as interrupted at the next launch.
        with contextlib.suppress(Exception):
            self.close_record()
        super()._handle_exception(error)

    # -------------------------------------------------------------- actions
    def action_quit_now(self) -> None:
        """Leave at once, keeping what was saved (interrupted unless finished)."""
        self.closing = True
        self.set_terminal_title(None)
        self.close_record()
        self.exit()

    def action_quit_flow(self) -> None:
        """Quit, asking once when a break is running."""
        from pausecoach.tui.dialogs.confirm import ConfirmScreen
        from pausecoach.tui.screens.breaktime import BreakScreen

        if isinstance(self.screen, BreakScreen):

            def answered(yes: bool | None) -> None:
                if yes:
                    self.action_quit_now()

            kept = (
                "Your pause is saved as interrupted."
                if self.saving
                else "Nothing was saved: this pause ran with --no-save."
            )
            self.push_screen(
                ConfirmScreen(
                    "Quit during your break?",
                    f"{kept} Your body may still need the rest of the break.",
                    yes="Quit",
                    no="Keep breathing",
                ),
                answered,
            )
            return
        self.action_quit_now()

    def action_toggle_keys(self) -> None:
        """Show or hide this screen's keys, in words."""
        from pausecoach.tui.widgets.keys_panel import KeysPanel

        KeysPanel.toggle(self.screen)

    def close_record(self) -> None:
        """Keep whatever the pause reached (interrupted unless finished); safe to call twice."""
        if self.recorder is None:
            return
        if not self.recorder.closed:
            for screen in self.screen_stack:  # under a "Quit during your break?" question too
                keep = getattr(screen, "keep_progress", None)
                if callable(keep):
                    keep()
        self.recorder.close()


def make_app(
    settings: Settings | None = None,
    store: Store | None = None,
    clock: Clock | None = None,
    *,
    saving: bool = True,
    start_at: StartAt = "landing",
    minutes: int | None = None,
    pattern: str | None = None,
    drill: DrillOptions | None = None,
    reduce_motion: bool = False,
    talk: TalkOptions | None = None,
) -> PauseCoachApp:
    """Build the app; tests pass settings, an in-memory or temporary store and a fake clock.

    Without settings or store, they are loaded just after the first frame.
    """
    return PauseCoachApp(
        clock or SystemClock(),
        settings=settings,
        store=store,
        saving=saving,
        start_at=start_at,
        minutes=minutes,
        pattern=pattern,
        drill=drill,
        reduce_motion=reduce_motion,
        talk=talk,
    )
