"""Listing saved pauses for `pausecoach history`, without Typer (launch.py runs it directly)."""

from __future__ import annotations

import json
import sys
from datetime import datetime
from typing import TYPE_CHECKING, Any

from pausecoach.commands.common import EXIT_USAGE, fail, open_store, out

if TYPE_CHECKING:
    from pausecoach.storage.store import SessionFilter, Store

DEFAULT_LIMIT = 20
KIND_CHOICES = ("pause", "practice", "all")

SINCE_HELP = "Only since then: 7d, 2w, 3m (days, weeks, months back) or a local date (2026-01-31)."


def since_value(text: str | None) -> datetime | None:
    """--since as an aware time, or a friendly exit 2."""
    if text is None:
        return None
    from pausecoach.core.since import SinceError, parse_since

    try:
        return parse_since(text, datetime.now().astimezone(), lambda naive: naive.astimezone())
    except SinceError as exc:
        fail(str(exc), EXIT_USAGE)


STATUS_ALIASES = {"done": "completed", "stopped": "interrupted", "safety": "safety_exit"}


def _choice(option: str, value: str | None, allowed: tuple[str, ...]) -> str | None:
    if value is None:
        return None
    cleaned = value.strip().lower().replace("-", "_")
    cleaned = STATUS_ALIASES.get(cleaned, cleaned) if option == "--status" else cleaned
    if cleaned not in allowed:
        fail(f"{option} must be one of: {', '.join(allowed)} (got '{value}').", EXIT_USAGE)
    return cleaned


def build_filter(
    since: str | None, status: str | None, role: str | None, kind: str | None, limit: int | None
) -> SessionFilter:
    """The store query these options ask for (bad values end with exit 2)."""
    from pausecoach.storage.store import SessionFilter

    if limit is not None and limit < 1:
        fail(f"--limit must be a whole number of 1 or more (got {limit}).", EXIT_USAGE)
    if status is not None or role is not None:
        from pausecoach.models import ROLES, STATUSES

        status = _choice("--status", status, STATUSES)
        role = _choice("--role", role, ROLES)
    chosen = _choice("--kind", kind or "pause", KIND_CHOICES)
    return SessionFilter(
        since=since_value(since),
        status=status,
        role=role,
        kind=None if chosen == "all" else chosen,
        limit=limit,
    )


def _print_csv(records: list[dict[str, Any]]) -> None:
    import csv

    from pausecoach.models import PauseSession

    fields = list(PauseSession.model_fields)
    writer = csv.writer(sys.stdout, lineterminator="\r\n")
    writer.writerow(fields)
    for record in records:
        writer.writerow([_csv_cell(record.get(name)) for name in fields])


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "; ".join(value)
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _nothing_yet(store: Store) -> None:
    console = out()
    if store.count_sessions() == 0:
        console.print("No pauses saved yet.")
        console.print(
            "When a fight starts to flood you, run [b]pausecoach[/b] to take a real break. "
            "On a calm day, [b]pausecoach breathe[/b] lets you practise."
        )
    else:
        console.print("No saved pauses match these options (try a wider --since or --kind all).")


def run_plain(rest: list[str]) -> None:
    """`history` or `history stats` with no options, without Typer (launch.py's fast path).

    Importing Typer and building every command costs more than reading and drawing the
    pauses, so the everyday reviews skip it; this module does not import Typer at all.
    """
    if rest == ["stats"]:
        import typer

        from pausecoach.commands.stats import stats_command

        try:
            stats_command(since=None, as_json=False)
        except typer.Exit as stop:
            sys.exit(stop.exit_code)
    else:
        list_history()


def list_history(
    limit: int | None = None,
    since: str | None = None,
    status: str | None = None,
    role: str | None = None,
    kind: str | None = None,
    as_json: bool = False,
    as_csv: bool = False,
) -> None:
    """Print the matching pauses as a table, JSON or CSV (bad options end with exit 2)."""
    if as_json and as_csv:
        fail("Choose one of --json or --csv.", EXIT_USAGE)
    machine = as_json or as_csv
    query = build_filter(
        since, status, role, kind, limit if limit is not None or machine else DEFAULT_LIMIT
    )
    store = open_store()
    try:
        rows = store.session_json(query)
        if as_json:
            sys.stdout.write("[" + ",\n".join(rows) + "]\n")
            return
        records = [json.loads(row) for row in rows]
        if as_csv:
            _print_csv(records)
            return
        if not records:
            _nothing_yet(store)
            return
        total = store.count_sessions(query) if query.limit == len(records) else len(records)
    finally:
        store.close()
    from pausecoach.report.history import history_table

    console = out()
    console.print(history_table(records, console.width))
    if total > len(records):
        console.print(f"[dim]The newest {len(records)} of {total}; --limit shows more.[/]")
    console.print("[dim]One in full: history show ID · What they teach: history stats[/]")
