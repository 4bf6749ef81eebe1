"""Hostile input on the command line: escapes, markup, symlinks, deep nesting, odd ids.

Issue #16 classes 3, 5, 6, 7, 8, 10, 13, 16 and 18 as a user meets them through `pausecoach`.
"""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from tests.cli.history_data import full_pause
from typer.testing import CliRunner, Result

from pausecoach.cli import app
from pausecoach.documents.plan import PLAN_DOC
from pausecoach.models import PauseSession
from pausecoach.storage.store import Store

runner = CliRunner()
ESC = "\x1b"
NASTY = "\x1b[2J\x1b]0;owned\x07\x1b]8;;https://x.example\x1b\\link\x1b]8;;\x1b\\\x9b31m\r\x08"


def run(*args: str, input: str | None = None, env: dict[str, str] | None = None) -> Result:
    return runner.invoke(app, list(args), input=input, env={"COLUMNS": "100", **(env or {})})


def clean_exit(result: Result, *codes: int) -> None:
    """Exited with one of `codes` through a message, not an exception."""
    assert result.exit_code in codes, (result.exit_code, result.output, result.exception)
    if result.exception is not None:
        assert isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output


def export_file(tmp_path: Path, sessions: list[dict[str, object]], **extra: object) -> Path:
    data = {"format": "pausecoach-export", "version": 1, "sessions": sessions, "drills": []}
    path = tmp_path / "backup.json"
    path.write_text(json.dumps({**data, **extra}), encoding="utf-8")
    return path


def nasty_pause(session_id: str = "evil01") -> dict[str, object]:
    record = full_pause(session_id).model_dump(mode="json")
    for key in ("tell_text", "startup_text", "note", "startup_topic"):
        record[key] = f"words {NASTY} more"
    record["signs"] = ["heart", f"sign{NASTY}"]
    return record


def nasty_plan() -> dict[str, object]:
    return {
        "me": f"Sam{NASTY}",
        "partner": "Alex [link=https://x.example]here[/link] **bold**",
        "signal": f"time out{NASTY}",
        "my_place": "the [b]garden[/b]",
        "partner_place": "kitchen",
        "minutes": 20,
        "who_starts": "me",
        "opening": "[click](https://x.example)",
        "not_during": [f"text {NASTY}"],
        "made_at": "2026-11-01T10:00:00+00:00",
    }


@pytest.fixture
def launched(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, object]]:
    """Record run_pause calls instead of starting the TUI."""
    calls: list[dict[str, object]] = []
    import pausecoach.commands.pause as pause

    monkeypatch.setattr(pause, "run_pause", lambda **kw: calls.append(kw))
    return calls


# ----------------------------------------------------------------- class 5
def test_escapes_are_cleaned_on_import(tmp_path: Path) -> None:
    backup = export_file(tmp_path, [nasty_pause()], documents={PLAN_DOC: nasty_plan()})
    clean_exit(run("import", str(backup)), 0)
    store = Store.open()
    (text,) = store.session_json()
    plan = store.get_document(PLAN_DOC)
    store.close()
    stored = json.loads(text)
    assert ESC not in json.dumps(stored, ensure_ascii=False) and "\x9b" not in stored["note"]
    assert plan is not None and ESC not in json.dumps(plan, ensure_ascii=False)


@pytest.fixture
def nasty_store() -> None:
    """Text with escapes saved directly (as an older version's import would have)."""
    store = Store.open()
    session = PauseSession.model_validate(nasty_pause())
    store.save_session(session)
    store.put_document(PLAN_DOC, nasty_plan())
    store.close()


@pytest.mark.parametrize(
    "args",
    [
        ("history",),
        ("history", "--kind", "all"),
        ("history", "show", "evil01"),
        ("history", "stats"),
        ("plan", "--show"),
        ("plan", "--markdown"),
        ("history", "--csv"),
        ("check", f"Could we talk {NASTY} tonight?"),
    ],
    ids=lambda a: " ".join(a)[:20],
)
@pytest.mark.usefixtures("nasty_store")
def test_no_raw_escape_reaches_the_terminal(args: tuple[str, ...]) -> None:
    result = run(*args)
    clean_exit(result, 0, 1)  # check exits 1 for a harsh opening
    assert ESC not in result.output and "\x9b" not in result.output and "\x07" not in result.output


def test_csv_cells_that_start_like_formulas_stay_text() -> None:
    store = Store.open()
    for n, text in enumerate(('=HYPERLINK("x")', "+1+2", "-3", "@SUM(A1)")):
        store.save_session(
            PauseSession(id=f"f{n}", note=text, startup_text=text, status="completed")
        )
    store.close()
    result = run("history", "--csv")
    clean_exit(result, 0)
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {row["note"] for row in rows} == {'\'=HYPERLINK("x")', "'+1+2", "'-3", "'@SUM(A1)"}
    assert all(not row["note"].startswith(("=", "+", "-", "@")) for row in rows)


# ----------------------------------------------------------------- class 6
def test_export_through_a_symlink_keeps_the_symlink(tmp_path: Path) -> None:
    real = tmp_path / "dotfiles" / "backup.json"
    real.parent.mkdir()
    real.write_text("old")
    link = tmp_path / "backup.json"
    link.symlink_to(real)
    clean_exit(run("export", "-o", str(link)), 0)
    assert link.is_symlink() and json.loads(real.read_text())["format"] == "pausecoach-export"


def test_config_set_through_a_symlink_keeps_it(private_home: Path, tmp_path: Path) -> None:
    private_home.mkdir()
    real = tmp_path / "dotfiles-config.toml"
    real.write_text("# mine\n")
    (private_home / "config.toml").symlink_to(real)
    clean_exit(run("config", "set", "break_minutes", "25"), 0)
    assert (private_home / "config.toml").is_symlink()
    assert "break_minutes = 25" in real.read_text() and "# mine" in real.read_text()


def test_a_fifo_or_device_is_refused_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    result = run("export", "-o", str(fifo))
    clean_exit(result, 1)
    assert "not a regular file" in result.output and stat.S_ISFIFO(fifo.stat().st_mode)
    folder = tmp_path / "a-folder"
    folder.mkdir()
    clean_exit(run("export", "-o", str(folder)), 1)
    assert folder.is_dir()


def test_export_to_dash_writes_standard_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("export", "-o", "-")
    clean_exit(result, 0)
    assert json.loads(result.stdout)["format"] == "pausecoach-export"
    assert not (tmp_path / "-").exists()


# ----------------------------------------------------------------- class 7
def test_an_existing_open_home_is_never_chmod_ed(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    result = run("history", env={"PAUSECOACH_HOME": str(shared)})
    clean_exit(result, 0)
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777  # the sticky bit too
    private = shared / "pausecoach-private"
    assert stat.S_IMODE(private.stat().st_mode) == 0o700
    assert (private / "pausecoach.db").exists() and not (shared / "pausecoach.db").exists()
    assert "can be read by other users" in result.output


# ----------------------------------------------------------------- class 8
MARKUP = "[/x] [link=https://x.example]y[/link] [bold"


@pytest.mark.parametrize(
    "args",
    [
        ("history", "show", MARKUP),
        ("history", "--status", MARKUP),
        ("history", "--kind", MARKUP),
        ("history", "--role", MARKUP),
        ("history", "--since", MARKUP),
        ("forget", MARKUP, "--yes"),
        ("drill", "--topic", MARKUP),
        ("breathe", "--pattern", MARKUP),
        ("resources", "--region", MARKUP),
        ("config", "set", MARKUP, "1"),
        ("config", "set", "theme", MARKUP),
        ("config", "unset", MARKUP),
        ("export", "-o", f"/nonexistent/{MARKUP}/x.json"),
        ("import", f"/nonexistent/{MARKUP}.json"),
    ],
    ids=lambda a: " ".join(a[:2]),
)
def test_user_text_is_never_read_as_markup(args: tuple[str, ...], launched: list[object]) -> None:
    result = run(*args)
    clean_exit(result, 1, 2)
    assert "[/x]" in result.output  # shown as typed, not swallowed or parsed


def test_a_document_name_in_an_import_is_not_a_link(tmp_path: Path) -> None:
    backup = export_file(tmp_path, [], documents={"[link=https://x.example]plan[/link]": {}})
    result = run("import", str(backup))
    clean_exit(result, 1)
    assert "[link=https://x.example]plan[/link]" in result.output


# ----------------------------------------------------------------- class 13
def test_deep_nesting_and_huge_numbers_in_an_import(tmp_path: Path) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text(
        '{"format": "pausecoach-export", "version": 1, "x": ' + "[" * 100_000 + "]" * 100_000 + "}"
    )
    result = run("import", str(deep))
    clean_exit(result, 1)
    assert "nests data" in result.output
    huge = tmp_path / "huge.json"
    huge.write_text('{"format": "pausecoach-export", "version": 1, "x": ' + "9" * 5000 + "}")
    result = run("import", str(huge))
    clean_exit(result, 1)
    assert "Nothing was imported" in result.output


def test_a_config_nested_500_deep_is_a_message(private_home: Path) -> None:
    private_home.mkdir()
    (private_home / "config.toml").write_text("a = " + "{b = " * 500 + "1" + "}" * 500 + "\n")
    clean_exit(run("resources"), 0)  # the settings' defaults are used
    for args in (("config", "show"), ("config", "set", "break_minutes", "25")):
        result = run(*args)
        clean_exit(result, 0, 2)
        assert "nested" in result.output, args


def test_a_number_too_long_to_read_in_settings_is_a_message(private_home: Path) -> None:
    """Python refuses to read integers of more than 4,300 digits: a message, never a traceback."""
    huge = "9" * 5000
    result = run("config", "set", "break_minutes", huge)
    clean_exit(result, 2)
    assert "break_minutes" in result.output
    private_home.mkdir(exist_ok=True)
    (private_home / "config.toml").write_text(f"break_minutes = {huge}\n")
    clean_exit(run("resources"), 0)  # the settings' defaults are used
    result = run("config", "show")
    clean_exit(result, 0)
    assert "too long" in result.output


def test_config_set_with_a_nested_value_is_refused() -> None:
    nested = "{a = " * 500 + "1" + "}" * 500
    for value in ("{a = {b = 1}}", nested):
        result = run("config", "set", "break_minutes", value)
        clean_exit(result, 2)


@pytest.mark.parametrize(
    ("args", "codes"),
    [
        (("history", "--limit", "9223372036854775808"), (0,)),
        (("history", "--limit", "1" + "0" * 40), (0,)),
        (("history", "--since", "0001-01-01"), (2,)),
        (("history", "--since", "9999-12-31"), (2,)),
        (("history", "--since", "9999w"), (2,)),
        (("history", "stats", "--since", "9999m"), (2,)),
    ],
)
def test_huge_limits_and_far_dates(args: tuple[str, ...], codes: tuple[int, ...]) -> None:
    clean_exit(run(*args), *codes)


def test_an_editor_with_an_open_quote_is_a_message() -> None:
    result = run("config", "edit", env={"EDITOR": 'vim "', "VISUAL": ""})
    clean_exit(result, 1)
    assert "cannot be read as a command" in result.output


# ----------------------------------------------------------------- class 10
@pytest.mark.parametrize("typed", ["²", "①", "٣٠", "1e3", "99999999999999999999"])
def test_plan_minutes_with_odd_digits_are_asked_again(typed: str) -> None:
    answers = ["Sam", "Alex", "time out", "garden", "kitchen", typed, "20", "me", "hi", ""]
    result = run("plan", input="\n".join(answers) + "\n" * 10)
    clean_exit(result, 0, 1)


# ----------------------------------------------------------------- class 18
@pytest.mark.parametrize("stored_id", ["ABCdef123", " lead-space", "rain🌧️01", "Ünïcode9"])
def test_odd_ids_can_be_shown_and_forgotten(stored_id: str) -> None:
    store = Store.open()
    store.save_session(full_pause(stored_id))
    store.save_session(full_pause("zzz999", datetime(2026, 1, 1, tzinfo=UTC)))
    store.close()
    for typed in (stored_id, stored_id.strip(), stored_id.strip()[:4], stored_id.strip().lower()):
        shown = run("history", "show", typed)
        clean_exit(shown, 0)
    clean_exit(run("forget", stored_id.strip()[:4].upper(), "--yes"), 0)
    store = Store.open()
    assert [s.id for s in store.list_sessions()] == ["zzz999"]
    store.close()


def test_an_id_that_is_not_utf8_is_unknown_not_a_traceback() -> None:
    """Bytes that are not UTF-8 on the command line (`history show $'\\xff'`) reach Python as
    lone surrogates, which SQLite cannot take."""
    store = Store.open()
    store.save_session(full_pause("abc123def"))
    store.close()
    for args in (("history", "show", "\udcff\udcfe"), ("forget", "ab\udcff", "--yes")):
        result = run(*args)
        clean_exit(result, 1, 2)
        assert "No pause has an id starting with" in result.output, args
        assert "\\udcff" in result.output  # the odd bytes shown, not dropped
    assert [s.id for s in Store.open().list_sessions()] == ["abc123def"]


def test_the_same_pause_named_twice_is_listed_once() -> None:
    store = Store.open()
    store.save_session(full_pause("abc123def"))
    store.close()
    result = run("forget", "abc123def", "abc1", "--yes")
    clean_exit(result, 0)
    assert result.output.count("(abc123)") == 1 and "Deleted 1 pause" in result.output


def test_a_sign_with_a_comma_stays_one_sign_in_stats() -> None:
    store = Store.open()
    session = full_pause("comma1")
    session.signs = ["heart, racing"]
    store.save_session(session)
    store.close()
    result = run("history", "stats", "--json")
    clean_exit(result, 0)
    signs = [item["sign"] for item in json.loads(result.stdout)["common_signs"]]
    assert len(signs) == 1 and "racing" in signs[0]


def test_byte_order_marks_are_read_past(private_home: Path, tmp_path: Path) -> None:
    private_home.mkdir()
    (private_home / "config.toml").write_bytes("\ufeffbreak_minutes = 25\n".encode())
    result = run("config", "show")
    clean_exit(result, 0)
    assert "Problems" not in result.output and "break_minutes = 25" in result.output
    backup = export_file(tmp_path, [full_pause("bom001").model_dump(mode="json")])
    backup.write_bytes(b"\xef\xbb\xbf" + backup.read_bytes())
    clean_exit(run("import", str(backup)), 0)


# ----------------------------------------------------------------- class 3
def test_forget_all_removes_the_copies_kept_aside(private_home: Path) -> None:
    store = Store.open()
    store.save_session(full_pause("keep01"))
    store.close()
    aside = private_home / "pausecoach.db.broken-20260101T000000"
    aside.write_bytes(b"an old diary: a very private sentence")
    asked = run("forget", "--all", input="n\n")
    assert "damaged database file" in asked.output and aside.exists()
    result = run("forget", "--all", "--yes")
    clean_exit(result, 0)
    assert not aside.exists() and "1 damaged database file" in " ".join(result.output.split())
    leftovers = [p for p in private_home.iterdir() if b"private sentence" in p.read_bytes()]
    assert leftovers == []


def test_forget_says_when_a_reader_keeps_the_words(monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    import pausecoach.storage.store as store_module

    monkeypatch.setattr(store_module, "COMPACT_ATTEMPTS", 1)
    store = Store.open()
    store.save_session(full_pause("read01"))
    db = store.path
    store.close()
    assert db is not None
    reader = sqlite3.connect(db, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM sessions").fetchone()
    result = run("forget", "--all", "--yes")
    reader.execute("ROLLBACK")
    reader.close()
    clean_exit(result, 1)
    assert "still inside the file" in result.output and "compacted" not in result.output
    clean_exit(run("forget", "--compact"), 0)


# ----------------------------------------------------------------- class 16
def test_plain_pause_ended_by_sigterm_exits_143(private_home: Path) -> None:
    env = {**os.environ, "PAUSECOACH_HOME": str(private_home), "NO_COLOR": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "pausecoach", "--plain"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )
    assert proc.stdout is not None and proc.stdin is not None
    deadline = time.monotonic() + 30
    while not (private_home / "pausecoach.db").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.3)
    proc.send_signal(signal.SIGTERM)
    out, errors = proc.communicate(timeout=30)
    assert proc.returncode == 128 + signal.SIGTERM, errors
    assert "Traceback" not in errors and "Stopped." in out


def test_since_within_range_still_works() -> None:
    week_ago = (datetime.now(UTC) - timedelta(days=7)).date().isoformat()
    clean_exit(run("history", "--since", week_ago), 0)
