"""`pausecoach history`: the saved pauses, as a table, JSON or CSV."""

from __future__ import annotations

import typer

from pausecoach.commands.common import open_store

history_app = typer.Typer(
    name="history",
    help="Your saved pauses, newest first.",
    no_args_is_help=False,
    rich_markup_mode="rich",
)


@history_app.callback(invoke_without_command=True)
def history_command(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="Print every matching record as JSON."),
) -> None:
    """Your saved pauses, newest first."""
    if ctx.invoked_subcommand is not None:
        return
    from pausecoach.store import SessionFilter

    store = open_store()
    try:
        records = store.session_json(SessionFilter(kind="pause"))
    finally:
        store.close()
    if as_json:
        typer.echo("[" + ",\n".join(records) + "]")
        return
    typer.echo(f"{len(records)} pauses saved.")
