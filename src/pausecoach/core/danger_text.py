"""Typed text made plain for the danger screen: lower case, texting shorthand and misspellings undone.

The result is one space between tokens, so no pattern ever has to look at runs of whitespace,
and each token remembers where it came from in what the user typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

# A word (letters, digits, apostrophes, and the @ and $ of "k1ll", "$uicide"), a sentence end,
# or a comma. Everything else (spaces, emoji, dashes) only separates tokens.
_TOKEN = re.compile(r"[A-Za-z0-9'@$]+|[.!?;\n]+|,|&")
_LEET = str.maketrans({"1": "i", "3": "e", "0": "o", "4": "a", "@": "a", "$": "s", "5": "s"})
_RUN = re.compile(r"([a-z])\1{2,}")

# Texting shorthand and slang, token by token (values may be several words).
SHORTHAND: dict[str, str] = {
    "u": "you",
    "ya": "you",
    "ur": "your",
    "youre": "you're",
    "r": "are",
    "im": "i'm",
    "ive": "i've",
    "id": "i'd",
    "ima": "i'm going to",
    "imma": "i'm going to",
    "i'ma": "i'm going to",
    "gonna": "going to",
    "gunna": "going to",
    "finna": "going to",
    "wanna": "want to",
    "wana": "want to",
    "gotta": "got to",
    "tryna": "trying to",
    "lemme": "let me",
    "dont": "don't",
    "doesnt": "doesn't",
    "didnt": "didn't",
    "wont": "won't",
    "wouldnt": "wouldn't",
    "cant": "can't",
    "couldnt": "couldn't",
    "isnt": "isn't",
    "wasnt": "wasn't",
    "hasnt": "hasn't",
    "havent": "haven't",
    "hes": "he's",
    "shes": "she's",
    "theyre": "they're",
    "thats": "that's",
    "n": "and",
    "&": "and",
    "2": "to",
    "b4": "before",
    "rn": "right now",
    "bc": "because",
    "cuz": "because",
    "coz": "because",
    "cos": "because",
    "abt": "about",
    "bout": "about",
    "smth": "something",
    "sth": "something",
    "bf": "boyfriend",
    "gf": "girlfriend",
    "hubby": "husband",
    "wifey": "wife",
    "fiancé": "fiance",
    "mom": "mum",
    "kms": "kill myself",
    "kil": "kill",
    "hed": "he'd",
    "theyd": "they'd",
    "kill's": "kills",
    "riffle": "rifle",
    "kmn": "kill myself now",
    "kys": "kill yourself",
    "killmyself": "kill myself",
    "killmyslef": "kill myself",
    "unalive": "kill",
    "unalived": "killed",
    "unaliving": "killing",
    "sewerslide": "suicide",
    "sewer-slide": "suicide",
    "suicidial": "suicidal",
    "selfharm": "self harm",
    "sa'd": "sexually assaulted",
    "sa'ed": "sexually assaulted",
    "raped": "raped",
    "stabed": "stabbed",
    "stabing": "stabbing",
    "slaped": "slapped",
    "hitted": "hit",
    "punshed": "punched",
    "chocked": "choked",
    "choaked": "choked",
    "thretened": "threatened",
    "threatend": "threatened",
    "threatned": "threatened",
    "thretend": "threatened",
    "threating": "threatening",
    "scard": "scared",
    "skared": "scared",
    "scaired": "scared",
    "afriad": "afraid",
    "afaid": "afraid",
    "frightend": "frightened",
    "terifed": "terrified",
    "terified": "terrified",
    "wepon": "weapon",
    "weopon": "weapon",
    "knive": "knife",
    "nife": "knife",
    "controling": "controlling",
    "isolats": "isolates",
    "stalkin": "stalking",
    "beatin": "beating",
    "hittin": "hitting",
    "killin": "killing",
    "chokin": "choking",
    "tho": "though",
    "thru": "through",
    "msgs": "messages",
    "msg": "message",
    "txts": "texts",
    "txt": "text",
    "w": "with",
    "pw": "password",
    "pwd": "password",
    "nite": "night",
    "tonite": "tonight",
    "2nite": "tonight",
    "ppl": "people",
}

# Words that are often misspelt by one letter and matter to the screen. A token of five or more
# letters that is one edit away from one of these (same first letter) is read as it.
FUZZY_KEYS: tuple[str, ...] = (
    "threaten",
    "threatened",
    "threatening",
    "threatens",
    "strangle",
    "strangled",
    "strangling",
    "choking",
    "punched",
    "punching",
    "slapped",
    "slapping",
    "kicked",
    "kicking",
    "shoved",
    "pushed",
    "grabbed",
    "stabbed",
    "stabbing",
    "terrified",
    "terrifies",
    "frightened",
    "frightens",
    "afraid",
    "scared",
    "suicide",
    "suicidal",
    "weapon",
    "weapons",
    "firearm",
    "molested",
    "assaulted",
    "isolates",
    "isolated",
    "controls",
    "controlling",
    "monitors",
    "tracking",
    "tracker",
    "stalking",
    "stalked",
    "strangled",
    "myself",
    "himself",
    "herself",
    "beating",
    "hitting",
    "killing",
    "murder",
    "abusive",
    "abusing",
    "bruises",
    "overdose",
)
# Real words one edit away from a key: never "corrected".
NOT_FUZZED = frozenset(
    {
        "thread",
        "threads",
        "sacred",
        "scarce",
        "scarred",
        "scarf",
        "shaved",
        "shovel",
        "kicker",
        "pusher",
        "rushed",
        "pushes",
        "grabber",
        "stable",
        "stabled",
        "molester",
        "monitor",
        "tracing",
        "tracker",
        "tracks",
        "tracked",
        "control",
        "herself",
        "himself",
        "myself",
        "hitting",
        "killing",
        "beating",
        "batting",
        "punching",
        "kissing",
        "kissed",
        "frighten",
        "murders",
        "murky",
        "abuser",
        "abused",
        "abuses",
        "bruised",
        "weapons",
        "weaponry",
        "isolate",
        "assault",
        "strange",
        "stranger",
        "strangers",
        "stalker",
        "stalks",
        "choking",
        "smoking",
        "scares",
        "scaled",
        "scaped",
        "shared",
        "shaped",
        "stared",
        "spared",
        "snared",
        "scored",
        "sacked",
        "slapper",
        "suicides",
        "kicking",
        "licked",
        "picked",
        "ticked",
        "nicked",
        "wicked",
        "kickers",
        "stabbing",
        "stubbing",
        "stabling",
        "punches",
        "lunched",
        "bunched",
        "munched",
        "hunched",
        "crunched",
        "affair",
        "afield",
        "overdone",
        "overdue",
        "terrifies",
        "terrified",
    }
)


# Words people stretch ("kiiill", "hiiit", "diiie"): which of the two squeezed forms is meant.
_STRETCHED_WORDS = frozenset(
    {"kill", "hit", "die", "dead", "hurt", "scared", "afraid", "help", "me", "so", "please", "stop"}
)


@dataclass(frozen=True)
class Token:
    """One plain token and the stretch of the original text it stands for."""

    word: str
    start: int
    end: int


@cache
def _deletes(word: str) -> frozenset[str]:
    return frozenset(word[:i] + word[i + 1 :] for i in range(len(word)))


@cache
def _fuzzy_index() -> dict[str, str]:
    """Each key, and each key with one letter left out, mapped to the key."""
    index: dict[str, str] = {}
    for key in FUZZY_KEYS:
        index.setdefault(key, key)
        for gone in _deletes(key):
            index.setdefault(gone, key)
    return index


def _fuzzy(word: str) -> str:
    """The key this word misspells by one edit, or the word itself."""
    if len(word) < 5 or word in NOT_FUZZED or not word.isalpha():
        return word
    index = _fuzzy_index()
    found = index.get(word)  # a key, or a key missing one letter
    if found is None:
        for gone in _deletes(word):  # one letter too many, or one letter changed
            found = index.get(gone)
            if found is not None:
                break
    if found is None or found[0] != word[0] or abs(len(found) - len(word)) > 1:
        return word
    return found


@cache
def plain_word(raw: str) -> str:
    """One typed word made plain: lower case, leetspeak, stretched letters, shorthand, spelling."""
    word = raw.lower()
    mixed = any(c.isdigit() or c in "@$" for c in word) and any(c.isalpha() for c in word)
    if mixed and word not in SHORTHAND:
        word = word.translate(_LEET)
    if word in SHORTHAND:
        return SHORTHAND[word]
    stretched = _RUN.sub(r"\1\1", word)  # "hiiiit" -> "hiit", "killlll" -> "kill"
    for candidate in (stretched, _RUN.sub(r"\1", word)):
        if candidate in SHORTHAND:
            return SHORTHAND[candidate]
    if stretched != word:
        single = _RUN.sub(r"\1", word)
        for candidate in (stretched, single):
            if candidate in _STRETCHED_WORDS:
                return candidate
        return _fuzzy(stretched)
    return _fuzzy(word)


def tokens(text: str) -> list[Token]:
    """The plain tokens of `text`; a sentence end becomes '.', a comma ','."""
    found: list[Token] = []
    for match in _TOKEN.finditer(text):
        raw = match.group()
        start, end = match.span()
        if raw[0] in ".!?;\n":
            if found and found[-1].word != ".":
                found.append(Token(".", start, end))
            continue
        if raw == ",":
            found.append(Token(",", start, end))
            continue
        stripped = raw.strip("'")
        if not stripped:
            continue
        start += raw.index(stripped)
        end = start + len(stripped)
        for word in plain_word(stripped).split(" "):
            found.append(Token(word, start, end))
    return found


def canonical(found: list[Token]) -> tuple[str, list[int]]:
    """The tokens joined by single spaces, and where each token starts in that string."""
    starts: list[int] = []
    at = 0
    for token in found:
        starts.append(at)
        at += len(token.word) + 1
    return " ".join(token.word for token in found), starts
