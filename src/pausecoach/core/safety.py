"""Safety screening: words that speak of violence, fear or self-harm lead to the safety screen."""

from __future__ import annotations

import re
from dataclasses import dataclass

_PEOPLE = r"(?:me|you|him|her|them|us|my\s+(?:partner|wife|husband|boyfriend|girlfriend|spouse|kids?|children|son|daughter)|the\s+(?:kids|children|baby))"
_EMOTIONAL_AFTER = r"(?!\s+(?:when|that|so|a\s+lot|deeply|more|because|to\s+hear|by|with\s+(?:words|what)|feelings?|emotionally|inside)\b)"

# Each entry: (kind, pattern). Kinds choose the wording of the safety screen.
_DANGER_PATTERNS: tuple[tuple[str, str], ...] = (
    (
        "self_harm",
        r"\b(?:kill|hurt|harm)(?:ing)?\s+myself\b|\bsuicid\w*|\bwant\s+to\s+die\b|\bend\s+(?:my\s+life|it\s+all)\b",
    ),
    (
        "violence",
        rf"(?<!\bit )\b(?:hit|hits|hitting|punch(?:ed|es|ing)?|slap(?:ped|s|ping)?|kick(?:ed|s|ing)?|shov(?:e|ed|es|ing)|pushed|beat(?:s|ing)?|smack(?:ed|s|ing)?|choke(?:d|s)?|choking|strangl(?:e|ed|es|ing))\s+{_PEOPLE}\b(?!\s+(?:to\s+it|at|up\s+on\s+myself))",
    ),
    (
        "violence",
        # "I'm a bit hurt you didn't…" is a feeling, not an act.
        rf"(?<!'m )(?<!\bam )(?<!\bfeel )(?<!\bfelt )(?<!\bfeeling )(?<!\bbit )(?<!\bwas )(?<!\bso )\b(?:hurt|harm|injur(?:e|ed))(?:s|ing)?\s+{_PEOPLE}\b{_EMOTIONAL_AFTER}",
    ),
    ("violence", r"\b(?:choked|strangled|punched|slapped|shoved)\b"),
    ("violence", r"\b(?:weapon|weapons|knife|knives|gun|guns|firearm|firearms)\b"),
    (
        "violence",
        rf"(?<!\bit )(?<!\bit wouldn't )(?<!\bit won't )(?<!\bis )(?<!'s )(?<!'re )(?<!\bare )\b(?:kill|murder)(?:ed|s|ing)?\s+(?:{_PEOPLE}|myself|yourself|himself|herself)\b",
    ),
    ("threat", r"\bthreat(?:en|ens|ened|ening)?\b"),
    ("fear", rf"\b(?:afraid|scared|frightened|terrified)\s+of\s+{_PEOPLE}\b"),
    (
        "fear",
        r"\bnot\s+(?:feel(?:ing)?\s+)?safe\b|\b(?:don'?t|do\s+not|never)\s+feel\s+safe\b|\bunsafe\b|\bin\s+danger\b",
    ),
    (
        "fear",
        r"\b(?:won'?t|wouldn'?t|doesn'?t|didn'?t)\s+let\s+me\s+(?:leave|go\s+out|out)\b|\blocked\s+me\s+(?:in|out)\b",
    ),
    ("fear", r"\b(?:forced|forces|forcing)\s+me\b|\braped?\b"),
)
_COMPILED = tuple((kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in _DANGER_PATTERNS)


@dataclass(frozen=True)
class DangerHit:
    """A stretch of text that speaks of danger."""

    kind: str
    start: int
    end: int
    text: str


def normalise_apostrophes(text: str) -> str:
    """Turn curly apostrophes into straight ones so patterns match how people really type."""
    return text.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'")


def screen_danger(text: str) -> list[DangerHit]:
    """Every place in `text` that speaks of violence, fear or self-harm, in order."""
    clean = normalise_apostrophes(text)
    hits = [
        DangerHit(kind, m.start(), m.end(), text[m.start() : m.end()])
        for kind, pattern in _COMPILED
        for m in pattern.finditer(clean)
    ]
    hits.sort(key=lambda hit: (hit.start, -hit.end))
    merged: list[DangerHit] = []
    for hit in hits:
        if merged and hit.start < merged[-1].end:
            continue
        merged.append(hit)
    return merged


def is_unsafe(text: str) -> bool:
    """True when the text speaks of violence, fear or self-harm."""
    return bool(screen_danger(text))


_REGION_BY_COUNTRY = {
    "US": "US",
    "CA": "CA",
    "GB": "UK",
    "UK": "UK",
    "IE": "IE",
    "AU": "AU",
    "NZ": "NZ",
}


def resolve_region(setting: str, locale_name: str | None, known: set[str]) -> str:
    """The helpline region: the setting if known, else from the locale (e.g. en_GB → UK), else INTL."""
    if setting and setting != "auto":
        return setting if setting in known else "INTL"
    if locale_name:
        match = re.match(r"^[a-z]{2,3}[_-]([A-Za-z]{2})", locale_name)
        if match:
            region = _REGION_BY_COUNTRY.get(match.group(1).upper())
            if region in known:
                return region
    return "INTL"
