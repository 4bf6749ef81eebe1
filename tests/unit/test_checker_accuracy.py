"""The checker agrees with our own labels: balanced accuracy of at least 0.95 on every set.

Balanced accuracy is the mean of two recalls: harsh lines called harsh, and other lines (gentle
or plain) called anything but harsh. Lines labelled "foreign" must be called not English.
Figures per set and the full table: python -m benchmarks.checker_speed --accuracy
"""

from __future__ import annotations

import pytest
from tests.checker_data import SETS, TRICKY, TRICKY_HOLDOUT, labelled_startups, score

from pausecoach.content.checker_rules import check

MIN_BALANCED = 0.95
MIN_FOREIGN = 0.9
ATTACKS = {"criticism", "blame", "contempt", "defensiveness", "stonewalling", "threat", "tone"}


def test_the_sets_are_large_distinct_and_labelled() -> None:
    seen: set[str] = set()
    for name, path in SETS.items():
        rows = labelled_startups(path)
        texts = {text.casefold() for _, text in rows}
        assert len(texts) == len(rows), f"duplicates in {name}"
        assert not texts & seen, f"{name} repeats lines of another set"
        seen |= texts
        assert {label for label, _ in rows} <= {"soft", "harsh", "gentle", "plain", "foreign"}
    assert len(labelled_startups(TRICKY)) + len(labelled_startups(TRICKY_HOLDOUT)) >= 300
    assert len(labelled_startups(TRICKY_HOLDOUT)) >= 100


@pytest.mark.parametrize("name", sorted(SETS))
def test_balanced_accuracy_on_each_set(name: str) -> None:
    result = score(labelled_startups(SETS[name]), lambda text: check(text).verdict)
    print(f"{name}: {result.balanced:.3f}", dict(result.table))
    assert result.balanced >= MIN_BALANCED, "\n".join(result.wrong)
    if result.foreign_recall is not None:
        assert result.foreign_recall >= MIN_FOREIGN, "\n".join(result.wrong)


def test_every_harsh_verdict_names_an_attack() -> None:
    unnamed = [
        text
        for path in SETS.values()
        for _, text in labelled_startups(path)
        if (result := check(text)).verdict == "harsh"
        and not any(f.category in ATTACKS for f in result.findings)
    ]
    assert not unnamed


def test_plain_observations_and_repairs_are_never_harsh() -> None:
    rows = labelled_startups(TRICKY) + labelled_startups(TRICKY_HOLDOUT)
    plain = [text for label, text in rows if label == "plain"]
    assert sum(check(text).verdict == "harsh" for text in plain) <= len(plain) // 20
    assert check("We haven't cooked together in ages.").verdict == "plain"
    assert check("I hadn't seen it from your side before.").verdict == "gentle"
