"""A 0-10 scale set with the arrow keys or digits."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

TEN_WINDOW = 1.5  # seconds in which "1" then "0" means ten
MIDDLE = 5  # where the arrow keys start from before anything is chosen


class CalmScale(Widget, can_focus=True):
    """How calm, from 0 (not at all) to 10 (completely)."""

    DEFAULT_CSS = """
    CalmScale { height: 1; width: auto; }
    """
    BINDINGS = [
        Binding("left,h", "nudge(-1)", "Less", show=False),
        Binding("right,l", "nudge(1)", "More", show=False),
        Binding("home", "set(0)", show=False),
        Binding("end", "set(10)", show=False),
    ]

    # None until the person chooses: a default would be saved as if they had said it.
    value: reactive[int | None] = reactive(None)

    @dataclass
    class Changed(Message):
        """The value changed."""

        scale: CalmScale
        value: int | None

    def __init__(self, value: int | None = None, id: str | None = None) -> None:
        super().__init__(id=id)
        self.set_reactive(CalmScale.value, value)
        self._last_one = -100.0

    def watch_value(self, value: int | None) -> None:
        self.post_message(self.Changed(self, value))

    def render(self) -> Text:
        dots = Text()
        for n in range(11):
            dots.append("●" if n == self.value else "○", style="bold" if n == self.value else "dim")
            dots.append(" ")
        chosen = "–/10" if self.value is None else f"{self.value}/10"
        return Text.assemble("not at all 0 ", dots, "10 completely   ", (chosen, "bold"))

    def get_content_width(self, container: object, viewport: object) -> int:
        return self.render().cell_len

    def action_nudge(self, step: int) -> None:
        """Move the value by one."""
        start = MIDDLE if self.value is None else self.value
        self.value = max(0, min(10, start + step))

    def action_set(self, value: int) -> None:
        """Set the value."""
        self.value = value

    def on_key(self, event: events.Key) -> None:
        if event.character and event.character.isdecimal():
            digit = int(event.character)
            now = event.time
            self.value = (
                10
                if digit == 0 and self.value == 1 and now - self._last_one < TEN_WINDOW
                else digit
            )
            if digit == 1:
                self._last_one = now
            event.stop()
