"""The way out, pinned: "! Not safe" in the title bar of every screen and dialog, never cut."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widget import Widget
from textual.widgets import Input, Static, TextArea

# In a text box "!" is typed, not pressed: this key opens help from there (and everywhere).
TEXT_BOX_KEY = "ctrl+g"


def way_out_markup(in_text_box: bool) -> str:
    """The label: the key that works where the focus is, then the words."""
    key = TEXT_BOX_KEY if in_text_box else "!"
    return f"[b $accent]{key}[/] Not safe"


class WayOut(Static):
    """Clickable; names the key that works right now (a text box takes "!" as a letter)."""

    DEFAULT_CSS = """
    WayOut { width: auto; height: 1; padding: 0 1; }
    WayOut:hover { background: $boost; }
    """

    def __init__(self) -> None:
        super().__init__(way_out_markup(False), id="way-out")
        self._in_text_box = False

    def on_mount(self) -> None:
        self.watch(self.screen, "focused", self._focus_moved)

    def _focus_moved(self, focused: Widget | None) -> None:
        in_text_box = isinstance(focused, Input | TextArea)
        if in_text_box != self._in_text_box:
            self._in_text_box = in_text_box
            self.update(way_out_markup(in_text_box))

    async def on_click(self, event: events.Click) -> None:
        event.stop()
        await self.app.run_action("app.safety")


class NextStep(Static):
    """The key of this screen's main step ("enter Start the break"), kept beside the way out."""

    DEFAULT_CSS = """
    NextStep { width: auto; height: 1; padding: 0 1; color: $foreground; }
    """

    def show(self, key: str | None, label: str = "") -> None:
        """Name the key and its step (None hides it)."""
        self.display = key is not None
        if key is not None:
            self.update(f"[b $accent]{key}[/] {label}")


class DialogBar(Horizontal):
    """A dialog's pinned line: the way out, at the top right where the screens have it."""

    DEFAULT_CSS = """
    DialogBar { dock: top; height: 1; width: 100%; background: $panel; align-horizontal: right; }
    """

    def compose(self) -> ComposeResult:
        yield WayOut()
