"""`pausecoach` with no command: the full-screen pause flow."""

from __future__ import annotations

from pausecoach.commands.common import err, fail
from pausecoach.config import load_settings
from pausecoach.paths import DataDirError
from pausecoach.store import Store, StoreError


def run_pause(saving: bool = True, start_at: str = "landing") -> None:
    """Open the store and settings, then run the TUI; problems are reported before it starts."""
    loaded = load_settings()
    for problem in loaded.problems:
        err().print(f"Settings problem (using defaults): {problem}", markup=False)
    if saving:
        try:
            store = Store.open()
        except (DataDirError, StoreError) as exc:
            fail(str(exc))
    else:
        store = Store.in_memory()
    for notice in store.notices:
        err().print(notice, markup=False)

    from pausecoach.tui.app import make_app

    app = make_app(loaded.settings, store, saving=saving, start_at=start_at)  # type: ignore[arg-type]
    try:
        app.run()
    finally:
        app.close_record()
        store.close()
