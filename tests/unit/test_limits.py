"""One set of break lengths for the CLI, settings, the tell step, the plan and --plain."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pausecoach.core import limits


@given(st.integers(min_value=-1000, max_value=1000))
def test_longer_and_shorter_stay_in_range(minutes: int) -> None:
    for value in (limits.longer(minutes), limits.shorter(minutes), limits.clamp_minutes(minutes)):
        assert limits.MIN_MINUTES <= value <= limits.MAX_MINUTES


def test_a_long_setting_is_not_cut_by_plus() -> None:
    # Seen: break_minutes = 200, then + on the tell screen set the break to 120.
    assert limits.longer(200) == 205
    assert limits.longer(limits.MAX_MINUTES) == limits.MAX_MINUTES


def test_every_front_door_uses_the_same_limits() -> None:
    from pausecoach.config.settings import Settings
    from pausecoach.documents.plan import PausePlan

    for field in (Settings.model_fields["break_minutes"], PausePlan.model_fields["minutes"]):
        assert field.ge == limits.MIN_MINUTES
        assert field.le == limits.MAX_MINUTES


@pytest.mark.parametrize("flag", [str(limits.MAX_MINUTES), str(limits.MIN_MINUTES)])
def test_the_cli_accepts_the_whole_range(flag: str) -> None:
    from typer.testing import CliRunner

    from pausecoach.cli import app

    result = CliRunner().invoke(app, ["--plain", "--minutes", flag, "--help"])
    assert result.exit_code == 0


def test_the_cli_refuses_past_the_maximum() -> None:
    from typer.testing import CliRunner

    from pausecoach.cli import app

    result = CliRunner().invoke(app, ["--minutes", str(limits.MAX_MINUTES + 1)])
    assert result.exit_code == 2
