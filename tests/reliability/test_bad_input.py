"""Whatever is typed: a pulse, free text, a config file. A clear message, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pausecoach.config.settings import Settings, load_settings, parse_settings
from pausecoach.core.pulse import MAX_BPM, MIN_BPM, PulseError, parse_pulse
from pausecoach.core.safety import is_unsafe
from pausecoach.core.text import clean_text
from pausecoach.models import PauseSession
from pausecoach.storage.store import Store

CONFIG = Path("/home/someone/.config/pausecoach/config.toml")


# ------------------------------------------------------------------- pulse
@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("letters", "'letters' is not a number. Type your pulse as a whole number from 25 to 250"),
        ("0", "0 is outside what a pulse can be. Type your pulse as a whole number from 25 to 250"),
        ("400", "400 is outside what a pulse can be"),
        ("", "Nothing was typed. Type your pulse"),
        ("   ", "Nothing was typed."),
        ("-80", "-80 is outside what a pulse can be"),
        ("80.5", "'80.5' is not a whole number"),
    ],
)
def test_bad_pulse_says_what_is_accepted(typed: str, message: str) -> None:
    with pytest.raises(PulseError) as caught:
        parse_pulse(typed)
    assert message in str(caught.value)


@pytest.mark.parametrize(
    ("typed", "window", "bpm"),
    [
        ("80 bpm", None, 80),
        ("80", None, 80),
        (" 72 BPM ", None, 72),
        ("40", 30, 80),
        ("80 bpm", 30, 80),
    ],
)
def test_good_pulse_is_understood(typed: str, window: int | None, bpm: int) -> None:
    assert parse_pulse(typed, window) == bpm


def test_beats_field_names_its_own_range() -> None:
    with pytest.raises(
        PulseError, match="beats you counted in 15 seconds, a whole number from 7 to 62"
    ):
        parse_pulse("2", 15)


@given(st.text(max_size=40), st.sampled_from([None, 15, 30]))
def test_any_typed_pulse_is_a_pulse_or_a_message(typed: str, window: int | None) -> None:
    try:
        bpm = parse_pulse(typed, window)
    except PulseError as exc:
        assert "whole number" in str(exc)
    else:
        assert MIN_BPM <= bpm <= MAX_BPM


# --------------------------------------------------------------- free text
WEIRD = [
    "I feel 😤😢 about 👨‍👩‍👧 and I need 🫂",
    "אני מרגיש פגוע ואני צריך הפסקה",  # Hebrew, right to left
    "أشعر بالإرهاق وأحتاج إلى استراحة",  # Arabic
    "a\x1b[2J\x1b]0;evil\x07 b\x00c\r\nd\te",  # escape sequences, NUL, CR/LF, tab
    "x" * 10_000,
    "\ud800 lone surrogate",
]


@pytest.mark.parametrize(
    "text", WEIRD, ids=["emoji", "hebrew", "arabic", "control", "10k", "surrogate"]
)
def test_free_text_is_cleaned_and_round_trips_through_the_store(text: str, tmp_path: Path) -> None:
    clean = clean_text(text)
    assert len(clean) <= 2000
    assert not any(ch in clean for ch in "\x1b\x00\r\n\t\x07")
    store = Store.open(tmp_path / "p.db")
    session = PauseSession(note=clean, startup_text=clean, tell_text=clean)
    store.save_session(session)
    back = store.get_session(session.id)
    assert back is not None and back.note == clean
    store.close()


def test_cleaning_keeps_emoji_joiners_and_words() -> None:
    assert clean_text(WEIRD[0]) == WEIRD[0]
    assert clean_text(WEIRD[1]) == WEIRD[1]
    assert clean_text(WEIRD[3]) == "a [2J ]0;evil b c d e"


@given(st.text(max_size=3000))
@settings(max_examples=80, suppress_health_check=[HealthCheck.too_slow])
def test_any_text_can_be_cleaned_stored_and_screened(text: str) -> None:
    clean = clean_text(text)
    assert len(clean) <= 2000 and clean == clean.strip()
    clean.encode("utf-8")  # storable
    assert isinstance(is_unsafe(text), bool)


# ------------------------------------------------------------------ config
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "break_minutes = 20\nbell = tru\n",
            f"{CONFIG}: not valid TOML: Invalid value (at line 2, column 8).",
        ),
        (
            "bell = false\ncolour = 'blue'\n",
            f"{CONFIG}, line 2: unknown setting 'colour'. Known settings: break_minutes",
        ),
        (
            "\n\nbreak_minutes = 999\n",
            f"{CONFIG}, line 3: break_minutes: should be at most 240 (you wrote 999).",
        ),
        (
            "count_seconds = 20\n",
            f"{CONFIG}, line 1: count_seconds: should be 15 or 30 (you wrote 20).",
        ),
        (
            "pulse_limit = 'high'\n",
            f"{CONFIG}, line 1: pulse_limit: should be a whole number",
        ),
    ],
    ids=["syntax", "unknown-key", "too-big", "not-a-choice", "wrong-type"],
)
def test_a_broken_config_names_file_line_and_problem(text: str, expected: str) -> None:
    loaded = parse_settings(text, CONFIG)
    assert loaded.settings == Settings()  # defaults
    assert any(p.startswith(expected) for p in loaded.problems), loaded.problems


def test_an_unreadable_config_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(b"\xff\xfe not utf-8")
    loaded = load_settings(path)
    assert loaded.problems and str(path) in loaded.problems[0]
    assert loaded.settings == Settings()


toml_values = st.one_of(
    st.integers(-(10**6), 10**6),
    st.booleans(),
    st.text(max_size=12),
    st.floats(allow_nan=False),
    st.lists(st.integers(0, 9), max_size=3),
)


@given(
    st.dictionaries(
        st.sampled_from([*Settings.model_fields, "colour", "x"]), toml_values, max_size=5
    )
)
@settings(max_examples=120)
def test_any_config_values_give_settings_or_messages(values: dict[str, object]) -> None:
    import json

    # TOML basic strings and JSON strings escape the same way for our purposes.
    lines = [f"{key} = {json.dumps(value)}" for key, value in values.items()]
    loaded = parse_settings("\n".join(lines) + "\n", CONFIG)
    assert isinstance(loaded.settings, Settings)
    for problem in loaded.problems:
        assert str(CONFIG) in problem


@given(st.text(max_size=200))
def test_any_config_text_never_raises(text: str) -> None:
    loaded = parse_settings(text, CONFIG)
    assert isinstance(loaded.settings, Settings)


# ------------------------------------------------------------------ import
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=12,
)
export_like = st.fixed_dictionaries(
    {"format": st.just("pausecoach-export"), "version": st.just(1)},
    optional={
        "sessions": st.lists(json_values, max_size=3),
        "drills": st.lists(json_values, max_size=3),
    },
)


@given(st.one_of(json_values, export_like), st.booleans())
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_random_json_never_crashes_an_import_nor_imports_part(
    tmp_path: Path, content: object, with_good_record: bool
) -> None:
    import json

    from typer.testing import CliRunner

    from pausecoach.cli import app

    if with_good_record and isinstance(content, dict) and "sessions" in content:
        content["sessions"] = [PauseSession().model_dump(mode="json"), *content["sessions"]]
    path = tmp_path / "random.json"
    path.write_text(json.dumps(content), encoding="utf-8")
    store = Store.open()
    before = store.count_sessions(), len(store.list_drills())
    store.close()
    result = CliRunner().invoke(app, ["import", str(path)])
    assert result.exit_code in (0, 1), result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    store = Store.open()
    after = store.count_sessions(), len(store.list_drills())
    store.close()
    if result.exit_code == 1:
        assert after == before  # all or nothing
