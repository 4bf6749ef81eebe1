"""`pausecoach check` without Typer: check opening lines, print what they show, give the exit code.

launch.py runs `pausecoach check "TEXT"` straight through here; the Typer command
(commands/check.py) does the same for every other form.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING

from pausecoach.commands.common import EXIT_USAGE, err, fail, out

if TYPE_CHECKING:
    from pausecoach.core.checker import CheckResult

EXIT_CODES = {"soft": 0, "harsh": 1, "unsafe": 3}
STDIN = "-"


def run_check(text: str, json_output: bool = False) -> int:
    """Check `text` (or standard input's lines, for "-"), print the result, return the exit code."""
    from pausecoach.core.checker import check, worst_verdict

    if text == STDIN:
        lines = list(_stdin_lines())
        if not lines:
            fail("Nothing to check: standard input had no text.", EXIT_USAGE)
        results = [check(line) for line in lines]
        if json_output:
            _print_json_lines(results)
        else:
            _print_list(lines, results)
        return EXIT_CODES[worst_verdict(r.verdict for r in results)]

    if not text.strip():
        fail(
            'Nothing to check. Put your opening line in quotes: pausecoach check "I feel…", '
            'or use "-" to read lines from standard input.',
            EXIT_USAGE,
        )
    result = check(text)
    if json_output:
        _print_json_lines([result])
    elif result.verdict == "unsafe":
        _print_help()
    else:
        from pausecoach.report.checked import check_view

        out().print(check_view(text, result))
    return EXIT_CODES[result.verdict]


def _stdin_lines() -> Iterator[str]:
    """Non-empty lines of standard input, decoded leniently (a stray byte is not worth a crash)."""
    if sys.stdin is None:
        return
    if sys.stdin.isatty():
        err().print("Reading opening lines, one per line; press Ctrl-D when done.")
    stream = getattr(sys.stdin, "buffer", None)
    raw_lines = (
        (line.decode("utf-8", errors="replace") for line in stream)
        if stream is not None
        else iter(sys.stdin)
    )
    for line in raw_lines:
        line = line.rstrip("\r\n")
        if line.strip():
            yield line


def _print_json_lines(results: list[CheckResult]) -> None:
    import json

    from pausecoach.report.checked import result_dict

    for result in results:
        print(json.dumps(result_dict(result), ensure_ascii=False))


def _print_list(lines: list[str], results: list[CheckResult]) -> None:
    from pausecoach.report.checked import brief_view

    console = out()
    for number, (line, result) in enumerate(zip(lines, results, strict=True), start=1):
        console.print(brief_view(number, line, result))
    if any(r.verdict == "unsafe" for r in results):
        console.print()
        _print_help()


def _print_help() -> None:
    """Helplines for the configured region, instead of coaching."""
    from pausecoach.commands.resources import configured_region, print_helplines
    from pausecoach.pause.words import SAFETY_LEAD

    out().print(SAFETY_LEAD, markup=False)
    out().print()
    print_helplines(*configured_region())
