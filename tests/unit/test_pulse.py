"""Pulse input: beats over a window become bpm; anything else is refused, saying what is accepted."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pausecoach.core.pulse import MAX_BPM, MIN_BPM, PulseError, bpm_from_beats, parse_pulse


@pytest.mark.parametrize(
    ("beats", "window", "bpm"),
    [(20, 15, 80), (40, 30, 80), (23, 15, 92), (45, 30, 90), (70, 60, 70)],
)
def test_beats_over_a_window(beats: int, window: int, bpm: int) -> None:
    assert bpm_from_beats(beats, window) == bpm
    assert parse_pulse(str(beats), window) == bpm


def test_other_windows_are_refused() -> None:
    with pytest.raises(PulseError, match="15, 30, 60"):
        bpm_from_beats(20, 20)


@pytest.mark.parametrize(
    ("text", "bpm"),
    [
        ("25", 25),
        ("250", 250),
        ("80", 80),
        (" 80 ", 80),
        ("\t72\n", 72),
        ("80 bpm", 80),
        ("80BPM", 80),
        ("90 beats per minute", 90),
        ("64/min", 64),
    ],
)
def test_direct_bpm_accepted(text: str, bpm: int) -> None:
    assert parse_pulse(text) == bpm


@pytest.mark.parametrize("text", ["24", "251", "0", "400", "-5", "99999", "1" * 5000])
def test_out_of_range_is_refused_with_the_range(text: str) -> None:
    with pytest.raises(PulseError) as caught:
        parse_pulse(text)
    message = str(caught.value)
    assert "outside what a pulse can be" in message
    assert "whole number from 25 to 250" in message


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("abc", "'abc' is not a number."),
        ("", "Nothing was typed."),
        ("   ", "Nothing was typed."),
        ("80.5", "'80.5' is not a whole number."),
        ("80,5", "'80,5' is not a whole number."),
        ("8 0", "'8 0' is not a number."),
        ("eighty", "'eighty' is not a number."),
    ],
)
def test_not_a_number_is_refused_saying_what_is_accepted(text: str, start: str) -> None:
    with pytest.raises(PulseError) as caught:
        parse_pulse(text)
    assert str(caught.value).startswith(start)
    assert str(caught.value).endswith("from 25 to 250 (beats per minute).")


@pytest.mark.parametrize(("window", "low", "high"), [(15, 7, 62), (30, 13, 125)])
def test_window_boundaries(window: int, low: int, high: int) -> None:
    assert parse_pulse(str(low), window) >= MIN_BPM
    assert parse_pulse(str(high), window) <= MAX_BPM
    for beats in (low - 1, high + 1, 0):
        with pytest.raises(PulseError) as caught:
            parse_pulse(str(beats), window)
        assert f"counted in {window} seconds, a whole number from {low} to {high}" in str(
            caught.value
        )


def test_a_per_minute_unit_in_a_beats_field_is_taken_as_bpm() -> None:
    assert parse_pulse("80 bpm", 15) == 80
    assert parse_pulse("20 beats", 15) == 80


def test_bad_input_in_a_beats_field_names_the_window() -> None:
    with pytest.raises(
        PulseError,
        match=r"^'abc' is not a number\. Type the number of beats you counted in 30 seconds",
    ):
        parse_pulse("abc", 30)


@given(st.text(max_size=30))
def test_any_text_gives_a_pulse_in_range_or_a_clear_error(text: str) -> None:
    try:
        bpm = parse_pulse(text)
    except PulseError as exc:
        assert "25 to 250" in str(exc)
    else:
        assert MIN_BPM <= bpm <= MAX_BPM


@given(st.integers(min_value=0, max_value=200), st.sampled_from([15, 30]))
def test_beats_in_range_or_refused(beats: int, window: int) -> None:
    bpm = beats * 60 // window
    if MIN_BPM <= bpm <= MAX_BPM:
        assert parse_pulse(str(beats), window) == bpm
    else:
        with pytest.raises(PulseError):
            parse_pulse(str(beats), window)
