"""The `pausecoach` command line. Keep imports light: Textual loads only when a screen opens."""

from __future__ import annotations

import gc

import typer

from pausecoach import __version__
from pausecoach.commands import (
    backup,
    breathe,
    check,
    config,
    cycle,
    drill,
    forget,
    history,
    partner,
    plan,
    resources,
    stats,
    talk,
)
from pausecoach.commands.common import SINCE_HELP
from pausecoach.commands.plain_help import plain_typer
from pausecoach.core import limits

HELP = (
    "A calm coach for the moment a fight with your partner floods you: notice it, take a real "
    "break with a time to come back, breathe, and return with a gentle opening.\n\n"
    "Run with no command to start a pause. Self-help, not therapy: if anyone is in danger, "
    "call your local emergency number (`pausecoach resources` lists helplines)."
)


app = plain_typer(
    name="pausecoach",
    help=HELP,
    no_args_is_help=False,
    add_completion=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"pausecoach {__version__}")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def main_callback(
    ctx: typer.Context,
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version and exit."
    ),
    plain: bool = typer.Option(
        False,
        "--plain",
        help="The pause as plain questions and printed lines, no full screen "
        "(for screen readers and very small terminals).",
    ),
    reduce_motion: bool = typer.Option(
        False, "--reduce-motion", help="A still breathing guide: words and counts, no animation."
    ),
    minutes: int | None = typer.Option(
        None,
        "--minutes",
        "-m",
        min=limits.MIN_MINUTES,
        max=limits.MAX_MINUTES,
        help="Length of the break in minutes.",
    ),
    break_seconds: int | None = typer.Option(None, "--break-seconds", min=1, hidden=True),
    no_save: bool = typer.Option(
        False,
        "--no-save",
        help="Take a pause that writes nothing at all to disk (for a shared computer).",
    ),
) -> None:
    """Start a pause (the full-screen coach) when no command is given."""
    gc.enable()  # off while the program started (launch.py); a command may run for long
    if ctx.invoked_subcommand is None:
        if plain:
            from pausecoach.commands.plain import run_plain

            code = run_plain(minutes=minutes, break_seconds=break_seconds, saving=not no_save)
            if code:
                raise typer.Exit(code)
            return
        from pausecoach.commands.pause import run_pause

        run_pause(minutes=minutes, reduce_motion=reduce_motion, saving=not no_save)


# Commands with a fast path that skips Typer (launch.py: `check TEXT`, `history`, `history
# stats`), and `resources`, whose helplines `check` shows, are declared here, so that their
# modules never import Typer; each calls the same function the fast path calls.
def check_command(
    text: str = typer.Argument(..., metavar="TEXT", help=check.TEXT_HELP),
    json_output: bool = typer.Option(False, "--json", help=check.JSON_HELP),
) -> None:
    check.run_check(text, json_output)


def resources_command(
    region: str | None = typer.Option(None, "--region", "-r", help=resources.REGION_HELP),
) -> None:
    resources.show_resources(region)


history_app = plain_typer(name="history", help=history.HELP, no_args_is_help=False)


@history_app.callback(invoke_without_command=True)
def history_command(
    ctx: typer.Context,
    limit: int | None = typer.Option(
        None,
        "--limit",
        "-n",
        help=f"How many (default {history.DEFAULT_LIMIT}; all for --json/--csv).",
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
        history.list_history(limit, since, status, role, kind, as_json, as_csv)


@history_app.command("show", help=history.show_pause.__doc__)
def history_show_command(
    pause_id: str = typer.Argument(
        ..., metavar="ID", help="The pause's id (the first few characters are enough)."
    ),
    as_json: bool = typer.Option(False, "--json", help="The record as JSON."),
) -> None:
    history.show_pause(pause_id, as_json)


@history_app.command("stats", help=stats.show_stats.__doc__)
def history_stats_command(
    since: str | None = typer.Option(None, "--since", "-s", help=SINCE_HELP),
    as_json: bool = typer.Option(False, "--json", help="The numbers as JSON."),
) -> None:
    stats.show_stats(since, as_json)


# Commands: one module each under pausecoach.commands, registered here (imports stay light).
app.command("breathe")(breathe.breathe_command)
app.command("baseline")(breathe.baseline_command)
app.add_typer(history_app)
app.command("export")(backup.export_command)
app.command("import")(backup.import_command)
app.command("forget")(forget.forget_command)
app.command("check", help=check.HELP)(check_command)
app.command("drill")(drill.drill_command)
app.command("plan")(plan.plan_command)
app.add_typer(config.config_app, name="config")
app.command("cycle")(cycle.cycle_command)
app.command("resources", help=resources.show_resources.__doc__)(resources_command)
app.add_typer(partner.partner_app, name="partner")
app.command("talk")(talk.talk_command)
app.command("debrief")(talk.debrief_command)


def main() -> None:
    """Run the command line (the console script goes through pausecoach.launch first)."""
    app()
