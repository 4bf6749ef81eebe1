"""How checker results are worded and marked on screen (tui/widgets/checkview.py)."""

from __future__ import annotations

import itertools

from textual.markup import to_content

from pausecoach.content.checker_rules import check
from pausecoach.tui.widgets.checkview import flagged_spans, highlighted, live_line


def test_overlapping_spans_merge_and_whole_text_findings_mark_nothing() -> None:
    text = "You never listen, you're so selfish."
    result = check(text)
    spans = flagged_spans(text, result.findings)
    assert spans == sorted(spans)
    assert all(a < b for a, b in spans)
    assert all(b1 < a2 for (_, b1), (a2, _) in itertools.pairwise(spans))
    assert text[spans[0][0] : spans[0][1]].startswith("You never")


def test_highlighting_keeps_the_text_exactly_even_with_brackets() -> None:
    text = "[b]You never[/b] call. I feel [sad] tonight"
    marked = highlighted(text, check(text).findings)
    content = to_content(marked)
    assert content.plain == text
    assert content.spans, "the flagged words are styled"


def test_live_line_names_the_worst_problem_first() -> None:
    line = live_line(check("You are so lazy. I feel tired tonight"))
    plain = to_content(line).plain
    assert plain.startswith("Still harsh so far")
    assert "Describe the action, not the person" in plain.splitlines()[1]


def test_live_line_praises_a_complete_formula_and_flags_danger() -> None:
    soft = to_content(live_line(check("I feel lonely tonight. Could we walk after dinner?"))).plain
    assert soft.startswith("Gentle so far") and "All three parts" in soft
    unsafe = to_content(live_line(check("I am afraid of him"))).plain
    assert "may not be safe" in unsafe and "!" in unsafe


def test_drill_rows_name_the_horseman_with_its_antidote_once() -> None:
    from pausecoach.tui.widgets.checkview import finding_rows

    text = "You never help. You are so lazy."
    rows = finding_rows(text, check(text))
    plain = [to_content(markup).plain for _, markup in rows]
    assert plain[0].startswith("Criticism: “You never”")
    assert sum("Antidote: Gentle start-up" in row for row in plain) == 1
    assert [bullet for bullet, _ in rows].count("✗") == 3


def test_live_line_tells_things_to_add_from_things_to_soften() -> None:
    plain = to_content(live_line(check("We haven't cooked together in ages."))).plain
    assert plain.startswith("Plain, could be warmer so far")
    assert "to soften" not in plain and "3 things to add" in plain
    foreign = to_content(live_line(check("Je suis fatigué, on peut parler demain ?"))).plain
    assert "only read English" in foreign
