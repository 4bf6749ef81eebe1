"""Generated hostile text into every command's inputs: arguments, options, files and stdin.

Whatever comes in (control characters, escape sequences, Rich markup, digits of other scripts,
huge numbers), a command ends with a documented exit code, never a traceback, and never passes
a raw escape character to the terminal.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from pausecoach.cli import app

runner = CliRunner()
DOCUMENTED_EXITS = {0, 1, 2, 3, 4, 5}
RAW = ("\x1b", "\x9b", "\x07")

PIECES = [
    "\x1b[2J",
    "\x1b]0;title\x07",
    "\x1b]8;;https://x.example\x1b\\",
    "\x9b31m",
    "\r",
    "\x00",
    "\x08",
    "[/x]",
    "[link=https://x.example]",
    "[bold]",
    "²",
    "①",
    "٣",
    "9" * 30,
    "9223372036854775808",
    "-1",
    "0001-01-01",
    "7d",
    "{a = {b = 1}}",
    "never",
    "you always",
    "🌧️",
    "\u202e",
    " ",
]
hostile = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), min_size=1, max_size=5
).map("".join)


def safe_name(text: str) -> str:
    """A file name made from `text` (no separators, NUL or leading dots)."""
    kept = "".join(ch for ch in text if ch not in "/\x00").lstrip(".")[:60]
    return kept or "x"


COMMANDS = {
    "history show": lambda t, _d: ["history", "show", t],
    "history --since": lambda t, _d: ["history", "--since", t],
    "history --status": lambda t, _d: ["history", "--status", t],
    "history --kind": lambda t, _d: ["history", "--kind", t],
    "history --role": lambda t, _d: ["history", "--role", t],
    "history --limit": lambda t, _d: ["history", "--limit", t],
    "history stats --since": lambda t, _d: ["history", "stats", "--since", t],
    "forget": lambda t, _d: ["forget", t, "--yes"],
    "check": lambda t, _d: ["check", t],
    "drill --topic": lambda t, _d: ["drill", "--topic", t],
    "breathe --pattern": lambda t, _d: ["breathe", "--pattern", t],
    "resources --region": lambda t, _d: ["resources", "--region", t],
    "config set key": lambda t, _d: ["config", "set", t, "1"],
    "config set value": lambda t, _d: ["config", "set", "break_minutes", t],
    "config set keys": lambda t, _d: ["config", "set", "keys.quit", t],
    "config unset": lambda t, _d: ["config", "unset", t],
    "export -o": lambda t, d: ["export", "-o", str(d / safe_name(t))],
    "import": lambda t, d: ["import", str(d / safe_name(t))],
}


@pytest.fixture
def launched(monkeypatch: pytest.MonkeyPatch) -> None:
    """drill and breathe would open the full screen: record instead."""
    import pausecoach.commands.pause as pause

    monkeypatch.setattr(pause, "run_pause", lambda **_kw: None)


def check(args: list[str], stdin: str | None = None, prompts: bool = False) -> None:
    result = runner.invoke(app, args, input=stdin, env={"COLUMNS": "100"})
    shown = result.output
    if prompts and stdin:
        # CliRunner echoes each answer as a terminal would; only what pausecoach prints counts.
        for line in sorted(stdin.splitlines(), key=len, reverse=True):
            if line:
                shown = shown.replace(line, "")
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        args,
        repr(result.exception),
    )
    assert result.exit_code in DOCUMENTED_EXITS, (args, result.exit_code, result.output)
    assert "Traceback" not in result.output, args
    for raw in RAW:
        assert raw not in shown, (args, shown)


@pytest.mark.usefixtures("launched")
@pytest.mark.parametrize("name", sorted(COMMANDS))
@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=hostile)
def test_any_argument_to_any_command(name: str, text: str, tmp_path: Path) -> None:
    check(COMMANDS[name](text, tmp_path))


@pytest.mark.usefixtures("launched")
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines=st.lists(hostile, min_size=1, max_size=6))
def test_any_lines_on_standard_input(lines: list[str]) -> None:
    text = "\n".join(lines) + "\n"
    check(["check", "-"], stdin=text)
    check(["plan"], stdin=text + "\n" * 12, prompts=True)
    check(["plan", "--show"])


@pytest.mark.usefixtures("launched")
@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=hostile, where=st.sampled_from(["note", "id", "signs", "document", "format"]))
def test_any_text_inside_an_import_file(text: str, where: str, tmp_path: Path) -> None:
    from tests.cli.history_data import full_pause

    record = full_pause("imp001").model_dump(mode="json")
    data: dict[str, object] = {"format": "pausecoach-export", "version": 1, "drills": []}
    if where == "note":
        record["note"] = text
    elif where == "id":
        record["id"] = text
    elif where == "signs":
        record["signs"] = [text]
    elif where == "document":
        data["documents"] = {text: {}}
    else:
        data["format"] = text
    data["sessions"] = [record]
    path = tmp_path / "backup.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    check(["import", str(path)])
    for args in (["history", "--kind", "all"], ["history", "--csv"], ["history", "stats"]):
        check(args)


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=hostile)
def test_any_settings_file(text: str, private_home: Path) -> None:
    private_home.mkdir(exist_ok=True)
    (private_home / "config.toml").write_text(f"break_minutes = {text}\n[keys]\nquit = {text}\n")
    for args in (["config", "show"], ["resources"], ["config", "set", "break_minutes", "20"]):
        check(args)
