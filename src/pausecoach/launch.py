"""The console-script entry point: straight into a pause when there is nothing to parse."""

from __future__ import annotations

import gc
import os
import sys

# Set by the shell completion script that `pausecoach --install-completion` installs.
COMPLETION_VAR = "_PAUSECOACH_COMPLETE"


def tolerate_any_encoding() -> None:
    """On a terminal that is not UTF-8 (an ASCII or Latin-1 locale), print '?' for characters it
    cannot show, rather than stopping with UnicodeEncodeError."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")


def is_plain_check(args: list[str]) -> bool:
    """`check TEXT` and nothing else, TEXT not an option (a lone "-" reads standard input)."""
    return len(args) == 2 and args[0] == "check" and (args[1] == "-" or args[1][:1] != "-")


def main() -> None:
    """Run `pausecoach`. With no arguments, skip the command-line parser entirely.

    Someone flooded types `pausecoach` and waits: every import before the first frame counts.
    """
    # Start-up allocates tens of thousands of objects (imports, content, patterns) and makes
    # almost no cyclic garbage, yet the collector would scan them some forty times: ~5 ms of a
    # 60 ms `check`, more before the first frame. It comes back on where start-up ends: after
    # the first frame (tui/app.py), when a Typer command starts (cli.py), before reading
    # standard input. The fast paths print a bounded amount and exit with it off.
    gc.disable()
    tolerate_any_encoding()
    if COMPLETION_VAR in os.environ:  # the shell asking for completions: always the parser
        from pausecoach.cli import app

        app()
        return
    if sys.argv[1:] in ([], ["--reduce-motion"]):
        from pausecoach.commands.pause import run_pause

        run_pause(reduce_motion=len(sys.argv) == 2)
        return
    if sys.argv[1:] in (["history"], ["history", "stats"]):  # everyday reviews: Typer costs more
        from pausecoach.commands.history import run_plain

        run_plain(sys.argv[2:])
        return
    if is_plain_check(sys.argv[1:]):  # `check "TEXT"`: importing Typer costs more than checking
        from pausecoach.commands.check import STDIN, run_check

        if sys.argv[2] == STDIN:
            gc.enable()  # any number of lines may follow
        run_check(sys.argv[2])
    from pausecoach.cli import app

    app()
