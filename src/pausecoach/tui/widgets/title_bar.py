"""The title line of every step: the step's name, then its main key and the way out, pinned.

Drawn as one widget: the step's name at the left of a centred column (as wide as the body),
"enter Check" drawn as a button, "! Not safe" at the right end. A click on the next step
presses its key; a click on the way out opens help. Three widgets in two containers cost
~11 ms more before the first frame.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.widget import Widget

from pausecoach.tui.widgets.wayout import KEY_NAMES, TEXT_BOX_KEY, follow_text_box

COLUMN = 84  # the body's width, which the title lines up with
NARROW_BELOW = 70  # the app's -narrow breakpoint: less padding at the left


@dataclass(frozen=True)
class Part:
    """What is drawn at columns start (inclusive) to end (exclusive): "title", "next" or "way-out"."""

    name: str
    start: int
    end: int


class TitleBar(Widget):
    """The step's name (its short form where the long one would be cut), the next step's key
    ("enter Check", None hides it) and the way out, whose key is the one that works where the
    focus is (in a text box "!" is typed, so it names ctrl+g there)."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {
        "title-bar--title",
        "title-bar--key",
        "title-bar--next",
        "title-bar--next-hover",
        "title-bar--hover",
    }
    DEFAULT_CSS = """
    TitleBar {
        height: 1;
        width: 100%;
        background: $panel;
        text-wrap: nowrap;
        text-overflow: clip;
        & > .title-bar--title { color: $primary; text-style: bold; }
        & > .title-bar--key { color: $accent; text-style: bold; }
        & > .title-bar--next { color: $foreground; background: $primary 30%; text-style: bold; }
        & > .title-bar--next-hover { background: $primary 50%; }
        & > .title-bar--hover { background: $foreground 10%; }
    }
    """

    def __init__(self, full: str, short: str = "", suffix: str = "") -> None:
        super().__init__(id="title-bar")
        self.full, self.short, self.suffix = full, short, suffix
        self.next_key: str | None = None
        self.next_label = ""
        self._in_text_box = False
        self._hover: str | None = None

    def on_mount(self) -> None:
        follow_text_box(self, self._text_box_changed)

    def _text_box_changed(self, in_box: bool) -> None:
        self._in_text_box = in_box
        self.refresh()

    def show_next(self, key: str | None, label: str = "") -> None:
        """Name the key of the main step and the step (None hides it)."""
        self.next_key, self.next_label = key, label
        self.refresh()

    # ------------------------------------------------------------ what is drawn
    def way_out_text(self) -> tuple[str, str]:
        """The way out's key (the one that works where the focus is) and its words."""
        return (TEXT_BOX_KEY if self._in_text_box else "!"), "Not safe"

    def next_text(self) -> str:
        """The next step as shown ("enter Check"), or "" when there is none."""
        return "" if self.next_key is None else f"{self.next_key} {self.next_label}"

    def title_text(self, room: int | None = None) -> str:
        """The step's name as it fits in `room` columns (None: as now drawn)."""
        if room is None:
            room = next((p.end - p.start for p in self.parts() if p.name == "title"), 0)
        full = self.full + self.suffix
        if cell_len(full) <= room or not self.short:
            return full
        return self.short + self.suffix

    def parts(self) -> list[Part]:
        """Where the title, the next step and the way out are drawn at the present width."""
        width = self.size.width
        column = min(width, COLUMN)
        left = (width - column) // 2
        padding = 1 if width < NARROW_BELOW else 2
        end = left + column
        key, words = self.way_out_text()
        way_out = Part("way-out", end - (cell_len(f"{key} {words}") + 2), end)
        parts = [way_out]
        title_end = way_out.start
        if self.next_key is not None:
            size = cell_len(self.next_text()) + 2
            parts.insert(0, Part("next", way_out.start - size, way_out.start))
            title_end = way_out.start - size
        start = left + padding
        parts.insert(0, Part("title", start, max(start, title_end)))
        return parts

    def render(self) -> Text:
        width = self.size.width
        line = Text(no_wrap=True, overflow="crop", end="")
        key_style = self.get_component_rich_style("title-bar--key")
        key_colour = Style(color=key_style.color, bold=True)
        for part in self.parts():
            if part.start > len(line):
                line.append(" " * (part.start - len(line)))
            size = part.end - part.start
            if part.name == "title":
                if size <= 0:  # the next step and the way out take the whole line
                    continue
                title = Text(
                    self.title_text(size), self.get_component_rich_style("title-bar--title")
                )
                title.truncate(size, overflow="ellipsis", pad=True)
                line.append_text(title)
                continue
            if part.name == "next":
                style = self.get_component_rich_style("title-bar--next")
                if self._hover == "next":
                    hover = self.get_component_rich_style("title-bar--next-hover")
                    style += Style(bgcolor=hover.bgcolor)
                key, words = self.next_key or "", self.next_label
            else:
                style = Style()
                if self._hover == "way-out":
                    style = Style(bgcolor=self.get_component_rich_style("title-bar--hover").bgcolor)
                key, words = self.way_out_text()
            line.append(" ", style)
            line.append(key, style + key_colour)
            line.append(f" {words} ", style)
        line.truncate(width, pad=True)
        return line

    # ------------------------------------------------------------ the mouse
    def part_at(self, x: int) -> str | None:
        """What is drawn at column `x`: "title", "next", "way-out" or None."""
        return next((p.name for p in self.parts() if p.start <= x < p.end), None)

    async def on_click(self, event: events.Click) -> None:
        part = self.part_at(event.x)
        if part == "way-out":
            event.stop()
            await self.app.run_action("app.safety")
        elif part == "next":
            event.stop()
            key = self.next_key
            if key is None or "/" in key:  # "y/n": two answers, no single key to press
                return
            self.app.simulate_key(KEY_NAMES.get(key, key))

    def on_mouse_move(self, event: events.MouseMove) -> None:
        part = self.part_at(event.x)
        self._set_hover(part if part != "title" else None)

    def on_leave(self, event: events.Leave) -> None:
        self._set_hover(None)

    def _set_hover(self, part: str | None) -> None:
        if part != self._hover:
            self._hover = part
            self.refresh()
