"""A checklist of flooding signs, grouped body / mind / behaviour, driven by the keyboard."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.widgets import Static

from pausecoach.core.flooding import Sign

GROUP_TITLES = {"body": "Body", "mind": "Mind", "behaviour": "What I'm doing"}


class SignRow(Horizontal):
    """One sign: a box and its number within its group, then its words (wrapped lines hang)."""

    def __init__(self, sign: Sign, number: int, ticked: bool) -> None:
        super().__init__(classes="sign-row")
        self.sign = sign
        self.number = number
        self.ticked = ticked

    def compose(self) -> ComposeResult:
        yield Static(classes="sign-box")
        yield Static(self.sign.text, classes="sign-text", markup=False)

    def render_row(self) -> None:
        """Redraw the box."""
        box = "[b $success]\\[x][/]" if self.ticked else "[ ]"
        self.query_one(".sign-box", Static).update(f"{box} [dim]{self.number}[/]")
        self.set_class(self.ticked, "-ticked")

    def on_mount(self) -> None:
        self.render_row()

    def on_click(self) -> None:
        checklist = self.query_ancestor(SignChecklist)
        checklist.move_to(self)
        checklist.toggle(self)


class SignChecklist(VerticalScroll, can_focus=True):
    """Up/down to move, space to tick; number keys tick within the highlighted group."""

    BINDINGS = [
        Binding("up,k", "move(-1)", "Up", show=False),
        Binding("down,j", "move(1)", "Down", show=False),
        Binding("space", "toggle_current", "Tick", id="signs-tick"),
        # Bindings, not a key handler: a key handler runs as the key arrives, bindings only after
        # it bubbles up, so in a burst "down down 1" the 1 would tick before the cursor moved.
        *(Binding(str(n), f"tick_number({n})", show=False) for n in range(1, 10)),
    ]

    @dataclass
    class Changed(Message):
        """The set of ticked signs changed."""

        checklist: SignChecklist
        ticked: frozenset[str]

    def __init__(self, signs: Iterable[Sign], ticked: set[str], id: str | None = None) -> None:
        super().__init__(id=id)
        self.signs = tuple(signs)
        self.ticked = set(ticked)
        self.cursor = 0

    def compose(self) -> ComposeResult:
        numbers: dict[str, int] = {}
        group = None
        for sign in self.signs:
            if sign.group != group:
                group = sign.group
                yield Static(GROUP_TITLES.get(group, group.title()), classes="sign-group")
            numbers[group] = numbers.get(group, 0) + 1
            yield SignRow(sign, numbers[group], sign.id in self.ticked)

    @property
    def rows(self) -> list[SignRow]:
        """The rows, in order."""
        return list(self.query(SignRow))

    def on_mount(self) -> None:
        self._show_cursor()

    def _show_cursor(self) -> None:
        rows = self.rows
        for index, row in enumerate(rows):
            row.set_class(index == self.cursor, "-cursor")
        if rows:
            self.scroll_to_widget(rows[self.cursor], animate=False)

    def move_to(self, row: SignRow) -> None:
        """Put the cursor on `row`."""
        self.cursor = self.rows.index(row)
        self._show_cursor()

    def action_move(self, step: int) -> None:
        """Move the cursor."""
        self.cursor = max(0, min(len(self.signs) - 1, self.cursor + step))
        self._show_cursor()

    def action_toggle_current(self) -> None:
        """Tick or untick the highlighted sign."""
        self.toggle(self.rows[self.cursor])

    def toggle(self, row: SignRow) -> None:
        """Tick or untick one row."""
        row.ticked = not row.ticked
        if row.ticked:
            self.ticked.add(row.sign.id)
        else:
            self.ticked.discard(row.sign.id)
        row.render_row()
        self.post_message(self.Changed(self, frozenset(self.ticked)))

    def action_tick_number(self, number: int) -> None:
        """Tick the `number`th sign of the highlighted sign's group."""
        group = self.signs[self.cursor].group
        in_group = [row for row in self.rows if row.sign.group == group]
        if number <= len(in_group):
            self.cursor = self.rows.index(in_group[number - 1])
            self._show_cursor()
            self.toggle(in_group[number - 1])
