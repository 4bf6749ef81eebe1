"""Cue formulas: the literal words a regular expression's every match must contain.

A pattern whose formula a text fails cannot match that text, so it need not be compiled or
run: compiling a long pattern costs far more (milliseconds) than a few substring tests.

A formula is None (nothing is certain), a string (a literal, casefolded, that every match
contains), or a list ["&", f, ...] (every part holds) or ["|", f, ...] (at least one does). Lists, so
a formula reads back unchanged from JSON; `frozen` makes tuples of them for frozen records.

Working a formula out means parsing the pattern, about as slow as compiling it, so formulas
are worked out ahead (`python -m pausecoach.content.checker_cues`) and shipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

Formula = str | list[Any] | tuple[Any, ...] | None
ALL, ANY = "&", "|"
_MAX_ANY = 400  # checking a few hundred substrings still costs microseconds


def _join(op: str, parts: Iterable[Formula]) -> Formula:
    """`op` over `parts`, flattened and simplified (None: nothing is certain)."""
    kept: list[Formula] = []
    for part in parts:
        if part is None:
            if op == ANY:
                return None  # one branch with no certain literal: nothing is certain
            continue
        nested = part[1:] if isinstance(part, list) and part[0] == op else [part]
        kept += [p for p in nested if p not in kept]
    if op == ANY and len(kept) > _MAX_ANY:
        return None
    if not kept:
        return None
    return kept[0] if len(kept) == 1 else [op, *kept]


def _sequence(items: Any) -> Formula:
    """Every required element of a run of parsed items (literals next to each other join)."""
    from re import _constants as c  # type: ignore[attr-defined]

    parts: list[Formula] = []
    run = ""
    for op, arg in items:
        if op is c.LITERAL:
            run += chr(arg)
            continue
        if run:
            parts.append(run.casefold())
            run = ""
        if op is c.SUBPATTERN:
            parts.append(_sequence(arg[-1]))
        elif op is c.ATOMIC_GROUP:
            parts.append(_sequence(arg))
        elif op is c.BRANCH:
            parts.append(_join(ANY, (_sequence(branch) for branch in arg[1])))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and arg[0] >= 1:
            parts.append(_sequence(arg[2]))
        elif op is c.IN and arg and all(o is c.LITERAL for o, _ in arg):
            parts.append(_join(ANY, (chr(v).casefold() for _, v in arg)))
        # Anything else (classes, anchors, look-arounds, optional parts) promises nothing.
    if run:
        parts.append(run.casefold())
    return _join(ALL, parts)


def formula(source: str, flags: int = 0) -> Formula:
    """The cue formula of one pattern."""
    from re import _parser  # type: ignore[attr-defined]

    return _sequence(_parser.parse(source, flags))


def may_match(cues: Formula, folded: str) -> bool:
    """False only when a pattern with these cues cannot match the casefolded text."""
    if cues is None:
        return True
    if isinstance(cues, str):
        return cues in folded
    # Plain loops, not all()/any() over generators: this runs for every pattern of every text.
    every: bool = cues[0] == ALL
    for index in range(1, len(cues)):
        part = cues[index]
        holds: bool = part in folded if isinstance(part, str) else may_match(part, folded)
        if holds != every:
            return holds
    return every


def frozen(cues: Formula) -> Formula:
    """The formula with tuples for lists, so whatever holds it stays hashable."""
    if isinstance(cues, list | tuple):
        return tuple(frozen(part) for part in cues)
    return cues


def literals(cues: Formula) -> set[str]:
    """Every literal a formula names (for tests and reports)."""
    if cues is None:
        return set()
    if isinstance(cues, str):
        return {cues}
    return set().union(*(literals(part) for part in cues[1:]))


def compiled_if_possible(
    source: str, cues: Formula, folded: str, cache: dict[str, re.Pattern[str]], flags: int = 0
) -> re.Pattern[str] | None:
    """The compiled pattern (compiled once, kept in `cache`), or None when it cannot match."""
    if not may_match(cues, folded):
        return None
    found = cache.get(source)
    if found is None:
        found = cache[source] = re.compile(source, flags)
    return found
