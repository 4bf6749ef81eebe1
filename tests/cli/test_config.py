"""`pausecoach config`: path, show, set (checked first, comments kept), unset, edit."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pausecoach.cli import app
from pausecoach.config.settings import load_settings
from pausecoach.paths import config_path

runner = CliRunner()

COMMENTED = """\
# My pausecoach settings
break_minutes = 20  # Gottman's minimum

# quieter at night
bell = true

[keys]
# my rebinding
quit = "x"
"""


@pytest.fixture
def config_file() -> Path:
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(COMMENTED, encoding="utf-8")
    return path


def test_path_prints_the_settings_file() -> None:
    result = runner.invoke(app, ["config", "path"])
    assert result.exit_code == 0
    assert result.output.strip() == str(config_path())


def test_set_writes_a_good_value_and_keeps_comments(config_file: Path) -> None:
    result = runner.invoke(app, ["config", "set", "break_minutes", "25"])
    assert result.exit_code == 0, result.output
    assert "break_minutes = 25" in result.output
    text = config_file.read_text(encoding="utf-8")
    assert "break_minutes = 25  # Gottman's minimum" in text
    assert "# My pausecoach settings" in text and "# quieter at night" in text
    assert "# my rebinding" in text
    assert load_settings().settings.break_minutes == 25
    assert stat.S_IMODE(config_file.stat().st_mode) == 0o600


@pytest.mark.parametrize(
    ("key", "value", "accepted"),
    [
        ("break_minutes", "500", "from 1 to 240"),
        ("break_minutes", "abc", "from 1 to 240"),
        ("count_seconds", "20", "15 or 30"),
        ("bell", "maybe", "true or false"),
        ("default_pattern", "wimhof", "sigh, 4-6"),
        ("helpline_region", "Atlantis", "auto or one of"),
        ("theme", "neon", "pausecoach-contrast"),
        ("keys.no-such-binding", "x", "config keys"),
        ("keys.quit", "ctrl x", "names like q, f2"),
        ("break_mins", "25", "Settings: break_minutes"),
    ],
)
def test_bad_value_is_refused_and_file_is_untouched(
    config_file: Path, key: str, value: str, accepted: str
) -> None:
    before = config_file.read_bytes()
    result = runner.invoke(app, ["config", "set", key, value])
    assert result.exit_code == 2
    assert accepted in " ".join(result.output.split())
    assert "Traceback" not in result.output
    assert config_file.read_bytes() == before
    assert [p.name for p in config_file.parent.iterdir()] == ["config.toml"]  # no temp left


def test_set_creates_the_file_when_there_is_none() -> None:
    assert not config_path().exists()
    result = runner.invoke(app, ["config", "set", "helpline_region", "uk"])
    assert result.exit_code == 0, result.output
    assert 'helpline_region = "UK"' in config_path().read_text(encoding="utf-8")
    assert stat.S_IMODE(config_path().stat().st_mode) == 0o600


def test_set_types_values_from_their_setting() -> None:
    for key, value in (("bell", "false"), ("count_seconds", "15"), ("theme", "nord")):
        assert runner.invoke(app, ["config", "set", key, value]).exit_code == 0
    settings = load_settings().settings
    assert settings.bell is False and settings.count_seconds == 15 and settings.theme == "nord"


def test_set_a_key_binding(config_file: Path) -> None:
    result = runner.invoke(app, ["config", "set", "keys.landing-break", "ctrl+b"])
    assert result.exit_code == 0, result.output
    keys = load_settings().settings.keys
    assert keys == {"quit": "x", "landing-break": "ctrl+b"}
    assert "# my rebinding" in config_file.read_text(encoding="utf-8")


def test_refused_when_the_file_is_not_toml(config_file: Path) -> None:
    config_file.write_text("break_minutes = = 3\n", encoding="utf-8")
    before = config_file.read_bytes()
    result = runner.invoke(app, ["config", "set", "bell", "false"])
    assert result.exit_code == 2
    assert "not valid TOML" in result.output and "config edit" in result.output
    assert config_file.read_bytes() == before


def test_unset_brings_back_the_default(config_file: Path) -> None:
    assert runner.invoke(app, ["config", "unset", "break_minutes"]).exit_code == 0
    assert "break_minutes" not in config_file.read_text(encoding="utf-8")
    assert "# quieter at night" in config_file.read_text(encoding="utf-8")
    result = runner.invoke(app, ["config", "unset", "break_minutes"])
    assert "nothing to do" in result.output


def test_show_lists_every_setting_with_default_and_description(config_file: Path) -> None:
    from pausecoach.config.settings import Settings

    runner.invoke(app, ["config", "set", "break_minutes", "25"])
    result = runner.invoke(app, ["config", "show"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    for name, info in Settings.model_fields.items():
        assert name in result.output
        if name != "keys":
            assert (info.description or "") in result.output
    assert "break_minutes = 25   default 20   (changed)" in result.output
    assert 'quit = "x"   default q' in result.output


def test_show_reports_problems_with_line_numbers(config_file: Path) -> None:
    config_file.write_text("bell = true\npulse_limit = 20\n", encoding="utf-8")
    result = runner.invoke(app, ["config", "show"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "line 2: pulse_limit" in result.output
    assert "defaults below are used" in result.output


def _editor(tmp_path: Path, body: str) -> str:
    script = tmp_path / "fake-editor"
    script.write_text(f"#!{sys.executable}\nimport sys\n{body}\n", encoding="utf-8")
    script.chmod(0o755)
    return str(script)


def test_edit_opens_the_editor_and_accepts_a_valid_file(tmp_path: Path) -> None:
    editor = _editor(
        tmp_path,
        "path = sys.argv[1]\ntext = open(path).read()\n"
        "open(path, 'w').write(text.replace('# break_minutes = 20', 'break_minutes = 30'))",
    )
    result = runner.invoke(app, ["config", "edit"], env={"VISUAL": editor, "EDITOR": ""})
    assert result.exit_code == 0, result.output
    assert "valid" in result.output
    assert load_settings().settings.break_minutes == 30
    text = config_path().read_text(encoding="utf-8")
    assert "# Ring the terminal bell" in text  # the new file came with every setting explained
    assert stat.S_IMODE(config_path().stat().st_mode) == 0o600


def test_edit_reports_problems_with_line_numbers(tmp_path: Path, config_file: Path) -> None:
    editor = _editor(tmp_path, "open(sys.argv[1], 'a').write('\\npulse_limit = 5\\n')")
    result = runner.invoke(app, ["config", "edit"], env={"EDITOR": editor, "VISUAL": ""})
    assert result.exit_code == 1
    assert "line 7: pulse_limit" not in result.output  # it was appended inside [keys]
    assert "line 11" in result.output and "pulse_limit" in result.output


def test_edit_without_an_editor_says_what_to_set() -> None:
    env = {"EDITOR": "", "VISUAL": ""}
    result = runner.invoke(app, ["config", "edit"], env=env)
    assert result.exit_code == 1
    assert "$EDITOR" in result.output and "config set" in result.output


def test_edit_with_a_missing_editor_program_is_a_clear_error() -> None:
    result = runner.invoke(app, ["config", "edit"], env={"EDITOR": "/no/such/editor", "VISUAL": ""})
    assert result.exit_code == 1
    assert "Could not start your editor" in result.output


def test_config_does_not_import_textual() -> None:
    from tests.test_lean_imports import run_isolated

    result = run_isolated(
        """
        import sys
        from typer.testing import CliRunner
        from pausecoach.cli import app
        runner = CliRunner()
        codes = [runner.invoke(app, args).exit_code for args in
                 (["config", "show"], ["config", "set", "bell", "false"], ["config", "path"])]
        print("EXIT", codes, "TEXTUAL", "textual" in sys.modules)
        """
    )
    assert "EXIT [0, 0, 0] TEXTUAL False" in result.stdout, result.stderr


def test_a_key_taken_on_the_same_screen_is_saved_with_a_note() -> None:
    result = runner.invoke(app, ["config", "set", "keys.landing-break", "p"])
    assert result.exit_code == 0
    assert "landing-partner" in result.output and "also uses p" in result.output
    assert load_settings().settings.keys == {"landing-break": "p"}
    # Rebinding the other one too clears the clash.
    fixed = runner.invoke(app, ["config", "set", "keys.landing-partner", "o"])
    assert "also uses" not in fixed.output
    # A key used only on another screen is no clash.
    assert "also uses" not in runner.invoke(app, ["config", "set", "keys.tell-edit", "b"]).output


def test_show_flags_a_theme_that_does_not_exist(config_file: Path) -> None:
    config_file.write_text('theme = "neon"\nbell = false\n', encoding="utf-8")
    result = runner.invoke(app, ["config", "show"], env={"COLUMNS": "200"})
    assert "no theme called 'neon'" in result.output
    assert "bell = false" in result.output  # the rest of the file still applies


def test_set_still_works_when_another_line_has_a_problem(config_file: Path) -> None:
    config_file.write_text("pulse_limit = 20\nbell = true\n", encoding="utf-8")
    result = runner.invoke(app, ["config", "set", "bell", "false"])
    assert result.exit_code == 0
    assert "Still to fix" in result.output and "line 1: pulse_limit" in result.output
    assert config_file.read_text(encoding="utf-8") == "pulse_limit = 20\nbell = false\n"
