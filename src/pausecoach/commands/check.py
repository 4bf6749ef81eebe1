"""`pausecoach check`: the phrasing checker on the command line (no Textual, no Typer).

cli.py declares the command's arguments for Typer; `pausecoach check TEXT` with nothing else
skips Typer and calls run_check directly (launch.py), the same function either way.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, NoReturn

from pausecoach.commands.common import EXIT_USAGE, err, fail, out

if TYPE_CHECKING:
    from pausecoach.core.checker import CheckResult

# 2 is taken by usage errors (commands/common.py), so plain and not-English come after danger.
EXIT_CODES = {"gentle": 0, "harsh": 1, "unsafe": 3, "plain": 4, "not_english": 5}
STDIN = "-"
TEXT_HELP = 'The opening line to check, in quotes; or "-" to read one per line from standard input.'
JSON_HELP = "Print JSON: one object (one per line when reading standard input)."
HELP = """Check how an opening line will land: names what it hears and suggests gentler words.

Exit code: 0 gentle, 1 harsh (an attack is heard), 4 plain (no attack, but no feeling or
request either: it could be warmer), 5 not English (not judged), 3 when the words speak of
danger, clearly or possibly (helplines are shown instead; with --json a "danger" field
carries the level, categories and helplines), 2 the text was missing or too long. Nothing
leaves your computer.
"""


def run_check(text: str, json_output: bool = False) -> NoReturn:
    """Check `text` (or each line of standard input for "-"), print, and exit with its code."""
    from pausecoach.content.checker_rules import check, shipped
    from pausecoach.core.checker import worst_verdict

    limits = shipped()
    if text == STDIN:
        lines = _bounded_lines(limits.max_lines, limits.max_chars)
        if not lines:
            fail("Nothing to check: standard input had no text.", EXIT_USAGE)
        results = [check(line) for line in lines]
        if json_output:
            _print_json_lines(lines, results)
        else:
            _print_list(lines, results)
        raise SystemExit(EXIT_CODES[worst_verdict(r.verdict for r in results)])

    if not text.strip():
        fail(
            'Nothing to check. Put your opening line in quotes: pausecoach check "I feel…", '
            'or use "-" to read lines from standard input.',
            EXIT_USAGE,
        )
    if len(text) > limits.max_chars:
        fail(_too_long(len(text), limits.max_chars), EXIT_USAGE)
    result = check(text)
    if json_output:
        _print_json_lines([text], [result])
    elif result.verdict == "unsafe":
        _print_help(_categories([text]))
    else:
        from pausecoach.report.checked import check_view

        out().print(check_view(text, result))
    raise SystemExit(EXIT_CODES[result.verdict])


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


def _too_long(chars: int, limit: int, where: str = "The line") -> str:
    return (
        f"{where} is too long to check: {chars:,} characters; the limit is {limit:,}. "
        "A start-up lands best in two or three sentences: say the feeling, the moment and the need."
    )


def _bounded_lines(max_lines: int, max_chars: int) -> list[str]:
    """The lines of standard input, refused with a message above the limits."""
    lines: list[str] = []
    for number, line in enumerate(_stdin_lines(), start=1):
        if len(line) > max_chars:
            fail(_too_long(len(line), max_chars, f"Line {number}"), EXIT_USAGE)
        if len(lines) == max_lines:
            fail(
                f"Too many lines to check: the limit is {max_lines:,} at a time. "
                "Split the file and check it in parts.",
                EXIT_USAGE,
            )
        lines.append(line)
    return lines


def _print_json_lines(texts: list[str], results: list[CheckResult]) -> None:
    import json

    from pausecoach.report.checked import result_dict

    region = None
    for text, result in zip(texts, results, strict=True):
        data = result_dict(result, text)
        if result.verdict == "unsafe":
            from pausecoach.commands.resources import configured_region
            from pausecoach.report.checked import danger_dict

            region = region or configured_region()[0]
            data["danger"] = danger_dict(text, region)
        sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")


def _print_list(lines: list[str], results: list[CheckResult]) -> None:
    from pausecoach.report.checked import brief_view

    console = out()
    for number, (line, result) in enumerate(zip(lines, results, strict=True), start=1):
        console.print(brief_view(number, line, result))
    unsafe = [line for line, r in zip(lines, results, strict=True) if r.verdict == "unsafe"]
    if unsafe:
        console.print()
        _print_help(_categories(unsafe))


def _categories(texts: list[str]) -> tuple[str, ...]:
    """The danger categories of these texts, most urgent first (their help is listed first)."""
    from pausecoach.core.safety import CATEGORIES, assess_danger

    found = {c for text in texts for c in assess_danger(text).categories}
    return tuple(c for c in CATEGORIES if c in found)


def _print_help(categories: tuple[str, ...] = ()) -> None:
    """Helplines for the configured region, the ones that fit first, instead of coaching."""
    from pausecoach.commands.resources import configured_region, print_helplines
    from pausecoach.pause.words import SAFETY_LEAD

    out().print(SAFETY_LEAD, markup=False)
    out().print()
    print_helplines(*configured_region(), categories)
