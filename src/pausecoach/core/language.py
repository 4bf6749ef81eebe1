"""Does a text look like English? The checker's rules read English only, so it asks first."""

from __future__ import annotations

import re
import unicodedata

_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")

# Short, frequent English words, texting forms included ("u", "ur", "pls").
_ENGLISH = frozenset(
    """
    a about after again all always am an and any are as at back be because been before being
    but by can can't could did didn't do does doesn't don't down even ever every feel felt for
    from get got had has have haven't he her here him his how i i'd i'll i'm i've if in into is
    isn't it it's just know last let let's like me mind more my need never no not now of off
    oh ok okay on once one only or our out over please really right said say see she should so
    some still such than thank thanks that that's the their them then there they this time to
    today tonight too up us very want was we we're were what when where which while who why will
    with won't would wouldn't yeah yes yet you you're your yours u ur r pls plz thx tbh omg lol
    im dont cant wont didnt isnt ive youre hey hi wow well sorry love much
    """.split()
)

# Equally frequent words of nearby languages that are not also English words.
_OTHER = frozenset(
    """
    ich bin und nicht ist das der die den dem ein eine wir sie du mich mir dich dir auch noch
    wirklich müde brauche pause können reden allein fühle sehr aber heute morgen immer nie
    je suis tu ne pas est les des une et avec pour mais moi toi nous vous jamais fatigué
    fatiguée peut parler demain écoutes toujours très
    estoy muy necesito para con que por favor pero una los las cansado cansada nunca siempre
    escuchas ayudes casa momento pensar
    non mi sono sei della il lo gli una ascolti mai quando parlo sola solo stasera sempre anche
    ik voel vanavond kunnen samen eten een niet het zijn wij jij
    você nunca eu não muito obrigado preciso abraço um uma com
    jag är ledsen kan vi prata senare och inte jeg er så træt dag ikke og
    czuję się samotna możemy porozmawiać nie jest tak jak
    """.split()
)
_OTHER_MARKS = frozenset("äöüßàâçéèêëîïôûùœãõñáíóúåøæłśżźćńąęčřšž")


def looks_english(text: str) -> bool:
    """False when `text` reads as another language: mostly another script, or its words."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return True
    latin = sum(1 for c in letters if "LATIN" in unicodedata.name(c, ""))
    if latin < len(letters) / 2:
        return False
    words = [w.lower() for w in _TOKEN.findall(text)]
    english = sum(1 for w in words if w in _ENGLISH)
    other = sum(1 for w in words if w in _OTHER)
    marked = sum(1 for w in words if not _OTHER_MARKS.isdisjoint(w))
    return english >= other + marked or english > len(words) / 2
