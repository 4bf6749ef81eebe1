"""`pausecoach check`: the phrasing checker on the command line (no Textual)."""

from __future__ import annotations

import typer


def check_command(
    text: str = typer.Argument(
        ...,
        metavar="TEXT",
        help='The opening line to check, in quotes; or "-" to read one per line from standard input.',
    ),
    json_output: bool = typer.Option(
        False, "--json", help="Print JSON: one object (one per line when reading standard input)."
    ),
) -> None:
    """Check how an opening line will land: highlights harsh words and suggests gentler ones.

    Exit code: 0 soft, 1 harsh, 3 when the words speak of danger (helplines are shown instead).
    Nothing leaves your computer.
    """
    from pausecoach.commands.check_text import run_check

    raise typer.Exit(run_check(text, json_output))
