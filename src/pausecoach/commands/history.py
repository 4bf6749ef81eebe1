"""`pausecoach history` and `history show`: the saved pauses, as a table, JSON or CSV."""

from __future__ import annotations

import json
import sys

import typer

from pausecoach.commands.common import fail, open_store, out
from pausecoach.commands.history_list import DEFAULT_LIMIT, SINCE_HELP, list_history

history_app = typer.Typer(
    name="history",
    help="Your saved pauses, newest first: a table, or --json / --csv.",
    no_args_is_help=False,
    rich_markup_mode="rich",
)


@history_app.callback(invoke_without_command=True)
def history_command(
    ctx: typer.Context,
    limit: int | None = typer.Option(
        None, "--limit", "-n", help=f"How many (default {DEFAULT_LIMIT}; all for --json/--csv)."
    ),
    since: str | None = typer.Option(None, "--since", "-s", help=SINCE_HELP),
    status: str | None = typer.Option(
        None,
        "--status",
        help="done, stopped, safety or in_progress (or completed, interrupted, safety_exit).",
    ),
    role: str | None = typer.Option(None, "--role", help="flooded or partner_stepped_away."),
    kind: str | None = typer.Option(None, "--kind", help="pause (the default), practice or all."),
    as_json: bool = typer.Option(
        False, "--json", help="Every matching record, all fields, as JSON."
    ),
    as_csv: bool = typer.Option(
        False, "--csv", help="Every matching record as CSV, for a spreadsheet."
    ),
) -> None:
    """Your saved pauses, newest first. `history show ID` for one, `history stats` for patterns."""
    if ctx.invoked_subcommand is None:
        list_history(limit, since, status, role, kind, as_json, as_csv)


@history_app.command("show")
def show_command(
    pause_id: str = typer.Argument(
        ..., metavar="ID", help="The pause's id (the first few characters are enough)."
    ),
    as_json: bool = typer.Option(False, "--json", help="The record as JSON."),
) -> None:
    """Everything about one pause: timeline, signs, pulse, breathing, the words you chose."""
    from pausecoach.storage.store import StoreError

    store = open_store()
    try:
        try:
            session = store.get_session(store.resolve_session_id(pause_id))
        except StoreError as exc:
            fail(str(exc))
    finally:
        store.close()
    assert session is not None  # resolve_session_id found it
    record = session.model_dump(mode="json")
    if as_json:
        sys.stdout.write(json.dumps(record, indent=2, ensure_ascii=False) + "\n")
        return
    from pausecoach.content import catalog
    from pausecoach.report.history import detail

    labels = {sign.id: sign.short for sign in catalog.signs()}
    out().print(detail(record, labels))
