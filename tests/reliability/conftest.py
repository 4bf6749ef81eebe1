"""The Pilot fixtures (app, store, clock, settings) of tests/tui, shared with the reliability tests."""

from tests.tui.conftest import app, clock, settings, store

__all__ = ["app", "clock", "settings", "store"]
