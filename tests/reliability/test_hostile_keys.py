"""Key bindings can never remove the way to help or the way out (#16 classes 4a and 9).

`!` (help) and ctrl+c (quit at once) stay on their jobs whatever `[keys]` says, and a key no
terminal can send is refused by name, in `config set` and in a file edited by hand alike.
"""

from __future__ import annotations

import string
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pausecoach.cli import app as cli
from pausecoach.clock import FakeClock
from pausecoach.config.keys import NAMED_KEYS, binding_problem, key_name, key_problem
from pausecoach.config.names import KEY_BINDINGS
from pausecoach.config.settings import load_settings
from pausecoach.paths import config_path
from pausecoach.storage.store import Store
from pausecoach.tui.app import make_app

runner = CliRunner()

REFUSED = [
    ("quit", "exclamation_mark", "! (help if you are not safe) always keeps that job"),
    ("quit", "!", "! (help if you are not safe) always keeps that job"),
    ("landing-break", "b,exclamation_mark", "! (help if you are not safe) always keeps"),
    ("landing-history", "ctrl+c", "ctrl+c (quit at once) always keeps that job"),
    ("safety", "f1", "safety must keep exclamation_mark"),
    ("quit-now", "ctrl+q", "quit-now must keep ctrl+c"),
    ("landing-break", "a+b+c+d", "'a+b+c+d' is not a key anyone can press: a, b, c are not"),
    ("landing-break", "f99", "'f99' is not a key: function keys go from f1 to f24"),
    ("landing-break", "blah", "'blah' is not a key name"),
    ("landing-break", "ctrl+ctrl+b", "'ctrl+ctrl+b' names a modifier twice"),
    ("landing-break", "plus_sign", "'plus_sign' is not a key name"),
]


def write_config(text: str) -> Path:
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("binding", "keys", "why"), REFUSED)
def test_config_set_refuses_by_name_and_leaves_the_file(binding: str, keys: str, why: str) -> None:
    path = write_config("bell = false\n")
    result = runner.invoke(cli, ["config", "set", f"keys.{binding}", keys])
    assert result.exit_code == 2, result.output
    assert why in " ".join(result.output.split())
    assert path.read_text(encoding="utf-8") == "bell = false\n"


@pytest.mark.parametrize(("binding", "keys", "why"), REFUSED)
def test_a_hand_edited_binding_is_refused_and_its_default_used(
    binding: str, keys: str, why: str
) -> None:
    write_config(f'break_minutes = 25\n\n[keys]\ntell-edit = "x"\n"{binding}" = "{keys}"\n')
    loaded = load_settings()
    [problem] = loaded.problems
    assert f"line 5: keys.{binding} = {keys!r} was not used" in problem
    assert why in problem and f"Its default ({KEY_BINDINGS[binding].default}) is used" in problem
    # Only that binding falls back: the rest of the file still counts.
    assert binding not in loaded.settings.keys
    assert loaded.settings.keys == {"tell-edit": "x"}
    assert loaded.settings.break_minutes == 25


@pytest.mark.parametrize(
    "keys", ["exclamation_mark,f1", "!,f1", "f24", "ctrl+shift+s", "question_mark", "é", "at"]
)
def test_keys_anyone_can_press_are_accepted(keys: str) -> None:
    binding = "safety" if "f1" in keys else "landing-break"
    assert binding_problem(binding, keys) is None


def test_every_default_key_is_accepted() -> None:
    for binding, info in KEY_BINDINGS.items():
        assert binding_problem(binding, info.default) is None, binding


def test_key_names_agree_with_textual() -> None:
    from textual.keys import KEY_ALIASES, Keys, _character_to_key

    for character in string.punctuation:
        name = key_name(character)
        assert name == _character_to_key(character)
        assert key_problem(name) is None, name
    textual_names = {key.value for key in Keys} | {a for v in KEY_ALIASES.values() for a in v}
    assert textual_names >= NAMED_KEYS


async def test_the_app_keeps_help_and_the_way_out_after_a_bad_file(
    store: Store, clock: FakeClock
) -> None:
    from pausecoach.tui.screens.breaktime import BreakScreen
    from pausecoach.tui.screens.safety import SafetyScreen

    write_config(
        '[keys]\nquit = "exclamation_mark"\nlanding-break = "a+b+c+d"\nlanding-history = "ctrl+c"\n'
    )
    app = make_app(None, store, clock)  # settings read from the file, as the CLI does
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert any("keys.quit = 'exclamation_mark' was not used" in p for p in app.problems)
        await pilot.press("exclamation_mark")
        await pilot.pause()
        assert isinstance(app.screen, SafetyScreen) and app.is_running
        await pilot.press("escape", "b", "enter")  # b still starts a break
        await pilot.pause()
        assert isinstance(app.screen, BreakScreen)
        await pilot.press("ctrl+c")
        await pilot.pause()
    assert not app.is_running


async def test_ctrl_c_mid_break_keeps_the_seconds_rested(store: Store, clock: FakeClock) -> None:
    """ctrl+c as a key (class 4a): the record keeps the time rested, not the last 30 s save."""
    app = make_app(None, store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("b", "enter")
        await pilot.pause()
        session_id = app.record.session.id
        clock.advance(75)
        await pilot.pause()
        await pilot.press("ctrl+c")
        await pilot.pause()
    record = store.get_session(session_id)
    assert record is not None and record.status == "interrupted" and record.step == "break"
    assert record.actual_seconds is not None and record.actual_seconds >= 75
