"""Whether to ask the fear question: until the user has said "no" once on this install.

A "no" is forgotten again whenever danger words appear, so the question comes back.
"""

from __future__ import annotations

import contextlib
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pausecoach.storage.store import Store

FEAR_DOC = "fear_question"


def fear_question_due(store: Store) -> bool:
    """True until the user answered "no" on this install (or since danger words appeared)."""
    body = store.get_document(FEAR_DOC)
    return not (isinstance(body, dict) and body.get("answer") == "no")


def remember_no(store: Store, now: datetime) -> None:
    """Keep the "no", so the question is not asked before every break."""
    from pausecoach.storage.store import StoreError

    with contextlib.suppress(StoreError):  # a full disk: the question is simply asked again
        store.put_document(FEAR_DOC, {"answer": "no", "at": now.isoformat(timespec="seconds")})


def forget_no(store: Store) -> None:
    """Danger words appeared: ask the question again before the next break."""
    from pausecoach.storage.store import StoreError

    with contextlib.suppress(StoreError):  # failing to save only means asking more, never less
        store.put_document(FEAR_DOC, {"answer": "ask_again"})
