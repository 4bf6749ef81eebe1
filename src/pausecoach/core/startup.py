"""The soft start-up formula: "I feel ___ about ___, and I need ___"."""

from __future__ import annotations

import re

from pausecoach.core.safety import normalise_apostrophes

_LEADS = {
    "feeling": re.compile(
        r"^(?:i(?:\s+(?:feel|felt|am|am\s+feeling)|\s*'?m(?:\s+feeling)?)|feeling)\s+", re.I
    ),
    "situation": re.compile(r"^(?:about|that|when)\s+", re.I),
    "need": re.compile(
        r"^(?:and\s+)?(?:i\s+(?:really\s+)?(?:need|want)|i'd\s+(?:like|love)|"
        r"i\s+would\s+(?:like|love))\s+",
        re.I,
    ),
}

# What people type into the "I need" box as a question or a suggestion, and the object it becomes
# after "I need": "could we take turns?" -> "us to take turns", "can you text me?" -> "you to text me".
_NEED_ASKS = (
    (
        re.compile(
            r"^(?:(?:so\s+)?maybe\s+)?(?:(?:could|can|would|will|shall)\s+we|we\s+(?:could|can|should|"
            r"might)|let'?s|let\s+us|how\s+about\s+we|what\s+if\s+we)\s+(?:please\s+)?",
            re.I,
        ),
        "us to ",
    ),
    (
        re.compile(
            r"^(?:(?:could|can|would|will)\s+you|you\s+(?:could|can|would|should))\s+(?:please\s+)?",
            re.I,
        ),
        "you to ",
    ),
    (re.compile(r"^please\s+", re.I), "you to "),
    (re.compile(r"^(?:could|can|may)\s+i\s+", re.I), "to "),
    (re.compile(r"^we\s+(?=\w)", re.I), "us to "),
)


def _clean(part: str, kind: str) -> str:
    text = " ".join(normalise_apostrophes(part).split())
    text = _LEADS[kind].sub("", text)
    text = text.rstrip(" .,;!?")
    return as_need(text) if kind == "need" else text


def as_need(text: str) -> str:
    """What follows "I need", from a question or suggestion typed in the need box."""
    for pattern, lead in _NEED_ASKS:
        match = pattern.match(text)
        if match and text[match.end() :].strip():
            rest = text[match.end() :]
            # "please" may come after the verb too: "could you please help" -> "you to help"
            return lead + re.sub(r"^please\s+", "", rest, flags=re.I)
    return text


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
