"""Typed whole numbers: '²' and '①' pass str.isdigit() but int() refuses them (#16 class 10)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pausecoach.core.numbers import digit_key, whole_number


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("20", 20), (" 7 ", 7), ("٣٠", 30), ("２５", 25), ("-3", -3), ("+4", 4)],
)
def test_whole_numbers_in_any_script(typed: str, expected: int) -> None:
    assert whole_number(typed) == expected


@pytest.mark.parametrize(
    "typed", ["²", "①", "1²", "", " ", "1.5", "1e3", "9" * 5000, "x", "--1", None]
)
def test_not_whole_numbers(typed: str | None) -> None:
    assert typed is None or typed.isdigit() or whole_number(typed) is None
    assert whole_number(typed) is None


def test_bounds() -> None:
    assert whole_number("0", 1, 10) is None and whole_number("11", 1, 10) is None
    assert whole_number("10", 1, 10) == 10


@pytest.mark.parametrize(
    ("key", "expected"),
    [("3", 3), ("٣", 3), ("²", None), ("①", None), ("a", None), ("", None), ("12", None)],
)
def test_digit_keys(key: str, expected: int | None) -> None:
    assert digit_key(key) == expected


@given(st.text(max_size=30))
def test_any_text_is_a_number_or_none(text: str) -> None:
    value = whole_number(text)
    assert value is None or isinstance(value, int)
    assert digit_key(text[:1]) in (None, *range(10))
