"""The `pausecoach` command line. Keep imports light: Textual loads only when a screen opens."""

from __future__ import annotations

import typer

from pausecoach import __version__
from pausecoach.commands import breathe

HELP = (
    "A calm coach for the moment a fight with your partner floods you: notice it, take a real "
    "break with a time to come back, breathe, and return with a gentle opening.\n\n"
    "Run with no command to start a pause. Self-help, not therapy: if anyone is in danger, "
    "call your local emergency number (`pausecoach resources` lists helplines)."
)

app = typer.Typer(
    name="pausecoach",
    help=HELP,
    no_args_is_help=False,
    add_completion=True,
    rich_markup_mode="rich",
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
    no_save: bool = typer.Option(
        False,
        "--no-save",
        help="Take a pause that writes nothing at all to disk (for a shared computer).",
    ),
) -> None:
    """Start a pause (the full-screen coach) when no command is given."""
    if ctx.invoked_subcommand is None:
        from pausecoach.commands.pause import run_pause

        run_pause(saving=not no_save)


# Commands: one module each under pausecoach.commands, registered here (imports stay light).
app.command("breathe")(breathe.breathe_command)
app.command("baseline")(breathe.baseline_command)


def main() -> None:
    """Run the command line (the console script goes through pausecoach.launch first)."""
    app()
