"""Settings: defaults, strict validation, and messages that point at the file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from pausecoach.config.settings import Settings, key_line, load_settings, parse_settings


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_when_there_is_no_file(tmp_path: Path) -> None:
    loaded = load_settings(tmp_path / "config.toml")
    assert loaded.ok and loaded.problems == []
    s = loaded.settings
    assert (s.break_minutes, s.pulse_limit, s.resting_pulse) == (20, 100, None)
    assert (s.default_pattern, s.helpline_region, s.count_seconds) == ("sigh", "auto", 30)


def test_default_path_is_under_pausecoach_home(private_home: Path) -> None:
    assert load_settings().path == private_home / "config.toml"


def test_a_good_file_is_used(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        'break_minutes = 25\npulse_limit = 80\nresting_pulse = 58\nhelpline_region = "uk"\n',
    )
    loaded = load_settings(path)
    assert loaded.ok
    s = loaded.settings
    assert (s.break_minutes, s.pulse_limit, s.resting_pulse, s.helpline_region) == (
        25,
        80,
        58,
        "UK",
    )


def test_shorter_breaks_are_allowed(tmp_path: Path) -> None:
    assert load_settings(write(tmp_path, "break_minutes = 5\n")).settings.break_minutes == 5


def test_broken_toml_names_file_and_line_and_uses_defaults(tmp_path: Path) -> None:
    path = write(tmp_path, "break_minutes = 25\npulse_limit = = 90\n")
    loaded = load_settings(path)
    assert not loaded.ok
    assert loaded.settings == Settings()
    (problem,) = loaded.problems
    assert problem.startswith(f"{path}: not valid TOML")
    assert "line 2" in problem


def test_unknown_key_is_named_with_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, "break_minutes = 25\n\nbreak_minuts = 30\n")
    loaded = load_settings(path)
    assert loaded.settings == Settings()  # the whole file is refused, not half-applied
    (problem,) = loaded.problems
    assert problem.startswith(f"{path}, line 3: unknown setting 'break_minuts'.")
    assert "break_minutes" in problem.split("Known settings:")[1]


@pytest.mark.parametrize(
    ("text", "line", "key", "typed"),
    [
        ("\n\nbreak_minutes = 0\n", 3, "break_minutes", "0"),
        ("pulse_limit = 500\n", 1, "pulse_limit", "500"),
        ('# mine\nresting_pulse = "low"\n', 2, "resting_pulse", "'low'"),
        ("count_seconds = 20\n", 1, "count_seconds", "20"),
        ('bell = "loud"\n', 1, "bell", "'loud'"),
    ],
)
def test_bad_value_names_the_line_and_what_was_typed(
    tmp_path: Path, text: str, line: int, key: str, typed: str
) -> None:
    path = write(tmp_path, text)
    loaded = load_settings(path)
    assert loaded.settings == Settings()
    (problem,) = loaded.problems
    assert problem.startswith(f"{path}, line {line}: {key}: ")
    assert f"(you wrote {typed})" in problem


def test_every_problem_is_reported(tmp_path: Path) -> None:
    loaded = load_settings(write(tmp_path, "break_minutes = 0\npulse_limit = 5\ncolour = 1\n"))
    assert len(loaded.problems) == 3


def test_unreadable_file_falls_back(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(b"\xff\xfe not utf-8")
    loaded = load_settings(path)
    assert loaded.settings == Settings() and "could not be read" in loaded.problems[0]


def test_key_line() -> None:
    text = 'a = 1\n  "b" = 2\n[keys]\nquit = "x"\n'
    assert (
        key_line(text, "a"),
        key_line(text, "b"),
        key_line(text, "quit"),
        key_line(text, "z"),
    ) == (1, 2, 4, None)


def test_parse_settings_reports_against_the_given_path() -> None:
    loaded = parse_settings("pulse_limit = 1\n", Path("/somewhere/config.toml"))
    assert loaded.problems[0].startswith("/somewhere/config.toml, line 1: pulse_limit")


def test_the_first_frame_peek_reads_a_value_and_never_fails(private_home: Path) -> None:
    """peek_setting picks the theme before the settings model loads: any file, no exception."""
    from pausecoach.config.peek import peek_setting

    private_home.mkdir(parents=True, exist_ok=True)
    config = private_home / "config.toml"
    assert not config.exists() and peek_setting("theme") is None
    config.write_text('theme = "nord"\nreduce_motion = true\n', encoding="utf-8")
    assert (peek_setting("theme"), peek_setting("reduce_motion")) == ("nord", True)
    for broken in (b"theme = ", b"\xff\xfe\x00garbage", b"x = " + b"[" * 5000):
        config.write_bytes(broken)
        assert peek_setting("theme") is None
