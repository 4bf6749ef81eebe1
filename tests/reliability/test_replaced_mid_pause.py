"""The database file replaced while a pause runs: the user hears it during the pause (#16 4b).

The store followed the new file from the next save on, but its notice was only shown at the
next start. The recorder now passes on what the store noticed as soon as a save is made.
"""

from __future__ import annotations

import os
from pathlib import Path

from tests.pilot_time import catch_up

from pausecoach.clock import FakeClock
from pausecoach.config.settings import Settings
from pausecoach.models import PauseSession
from pausecoach.storage.store import Store
from pausecoach.tui.app import make_app
from pausecoach.tui.screens.breaktime import BreakScreen


async def test_a_replaced_database_is_said_during_the_break(
    store: Store, clock: FakeClock, tmp_path: Path
) -> None:
    assert store.path is not None
    backup = tmp_path / "restored.db"
    restored = Store.open(backup)
    restored.save_session(PauseSession(note="from the backup", status="completed"))
    restored.close()
    app = make_app(Settings(bell=False), store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("b", "enter")
        await pilot.pause()
        assert isinstance(app.screen, BreakScreen)
        session_id = app.record.session.id
        os.replace(backup, store.path)  # a backup restored over the database mid-break
        clock.advance(35)  # the 30-second progress save
        await catch_up(pilot)
        await pilot.pause()
        said = [n.message for n in app._notifications]
        assert any("was replaced while pausecoach ran" in m for m in said), said
        assert isinstance(app.screen, BreakScreen)  # the break goes on
    reopened = Store.open(store.path)
    notes = {s.note for s in reopened.list_sessions()}
    kept = reopened.get_session(session_id)
    reopened.close()
    assert "from the backup" in notes
    assert kept is not None and kept.step == "break"  # what the pause saved went to the new file
