"""The guided pulse count: find the pulse, count for 30 (or 15) seconds, type the beats."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, cast

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.timer import Timer
from textual.widgets import Input, ProgressBar, Static

from pausecoach.core.pulse import PulseError, parse_pulse
from pausecoach.tui.screens.base import SAFETY_ANYWHERE, SAFETY_KEY
from pausecoach.tui.widgets.textbox import TextBox
from pausecoach.tui.widgets.wayout import DialogBar

if TYPE_CHECKING:
    from pausecoach.tui.protocol import Coach as PauseCoachApp

Stage = Literal["ready", "counting", "entry"]

HOW_TO = (
    "Rest two fingers (not your thumb: it has a pulse of its own) on the inside of your wrist, "
    "just below the thumb, and press lightly until you feel the beat."
)


@dataclass(frozen=True)
class PulseResult:
    """A counted pulse."""

    bpm: int
    beats: int | None
    window: int | None


class PulseCountScreen(ModalScreen[PulseResult | None]):
    """Counts the seconds for the user, then turns their beats into bpm."""

    BINDINGS = [
        SAFETY_KEY,
        SAFETY_ANYWHERE,
        Binding("escape", "cancel", "Cancel", id="pulse-cancel"),
        Binding("enter", "start", "Start counting", id="pulse-start"),
        Binding("f", "switch_window", "15 s / 30 s", id="pulse-window"),
        Binding("t", "type_bpm", "I know my bpm", id="pulse-type"),
    ]

    def __init__(self, window: int = 30) -> None:
        super().__init__()
        self.window = window
        self.stage: Stage = "ready"
        self.direct = False
        self._started = 0.0
        self._timer: Timer | None = None

    @property
    def coach(self) -> PauseCoachApp:
        """The app, typed."""
        return cast("PauseCoachApp", self.app)

    def compose(self) -> ComposeResult:
        yield DialogBar()
        with Vertical(id="dialog", classes="pulse-dialog"):
            yield Static("Count your pulse", id="dialog-question")
            yield Static(HOW_TO, id="pulse-how")
            yield Static(id="pulse-status", classes="big")
            yield ProgressBar(
                total=self.window, show_eta=False, show_percentage=False, id="pulse-bar"
            )
            # Disabled until asked for: a focused field would swallow the t, f and enter keys.
            yield TextBox(
                placeholder="beats",
                id="pulse-input",
                restrict=r"[0-9a-zA-Z /]*",
                max_length=20,
                disabled=True,
            )
            yield Static(id="pulse-error", classes="error")
            yield Static(id="dialog-keys")

    def on_mount(self) -> None:
        self.query_one("#pulse-input", Input).display = False
        self.query_one("#pulse-bar", ProgressBar).display = False
        self._show()

    def _show(self) -> None:
        status = self.query_one("#pulse-status", Static)
        keys = self.query_one("#dialog-keys", Static)
        if self.stage == "ready":
            status.update(f"Ready to count for [b]{self.window} seconds[/b].")
            keys.update(
                "[b]enter[/b] start   [b]f[/b] "
                + ("30 s count" if self.window == 15 else "quick 15 s count")
                + "   [b]t[/b] type bpm from a watch   [b]escape[/b] cancel"
            )
        elif self.stage == "counting":
            keys.update("Count each beat silently.   [b]escape[/b] cancel")
        else:
            question = (
                "Your pulse in beats per minute:"
                if self.direct
                else f"Stop. How many beats did you count in {self.window} seconds?"
            )
            status.update(question)
            keys.update("[b]enter[/b] done   [b]escape[/b] cancel")

    def action_switch_window(self) -> None:
        """Switch between the 30 s count (more precise) and the quick 15 s count."""
        if self.stage == "ready":
            self.window = 15 if self.window == 30 else 30
            self.query_one("#pulse-bar", ProgressBar).total = self.window
            self._show()

    def action_type_bpm(self) -> None:
        """Skip the count and type a bpm (from a watch or a monitor)."""
        if self.stage == "ready":
            self.direct = True
            self._to_entry()

    def action_start(self) -> None:
        """Start the timed count."""
        if self.stage != "ready":
            return
        self.stage = "counting"
        self._started = self.coach.clock.monotonic()
        self.query_one("#pulse-bar", ProgressBar).display = True
        self._timer = self.set_interval(0.25, self._tick)
        self._tick()
        self._show()

    def _tick(self) -> None:
        elapsed = self.coach.clock.monotonic() - self._started
        left = max(0.0, self.window - elapsed)
        self.query_one("#pulse-bar", ProgressBar).progress = min(self.window, elapsed)
        self.query_one("#pulse-status", Static).update(
            f"Counting…  [b]{int(left + 0.999)}[/b] s left"
        )
        if left <= 0:
            if self._timer is not None:
                self._timer.stop()
            self.app.bell()
            self._to_entry()

    def _to_entry(self) -> None:
        self.stage = "entry"
        self.query_one("#pulse-bar", ProgressBar).display = False
        field = self.query_one("#pulse-input", Input)
        field.placeholder = "bpm" if self.direct else "beats"
        field.display = True
        field.disabled = False
        self.set_focus(field)
        self._show()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        window = None if self.direct else self.window
        try:
            bpm = parse_pulse(event.value, window)
        except PulseError as exc:
            self.query_one("#pulse-error", Static).update(str(exc))
            return
        typed = event.value.strip()
        beats = int(typed) if not self.direct and typed.isdecimal() else None
        if beats is None:
            window = None
        self.dismiss(PulseResult(bpm, beats, window))

    def action_cancel(self) -> None:
        """Close without a reading."""
        self.dismiss(None)
