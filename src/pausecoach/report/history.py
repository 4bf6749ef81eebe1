"""The history table and one pause in detail, as Rich renderables (rows are stored dicts)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from pausecoach.core.countdown import break_summary
from pausecoach.core.safetext import visible
from pausecoach.report.timefmt import clock, friendly, minutes

Record = Mapping[str, Any]

STATUS_LABELS = {
    "completed": "done",
    "interrupted": "stopped",
    "safety_exit": "safety",
    "in_progress": "running",
}
STATUS_STYLES = {"completed": "green", "interrupted": "yellow", "safety_exit": "magenta"}
LEVEL_STYLES = {"flooded": "red", "rising": "yellow", "calm": "green"}
ID_CHARS = 6
HEADERS = ("ID", "When", "Level", "Pulse", "Break", "Breath", "Back", "Status", "Start-up")
DASH = "–"
STARTUP = len(HEADERS) - 1
MIN_STARTUP = 12
DROP_ORDER = (STARTUP, 5, 6, 4)  # start-up, breath, back, break: the rest always fit in 60


def short_id(record: Record) -> str:
    """The first characters of the id, enough to type into `history show`."""
    return str(record["id"])[:ID_CHARS]


def level(record: Record) -> str:
    """flooded / rising / calm; 'partner' or 'practice' for the other kinds of record."""
    if record.get("kind") == "practice":
        return "practice"
    if record.get("role") == "partner_stepped_away":
        return "partner"
    verdict = str(record.get("verdict") or DASH)
    return "calm" if verdict == "calm_enough" else verdict


def pulse(record: Record) -> str:
    """'112→84', '112→–' or '–'."""
    before, after = record.get("pulse_before"), record.get("pulse_after")
    if before is None and after is None:
        return DASH
    return f"{before or DASH}→{after or DASH}"


def break_minutes(record: Record) -> str:
    """Planned/actual break in minutes: '20/23'."""
    planned, actual = record.get("planned_seconds"), record.get("actual_seconds")
    if planned is None and actual is None:
        return DASH
    return f"{minutes(planned)}/{minutes(actual)}"


def back(record: Record) -> str:
    """yes / no / – : back by the promised time?"""
    value = record.get("back_on_time")
    return DASH if value is None else ("yes" if value else "no")


def patterns(record: Record) -> str:
    """The breathing pattern(s) used, by id."""
    used = record.get("patterns") or ([record["pattern"]] if record.get("pattern") else [])
    return "+".join(used) if used else DASH


def status(record: Record) -> str:
    """done / stopped / safety / running."""
    value = str(record.get("status", ""))
    return STATUS_LABELS.get(value, value)


def startup(record: Record) -> str:
    """The start-up text on one line (the table cuts it to fit)."""
    text = record.get("startup_text") or ""
    return " ".join(str(text).split()) or DASH


def row_cells(record: Record) -> tuple[str, ...]:
    """The table's cells for one record, as plain text (shared with the TUI table).

    Control characters in stored text (an old import) are shown as `\\x1b`, never sent.
    """
    cells = (
        short_id(record),
        friendly(record["started_at"]),
        level(record),
        pulse(record),
        break_minutes(record),
        patterns(record),
        back(record),
        status(record),
        startup(record),
    )
    return tuple(visible(cell, keep_lines=False) for cell in cells)


def _fit(widths: list[int], width: int) -> tuple[list[int], int]:
    """The columns to show at `width` (least needed dropped first) and the start-up's width."""
    keep = list(range(len(HEADERS)))
    for drop in DROP_ORDER:
        fixed = sum(widths[i] for i in keep if i != STARTUP) + len(keep) - 1
        room = width - fixed
        if STARTUP in keep and room >= MIN_STARTUP:
            return keep, min(widths[STARTUP], room)
        if STARTUP not in keep and room >= 0:
            return keep, 0
        keep.remove(drop)
    return keep, 0


def history_table(records: Sequence[Record], width: int = 80) -> Table:
    """Recent pauses, one row each, as given (newest first), fitted to `width` columns.

    Columns keep their full width; the start-up text is cut to what is left, and in a narrow
    terminal the least needed columns are left out.
    """
    rows = [row_cells(record) for record in records]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(HEADERS)]
    keep, startup_width = _fit(widths, width)
    table = Table(
        box=None, padding=(0, 1), collapse_padding=True, pad_edge=False, header_style="bold"
    )
    for index in keep:
        table.add_column(
            HEADERS[index],
            no_wrap=True,
            overflow="ellipsis",
            width=startup_width if index == STARTUP else widths[index],
            style="dim" if index == 0 else None,
        )
    for record, cells in zip(records, rows, strict=True):
        styled = [Text(cell) for cell in cells]  # Text, not str: the words typed are not markup
        styled[2].stylize(LEVEL_STYLES.get(cells[2], ""))
        styled[7].stylize(STATUS_STYLES.get(str(record.get("status")), ""))
        table.add_row(*(styled[i] for i in keep))
    return table


def _timeline(record: Record) -> Table:
    grid = Table.grid(padding=(0, 2))
    for event in record.get("timeline") or []:
        grid.add_row(clock(event["at"]), visible(str(event["step"])))
    return grid


def _pulses(record: Record) -> str:
    readings = record.get("pulses") or []
    return ", ".join(f"{r['bpm']} bpm {r['when']} ({clock(r['at'])})" for r in readings) or DASH


def _extensions(record: Record) -> str:
    items = record.get("extensions") or []
    return ", ".join(f"+{minutes(e['seconds'])} min at {clock(e['at'])}" for e in items) or "none"


def _break(record: Record) -> str:
    """The same figures, in the same words, as the summary at the end of the pause."""
    planned = record.get("planned_seconds")
    if planned is None:
        return DASH
    added = sum(e["seconds"] for e in record.get("extensions") or [])
    return break_summary(planned, added, record.get("actual_seconds") or 0)


def detail(record: Record, sign_labels: Mapping[str, str] | None = None) -> RenderableType:
    """Everything about one pause: facts, timeline, words."""
    labels = sign_labels or {}
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="bold", no_wrap=True)
    facts.add_column()
    signs = ", ".join(labels.get(s, s) for s in record.get("signs") or []) or "none ticked"
    promised = record.get("return_at")
    rows: list[tuple[str, str]] = [
        ("Started", friendly(record["started_at"])),
        ("Ended", friendly(record["ended_at"]) if record.get("ended_at") else DASH),
        ("Status", status(record)),
        (
            "Who",
            "my partner stepped away" if record.get("role") == "partner_stepped_away" else "me",
        ),
        ("Level", level(record)),
        ("Signs", signs),
        ("Pulse", f"{pulse(record)} (limit {record.get('pulse_limit', DASH)})"),
        ("Readings", _pulses(record)),
        ("Break", _break(record)),
        ("Extensions", _extensions(record)),
        ("Breathing", patterns(record)),
        ("Promised", clock(promised) if promised else DASH),
        *(
            [("Partner due", clock(record["partner_return_at"]))]
            if record.get("partner_return_at")
            else []
        ),
        ("Back on time", back(record)),
        ("Calm score", DASH if record.get("calm_score") is None else f"{record['calm_score']}/10"),
    ]
    for label, value in rows:
        facts.add_row(label, Text(visible(value)))
    parts: list[RenderableType] = [
        Text(visible(f"Pause {record['id']}"), style="bold"),
        facts,
    ]
    for title, key in (
        ("Told my partner", "tell_text"),
        ("Start-up", "startup_text"),
        ("Note", "note"),
    ):
        if record.get(key):
            parts += [Text(""), Text(title, style="bold"), Text(visible(str(record[key])))]
    if record.get("timeline"):
        parts += [Text(""), Text("Timeline", style="bold"), _timeline(record)]
    return Group(*parts)
