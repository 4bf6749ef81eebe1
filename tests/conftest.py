"""Shared fixtures: every test gets its own PAUSECOACH_HOME and never touches the real home."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pausecoach.clock import FakeClock
from pausecoach.documents.fear import remember_no
from pausecoach.storage.store import Store


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point all pausecoach paths at a temporary folder, with a fixed time zone and colour on."""
    home = tmp_path / "pausecoach-home"
    monkeypatch.setenv("PAUSECOACH_HOME", str(home))
    monkeypatch.delenv("NO_COLOR", raising=False)  # snapshot tests fail under NO_COLOR
    monkeypatch.setenv("TZ", "Europe/London")
    time.tzset()
    return home


@pytest.fixture(autouse=True, scope="session")
def _stable_environment() -> None:
    os.environ.pop("TEXTUAL_ANIMATIONS", None)


@pytest.fixture
def clock() -> FakeClock:
    """A clock that only moves when the test says so."""
    return FakeClock()


@pytest.fixture
def store(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Store]:
    """A real on-disk store in a temporary folder.

    The fear question was answered "no" on an earlier day, so most tests go straight to the break;
    tests of the question itself are marked `ask_fear`.
    """
    opened = Store.open(tmp_path / "data" / "pausecoach.db")
    if request.node.get_closest_marker("ask_fear") is None:
        remember_no(opened, datetime(2026, 11, 1, tzinfo=UTC))
    yield opened
    opened.close()
