"""The `pausecoach` command line. Keep imports light: Textual loads only when a screen opens."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="pausecoach",
    help="A calm coach for when a fight with your partner floods you. Self-help, not therapy.",
    no_args_is_help=False,
    add_completion=True,
)


@app.callback(invoke_without_command=True)
def main_callback(ctx: typer.Context) -> None:
    """Start a pause (the full-screen coach) when no command is given."""
    if ctx.invoked_subcommand is None:
        typer.echo("The pause flow is coming soon.")


def main() -> None:
    """Console-script entry point."""
    app()
