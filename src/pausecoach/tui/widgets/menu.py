"""A menu of ways in, each row a key and its words; a click on a row does what its key does.

The first row is the screen's main step and is drawn as a button. Long words wrap under
themselves (a hanging indent), so a narrow window keeps the keys in one column.

Drawn as one widget, its rows laid out here: a widget per row cost ~13 ms more before the first
frame (Textual styles, arranges and renders each one).
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.geometry import Size
from textual.widget import Widget

KEY_WIDTH = 5  # the keys' column, right-aligned: "enter", "    b"
GAP = 3  # between a key and its words
PADDING = 1  # each side of a row


@dataclass(frozen=True)
class MenuRow:
    """One choice: "enter   Check how flooded I am"; clicking runs `action` on the screen."""

    key_text: str
    label: str
    action: str


@dataclass(frozen=True)
class DrawnRow:
    """A row as laid out at some width: its first line, its lines and its width in columns."""

    top: int
    lines: tuple[str, ...]
    width: int


class Menu(Widget):
    """The rows, in order; the first is the main step (set apart by a blank line)."""

    COMPONENT_CLASSES = {"menu--key", "menu--primary", "menu--primary-hover", "menu--hover"}
    DEFAULT_CSS = """
    Menu {
        height: auto;
        width: 100%;
        text-wrap: nowrap;
        text-overflow: clip;
        & > .menu--key { color: $accent; text-style: bold; }
        & > .menu--primary { background: $primary 25%; text-style: bold; }
        & > .menu--primary-hover { background: $primary 40%; text-style: bold; }
        /* Textual's $boost is transparent in these themes: the row would not light up. */
        & > .menu--hover { background: $panel; }
    }
    """

    def __init__(self, rows: list[tuple[str, str, str]], id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows = [MenuRow(*row) for row in rows]
        self._hover: int | None = None
        self._laid_out: tuple[int, list[DrawnRow]] | None = None

    def show(self, rows: list[tuple[str, str, str]]) -> None:
        """Name the keys (as rebound) and the choices."""
        self.rows = [MenuRow(*row) for row in rows]
        self._laid_out = None
        self.refresh(layout=True)

    # ---------------------------------------------------------------- layout
    def layout_rows(self, width: int) -> list[DrawnRow]:
        """Each row's lines at `width`: the key right-aligned, the words wrapped under the words."""
        if self._laid_out is not None and self._laid_out[0] == width:
            return self._laid_out[1]
        drawn: list[DrawnRow] = []
        top = 0
        for index, row in enumerate(self.rows):
            key_width = max(KEY_WIDTH, cell_len(row.key_text))
            room = max(1, width - 2 * PADDING - key_width - GAP)
            words = textwrap.wrap(row.label, room) or [""]
            indent = " " * (key_width + GAP)
            lines = [row.key_text.rjust(key_width) + " " * GAP + words[0]]
            lines += [indent + line for line in words[1:]]
            row_width = min(width, 2 * PADDING + max(cell_len(line) for line in lines))
            drawn.append(DrawnRow(top, tuple(lines), row_width))
            top += len(lines) + (1 if index == 0 else 0)  # the main step stands apart
        self._laid_out = (width, drawn)
        return drawn

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        drawn = self.layout_rows(width)
        return drawn[-1].top + len(drawn[-1].lines) if drawn else 0

    def render(self) -> Text:
        width = self.size.width
        key = self.get_component_rich_style("menu--key")
        key_style = Style(color=key.color, bold=key.bold)  # over the row's own background
        text = Text(no_wrap=True, overflow="crop", end="")  # cut to the width by Textual
        line_no = 0
        for index, (row, drawn) in enumerate(zip(self.rows, self.layout_rows(width), strict=True)):
            while line_no < drawn.top:  # the blank line under the main step
                text.append("\n")
                line_no += 1
            style = self._row_style(index)
            key_width = max(KEY_WIDTH, cell_len(row.key_text))
            pad = Style(bgcolor=style.bgcolor)
            for number, line in enumerate(drawn.lines):
                if line_no:
                    text.append("\n")
                words = line[key_width + GAP :]
                text.append(" " * PADDING, pad)
                text.append(line[:key_width], key_style + pad if number == 0 else pad)
                text.append(" " * GAP + words, style)
                fill = drawn.width - 2 * PADDING - key_width - GAP - cell_len(words)
                text.append(" " * fill + " " * PADDING, pad)
                line_no += 1
        return text

    def _row_style(self, index: int) -> Style:
        hover = index == self._hover
        if index == 0:
            return self.get_component_rich_style(f"menu--primary{'-hover' * hover}")
        if hover:
            return Style(bgcolor=self.get_component_rich_style("menu--hover").bgcolor)
        return Style()

    # ---------------------------------------------------------------- the mouse
    def row_at(self, x: int, y: int) -> int | None:
        """The row drawn at (x, y) in the menu, if any."""
        for index, drawn in enumerate(self.layout_rows(self.size.width)):
            if drawn.top <= y < drawn.top + len(drawn.lines) and 0 <= x < drawn.width:
                return index
        return None

    async def on_click(self, event: events.Click) -> None:
        index = self.row_at(event.x, event.y)
        if index is None:
            return
        event.stop()
        await self.app.run_action(self.rows[index].action, default_namespace=self.screen)

    def on_mouse_move(self, event: events.MouseMove) -> None:
        self._set_hover(self.row_at(event.x, event.y))

    def on_leave(self, event: events.Leave) -> None:
        self._set_hover(None)

    def _set_hover(self, index: int | None) -> None:
        if index != self._hover:
            self._hover = index
            self.refresh()

    def text(self) -> str:
        """The rows as plain text, one a line: "enter   Check how flooded I am"."""
        return "\n".join(f"{row.key_text:>5}   {row.label}" for row in self.rows)
