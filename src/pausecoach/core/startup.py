"""The soft start-up formula: "I feel ___ about ___, and I need ___"."""

from __future__ import annotations

import re

from pausecoach.core.safety import normalise_apostrophes

_LEADS = {
    "feeling": re.compile(
        r"^(?:i(?:\s+(?:feel|felt|am|am\s+feeling)|\s*'?m(?:\s+feeling)?)|feeling)\s+", re.I
    ),
    "situation": re.compile(r"^(?:about|that|when)\s+", re.I),
    "need": re.compile(r"^(?:i\s+need|i'd\s+like|i\s+would\s+like|and\s+i\s+need)\s+", re.I),
}


def _clean(part: str, kind: str) -> str:
    text = " ".join(normalise_apostrophes(part).split())
    text = _LEADS[kind].sub("", text)
    return text.rstrip(" .,;!")


def build_formula(feeling: str, situation: str, need: str) -> str:
    """Join the three parts into one sentence, tidying what people typically type into each box."""
    feel, about, want = (
        _clean(feeling, "feeling"),
        _clean(situation, "situation"),
        _clean(need, "need"),
    )
    parts: list[str] = []
    if feel:
        parts.append(f"I feel {feel}")
    if about:
        joiner = "when" if re.match(r"^(?:you|we|i|they)\b", about, re.I) else "about"
        parts.append(f"{joiner} {about}" if parts else f"{joiner.capitalize()} {about}")
    sentence = " ".join(parts)
    if want:
        # "I feel X, and I need Y" but "When X, I need Y": no dangling "and" without a feeling.
        glue = ", and I need" if feel else ", I need"
        sentence = f"{sentence}{glue} {want}" if sentence else f"I need {want}"
    return f"{sentence}." if sentence else ""


def missing_parts(feeling: str, situation: str, need: str) -> list[str]:
    """Which of the three parts are still empty, in plain words."""
    names = (("a feeling", feeling), ("a specific situation", situation), ("what you need", need))
    return [name for name, value in names if not value.strip()]
