"""The pause that was cut short last time: found once, mentioned once, its re-check offered."""

from __future__ import annotations

from datetime import datetime, timedelta

from pausecoach.core.countdown import format_clock
from pausecoach.models import PauseSession
from pausecoach.storage.store import SessionFilter, Store

MENTIONED_DOC = "interrupted_mentioned"
# A re-check belongs to the same evening: after this long the break is long over anyway.
RECHECK_WITHIN = timedelta(hours=6)
STEP_WORDS = {
    "land": "at the start",
    "check": "during the check",
    "verdict": "at the verdict",
    "tell": "while telling your partner",
    "reframe": "at the start",
    "break": "during the break",
    "recheck": "at the re-check",
    "comeback": "while choosing your words",
    "summary": "at the summary",
}


def unmentioned_interrupted(store: Store) -> PauseSession | None:
    """The latest pause, if it was interrupted and has not been mentioned yet."""
    latest = store.list_sessions(SessionFilter(kind="pause", limit=1))
    if not latest or latest[0].status != "interrupted":
        return None
    seen = store.get_document(MENTIONED_DOC) or {}
    return None if seen.get("id") == latest[0].id else latest[0]


def mark_mentioned(store: Store, session: PauseSession, now: datetime, wait: bool = True) -> None:
    """Remember that this interruption was mentioned, so it is mentioned only once."""
    store.put_document(MENTIONED_DOC, {"id": session.id, "at": now.isoformat()}, wait=wait)


def can_finish_recheck(session: PauseSession, now: datetime) -> bool:
    """True when the pause got as far as its break, recently enough to re-check now."""
    if session.break_started_at is None or session.step not in ("break", "recheck"):
        return False
    stopped = session.ended_at or session.break_started_at
    return now - stopped <= RECHECK_WITHIN


def interrupted_message(session: PauseSession, offer_recheck: bool) -> str:
    """The gentle one-time line: when it stopped, at which step, and what can be done."""
    stopped = session.ended_at or session.started_at
    if session.step == "safety":
        # Never a nudge back into the conversation: only the way to help again.
        return (
            f"Your last pause closed on the help screen at {format_clock(stopped)}. "
            "Press [b]![/b] any time to see the helplines again."
        )
    where = STEP_WORDS.get(session.step, "")
    text = f"Your last pause was interrupted at {format_clock(stopped)}"
    text += f", {where}." if where else "."
    if offer_recheck:
        text += " Press [b]r[/b] to do its re-check now."
    return text
