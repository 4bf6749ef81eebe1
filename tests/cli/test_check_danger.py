"""`pausecoach check` on danger: exit 3 for danger and for ask, the fitting help first, JSON."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from pausecoach.cli import app

runner = CliRunner()


@pytest.fixture(autouse=True)
def uk_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """Helplines for the UK (the region comes from the locale when the setting is auto)."""
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")


def test_json_carries_the_level_categories_and_helplines_in_order() -> None:
    result = runner.invoke(app, ["check", "--json", "i wanna kms"])
    assert result.exit_code == 3
    danger = json.loads(result.output)["danger"]
    assert danger["level"] == "danger"
    assert danger["categories"] == ["self_harm"]
    assert danger["helplines"][0]["kind"] == "crisis"
    assert danger["helplines"][0]["contact"] == "Call 116 123"
    assert set(danger["helplines"][0]) == {"name", "kind", "contact", "hours"}


def test_ambiguous_words_also_exit_3_and_say_ask() -> None:
    text = "I'm going to kill you if you leave the dishes again"
    result = runner.invoke(app, ["check", "--json", text])
    assert result.exit_code == 3
    assert json.loads(result.output)["danger"]["level"] == "ask"


def test_no_danger_field_when_there_is_no_danger() -> None:
    result = runner.invoke(app, ["check", "--json", "You hurt my feelings when you forgot."])
    assert "danger" not in json.loads(result.output)


def test_fear_of_self_prints_leave_the_room_and_the_respect_line_first() -> None:
    result = runner.invoke(app, ["check", "I'm scared of what I might do to him"])
    assert result.exit_code == 3
    out = result.output
    assert "In danger right now? Call 999." in out
    assert "Leave the room now" in out
    assert (
        out.index("Respect Phoneline") < out.index("Samaritans") < out.index("Emergency services")
    )


def test_a_list_orders_help_by_the_most_urgent_line() -> None:
    lines = "I feel lonely tonight.\nHe won't let me see my friends.\nI want to die.\n"
    result = runner.invoke(app, ["check", "-"], input=lines)
    assert result.exit_code == 3
    out = result.output
    assert "Stay near someone you trust" in out  # self-harm leads
    assert out.index("Samaritans") < out.index("National Domestic Abuse Helpline")
