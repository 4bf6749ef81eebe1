"""The danger-word screen and the helpline region."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pausecoach.core.safety import (
    assess_danger,
    is_unsafe,
    normalise_apostrophes,
    resolve_region,
    screen_danger,
)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("He hit me last night", "violence"),
        ("she slapped me", "violence"),
        ("I pushed him", "violence"),
        ("I pushed him", "fear_of_self"),
        ("I'm afraid he will hurt the kids", "fear_of_partner"),
        ("he choked me", "violence"),
        ("I was strangled", "violence"),
        ("there is a knife in the kitchen drawer he keeps near", "weapon"),
        ("he has a gun", "weapon"),
        ("she said she would kill me", "violence"),
        ("he threatened to take the children", "coercive_control"),
        ("she threatens me", "violence"),
        ("I am scared of him", "fear_of_partner"),
        ("I'm terrified of my partner", "fear_of_partner"),
        ("I don't feel safe at home", "fear_of_partner"),
        ("I do not feel safe", "fear_of_partner"),
        ("I'm not safe here", "fear_of_partner"),
        ("it is unsafe for me", "fear_of_partner"),
        ("he won't let me leave", "coercive_control"),
        ("she locked me in the bedroom", "coercive_control"),
        ("I want to die", "self_harm"),
        ("I might hurt myself", "self_harm"),
        ("thinking about suicide", "self_harm"),
        ("I want to end it all", "self_harm"),
    ],
)
def test_danger_phrasing_fires(text: str, category: str) -> None:
    result = assess_danger(text)
    assert result.level == "danger", text
    assert category in result.categories
    hits = screen_danger(text)
    assert hits and all(text[h.start : h.end] == h.text for h in hits)
    assert is_unsafe(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm going to kill you if you leave the dishes again",
        "he forced me",
        "I'd rather die than go to that party",
        "He hurt me.",
    ],
)
def test_ambiguous_words_ask_gently(text: str) -> None:
    assert assess_danger(text).level == "ask"
    assert is_unsafe(text)  # every text box still asks the safety question


@pytest.mark.parametrize(
    "text",
    [
        "I don\u2019t feel safe",
        "he won\u2019t let me leave",
        "I\u2019m scared of him",
        "she didn\u02bct let me go out",
    ],
)
def test_curly_apostrophes_are_understood(text: str) -> None:
    assert is_unsafe(text)
    assert screen_danger(text)[0].text in text  # the hit quotes what the user typed


@pytest.mark.parametrize(
    "text",
    [
        "You never help with the dishes",
        "I felt skilled at begun tasks; the whitehall shitake was unhurt",
        "the gunk in the sink, the hitch in the plan, a therapist, grapes, draped curtains",
        "I beat him at chess",
        "he beat me to it",
        "this is killing me",
        "you're killing me with these jokes",
        "it hurt me when you laughed",
        "you hurt me deeply",
        "I feel hurt",
        "I'm afraid I forgot to call",
        "I'm scared of spiders",
        "a safe word, feeling safe with you",
        "knifed through the schedule? no: knifelike focus",
        "kickstart the weekend",
        "the punchline landed",
        "threadbare sweaters",
        "",
    ],
)
def test_ordinary_words_do_not_fire(text: str) -> None:
    assert screen_danger(text) == [], text


def test_hits_are_in_order_and_do_not_overlap() -> None:
    text = "He slapped me and then threatened me with a knife; I am scared of him."
    hits = screen_danger(text)
    assert [h.kind for h in hits] == ["violence", "weapon", "fear_of_partner"]
    assert all(a.end <= b.start for a, b in itertools.pairwise(hits))


def test_normalise_apostrophes() -> None:
    assert normalise_apostrophes("don\u2019t \u2018x\u2019 \u02bc") == "don't 'x' '"


@given(st.text(max_size=200))
def test_hits_always_point_into_the_text(text: str) -> None:
    for hit in screen_danger(text):
        assert 0 <= hit.start < hit.end <= len(text)
        assert text[hit.start : hit.end] == hit.text


KNOWN = {"US", "CA", "UK", "IE", "AU", "NZ", "INTL"}


@pytest.mark.parametrize(
    ("setting", "locale_name", "region"),
    [
        ("UK", "en_US.UTF-8", "UK"),  # the setting wins over the locale
        ("NZ", None, "NZ"),
        ("XX", "en_GB", "INTL"),  # an unknown setting falls back, never crashes
        ("auto", "en_GB.UTF-8", "UK"),
        ("auto", "en-IE", "IE"),
        ("auto", "fr_CA.UTF-8", "CA"),
        ("auto", "en_au", "AU"),
        ("auto", "de_DE.UTF-8", "INTL"),
        ("auto", "C", "INTL"),
        ("auto", "POSIX", "INTL"),
        ("auto", None, "INTL"),
        ("", "en_US", "US"),
    ],
)
def test_resolve_region(setting: str, locale_name: str | None, region: str) -> None:
    assert resolve_region(setting, locale_name, KNOWN) == region


def test_resolve_region_only_returns_known_regions() -> None:
    assert resolve_region("auto", "en_US", {"UK", "INTL"}) == "INTL"
