"""Cue words for the checker's patterns: literals one of which every match must contain.

A pattern whose cues are all absent from a text cannot match it, so it is neither compiled nor
run. Working the cues out means parsing every pattern (as slow as compiling them), so they are
worked out here once and shipped in checker_cues.json; tests/unit/test_checker_api.py
fails when the file is stale. Regenerate: python -m pausecoach.content.checker_cues
"""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path
from typing import Any

from pausecoach.content.checker_rules import CUES_FILE, expanded_patterns, load_checker_data

Cues = frozenset[str] | None
_MAX_CUES = 400  # checking a few hundred substrings still costs microseconds


def _best(candidates: list[frozenset[str]]) -> Cues:
    """The most selective candidate: longest shortest cue, then fewest cues."""
    if not candidates:
        return None
    return max(candidates, key=lambda c: (min(map(len, c)), -len(c)))


def _sequence(items: Any) -> Cues:
    """Cues for a run of parsed items: any one required element's cues will do."""
    from re import _constants as c  # type: ignore[attr-defined]

    candidates: list[frozenset[str]] = []
    run = ""
    for op, arg in items:
        if op is c.LITERAL:
            run += chr(arg)
            continue
        if run:
            candidates.append(frozenset({run.casefold()}))
            run = ""
        found: Cues = None
        if op is c.SUBPATTERN:
            found = _sequence(arg[-1])
        elif op is c.BRANCH:
            parts = [_sequence(branch) for branch in arg[1]]
            if all(p is not None for p in parts):
                found = frozenset().union(*(p for p in parts if p is not None))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and arg[0] >= 1:
            found = _sequence(arg[2])
        elif op is c.IN and arg and all(o is c.LITERAL for o, _ in arg):
            found = frozenset(chr(v).casefold() for _, v in arg)
        elif op is c.ATOMIC_GROUP:
            found = _sequence(arg)
        if found and len(found) <= _MAX_CUES and all(found):
            candidates.append(found)
    if run:
        candidates.append(frozenset({run.casefold()}))
    return _best(candidates)


def cues_for(source: str) -> Cues:
    """Cues for one expanded pattern, or None when no literal is certain to appear."""
    from re import _parser  # type: ignore[attr-defined]

    return _sequence(_parser.parse(source, re.IGNORECASE))


def generate() -> dict[str, list[str] | None]:
    """Cues for every shipped pattern, keyed by its expanded source."""
    out: dict[str, list[str] | None] = {}
    for source in expanded_patterns(load_checker_data()):
        re.compile(source, re.IGNORECASE)  # a broken pattern fails here, not at a user's check
        found = cues_for(source)
        out[source] = sorted(found) if found is not None else None
    return out


def main() -> None:
    """Rewrite checker_cues.json next to the rule files."""
    path = Path(str(resources.files("pausecoach.content").joinpath(CUES_FILE)))
    cues = generate()
    lines = (f"{json.dumps(k, ensure_ascii=False)}: {json.dumps(cues[k])}" for k in sorted(cues))
    path.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")  # a pattern a line
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
