"""docs/settings.md and docs/commands.md cover everything the program has, with true defaults."""

from __future__ import annotations

import re
from pathlib import Path

import tomlkit
import typer.main

from pausecoach.cli import app
from pausecoach.config.names import KEY_BINDINGS
from pausecoach.config.settings import Settings, parse_settings

DOCS = Path(__file__).resolve().parent.parent / "docs"
SETTINGS_MD = (DOCS / "settings.md").read_text(encoding="utf-8")
COMMANDS_MD = (DOCS / "commands.md").read_text(encoding="utf-8")


def table_row(text: str, first_cell: str) -> list[str]:
    """The cells of the Markdown table row starting with `first_cell`."""
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if cells and cells[0] == first_cell:
            return cells
    raise AssertionError(f"no table row for {first_cell} in the docs")


def test_every_setting_is_documented_with_its_default() -> None:
    for name, info in Settings.model_fields.items():
        if name == "keys":
            assert "[keys]" in SETTINGS_MD
            continue
        row = table_row(SETTINGS_MD, f"`{name}`")
        default = info.get_default(call_default_factory=True)
        expected = "not set" if default is None else f"`{tomlkit.item(default).as_string()}`"
        assert row[1] == expected, name


def test_every_key_binding_is_documented_with_its_default_key() -> None:
    for binding_id, binding in KEY_BINDINGS.items():
        row = table_row(SETTINGS_MD, f"`{binding_id}`")
        assert row[1] == f"`{binding.default}`", binding_id


def test_the_example_settings_file_is_valid() -> None:
    block = re.search(r"```toml\n(.*?)```", SETTINGS_MD, re.DOTALL)
    assert block is not None
    loaded = parse_settings(block.group(1), Path("example.toml"))
    assert loaded.ok, loaded.problems
    assert loaded.settings.keys  # it shows a key binding too


def all_commands() -> list[tuple[str, list[str]]]:
    """Every command path (e.g. 'pausecoach config set') with its option names."""
    found: list[tuple[str, list[str]]] = []

    def walk(command, path: str) -> None:
        # Hidden options (test hooks such as --break-seconds) are not for users.
        shown = [p for p in command.params if not getattr(p, "hidden", False)]
        options = [o for p in shown for o in p.opts if o.startswith("-")]
        found.append((path, [o for o in options if o not in ("-h", "--help")]))
        for name, sub in getattr(command, "commands", {}).items():
            walk(sub, f"{path} {name}")

    walk(typer.main.get_command(app), "pausecoach")
    return found


def section(top: str) -> str:
    """The part of commands.md under the heading for a top-level command."""
    match = re.search(rf"^## `{re.escape(top)}`\n(.*?)(?=^## |\Z)", COMMANDS_MD, re.M | re.S)
    assert match is not None, f"docs/commands.md has no section for {top}"
    return match.group(1)


def test_every_command_and_option_is_in_commands_md() -> None:
    commands = all_commands()
    assert len(commands) >= 9
    for path, options in commands:
        top = " ".join(path.split()[:2])
        text = section(top)
        assert path == top or f"`{path}" in text, f"{path} is not in docs/commands.md"
        for option in options:
            assert f"`{option}" in text, f"{path} {option} is not in its docs/commands.md section"
