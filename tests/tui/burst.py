"""Keys sent in one write, as a paste or fast typing delivers them: all queued before any is handled.

`pilot.press` waits for the app to settle after every key, which hides ordering bugs; the terminal
does not wait.
"""

from __future__ import annotations

from textual import events
from textual.app import App
from textual.keys import _character_to_key
from textual.pilot import Pilot


def burst(app: App[object], *keys: str) -> None:
    """Queue every key at once, the way one read from the terminal does."""
    driver = app._driver
    assert driver is not None
    for key in keys:
        character = key if len(key) == 1 else None
        name = _character_to_key(key) if len(key) == 1 and not key.isalnum() else key
        event = events.Key(name, character)
        event.set_sender(app)
        driver.send_message(event)


async def settle(pilot: Pilot[None]) -> None:
    """Let every queued key and what it set off finish."""
    for _ in range(4):
        await pilot.pause()
