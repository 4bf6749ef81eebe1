"""What a screen may ask of the app: a small protocol, so screens never import the App class."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    import random

    from textual.screen import Screen

    from pausecoach.clock import Clock
    from pausecoach.config.settings import Settings
    from pausecoach.core.drill import DrillOptions
    from pausecoach.models import PauseSession
    from pausecoach.pause.recorder import PauseRecorder
    from pausecoach.pause.steps import PauseRules
    from pausecoach.storage.store import Store
    from pausecoach.tui.state import FlowState


class Coach(Protocol):
    """The running pause as the screens see it."""

    clock: Clock
    saving: bool
    closing: bool
    recorder: PauseRecorder | None
    interrupted: PauseSession | None
    drill: DrillOptions | None
    drill_rng: random.Random

    @property
    def settings(self) -> Settings: ...
    @property
    def store(self) -> Store: ...
    @property
    def flow(self) -> FlowState: ...
    @property
    def rules(self) -> PauseRules: ...
    @property
    def record(self) -> PauseRecorder: ...
    @property
    def first_run(self) -> bool: ...
    @property
    def partner_path(self) -> bool: ...
    @property
    def reduce_motion(self) -> bool: ...
    @property
    def resting_pulse(self) -> int | None: ...

    def mark_first_run_seen(self) -> None: ...
    def save_failed(self, message: str) -> None: ...
    def set_terminal_title(self, title: str | None) -> None: ...
    def announce_break_end(self, message: str = ...) -> None: ...
    def action_safety(self) -> None: ...
    def action_safety_check(self) -> None: ...
    def action_quit_now(self) -> None: ...


class FlowHost(Coach, Protocol):
    """What the flow coordinator needs besides: where this launch starts, and the screens."""

    @property
    def start_at(self) -> str: ...

    @property
    def screen(self) -> Screen[object]: ...
    def switch_screen(self, screen: Screen[None]) -> Any: ...
    def push_screen(self, screen: Screen[Any], callback: Any = ...) -> Any: ...
    def exit(self) -> None: ...
