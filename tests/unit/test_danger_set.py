"""The danger screen against our own labelled lines, and where each category leads.

Three held-out sets, each written before the rules were run on it. First runs: set 1 caught
45/52 danger lines and flagged 1/28 benign; set 2 (written later) caught 33/45 and flagged
1/24; set 3 (2026-12-05) caught 18/29 and flagged 0/20. General gaps they showed were then fixed, with new lines of our own added to the tuning
set for each fix, so all three now read better than a truly unseen set would (see
docs/safety.md). The floors keep them from getting worse.
"""

from __future__ import annotations

import pytest
from tests.danger_data import ask_lines, benign_lines, danger_lines, held_out_sets

from pausecoach.content import help_order
from pausecoach.core.danger_text import canonical, tokens
from pausecoach.core.safety import CATEGORIES, assess_danger
from pausecoach.pause.words import helpline_lines

MAX_BENIGN_FLAGGED = 0.02
MIN_HOLDOUT_CAUGHT = 0.85
MAX_HOLDOUT_BENIGN = 0.05


def test_the_sets_are_large_cover_every_category_and_keep_a_third_apart() -> None:
    tuned, held = danger_lines(), danger_lines(holdout=True)
    assert len(tuned) + len(held) >= 150
    assert len(benign_lines()) + len(benign_lines(holdout=True)) >= 80
    assert 0.3 <= len(held) / (len(tuned) + len(held)) <= 0.45
    for rows in (tuned, held):
        assert {category for category, _ in rows} == set(CATEGORIES)
    every = [text.casefold() for _, text in tuned + held]
    every += [t.casefold() for t in benign_lines() + benign_lines(holdout=True) + ask_lines()]
    assert len(every) == len(set(every)), "a line appears twice"


def test_every_danger_line_is_caught_in_its_category() -> None:
    missed = [text for _, text in danger_lines() if assess_danger(text).level == "none"]
    assert not missed
    wrong = [
        (category, text)
        for category, text in danger_lines()
        if category not in assess_danger(text).categories
    ]
    assert not wrong


def test_figures_of_speech_are_left_alone() -> None:
    flagged = [text for text in benign_lines() if assess_danger(text).level != "none"]
    assert len(flagged) <= MAX_BENIGN_FLAGGED * len(benign_lines()), flagged


@pytest.mark.parametrize("text", ask_lines())
def test_ambiguous_lines_ask(text: str) -> None:
    assert assess_danger(text).level == "ask"


@pytest.mark.parametrize("which", [0, 1, 2])
def test_held_out_lines_stay_above_their_floors(which: int) -> None:
    held, benign = held_out_sets()[which]
    caught = sum(assess_danger(text).level != "none" for _, text in held)
    assert caught >= MIN_HOLDOUT_CAUGHT * len(held)
    flagged = sum(assess_danger(text).level != "none" for text in benign)
    assert flagged <= MAX_HOLDOUT_BENIGN * len(benign)


def test_whitespace_runs_cost_nothing() -> None:
    text = "you" + " " * 100_000 + "never"
    assert canonical(tokens(text))[0] == "you never"
    assert assess_danger(text).level == "none"


# Where each category leads: the kind of line that comes first (UK has every kind).
LEADS = {
    "self_harm": ("I want to kill myself", "crisis"),
    "violence": ("He punched me", "emergency"),
    "weapon": ("He pulled a knife on me", "emergency"),
    "sexual": ("He raped me", "emergency"),
    "fear_of_partner": ("I'm terrified of him", "emergency"),
    "coercive_control": ("He won't let me see my family", "domestic_abuse"),
    "fear_of_self": ("I'm scared of what I might do", "own_behaviour"),
}


@pytest.mark.parametrize("category", CATEGORIES)
def test_each_category_leads_to_the_help_that_fits(category: str) -> None:
    text, first_kind = LEADS[category]
    found = assess_danger(text)
    assert found.level == "danger" and found.categories[0] == category
    first = help_order.ordered_lines("UK", found.categories)[0]
    if first_kind == "own_behaviour":
        assert first.own_behaviour
    else:
        assert first.kind == first_kind
    lead = help_order.helpline_lead(found.categories)
    assert lead is not None
    shown = helpline_lines("UK", categories=found.categories)
    assert shown[0].startswith("In danger right now? Call 999")  # the emergency number stays on top
    joined = "\n".join(shown)
    assert joined.index(lead.step) < joined.index(first.name)


def test_violence_lists_a_domestic_abuse_line_right_after_the_emergency_line() -> None:
    kinds = [line.kind for line in help_order.ordered_lines("UK", ("violence",))]
    assert kinds[0] == "emergency" and kinds[1] == "domestic_abuse"


def test_self_harm_says_stay_near_someone() -> None:
    lead = help_order.helpline_lead(("self_harm",))
    assert lead is not None and "near someone" in lead.step


def test_fear_of_self_says_leave_the_room_now() -> None:
    lead = help_order.helpline_lead(("fear_of_self",))
    assert lead is not None and "Leave the room now" in lead.step


def test_intl_shows_the_common_numbers_and_how_to_set_a_region_at_the_top() -> None:
    top = helpline_lines("INTL")[:4]
    assert "112" in top[0] and "911" in top[0]
    assert any("config set helpline_region" in line for line in top)
