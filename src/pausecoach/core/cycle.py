"""The cycle map: my move, their move, my next move, and the sentence that names the loop."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime

FIELDS = ("my_move", "my_feeling", "my_longing", "their_move", "their_feeling", "my_next")
MAX_ANSWER = 160

_EDGES = " \t\n\"'“”‘’`.,;:!?…-–—"
_MY_SUBJECT = re.compile(r"^(?:and\s+)?(?:then\s+)?(?:when\s+)?i\s+(?!am\b|feel\b|'m\b)", re.I)
_THEIR_SUBJECT = re.compile(
    r"^(?:and\s+)?(?:then\s+)?(?:when\s+)?(they|you|he|she|my\s+\w+)\s+(?!are\b|feel\b|feels\b)",
    re.I,
)
_MY_FEELING = re.compile(r"^(?:underneath,?\s+)?(?:i\s+feel|i'm|i\s+am|i\s+get|feeling)\s+", re.I)
_MY_LONGING = re.compile(
    r"^(?:what\s+)?i\s+(?:long|want|need|wish|yearn)(?:\s+for|\s+is)?\s+", re.I
)
_THEIR_FEELING = re.compile(
    r"^(?:underneath,?\s+)?(?:they|he|she|my\s+\w+)\s+(?:may\s+|might\s+|probably\s+)?"
    r"(?:feels?|is|are|gets?)\s+",
    re.I,
)
_IRREGULAR = {"goes": "go", "does": "do", "has": "have", "is": "are", "was": "were"}
_MY_PARTNER = re.compile(r"\bmy\s+(?:partner|wife|husband|girlfriend|boyfriend|spouse)\b", re.I)
# Words after which 'her' is the person ('follow her around'), not a possessive ('her phone').
_NOT_NOUNS = {
    "around",
    "about",
    "to",
    "into",
    "out",
    "from",
    "with",
    "and",
    "or",
    "then",
    "until",
    "when",
    "up",
    "down",
    "away",
    "off",
    "again",
    "more",
    "even",
    "harder",
    "back",
}
_JOINS = {"and", "or", "then", "but"}
_NOT_VERBS = {"this", "his", "hers", "its", "us", "always", "sometimes", "perhaps", "things"}
_POSSESSIVE = {
    "his": "your",
    "her": "your",
    "their": "your",
    "himself": "yourself",
    "herself": "yourself",
    "themselves": "yourself",
    "themself": "yourself",
}


class CycleError(ValueError):
    """A cycle map that cannot be used; the message says what is missing."""


def tidy(text: str) -> str:
    """One answer as a fragment: spaces collapsed, edge quotes and punctuation gone, a first
    capital lowered (but not 'I' or an acronym like 'ADHD')."""
    cleaned = " ".join((text or "").split()).strip(_EDGES)
    keep = len(cleaned) < 2 or cleaned[1].isupper() or re.match(r"^I\b", cleaned) is not None
    return cleaned if keep else cleaned[0].lower() + cleaned[1:]


def _second_person(word: str) -> str:
    """'goes' → 'go', 'shuts,' → 'shut,', 'cries' → 'cry' (for 'you …')."""
    verb = word.rstrip(",;:")
    return _verb_for_you(verb) + word[len(verb) :]


def _verb_for_you(verb: str) -> str:
    lower = verb.lower()
    if lower in _IRREGULAR:
        return _IRREGULAR[lower]
    if lower.endswith("ies") and len(lower) > 4:
        return verb[:-3] + "y"
    if re.search(r"(?:ss|sh|ch|x|z|o)es$", lower):
        return verb[:-2]
    if lower.endswith("s") and not lower.endswith("ss") and len(lower) > 2:
        return verb[:-1]
    return verb


def _partner_as_you(text: str) -> str:
    """'follow her around' → 'follow you around', 'criticise his cooking' → '… your cooking'."""
    text = _MY_PARTNER.sub("you", text)
    words = text.split(" ")
    out = []
    for i, word in enumerate(words):
        bare = word.rstrip(",;:").lower()
        after = words[i + 1].lower() if i + 1 < len(words) else ""
        if bare in ("him", "them") or (bare == "her" and (not after or after in _NOT_NOUNS)):
            out.append("you" + word[len(bare) :])
        elif bare in ("his", "her", "their"):
            out.append("your" + word[len(bare) :])
        else:
            out.append(word)
    return " ".join(out)


def my_move(text: str) -> str:
    """What I do, ready to follow 'I', the partner as 'you': 'I follow him.' → 'follow you'."""
    return tidy(_partner_as_you(_MY_SUBJECT.sub("", tidy(text), count=1)))


def their_move(text: str) -> str:
    """What they do, ready to follow 'you': 'He goes quiet.' → 'go quiet'."""
    cleaned = tidy(text)
    match = _THEIR_SUBJECT.match(cleaned)
    if not match:
        return cleaned
    rest = cleaned[match.end() :]
    subject = match.group(1).lower()
    words = rest.split(" ")
    if subject not in ("they", "you"):
        # "goes quiet and leaves" → "go quiet and leave": the verb after a joining word too.
        words = [
            _second_person(w) if i == 0 or (words[i - 1] in _JOINS and w not in _NOT_VERBS) else w
            for i, w in enumerate(words)
        ]
    words = [_POSSESSIVE.get(w.lower(), w) for w in words]
    return tidy(" ".join(words))


def my_feeling(text: str) -> str:
    """What I feel, without a leading 'I feel': 'I feel scared.' → 'scared'."""
    return tidy(_MY_FEELING.sub("", tidy(text), count=1))


def my_longing(text: str) -> str:
    """What I long for, without 'I want': 'I want to be heard' → 'to be heard'."""
    return tidy(_MY_LONGING.sub("", tidy(text), count=1))


def their_feeling(text: str) -> str:
    """What they may feel, without 'they may feel': 'He might feel blamed' → 'blamed'."""
    return tidy(_THEIR_FEELING.sub("", tidy(text), count=1))


@dataclass(frozen=True)
class CycleMap:
    """Answers made on a calm day, kept as tidied fragments."""

    my_move: str
    my_feeling: str
    my_longing: str
    their_move: str
    their_feeling: str
    my_next: str
    made_at: datetime

    @classmethod
    def from_answers(cls, answers: Mapping[str, str], made_at: datetime) -> CycleMap:
        """Tidy raw answers; CycleError names the first one missing."""
        missing = [name for name in FIELDS if not tidy(answers.get(name, ""))]
        if missing:
            raise CycleError(f"The answer '{missing[0]}' is empty.")
        return cls(
            my_move=my_move(answers["my_move"]),
            my_feeling=my_feeling(answers["my_feeling"]),
            my_longing=my_longing(answers["my_longing"]),
            their_move=their_move(answers["their_move"]),
            their_feeling=their_feeling(answers["their_feeling"]),
            my_next=my_move(answers["my_next"]) or my_move(answers["my_move"]),
            made_at=made_at,
        )

    def to_dict(self) -> dict[str, str]:
        """The map as a JSON-ready document."""
        body = asdict(self)
        body["made_at"] = self.made_at.isoformat(timespec="seconds")
        return body

    @classmethod
    def from_dict(cls, body: Mapping[str, object]) -> CycleMap:
        """Read a stored document; CycleError if it is malformed."""
        try:
            values = {name: str(body[name]) for name in FIELDS}
            made_at = datetime.fromisoformat(str(body["made_at"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise CycleError(f"The saved cycle map is damaged ({exc}).") from exc
        return cls(**values, made_at=made_at)

    def texts(self) -> list[str]:
        """Every answer, in question order."""
        return [getattr(self, name) for name in FIELDS]


def fill(template: str, cycle: CycleMap) -> str:
    """A content template with the map's fragments filled in (`{my_move}` and so on)."""
    return template.format(**{name: getattr(cycle, name) for name in FIELDS})


def cycle_sentence(cycle: CycleMap, template: str) -> str:
    """The sentence that names the loop as the shared problem, with a capital and a full stop."""
    sentence = fill(template, cycle).strip()
    sentence = sentence[:1].upper() + sentence[1:]
    return sentence if sentence.endswith((".", "!", "?")) else sentence + "."


def cycle_reminder(cycle: CycleMap, templates: Sequence[str], max_chars: int) -> str:
    """The longest of `templates` that fits in `max_chars`; else the shortest, cut with '…'."""
    filled = [fill(t, cycle) for t in templates]
    for text in filled:
        if len(text) <= max_chars:
            return text
    shortest = min(filled, key=len)
    return shortest[: max_chars - 1].rstrip(" ,") + "…"


def reminder_visible(elapsed: float, every: float = 300.0, shown_for: float = 75.0) -> bool:
    """Whether the cycle reminder shows `elapsed` seconds into a break: briefly, now and then."""
    return elapsed % every < shown_for
