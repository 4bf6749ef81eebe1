"""`pausecoach breathe` and `pausecoach baseline` on the command line (TUI mocked)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from typer.testing import CliRunner

from pausecoach.cli import app
from pausecoach.documents.baseline import save_baseline
from pausecoach.storage.store import Store

runner = CliRunner()


def test_breathe_starts_a_practice(launched: list[dict[str, object]]) -> None:
    result = runner.invoke(app, ["breathe", "--pattern", "4-6", "--minutes", "10"])
    assert result.exit_code == 0, result.output
    assert launched == [{"start_at": "breathe", "minutes": 10, "pattern": "4-6"}]


@pytest.mark.parametrize(
    ("args", "message"),
    [(["--pattern", "wimhof"], "Choose one of: sigh"), (["--minutes", "0"], "from 1 to 240")],
)
def test_breathe_refuses_bad_options(
    launched: list[dict[str, object]], args: list[str], message: str
) -> None:
    result = runner.invoke(app, ["breathe", *args])
    assert result.exit_code == 2
    assert message in result.output
    assert launched == []


def test_baseline_starts_the_measurement(launched: list[dict[str, object]]) -> None:
    assert runner.invoke(app, ["baseline"]).exit_code == 0
    assert launched == [{"start_at": "baseline"}]


def test_baseline_show_without_and_with_a_measurement() -> None:
    assert "No resting pulse measured yet" in runner.invoke(app, ["baseline", "--show"]).output
    store = Store.open()
    save_baseline(store, 62, datetime.now(UTC))
    store.close()
    shown = " ".join(runner.invoke(app, ["baseline", "--show"]).output.split())
    assert "62 bpm" in shown and "68 bpm or less" in shown
    assert "six months" not in shown


def test_baseline_show_reminds_when_older_than_six_months() -> None:
    store = Store.open()
    save_baseline(store, 62, datetime.now(UTC) - timedelta(days=200))
    store.close()
    shown = " ".join(runner.invoke(app, ["baseline", "--show"]).output.split())
    assert "more than six months old" in shown
