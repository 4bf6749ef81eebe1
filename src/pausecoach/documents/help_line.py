"""The quiet couples-therapy line: reads pauses from the store, remembers when it was last shown.

`history stats` and the end-of-pause summary both call `take_help_line(store, now)`.
"""

from __future__ import annotations

import contextlib
import json
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from pausecoach.core.heavy import HEAVY_WINDOW, show_help_line

if TYPE_CHECKING:
    from pausecoach.storage.store import Store

HELP_LINE_DOC = "help_line_shown"


def last_shown(store: Store) -> datetime | None:
    """When the line was last shown (None if never, or if the document is damaged)."""
    body = store.get_document(HELP_LINE_DOC)
    try:
        return datetime.fromisoformat(str(body["at"])) if body else None
    except (KeyError, TypeError, ValueError):
        return None


def help_line_due(store: Store, now: datetime) -> bool:
    """True when recent pauses form a heavy pattern and the line was not shown this week."""
    from pausecoach.storage.store import SessionFilter

    # Plain JSON, not the record models: `history stats` calls this and should stay quick.
    since = now - HEAVY_WINDOW - timedelta(days=1)
    records = [
        json.loads(row) for row in store.session_json(SessionFilter(since=since, kind="pause"))
    ]
    # Both sides of the cycle count: each pause is a fight where someone flooded.
    starts = [datetime.fromisoformat(record["started_at"]) for record in records]
    unsafe = any(record.get("status") == "safety_exit" for record in records)
    return show_help_line(starts, last_shown(store), now, unsafe_recently=unsafe)


def take_help_line(store: Store, now: datetime) -> str | None:
    """The line to show now, if it is due; showing it starts the week of quiet."""
    if not help_line_due(store, now):
        return None
    from pausecoach.content import catalog
    from pausecoach.storage.store import StoreError

    with contextlib.suppress(StoreError):  # a full disk: the line is offered again next time
        store.put_document(HELP_LINE_DOC, {"at": now.isoformat(timespec="seconds")})
    return catalog.help_directories().heavy_pattern
