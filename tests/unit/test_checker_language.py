"""The checker reads English only; it says so instead of judging other languages."""

from __future__ import annotations

import pytest

from pausecoach.core.language import looks_english


@pytest.mark.parametrize(
    "text",
    [
        "You never listen to me.",
        "u never pick up ur phone wtf",
        "I am worry about the money. Please we can look at the bank together?",
        "I loved the café on Friday, could we go again?",
        "Um, the EU rules changed and I'm stressed.",
        "I could die for a pause right now.",
        "Marta, Sunday?",
        "😡😡",
        "",
    ],
)
def test_english_including_texting_and_second_language_english(text: str) -> None:
    assert looks_english(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ich brauche heute wirklich eine Pause.",
        "Je suis fatigué, on peut parler demain ?",
        "Necesito un momento, por favor.",
        "Non mi ascolti mai.",
        "Ik voel me alleen.",
        "Я очень устал сегодня.",
        "今日はとても疲れた。",
        "Jag är ledsen.",
    ],
)
def test_other_languages_and_scripts(text: str) -> None:
    assert not looks_english(text)
