"""The checker agrees with our own labels on at least 90% of the labelled start-ups."""

from __future__ import annotations

from collections import Counter

from tests.checker_data import labelled_startups

from pausecoach.core.checker import check

MIN_ACCURACY = 0.90
MIN_PER_LABEL = 0.85


def test_the_labelled_set_is_large_and_balanced() -> None:
    rows = labelled_startups()
    labels = Counter(label for label, _ in rows)
    assert set(labels) == {"soft", "harsh"}
    assert len(rows) >= 150
    assert abs(labels["soft"] - labels["harsh"]) <= len(rows) * 0.1
    assert len({text.casefold() for _, text in rows}) == len(rows), "duplicates in the set"


def test_accuracy_overall_and_per_label() -> None:
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    wrong: list[str] = []
    for label, text in labelled_startups():
        verdict = check(text).verdict
        total[label] += 1
        if verdict == label:
            right[label] += 1
        else:
            wrong.append(f"{label} read as {verdict}: {text}")
    per_label = {label: right[label] / total[label] for label in total}
    overall = sum(right.values()) / sum(total.values())
    print(f"accuracy {overall:.1%}", {k: f"{v:.1%}" for k, v in per_label.items()})
    assert overall >= MIN_ACCURACY, "\n".join(wrong)
    assert min(per_label.values()) >= MIN_PER_LABEL, "\n".join(wrong)
