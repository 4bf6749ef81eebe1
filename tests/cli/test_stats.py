"""`pausecoach history stats` on the command line."""

from __future__ import annotations

import json

from tests.cli.history_data import seed
from tests.cli.test_backup import drill
from typer.testing import CliRunner

from pausecoach.cli import app
from pausecoach.storage.store import Store

runner = CliRunner()


def fill() -> None:
    store = Store.open()
    seed(store)
    store.add_drill(drill())
    store.close()


def test_stats_with_nothing_saved_say_so() -> None:
    result = runner.invoke(app, ["history", "stats"])
    assert result.exit_code == 0
    assert "Nothing to count yet." in result.output


def test_stats_show_each_number_in_words() -> None:
    fill()
    result = runner.invoke(app, ["history", "stats"], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    text = " ".join(result.output.split())
    assert text.startswith("4 pauses")  # the practice session is not a pause
    for part in (
        "planned 15 min, taken 23 min",  # medians of 20/10 planned, 23 taken
        "112 before, 84 after, a drop of 28 bpm",
        "heart pounding (2), fast breathing (1), clenched (1)",  # ties in sign-id order
        "Longer out-breath (4-6) not enough data (under 3) 1 pause",
        "Back on time 1 of 1 (100%)",
        "1 stopped part-way, 1 left for safety",
        "I was flooded: 3, 1 finished, on time 1 of 1",
        "My partner stepped away: 1, 1 finished",
        "1 attempt, best 35; median score by week: 35",
    ):
        assert part in text
    assert all(len(line) <= 80 for line in result.output.splitlines())


def test_stats_json_and_since() -> None:
    fill()
    data = json.loads(runner.invoke(app, ["history", "stats", "--json"]).stdout)
    assert data["pauses"] == 4
    assert data["median_pulse_drop"] == 28
    assert data["drills"]["attempts"] == 1
    later = json.loads(
        runner.invoke(app, ["history", "stats", "--json", "--since", "2026-11-21"]).stdout
    )
    assert later["pauses"] == 1 and later["drills"]["attempts"] == 0


def test_stats_refuse_a_bad_since() -> None:
    result = runner.invoke(app, ["history", "stats", "--since", "soon"])
    assert result.exit_code == 2
    assert "'soon' is not a time span or a date" in result.output


def _recent_pauses(count: int, status: str = "completed") -> None:
    from datetime import UTC, datetime, timedelta

    from pausecoach.models import PauseSession

    store = Store.open()
    now = datetime.now(UTC).replace(microsecond=0)
    for day in range(count):
        store.save_session(
            PauseSession(started_at=now - timedelta(days=day + 1), status=status)  # type: ignore[arg-type]
        )
    store.close()


def test_a_heavy_fortnight_adds_the_quiet_help_line_once() -> None:
    from pausecoach.content import catalog

    line = " ".join(catalog.help_directories().heavy_pattern.split())
    _recent_pauses(3)
    assert line not in runner.invoke(app, ["history", "stats", "--json"]).output
    first = " ".join(runner.invoke(app, ["history", "stats"]).output.split())
    assert first.endswith(line)
    second = " ".join(runner.invoke(app, ["history", "stats"]).output.split())
    assert line not in second, "never more than once a week"


def test_two_pauses_or_a_safety_exit_keep_the_line_away() -> None:
    from pausecoach.content import catalog

    line = " ".join(catalog.help_directories().heavy_pattern.split())
    _recent_pauses(2)
    assert line not in " ".join(runner.invoke(app, ["history", "stats"]).output.split())
    _recent_pauses(1, status="safety_exit")
    assert line not in " ".join(runner.invoke(app, ["history", "stats"]).output.split())
