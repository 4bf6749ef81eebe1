"""A menu of ways in, each row a key and its words; a click on a row does what its key does.

The first row is the screen's main step and is drawn as a button. Long words wrap under
themselves (a hanging indent), so a narrow window keeps the keys in one column.
"""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static


class MenuRow(Static):
    """One choice: "enter   Check how flooded I am"; clicking runs `action` on the screen."""

    DEFAULT_CSS = """
    MenuRow {
        width: auto;
        max-width: 100%;
        height: auto;
        padding: 0 1;
    }
    MenuRow:hover { background: $boost; }
    MenuRow.-primary {
        background: $primary 25%;
        text-style: bold;
        margin-bottom: 1;
    }
    MenuRow.-primary:hover { background: $primary 40%; }
    """

    def __init__(self, key: str, label: str, action: str, *, primary: bool = False) -> None:
        super().__init__(classes="-primary" if primary else None)
        self.action_to_run = action
        self.show(key, label)

    def show(self, key: str, label: str) -> None:
        """Name the key (as rebound) and the choice."""
        self.key_text, self.label = key, label
        # Two columns, so words that wrap stay under the words, not under the key.
        grid = Table.grid(padding=(0, 3, 0, 0))
        grid.add_column(justify="right", min_width=5, no_wrap=True)
        grid.add_column()
        grid.add_row(Text(key, style=f"bold {self._key_colour()}"), Text(label))
        self.update(grid)

    def _key_colour(self) -> str:
        try:
            return str(self.app.current_theme.accent or "")
        except Exception:  # no app yet (composed before mounting): drawn again on mount
            return ""

    def on_mount(self) -> None:
        self.show(self.key_text, self.label)

    async def on_click(self, event: events.Click) -> None:
        event.stop()
        await self.app.run_action(self.action_to_run, default_namespace=self.screen)


class Menu(Vertical):
    """The rows, in order; the first is the main step."""

    DEFAULT_CSS = """
    Menu { height: auto; width: 100%; }
    """

    def __init__(self, rows: list[tuple[str, str, str]], id: str | None = None) -> None:
        super().__init__(id=id)
        self._rows = rows

    def compose(self) -> ComposeResult:
        for index, (key, label, action) in enumerate(self._rows):
            yield MenuRow(key, label, action, primary=index == 0)

    def text(self) -> str:
        """The rows as plain text, one a line: "enter   Check how flooded I am"."""
        return "\n".join(f"{row.key_text:>5}   {row.label}" for row in self.query(MenuRow))
