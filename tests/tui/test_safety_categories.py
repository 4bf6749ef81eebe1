"""The safety screen opened from a text box lists the help that fits the danger first."""

from __future__ import annotations

from textual.widgets import Static

from pausecoach.clock import FakeClock
from pausecoach.config.settings import Settings
from pausecoach.storage.store import Store
from pausecoach.tui.app import make_app
from pausecoach.tui.screens.safety import SafetyScreen


async def _shown(store: Store, clock: FakeClock, categories: tuple[str, ...]) -> tuple[str, str]:
    app = make_app(Settings(bell=False, helpline_region="UK"), store, clock)
    async with app.run_test(size=(80, 40)) as pilot:
        app.push_screen(SafetyScreen(categories=categories))
        await pilot.pause()
        emergency = str(app.screen.query_one("#emergency", Static).render())
        lines = str(app.screen.query_one("#helplines", Static).render())
    return emergency, lines


async def test_self_harm_puts_the_crisis_line_and_stay_near_someone_first(
    store: Store, clock: FakeClock
) -> None:
    emergency, lines = await _shown(store, clock, ("self_harm",))
    assert "999" in emergency
    assert lines.index("Stay near someone") < lines.index("Samaritans")
    assert lines.index("Samaritans") < lines.index("National Domestic Abuse Helpline")


async def test_fear_of_self_puts_leave_the_room_and_the_respect_line_first(
    store: Store, clock: FakeClock
) -> None:
    _emergency, lines = await _shown(store, clock, ("fear_of_self",))
    assert lines.index("Leave the room now") < lines.index("Respect Phoneline")
    assert lines.index("Respect Phoneline") < lines.index("Samaritans")


async def test_opened_with_no_categories_keeps_the_file_order(
    store: Store, clock: FakeClock
) -> None:
    _emergency, lines = await _shown(store, clock, ())
    assert "Leave the room now" not in lines and "Stay near someone" not in lines
    assert lines.index("Emergency services") < lines.index("Samaritans")
