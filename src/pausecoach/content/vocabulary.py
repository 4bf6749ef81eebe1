"""Feelings and needs (content/feelings.toml): the checker's feeling words and a pick list."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from pausecoach.content.files import read_toml

FILE = "feelings.toml"


@dataclass(frozen=True)
class WordGroup:
    """A labelled group of feeling or need words ("lonely": left out, invisible...)."""

    label: str
    words: tuple[str, ...]


def _groups(raw: object, table: str) -> tuple[WordGroup, ...]:
    if not isinstance(raw, list) or not raw:
        raise ValueError(f"{FILE}: [[{table}]] needs at least one group")
    out: list[WordGroup] = []
    for entry in raw:
        if not isinstance(entry, dict) or set(entry) != {"label", "words"}:
            raise ValueError(f"{FILE}: each [[{table}]] has a label and words")
        label, words = entry["label"], entry["words"]
        if not isinstance(label, str) or not label or not isinstance(words, list) or not words:
            raise ValueError(f"{FILE}: {table} group {label!r} needs a label and some words")
        for word in words:
            if not isinstance(word, str) or not word.strip() or word != word.lower():
                raise ValueError(f"{FILE}: {table} word {word!r} must be lower case text")
        out.append(WordGroup(label, tuple(words)))
    return tuple(out)


@cache
def _load() -> dict[str, tuple[WordGroup, ...]]:
    data = read_toml(FILE)
    if set(data) != {"feelings", "needs"}:
        raise ValueError(f"{FILE} holds [[feelings]] and [[needs]] only")
    return {table: _groups(data[table], table) for table in ("feelings", "needs")}


def feelings() -> tuple[WordGroup, ...]:
    """Feeling words in groups, for the pick list and the checker."""
    return _load()["feelings"]


def needs() -> tuple[WordGroup, ...]:
    """Needs in groups, phrased positively, for the pick list."""
    return _load()["needs"]


def feeling_phrases() -> list[str]:
    """Every feeling word, lower case, as the checker matches them (one to three words)."""
    return [w.replace("-", " ") for group in feelings() for w in group.words]
