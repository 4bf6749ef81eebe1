"""Whether to ask the fear question: until the user has said "no" once on this install.

A "no" is forgotten again whenever danger words appear, so the question comes back.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pausecoach.storage.store import Store

FEAR_DOC = "fear_question"


def fear_question_due(store: Store) -> bool:
    """True until the user answered "no" on this install (or since danger words appeared)."""
    body = store.get_document(FEAR_DOC)
    return not (isinstance(body, dict) and body.get("answer") == "no")


def remember_no(store: Store, now: datetime, wait: bool = True) -> None:
    """Keep the "no", so the question is not asked before every break.

    A full disk only means the question is asked again; without `wait`, a database another
    process holds raises StoreBusy, for the caller to try again later.
    """
    _put(store, {"answer": "no", "at": now.isoformat(timespec="seconds")}, wait)


def forget_no(store: Store, wait: bool = True) -> None:
    """Danger words appeared: ask the question again before the next break."""
    _put(store, {"answer": "ask_again"}, wait)  # failing only means asking more, never less


def _put(store: Store, body: dict[str, str], wait: bool) -> None:
    from pausecoach.storage.store import StoreBusy, StoreError

    try:
        store.put_document(FEAR_DOC, body, wait=wait)
    except StoreBusy:
        raise
    except StoreError:
        return
