"""The cycle map's pure rules: tidying answers and building the sentence that names the loop."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pausecoach.content import catalog
from pausecoach.core.cycle import (
    CycleError,
    CycleMap,
    cycle_reminder,
    cycle_sentence,
    my_feeling,
    my_longing,
    my_move,
    reminder_visible,
    their_feeling,
    their_move,
    tidy,
)

MADE = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)
SENTENCE = catalog.cycle_texts().sentence


def make(**overrides: str) -> CycleMap:
    answers = {
        "my_move": "push for an answer",
        "my_feeling": "scared",
        "my_longing": "to know we're okay",
        "their_move": "go quiet",
        "their_feeling": "blamed",
        "my_next": "push harder",
    }
    return CycleMap.from_answers({**answers, **overrides}, MADE)


@pytest.mark.parametrize(
    ("raw", "tidied"),
    [
        ("Push for an answer.", "push for an answer"),
        ("  push   for an answer!!  ", "push for an answer"),
        ('"Get loud"', "get loud"),
        ("ADHD shows up", "ADHD shows up"),
        ("I shut down…", "I shut down"),
        ("Shout?!", "shout"),
    ],
)
def test_tidy_makes_a_fragment(raw: str, tidied: str) -> None:
    assert tidy(raw) == tidied


@pytest.mark.parametrize(
    ("raw", "move"),
    [
        ("I push for an answer.", "push for an answer"),
        ("when I push", "push"),
        ("And then I criticise.", "criticise"),
        ("i get LOUD", "get LOUD"),
        ("Criticise", "criticise"),
        ("Follow her.", "follow you"),  # the sentence speaks to the partner
        ("follow them from room to room", "follow you from room to room"),
        ("I chase my partner around the house", "chase you around the house"),
        ("check his phone, then text him", "check your phone, then text you"),
        ("criticise her cooking", "criticise your cooking"),
    ],
)
def test_my_move_follows_i(raw: str, move: str) -> None:
    assert my_move(raw) == move


@pytest.mark.parametrize(
    ("raw", "move"),
    [
        ("He goes quiet.", "go quiet"),
        ("She shuts down and leaves the room", "shut down and leave the room"),
        ("my partner stonewalls, then cries", "stonewall, then cry"),
        ("He turns his back on me", "turn your back on me"),
        ("They walk away", "walk away"),
        ("you defend yourself", "defend yourself"),
        ("Goes silent", "goes silent"),  # no subject typed: left as written
    ],
)
def test_their_move_follows_you(raw: str, move: str) -> None:
    assert their_move(raw) == move


def test_feelings_and_longing_lose_their_lead_in() -> None:
    assert my_feeling("I feel scared you don't care.") == "scared you don't care"
    assert my_feeling("I'm alone") == "alone"
    assert my_longing("I want to be heard") == "to be heard"
    assert my_longing("I long for closeness.") == "closeness"
    assert their_feeling("He might feel blamed") == "blamed"
    assert their_feeling("they feel like a failure") == "like a failure"


def test_the_sentence_names_the_loop_as_the_shared_problem() -> None:
    assert cycle_sentence(make(), SENTENCE) == (
        "When I push for an answer, you go quiet, and then I push harder: "
        "this cycle is what hurts us, not you or me."
    )


def test_awkward_input_still_makes_one_clean_sentence() -> None:
    cycle = make(
        my_move="  I PUSH for an answer!!! ",
        their_move="He Goes quiet.",
        my_next="Push HARDER...",
    )
    sentence = cycle_sentence(cycle, SENTENCE)
    assert sentence.startswith("When I PUSH for an answer, you go quiet, and then I push HARDER: ")
    assert "!" not in sentence and ".," not in sentence and ".:" not in sentence
    assert sentence.count(".") == 1 and sentence.endswith("not you or me.")


def test_the_sentence_gets_a_capital_and_a_full_stop_whatever_the_template() -> None:
    assert (
        cycle_sentence(make(), "i {my_move}, you {their_move}")
        == "I push for an answer, you go quiet."
    )


def test_an_empty_answer_is_refused_by_name() -> None:
    with pytest.raises(CycleError, match="their_move"):
        make(their_move=" ... ")


def test_the_map_survives_a_round_trip_and_a_damaged_document_is_an_error() -> None:
    cycle = make()
    assert CycleMap.from_dict(cycle.to_dict()) == cycle
    with pytest.raises(CycleError):
        CycleMap.from_dict({"my_move": "x"})
    with pytest.raises(CycleError):
        CycleMap.from_dict({**cycle.to_dict(), "made_at": "yesterday"})


def test_the_reminder_is_the_longest_form_that_fits() -> None:
    templates = catalog.cycle_texts().reminders
    cycle = make()
    full = cycle_reminder(cycle, templates, 200)
    assert full.startswith("The cycle, not the person") and "push harder" in full
    shorter = cycle_reminder(cycle, templates, len(full) - 1)
    assert "go quiet" in shorter and "push harder" not in shorter
    long_cycle = make(my_move="x" * 150)
    assert cycle_reminder(long_cycle, templates, 100) == "The cycle, not the person."
    assert len(cycle_reminder(long_cycle, ["{my_move}"], 40)) == 40


def test_the_reminder_shows_briefly_and_comes_back() -> None:
    assert reminder_visible(0) and reminder_visible(74)
    assert not reminder_visible(76) and not reminder_visible(299)
    assert reminder_visible(300) and reminder_visible(610)
