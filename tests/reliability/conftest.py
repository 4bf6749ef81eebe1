"""The Pilot fixtures (app, settings) of tests/tui, shared with the reliability tests.

The clock and store fixtures come from tests/conftest.py.
"""

from tests.tui.conftest import app, settings

__all__ = ["app", "settings"]
