"""Fixtures for driving the app with Pilot: a fake clock and a temporary store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pausecoach.clock import FakeClock
from pausecoach.config import Settings
from pausecoach.store import Store
from pausecoach.tui.app import PauseCoachApp, make_app


@pytest.fixture
def clock() -> FakeClock:
    """A clock that only moves when the test says so."""
    return FakeClock()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A real on-disk store in a temporary folder."""
    opened = Store.open(tmp_path / "data" / "pausecoach.db")
    yield opened
    opened.close()


@pytest.fixture
def settings() -> Settings:
    """Default settings, with the bell off so tests stay quiet."""
    return Settings(bell=False)


@pytest.fixture
def app(settings: Settings, store: Store, clock: FakeClock) -> PauseCoachApp:
    """The app as the CLI builds it, with test doubles injected."""
    return make_app(settings, store, clock)
