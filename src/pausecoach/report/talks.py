"""The talks and debriefs linked to a pause, for `history show`, as Rich renderables."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from pausecoach.report.timefmt import clock, friendly
from pausecoach.report.words import plural

if TYPE_CHECKING:
    from pausecoach.documents.debrief import DebriefRecord
    from pausecoach.documents.talk import TalkRecord

OUTCOMES = {
    "agreed": "ended with an agreement",
    "skipped": "ended without an agreement",
    "new_break": "stopped for another break",
    "left": "left part-way",
    "safety": "stopped for safety",
    None: "not finished",
}


def _talk(talk: TalkRecord) -> list[RenderableType]:
    summarised = sum(1 for t in talk.turns if t.summarised)
    head = (
        f"Talk at {clock(talk.started_at)}: {plural(len(talk.turns), 'turn')} "
        f"({summarised} said back), {plural(len(talk.repairs), 'repair')}, "
        f"{OUTCOMES.get(talk.outcome, str(talk.outcome))}"
    )
    parts: list[RenderableType] = [Text(head)]
    if talk.agreement:
        parts.append(Text(f"  Agreed: {talk.agreement}"))
    for phrase in talk.repairs:
        parts.append(Text(f"  Repair: {phrase}", style="dim"))
    return parts


def _debrief(debrief: DebriefRecord) -> list[RenderableType]:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column()
    rows = (
        ("I felt", ", ".join(debrief.my_feelings)),
        ("They felt", ", ".join(debrief.their_feelings)),
        ("I saw", debrief.my_view),
        ("They saw", debrief.their_view),
        ("It touched", debrief.touched),
        ("My part", debrief.my_part),
        ("Next time", debrief.next_time),
    )
    for label, value in rows:
        if value:
            grid.add_row(label, Text(value))
    state = "" if debrief.status == "done" else " (not finished)"
    return [Text(f"Debrief of {friendly(debrief.started_at)}{state}"), grid]


def linked_view(talks: Sequence[TalkRecord], debriefs: Sequence[DebriefRecord]) -> RenderableType:
    """The talks after a pause and the debriefs about it ('' when there are none)."""
    parts: list[RenderableType] = []
    if talks:
        parts += [Text(""), Text("Talks in turns", style="bold")]
        for talk in talks:
            parts += _talk(talk)
    if debriefs:
        parts += [Text(""), Text("Looking back", style="bold")]
        for debrief in debriefs:
            parts += _debrief(debrief)
    return Group(*parts)
