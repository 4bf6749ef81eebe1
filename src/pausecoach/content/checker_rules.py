"""Loads the phrasing checker's rules (content/checker*.toml), validated and compiled once."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from pausecoach.core.checker import Rule, RuleSet

_MACRO = re.compile(r"\{([a-z_]+)\}")
MAIN_FILE = "checker.toml"
RULE_FILES = ("checker_criticism.toml", "checker_contempt.toml")


class _Content(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RuleEntry(_Content):
    """One rule as written in checker.toml."""

    id: str = Field(pattern=r"^[a-z][a-z-]*$")
    title: str
    kind: Literal[
        "match",
        "absent",
        "negative_need",
        "caps",
        "pile_up",
        "too_long",
        "bonus",
        "formula",
        "safety",
    ]
    category: str
    message: str
    suggestion: str
    penalty: int = Field(default=0, ge=0, le=100)
    bonus: int = Field(default=0, ge=0, le=50)
    patterns: list[str] = []
    exceptions: list[str] = []
    words: list[str] = []
    limit: int = Field(default=0, ge=0)
    replaces: str = ""


class Settings(_Content):
    harsh_below: int = Field(ge=1, le=100)
    max_bonus: int = Field(ge=0, le=50)
    repeat_cap: int = Field(ge=1)
    sentence_limit: int = Field(ge=1)
    bare_complaint: list[str] = []


class CheckerFile(_Content):
    settings: Settings
    macros: dict[str, str]
    rules: list[RuleEntry] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> CheckerFile:
        ids = [r.id for r in self.rules]
        if len(ids) != len(set(ids)):
            raise ValueError("rule ids must be unique")
        for rule in self.rules:
            if rule.kind in ("match", "absent", "negative_need", "bonus") and not rule.patterns:
                raise ValueError(f"rule {rule.id} ({rule.kind}) needs patterns")
            if rule.kind == "negative_need" and rule.replaces not in ids:
                raise ValueError(f"rule {rule.id} replaces unknown rule {rule.replaces!r}")
            for pattern in (*rule.patterns, *rule.exceptions):
                expand(pattern, self.macros)  # unknown macros fail here; build_rules compiles
        unknown = set(self.settings.bare_complaint) - set(ids)
        if unknown:
            raise ValueError(f"bare_complaint names unknown rules: {sorted(unknown)}")
        return self


def expand(pattern: str, macros: dict[str, str], depth: int = 0) -> str:
    """Replace {name} with its macro (macros may use other macros)."""
    if depth > 5:
        raise ValueError("macros nest too deeply")

    def one(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in macros:
            raise ValueError(f"unknown macro {{{name}}}")
        return expand(macros[name], macros, depth + 1)

    return _MACRO.sub(one, pattern)


def compile_pattern(pattern: str, macros: dict[str, str], rule_id: str) -> re.Pattern[str]:
    """Compile one pattern (case-insensitive), naming the rule when it is broken."""
    try:
        return re.compile(expand(pattern, macros), re.IGNORECASE)
    except (re.error, ValueError) as exc:
        raise ValueError(f"rule {rule_id}: bad pattern {pattern!r}: {exc}") from exc


def build_rules(data: CheckerFile) -> RuleSet:
    """Compile validated rule entries into the checker's rule set."""

    def joined(patterns: list[str], rule_id: str) -> re.Pattern[str] | None:
        if not patterns:
            return None
        return compile_pattern("|".join(f"(?:{p})" for p in patterns), data.macros, rule_id)

    rules = tuple(
        Rule(
            id=entry.id,
            kind=entry.kind,
            category=entry.category,
            title=entry.title,
            message=entry.message,
            suggestion=entry.suggestion,
            penalty=entry.penalty,
            bonus=entry.bonus,
            patterns=joined(entry.patterns, entry.id),
            exceptions=joined(entry.exceptions, entry.id),
            words=frozenset(w.lower() for w in entry.words),
            limit=entry.limit,
            replaces=entry.replaces,
        )
        for entry in data.rules
    )
    s = data.settings
    return RuleSet(
        rules,
        s.harsh_below,
        s.max_bonus,
        s.repeat_cap,
        s.sentence_limit,
        tuple(s.bare_complaint),
    )


def load_checker_file() -> CheckerFile:
    """Read checker.toml (settings, macros, formula rules) plus the other rule files, validated."""
    # Read them here rather than through catalog.read_toml: importing catalog builds some twenty
    # pydantic models (~100 ms) that `pausecoach check` never uses.
    folder = resources.files("pausecoach.content")
    data = tomllib.loads(folder.joinpath(MAIN_FILE).read_text("utf-8"))
    for name in RULE_FILES:
        extra = tomllib.loads(folder.joinpath(name).read_text("utf-8"))
        data["rules"] = [*extra.pop("rules", []), *data.get("rules", [])]
        if extra:
            raise ValueError(f"{name} may only hold [[rules]], not {sorted(extra)}")
    return CheckerFile.model_validate(data)


@cache
def shipped_rules() -> RuleSet:
    """The shipped rule set, compiled on first use."""
    return build_rules(load_checker_file())
