"""Builds the phrasing checker from content/checker*.toml, validated at load, cached here.

No models and no compiling at load: `pausecoach check` pays only for reading the rules (from
their JSON copies, content/files.read_toml) and for the few patterns a text can match (checker_cues.json says which literal words each pattern
needs, as a cue formula of core/cues.py).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any, get_args

from pausecoach.content.files import read_text, read_toml
from pausecoach.content.vocabulary import feeling_phrases
from pausecoach.core.checker import (
    CheckResult,
    Pattern,
    PhraseChecker,
    Rule,
    RuleKind,
    RuleSet,
)
from pausecoach.core.cues import Formula

_MACRO = re.compile(r"\{([a-z_]+)\}")
MAIN_FILE = "checker.toml"
RULE_FILES = ("checker_criticism.toml", "checker_contempt.toml", "checker_more.toml")
CUES_FILE = "checker_cues.json"
KINDS = frozenset(get_args(RuleKind))
_NEEDS_PATTERNS = frozenset({"match", "absent", "negative_need", "bonus"})
_RULE_KEYS = {
    "id": str,
    "title": str,
    "kind": str,
    "category": str,
    "message": str,
    "suggestion": str,
    "penalty": int,
    "bonus": int,
    "patterns": list,
    "exceptions": list,
    "words": list,
    "limit": int,
    "replaces": str,
    "vocabulary": bool,
    "frames": list,
}
_REQUIRED = ("id", "title", "kind", "category", "message", "suggestion")
_SETTINGS = {
    "harsh_below": (1, 100),
    "max_bonus": (0, 50),
    "repeat_cap": (1, 10),
    "sentence_limit": (1, 50),
    "severe_at": (1, 100),
    "max_chars": (100, 100_000),
    "max_lines": (1, 1_000_000),
}


@dataclass(frozen=True)
class Horseman:
    """How the checker names a kind of attack, and its antidote (CONTENT.md 5.6)."""

    name: str
    meaning: str
    antidote: str


@dataclass(frozen=True)
class CheckerContent:
    """Everything the checker files hold, validated: rules, limits and the horsemen."""

    rules: RuleSet
    horsemen: Mapping[str, Horseman]  # category -> horseman
    max_chars: int
    max_lines: int


def expand(pattern: str, macros: Mapping[str, str], depth: int = 0) -> str:
    """Replace {name} with its macro (macros may use other macros)."""
    if depth > 5:
        raise ValueError("macros nest too deeply")

    def one(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in macros:
            raise ValueError(f"unknown macro {{{name}}}")
        return expand(macros[name], macros, depth + 1)

    return _MACRO.sub(one, pattern)


def _check_rule(entry: Any, ids: set[str]) -> dict[str, Any]:
    if not isinstance(entry, dict):
        raise ValueError("each [[rules]] entry must be a table")
    where = f"rule {entry.get('id', '?')}"
    unknown = set(entry) - set(_RULE_KEYS)
    if unknown:
        raise ValueError(f"{where}: unknown keys {sorted(unknown)}")
    for key in _REQUIRED:
        if key not in entry:
            raise ValueError(f"{where}: missing {key}")
    for key, value in entry.items():
        if not isinstance(value, _RULE_KEYS[key]) or (
            key != "vocabulary" and isinstance(value, bool)
        ):
            raise ValueError(f"{where}: {key} must be {_RULE_KEYS[key].__name__}")
    if not re.fullmatch(r"[a-z][a-z-]*", entry["id"]) or entry["id"] in ids:
        raise ValueError(f"{where}: rule ids must be unique lower-case words")
    if entry["kind"] not in KINDS:
        raise ValueError(f"{where}: unknown kind {entry['kind']!r}")
    if entry["kind"] in _NEEDS_PATTERNS and not entry.get("patterns"):
        raise ValueError(f"{where} ({entry['kind']}) needs patterns")
    if not 0 <= entry.get("penalty", 0) <= 100 or not 0 <= entry.get("bonus", 0) <= 50:
        raise ValueError(f"{where}: penalty 0-100, bonus 0-50")
    return entry


def _patterns(
    entry: Mapping[str, Any], key: str, macros: Mapping[str, str], cues: Mapping[str, Any]
) -> tuple[Pattern, ...]:
    """One rule's patterns (or exceptions), expanded, each with its cue words when known."""
    out = []
    for raw in entry.get(key, []):
        source = expand(raw, macros)
        if source not in cues:  # shipped patterns are compiled by a test instead, not at load
            try:
                re.compile(source, re.IGNORECASE)
            except re.error as exc:
                raise ValueError(f"rule {entry['id']}: bad pattern {raw!r}: {exc}") from exc
        out.append(Pattern(source, cues.get(source)))
    return tuple(out)


def load_checker_data() -> dict[str, Any]:
    """checker.toml (settings, macros, horsemen, formula rules) plus the other rule files."""
    data = read_toml(MAIN_FILE)
    for name in RULE_FILES:
        extra = read_toml(name)
        data["rules"] = [*extra.pop("rules", []), *data.get("rules", [])]
        if extra:
            raise ValueError(f"{name} may only hold [[rules]], not {sorted(extra)}")
    return data


def expanded_patterns(data: Mapping[str, Any]) -> list[str]:
    """Every pattern and exception of every rule, with its macros expanded."""
    macros = data.get("macros", {})
    return [
        expand(p, macros)
        for entry in data.get("rules", [])
        for p in (*entry.get("patterns", []), *entry.get("exceptions", []))
    ]


def build(data: Mapping[str, Any], cues: Mapping[str, Formula] | None = None) -> CheckerContent:
    """Validate the checker files' data and build the rules (patterns compile on first use)."""
    unknown = set(data) - {"settings", "macros", "horsemen", "rules"}
    if unknown:
        raise ValueError(f"unknown tables {sorted(unknown)}")
    settings = dict(data.get("settings", {}))
    bare = settings.pop("bare_complaint", [])
    for key, (low, high) in _SETTINGS.items():
        value = settings.pop(key, None)
        if not isinstance(value, int) or not low <= value <= high:
            raise ValueError(f"settings.{key} must be a whole number {low}-{high}")
        settings[key] = value
    macros = data.get("macros", {})
    rules: list[Rule] = []
    ids: set[str] = set()
    cues = cues or {}
    for raw in data.get("rules", []):
        entry = _check_rule(raw, ids)
        ids.add(entry["id"])

        words = [w.lower() for w in entry.get("words", [])]
        if entry.get("vocabulary"):
            words += feeling_phrases()
        rules.append(
            Rule(
                id=entry["id"],
                kind=entry["kind"],
                category=entry["category"],
                title=entry["title"],
                message=entry["message"],
                suggestion=entry["suggestion"],
                penalty=entry.get("penalty", 0),
                bonus=entry.get("bonus", 0),
                patterns=_patterns(entry, "patterns", macros, cues),
                exceptions=_patterns(entry, "exceptions", macros, cues),
                words=frozenset(words),
                frames=frozenset(w.lower() for w in entry.get("frames", [])),
                limit=entry.get("limit", 0),
                replaces=entry.get("replaces", ""),
            )
        )
    for rule in rules:
        if rule.kind == "negative_need" and rule.replaces not in ids:
            raise ValueError(f"rule {rule.id} replaces unknown rule {rule.replaces!r}")
    if set(bare) - ids:
        raise ValueError(f"bare_complaint names unknown rules: {sorted(set(bare) - ids)}")
    horsemen: dict[str, Horseman] = {}
    for category, entry in data.get("horsemen", {}).items():
        if set(entry) != {"name", "meaning", "antidote"}:
            raise ValueError(f"horsemen.{category} needs name, meaning and antidote")
        horsemen[category] = Horseman(entry["name"], entry["meaning"], entry["antidote"])
    attack_categories = {r.category for r in rules if r.penalty} - {"missing-part", "clarity"}
    if attack_categories - set(horsemen):
        raise ValueError(f"no [horsemen] entry for {sorted(attack_categories - set(horsemen))}")
    rule_set = RuleSet(
        tuple(rules),
        settings["harsh_below"],
        settings["max_bonus"],
        settings["repeat_cap"],
        settings["sentence_limit"],
        tuple(bare),
        settings["severe_at"],
    )
    return CheckerContent(rule_set, horsemen, settings["max_chars"], settings["max_lines"])


def _shipped_cues() -> dict[str, Formula]:
    """The cue formula per pattern (generated by `python -m pausecoach.content.checker_cues`)."""
    cues: dict[str, Formula] = json.loads(read_text(CUES_FILE))
    return cues


@cache
def shipped() -> CheckerContent:
    """The shipped checker content, read and validated once."""
    # A pattern missing from the cue file (changed since it was made) is compiled here to
    # validate it, and then always runs: slower, never wrong; a test catches the stale file.
    return build(load_checker_data(), _shipped_cues())


@cache
def checker() -> PhraseChecker:
    """The checker with the shipped rules, built on first use."""
    return PhraseChecker(shipped().rules)


def shipped_rules() -> RuleSet:
    """The shipped rule set."""
    return shipped().rules


def check(text: str) -> CheckResult:
    """Check one start-up with the shipped rules."""
    return checker().check(text)
