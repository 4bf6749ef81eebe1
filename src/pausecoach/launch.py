"""The console-script entry point: straight into a pause when there is nothing to parse."""

from __future__ import annotations

import sys


def main() -> None:
    """Run `pausecoach`. With no arguments, skip the command-line parser entirely.

    Someone flooded types `pausecoach` and waits: every import before the first frame counts.
    """
    if sys.argv[1:] in ([], ["--reduce-motion"]):
        from pausecoach.commands.pause import run_pause

        run_pause(reduce_motion=len(sys.argv) == 2)
        return
    from pausecoach.cli import app

    app()
