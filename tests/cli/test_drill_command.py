"""`pausecoach drill` on the command line (TUI mocked)."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from pausecoach.cli import app
from pausecoach.content import catalog
from pausecoach.core.drill import DrillOptions

runner = CliRunner()


def test_drill_defaults_to_five_scenarios_of_any_topic(launched: list[dict[str, object]]) -> None:
    result = runner.invoke(app, ["drill"])
    assert result.exit_code == 0, result.output
    assert launched == [{"start_at": "drill", "drill": DrillOptions(count=5, topic=None)}]


@pytest.mark.parametrize("typed", ["work-hours", "Work_Hours", "work hours"])
def test_drill_with_count_and_topic(launched: list[dict[str, object]], typed: str) -> None:
    result = runner.invoke(app, ["drill", "--count", "3", "--topic", typed])
    assert result.exit_code == 0, result.output
    assert launched == [{"start_at": "drill", "drill": DrillOptions(count=3, topic="work-hours")}]


@pytest.mark.parametrize("count", ["0", "21", "-1"])
def test_drill_refuses_a_bad_count(launched: list[dict[str, object]], count: str) -> None:
    result = runner.invoke(app, ["drill", "--count", count])
    assert result.exit_code == 2
    assert "--count must be a whole number from 1 to 20" in result.output
    assert "Traceback" not in result.output
    assert launched == []


def test_drill_refuses_a_count_that_is_not_a_number(launched: list[dict[str, object]]) -> None:
    result = runner.invoke(app, ["drill", "--count", "lots"])
    assert result.exit_code == 2
    output = " ".join(result.output.split())
    assert "--count" in output and re.search(r"not a valid int(eger)?\b", output)
    assert launched == []


def test_drill_refuses_an_unknown_topic_and_lists_the_topics(
    launched: list[dict[str, object]],
) -> None:
    result = runner.invoke(app, ["drill", "--topic", "weather"])
    assert result.exit_code == 2
    output = " ".join(result.output.split())
    assert "Unknown topic 'weather'" in output
    for topic in catalog.drill_topics():
        assert topic.id in output
    assert launched == []


def test_help_lists_every_topic() -> None:
    # The help text is written out (loading content would slow --help); keep it in step.
    result = runner.invoke(app, ["drill", "--help"])
    assert result.exit_code == 0
    text = re.sub(r"[\s│]+", " ", result.output)
    for topic in catalog.drill_topics():
        assert topic.id in text, topic.id
