"""The two ways to help from anywhere in the app: `!` (helplines now) and the safety question
asked after danger words were typed. Mixed into the app in front of Textual's App."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from collections.abc import Callable

    from textual.screen import Screen

    from pausecoach.pause.saver import Job
    from pausecoach.storage.store import Store
    from pausecoach.tui.flow import FlowCoordinator


class SafetyActions:
    """`action_safety` and `action_safety_check`, for every screen's bindings and text boxes."""

    if TYPE_CHECKING:  # provided by the app; declared here for the type checker only
        saving: bool
        coordinator: FlowCoordinator

        @property
        def store(self) -> Store: ...

        @property
        def screen(self) -> Screen[object]: ...

        def save_later(self, job: Job, key: str | None = None) -> None: ...

    def _push(self, screen: Screen[Any], callback: Callable[[Any], None] | None = None) -> None:
        cast(Any, self).push_screen(screen, callback)

    def action_safety(self) -> None:
        """Open the safety screen (helplines) from anywhere."""
        from pausecoach.tui.screens.safety import SafetyScreen

        if not isinstance(self.screen, SafetyScreen):
            self._push(SafetyScreen())

    def action_safety_check(self, typed: str = "") -> None:
        """Ask the safety question (after danger words were typed); yes leads to help for good.

        The help for what `typed` spoke of comes first (a crisis line for self-harm, the
        emergency number and a domestic-abuse line for violence). The fear question's earlier
        "no" is forgotten: it is asked again before the next break.
        """
        from functools import partial

        from pausecoach.core.safety import assess_danger
        from pausecoach.documents.fear import forget_no
        from pausecoach.tui.screens.safety import SafetyCheckScreen

        if self.saving:
            self.save_later(partial(forget_no, self.store))
        categories = assess_danger(typed).categories if typed else ()

        def answered(yes: bool | None) -> None:
            if yes:
                self.coordinator.safety_for_good(categories)

        self._push(SafetyCheckScreen(), answered)
