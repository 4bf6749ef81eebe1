"""The `pausecoach` command line. Keep imports light: Textual loads only when a screen opens."""

from __future__ import annotations

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
    if ctx.invoked_subcommand is None:
        if plain:
            from pausecoach.commands.plain import run_plain

            code = run_plain(minutes=minutes, break_seconds=break_seconds, saving=not no_save)
            if code:
                raise typer.Exit(code)
            return
        from pausecoach.commands.pause import run_pause

        run_pause(minutes=minutes, reduce_motion=reduce_motion, saving=not no_save)


# Commands: one module each under pausecoach.commands, registered here (imports stay light).
app.command("breathe")(breathe.breathe_command)
app.command("baseline")(breathe.baseline_command)
history.history_app.command("stats")(stats.stats_command)
app.add_typer(history.history_app)
app.command("export")(backup.export_command)
app.command("import")(backup.import_command)
app.command("forget")(forget.forget_command)
app.command("check")(check.check_command)
app.command("drill")(drill.drill_command)
app.command("plan")(plan.plan_command)
app.add_typer(config.config_app, name="config")
app.command("cycle")(cycle.cycle_command)
app.command("resources")(resources.resources_command)
app.add_typer(partner.partner_app, name="partner")
app.command("talk")(talk.talk_command)
app.command("debrief")(talk.debrief_command)


def main() -> None:
    """Run the command line (the console script goes through pausecoach.launch first)."""
    app()
