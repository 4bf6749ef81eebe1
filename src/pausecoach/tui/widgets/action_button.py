"""The one primary action of a screen, drawn as a real button with its key on it; clickable."""

from __future__ import annotations

from textual.binding import Binding
from textual.content import Content
from textual.widgets import Button

from pausecoach.tui.widgets.keys_panel import key_name


class ActionButton(Button, can_focus=False):
    """Runs `action` (a screen action, or `app.…`) when clicked; shows the key that does the same.

    Not focusable on purpose: focus would make enter press this button instead of doing what
    enter does on the screen, and every action is already on a key.
    """

    # `.-style-default` as in Button's own rules, which would win over a bare type selector.
    DEFAULT_CSS = """
    ActionButton.-style-default {
        width: auto;
        min-width: 20;
        max-width: 100%;
        height: auto;
        min-height: 3;
        margin: 1 0 0 0;
        padding: 0 2;
        color: $foreground;
        text-style: bold;
        text-align: left;  /* a label that wraps keeps its lines under each other */
        background: $primary 25%;
        border: tall $primary 45%;
        &:hover { background: $primary 38%; border: tall $primary 70%; }
        &.-active { background: $primary 50%; border: tall $primary; tint: transparent; }
        &:disabled { color: $foreground-muted; background: $panel; border: tall $panel; }
    }
    /* Short windows: one line, no frame, still a clear block to click. */
    Screen.-short ActionButton.-style-default {
        height: auto;
        min-height: 1;
        margin: 0;
        padding: 0 1;
        border: none;
        &:hover, &.-active { border: none; }
    }
    """
    SCOPED_CSS = False  # the short-window rule looks at the screen's class

    def __init__(
        self,
        label: str,
        key: str,
        action: str,
        *,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(self.label_with_key(label, key), id=id, classes=classes)
        self.words = label
        self.key = key
        self.action_to_run = action

    @staticmethod
    def label_with_key(label: str, key: str) -> Content:
        """The label with its key in front, set apart: [ enter ]  Check how flooded I am."""
        return Content.assemble((f" {key} ", "bold $background on $accent"), "  ", Content(label))

    def on_mount(self) -> None:
        self._find_key()

    def _find_key(self) -> None:
        # A key rebound in the settings shows as rebound: the screen's binding for this action.
        for active in self.screen.active_bindings.values():
            if active.binding.action == self.action_to_run:
                self.show_key(active.binding)
                return

    def retarget(self, label: str, key: str, action: str) -> None:
        """Make this the button of another action (a step whose next step changes as it goes)."""
        if (label, action) == (self.words, self.action_to_run):
            return
        self.words, self.key, self.action_to_run = label, key, action
        self.label = self.label_with_key(label, key)
        if self.is_mounted:
            self._find_key()

    def show_key(self, binding: Binding) -> None:
        """Show the key of `binding` on the button."""
        self.key = key_name(self.app, binding)
        self.label = self.label_with_key(self.words, self.key)

    async def on_button_pressed(self, event: Button.Pressed) -> None:
        """A click runs the action exactly as its key would, on this screen."""
        if event.button is not self:
            return
        event.stop()
        await self.app.run_action(self.action_to_run, default_namespace=self.screen)
