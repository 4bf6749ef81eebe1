"""`pausecoach history` and `history show` on the command line."""

from __future__ import annotations

import csv
import io
import json
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from tests.cli.history_data import full_pause, seed
from typer.testing import CliRunner

from pausecoach.cli import app
from pausecoach.models import PauseSession
from pausecoach.storage.store import Store

runner = CliRunner()


@pytest.fixture
def seeded() -> Iterator[list[PauseSession]]:
    """Four pauses and one practice in the default store (newest first)."""
    store = Store.open()
    sessions = seed(store)
    store.close()
    yield sessions


def run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args), env={"COLUMNS": "80"})
    return result.exit_code, result.output


def test_empty_history_says_how_to_start() -> None:
    code, output = run("history")
    assert code == 0
    assert "No pauses saved yet" in output
    assert "pausecoach breathe" in output


def test_filters_that_match_nothing_say_so(seeded: list[PauseSession]) -> None:
    code, output = run("history", "--status", "in_progress")
    assert code == 0
    assert "No saved pauses match" in output


def test_table_shows_pauses_newest_first(seeded: list[PauseSession]) -> None:
    code, output = run("history")
    assert code == 0, output
    lines = output.splitlines()
    assert lines[0].split()[:4] == ["ID", "When", "Level", "Pulse"]
    assert [line.split()[0] for line in lines[1:5]] == ["d9e0f1", "c3d4e5", "b7c8d9", "a1b2c3"]
    assert "e5f6a7" not in output  # practice sessions are not pauses
    full = next(line for line in lines if line.startswith("a1b2c3"))
    for cell in ("Wed 18 Nov", "20:14", "flooded", "112→84", "20/23", "4-6", "yes", "done"):
        assert cell in full
    assert "I feel swamped" in full
    assert all(len(line) <= 80 for line in lines)


def test_table_fits_a_narrow_terminal(seeded: list[PauseSession]) -> None:
    result = runner.invoke(app, ["history"], env={"COLUMNS": "60"})
    rows = result.output.splitlines()
    assert all(len(line) <= 60 for line in rows)
    assert "Start-up" not in rows[0]
    assert rows[1].startswith("d9e0f1")


def test_limit_shows_the_newest_and_says_how_many_more(seeded: list[PauseSession]) -> None:
    code, output = run("history", "--limit", "2")
    assert code == 0
    assert "d9e0f1" in output and "c3d4e5" in output and "b7c8d9" not in output
    assert "The newest 2 of 4" in output


@pytest.mark.parametrize(
    ("args", "ids"),
    [
        (["--status", "interrupted"], ["b7c8d9e0f1a2"]),
        (["--status", "stopped"], ["b7c8d9e0f1a2"]),
        (["--status", "safety"], ["d9e0f1a2b3c4"]),
        (["--role", "partner_stepped_away"], ["c3d4e5f6a7b8"]),
        (["--role", "partner-stepped-away"], ["c3d4e5f6a7b8"]),
        (["--kind", "practice"], ["e5f6a7b8c9d0"]),
        (["--kind", "all", "--limit", "2"], ["e5f6a7b8c9d0", "d9e0f1a2b3c4"]),
        (["--since", "2026-11-20"], ["d9e0f1a2b3c4", "c3d4e5f6a7b8"]),
    ],
)
def test_json_applies_every_filter(
    seeded: list[PauseSession], args: list[str], ids: list[str]
) -> None:
    code, output = run("history", "--json", *args)
    assert code == 0, output
    assert [r["id"] for r in json.loads(output)] == ids


def test_json_has_every_field_of_every_record(seeded: list[PauseSession]) -> None:
    records = json.loads(run("history", "--json")[1])
    assert [r["id"] for r in records] == [s.id for s in seeded if s.kind == "pause"]
    assert records[-1] == full_pause().model_dump(mode="json")


def test_json_of_nothing_is_an_empty_array() -> None:
    assert json.loads(run("history", "--json")[1]) == []


def test_since_a_span_counts_back_from_now() -> None:
    store = Store.open()
    now = datetime.now(UTC)
    for days in (1, 6, 8, 20, 100):
        store.save_session(PauseSession(id=f"p{days:03d}", started_at=now - timedelta(days=days)))
    store.close()
    ids = lambda span: [r["id"] for r in json.loads(run("history", "--json", "--since", span)[1])]  # noqa: E731
    assert ids("7d") == ["p001", "p006"]
    assert ids("2w") == ["p001", "p006", "p008"]
    assert ids("3m") == ["p001", "p006", "p008", "p020"]


def test_csv_is_rfc4180_with_a_header(seeded: list[PauseSession]) -> None:
    result = runner.invoke(app, ["history", "--csv"])
    assert result.exit_code == 0
    assert result.stdout_bytes.count(b"\r\n") == 5  # header + 4 pauses
    rows = list(csv.DictReader(io.StringIO(result.stdout_bytes.decode(), newline="")))
    assert list(rows[0]) == list(PauseSession.model_fields)
    oldest = rows[-1]
    assert oldest["id"] == "a1b2c3d4e5f6"
    assert oldest["signs"] == "heart; breath; clenched"
    assert oldest["back_on_time"] == "yes"
    assert oldest["startup_text"].startswith("I feel swamped")
    assert json.loads(oldest["pulses"])[0]["bpm"] == 112


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--limit", "-3"], "--limit must be a whole number of 1 or more"),
        (["--limit", "0"], "--limit must be a whole number of 1 or more"),
        (["--since", "yesterday-ish"], "'yesterday-ish' is not a time span or a date"),
        (["--since", "2026-13-01"], "not a time span or a date"),
        (["--status", "finished"], "--status must be one of"),
        (["--role", "them"], "--role must be one of"),
        (["--kind", "drill"], "--kind must be one of"),
        (["--json", "--csv"], "Choose one of --json or --csv"),
    ],
)
def test_bad_options_are_explained_with_exit_2(args: list[str], message: str) -> None:
    code, output = run("history", *args)
    assert code == 2
    assert message in " ".join(output.split())
    assert "Traceback" not in output


def test_show_prints_everything_about_one_pause(seeded: list[PauseSession]) -> None:
    code, output = run("history", "show", "a1b2")
    assert code == 0, output
    for text in (
        "Pause a1b2c3d4e5f6",
        "heart pounding, fast breathing, clenched",  # signs by their labels
        "112 bpm before (20:15), 84 bpm after (20:41)",
        "23 min planned (3 min added), 23 min taken",  # the same words as the summary
        "+3 min at 20:38",
        "7/10",
        "I feel swamped by the dishes tonight",
        "Walking helped.",
        "recheck",
    ):
        assert text in output


def test_show_json_is_the_record(seeded: list[PauseSession]) -> None:
    code, output = run("history", "show", "A1B2C3", "--json")
    assert code == 0
    assert json.loads(output) == full_pause().model_dump(mode="json")


def test_show_refuses_unknown_and_ambiguous_ids() -> None:
    store = Store.open()
    store.save_session(PauseSession(id="abc111"))
    store.save_session(PauseSession(id="abc222"))
    store.close()
    code, output = run("history", "show", "zzz")
    assert code == 1 and "No pause has an id starting with 'zzz'" in output
    code, output = run("history", "show", "abc")
    assert code == 1 and "matches several pauses" in output


@pytest.mark.parametrize(
    ("zone", "shown", "since_ids"),
    [
        ("Europe/London", "Wed 18 Nov", ["d9e0f1a2b3c4", "c3d4e5f6a7b8"]),
        # Tokyo is 9 hours ahead: 20:14 UTC is 05:14 the next morning, and local midnight on
        # the 20th is 15:00 UTC on the 19th, so the pause of the 19th (20:14 UTC) counts.
        ("Asia/Tokyo", "Thu 19 Nov", ["d9e0f1a2b3c4", "c3d4e5f6a7b8", "b7c8d9e0f1a2"]),
    ],
)
def test_times_are_shown_and_filtered_in_local_time(
    seeded: list[PauseSession],
    monkeypatch: pytest.MonkeyPatch,
    zone: str,
    shown: str,
    since_ids: list[str],
) -> None:
    monkeypatch.setenv("TZ", zone)
    time.tzset()
    output = run("history")[1]
    oldest = next(line for line in output.splitlines() if line.startswith("a1b2c3"))
    assert shown in oldest
    assert ("05:14" if zone == "Asia/Tokyo" else "20:14") in oldest
    ids = [r["id"] for r in json.loads(run("history", "--json", "--since", "2026-11-20")[1])]
    assert ids == since_ids
    stored = json.loads(run("history", "--json")[1])[-1]["started_at"]
    assert stored == "2026-11-18T20:14:00+00:00"  # stored UTC whatever the zone


@pytest.mark.parametrize("args", [["history"], ["history", "stats"]])
def test_fast_path_prints_the_same_as_the_parser(
    seeded: list[PauseSession], args: list[str]
) -> None:
    import os
    import subprocess
    import sys

    code = (
        f"import sys; sys.argv = ['pausecoach', *{args!r}]; from pausecoach.launch import main; "
        "main(); print('LOADED', 'typer' in sys.modules, file=sys.stderr)"
    )
    env = {**os.environ, "COLUMNS": "80"}
    fast = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert fast.returncode == 0, fast.stderr
    assert "LOADED False" in fast.stderr  # Typer was never imported
    assert fast.stdout == run(*args)[1]


def test_words_in_brackets_are_shown_as_typed() -> None:
    store = Store.open()
    store.save_session(
        PauseSession(id="brackets1", startup_text="I feel [bold]tired[/bold] [sad] tonight.")
    )
    store.close()
    output = runner.invoke(app, ["history"], env={"COLUMNS": "120"}).output
    assert "I feel [bold]tired[/bold] [sad] tonight." in output


def test_emoji_codes_in_typed_words_are_shown_as_typed() -> None:
    code, output = run("history", "--status", ":smile:")
    assert code == 2
    assert "(got ':smile:')" in output
