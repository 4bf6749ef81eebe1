"""The console-script entry point: straight into a pause when there is nothing to parse."""

from __future__ import annotations

import sys


def main() -> None:
    """Run `pausecoach`. With no arguments, skip the command-line parser entirely.

    Someone flooded types `pausecoach` and waits: every import before the first frame counts.
    """
    if len(sys.argv) == 1:
        from pausecoach.commands.pause import run_pause

        run_pause()
        return
    if sys.argv[1:] == ["history"]:  # the everyday review: Typer's parsing costs more than it does
        from pausecoach.commands.history import run_plain_history

        run_plain_history()
        return
    from pausecoach.cli import app

    app()
