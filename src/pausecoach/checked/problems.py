"""What went wrong while checking one input: each problem with the path to its field."""

from __future__ import annotations

from typing import Any

Loc = tuple[str | int, ...]


class ValidationError(ValueError):
    """Everything wrong with one input, each problem with its field path."""

    def __init__(self, title: str, problems: list[dict[str, Any]]) -> None:
        self.title = title
        self._problems = problems
        super().__init__(str(self))

    def errors(self) -> list[dict[str, Any]]:
        """The problems: dicts with `type`, `loc` (field path), `msg` and `input`."""
        return [dict(p) for p in self._problems]

    def __str__(self) -> str:
        count = len(self._problems)
        lines = [f"{count} problem{'s' if count != 1 else ''} in {self.title}"]
        for problem in self._problems:
            where = ".".join(str(part) for part in problem["loc"]) or "(whole)"
            lines.append(f"{where}\n  {problem['msg']}")
        return "\n".join(lines)


class Problems:
    """Problems gathered while checking one input."""

    def __init__(self) -> None:
        self.items: list[dict[str, Any]] = []

    def add(self, kind: str, loc: Loc, msg: str, value: Any) -> None:
        self.items.append({"type": kind, "loc": loc, "msg": msg, "input": value})


class Refused(Exception):
    """One value refused; the checker that raised it has already noted why."""


def refuse(problems: Problems, kind: str, loc: Loc, msg: str, value: Any) -> Any:
    """Note why `value` is refused, then refuse it."""
    problems.add(kind, loc, msg, value)
    raise Refused
