"""Past pauses in the app: a table to move through, and everything about the chosen one."""

from __future__ import annotations

import json
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Static

from pausecoach.report.history import HEADERS, detail, row_cells
from pausecoach.tui.screens.base import FlowScreen

LOADED = 500  # the newest ones; the command line (`pausecoach history`) reaches the rest
WIDE_COLUMNS = (1, 2, 3, 4, 5, 6, 7)  # when, level, pulse, break, breath, back, status
NARROW_COLUMNS = (1, 2, 3, 4, 7)
WIDE_ENOUGH = 76


class HistoryScreen(FlowScreen):
    """The saved pauses, newest first; the highlighted one is shown in full below."""

    STEP_TITLE = "Past pauses"
    SCROLL = False
    BINDINGS = [
        Binding("escape,b", "back", "Back", id="history-back"),
        Binding("tab", "focus_detail", "Read more", show=False),
    ]

    def __init__(self, skip_id: str | None = None) -> None:
        super().__init__()
        self.skip_id = skip_id  # the pause running now is not history yet
        self.records: dict[str, dict[str, Any]] = {}

    def compose_body(self) -> ComposeResult:
        yield Static("", id="history-empty", classes="lead")
        yield DataTable(id="history-table", cursor_type="row", zebra_stripes=True)
        with VerticalScroll(id="history-detail"):
            yield Static("", id="history-record")
        yield Static(
            "[b]↑ ↓[/b] choose   [b]tab[/b] read more   [b]esc[/b] back", classes="keys-hint"
        )

    def on_mount(self) -> None:
        from pausecoach.core.safetext import visible_tree
        from pausecoach.storage.store import SessionFilter

        rows = self.coach.store.session_json(SessionFilter(kind="pause", limit=LOADED + 1))
        for row in rows:
            # Stored text may hold escapes (an older version's import): shown, never obeyed.
            record = visible_tree(json.loads(row))
            if record["id"] != self.skip_id:
                self.records[record["id"]] = record
        self._fill_table()

    def _fill_table(self) -> None:
        table = self.query_one("#history-table", DataTable)
        empty = self.query_one("#history-empty", Static)
        if not self.records:
            empty.update(
                "No pauses saved yet. The next time a fight starts to flood you, come here "
                "first: each pause you take is kept, so you can learn your own pattern."
            )
            table.display = False
            self.query_one("#history-detail").display = False
            return
        empty.display = False
        columns = WIDE_COLUMNS if self.app.size.width >= WIDE_ENOUGH else NARROW_COLUMNS
        table.add_columns(*(HEADERS[i] for i in columns))
        for session_id, record in list(self.records.items())[:LOADED]:
            cells = row_cells(record)
            table.add_row(*(Text(cells[i]) for i in columns), key=session_id)
        table.focus()
        self._show(next(iter(self.records)))

    def _show(self, session_id: str) -> None:
        from pausecoach.content import catalog

        labels = {sign.id: sign.short for sign in catalog.signs()}
        self.query_one("#history-record", Static).update(detail(self.records[session_id], labels))
        self.query_one("#history-detail", VerticalScroll).scroll_home(animate=False)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.row_key.value is not None:
            self._show(event.row_key.value)

    @property
    def shown_id(self) -> str | None:
        """The id of the pause in the detail pane (the highlighted row)."""
        table = self.query_one("#history-table", DataTable)
        if not self.records:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
        return key.value

    def action_focus_detail(self) -> None:
        """Move focus between the table and the detail pane (to scroll a long record)."""
        detail_pane = self.query_one("#history-detail", VerticalScroll)
        table = self.query_one("#history-table", DataTable)
        (table if detail_pane.has_focus else detail_pane).focus()

    def action_back(self) -> None:
        """Back to the landing screen."""
        self.app.pop_screen()
