"""Fixtures for driving the app with Pilot (the clock and store come from tests/conftest.py)."""

from __future__ import annotations

import pytest

from pausecoach.clock import FakeClock
from pausecoach.config.settings import Settings
from pausecoach.storage.store import Store
from pausecoach.tui.app import PauseCoachApp, make_app


@pytest.fixture
def settings() -> Settings:
    """Default settings, with the bell off so tests stay quiet."""
    return Settings(bell=False)


@pytest.fixture
def app(settings: Settings, store: Store, clock: FakeClock) -> PauseCoachApp:
    """The app as the CLI builds it, with test doubles injected."""
    return make_app(settings, store, clock)
