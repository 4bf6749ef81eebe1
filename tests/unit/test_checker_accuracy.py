"""The checker agrees with our own labels on at least 90% of the labelled start-ups."""

from __future__ import annotations

from collections import Counter

from tests.checker_data import HOLDOUT, labelled_startups

from pausecoach.content.checker_rules import check

MIN_ACCURACY = 0.90
MIN_PER_LABEL = 0.85
MIN_HOLDOUT = 0.85  # measured 95% (soft 100%, harsh 90%) when it was written


def test_the_labelled_set_is_large_and_balanced() -> None:
    rows = labelled_startups()
    labels = Counter(label for label, _ in rows)
    assert set(labels) == {"soft", "harsh"}
    assert len(rows) >= 150
    assert abs(labels["soft"] - labels["harsh"]) <= len(rows) * 0.1
    assert len({text.casefold() for _, text in rows}) == len(rows), "duplicates in the set"


def scores(rows: list[tuple[str, str]]) -> tuple[float, dict[str, float], list[str]]:
    """Overall accuracy, accuracy per label, and the texts read wrongly."""
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    wrong: list[str] = []
    for label, text in rows:
        verdict = check(text).verdict
        total[label] += 1
        if verdict == label:
            right[label] += 1
        else:
            wrong.append(f"{label} read as {verdict}: {text}")
    per_label = {label: right[label] / total[label] for label in total}
    return sum(right.values()) / sum(total.values()), per_label, wrong


def test_accuracy_overall_and_per_label() -> None:
    overall, per_label, wrong = scores(labelled_startups())
    print(f"accuracy {overall:.1%}", {k: f"{v:.1%}" for k, v in per_label.items()})
    assert overall >= MIN_ACCURACY, "\n".join(wrong)
    assert min(per_label.values()) >= MIN_PER_LABEL, "\n".join(wrong)


def test_accuracy_on_the_holdout_set() -> None:
    rows = labelled_startups(HOLDOUT)
    assert len(rows) >= 40
    assert not {t.casefold() for _, t in rows} & {t.casefold() for _, t in labelled_startups()}
    overall, per_label, wrong = scores(rows)
    print(f"holdout {overall:.1%}", {k: f"{v:.1%}" for k, v in per_label.items()})
    assert overall >= MIN_HOLDOUT, "\n".join(wrong)
