"""Saved debriefs (the aftermath of a fight, on a calm day): one store document each.

Named "debrief/<id>" and linked to the pause they look back on. Saved after every step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from pausecoach import __version__
from pausecoach.checked import Field, ValidationError
from pausecoach.clock import utc_now
from pausecoach.models import Record, UtcTime, new_id

if TYPE_CHECKING:
    from pausecoach.storage.store import Store

DEBRIEF_PREFIX = "debrief/"
MAX_ANSWER_CHARS = 2000
# The steps, in the order they are asked; the words live in content/talk.toml.
STEPS = ("felt", "saw", "touched", "my_part", "next_time")
TEXT_FIELDS = ("my_view", "their_view", "touched", "my_part", "next_time")


class DebriefRecord(Record):
    """What each felt and saw, what it touched, my part, and one thing to do differently."""

    id: str = Field(default_factory=new_id, min_length=1, max_length=64)
    pause_id: str | None = None
    started_at: UtcTime = Field(default_factory=utc_now)
    updated_at: UtcTime = Field(default_factory=utc_now)
    status: Literal["in_progress", "done", "safety"] = "in_progress"
    my_feelings: list[str] = Field(default_factory=list)
    their_feelings: list[str] = Field(default_factory=list)
    my_view: str = Field(default="", max_length=MAX_ANSWER_CHARS)
    their_view: str = Field(default="", max_length=MAX_ANSWER_CHARS)
    touched: str = Field(default="", max_length=MAX_ANSWER_CHARS)
    my_part: str = Field(default="", max_length=MAX_ANSWER_CHARS)
    next_time: str = Field(default="", max_length=MAX_ANSWER_CHARS)
    app_version: str = __version__

    def all_text(self) -> str:
        """Every typed answer, joined (for the danger-word screen)."""
        return "\n".join(getattr(self, name) for name in TEXT_FIELDS)


def save_debrief(store: Store, record: DebriefRecord, wait: bool = True) -> None:
    """Save (or update) a debrief in one transaction (`wait=False`: StoreBusy if it is held)."""
    store.put_document(DEBRIEF_PREFIX + record.id, record.model_dump(mode="json"), wait=wait)


def load_debriefs(store: Store, pause_id: str | None = None) -> list[DebriefRecord]:
    """Saved debriefs, oldest first (only those linked to `pause_id` when given)."""
    found = []
    for _name, body in store.documents_named(DEBRIEF_PREFIX):
        try:
            debrief = DebriefRecord.model_validate(body)
        except ValidationError:
            continue
        if pause_id is None or debrief.pause_id == pause_id:
            found.append(debrief)
    return sorted(found, key=lambda d: (d.started_at, d.id))


def valid_debrief(body: object) -> bool:
    """True when a document body is a debrief this version can read (used by import)."""
    try:
        DebriefRecord.model_validate(body)
    except ValidationError:
        return False
    return True


def linked_documents(store: Store) -> dict[str, dict[str, object]]:
    """Every saved talk and debrief by document name (for export)."""
    from pausecoach.documents.talk import TALK_PREFIX

    found: dict[str, dict[str, object]] = {}
    for prefix in (TALK_PREFIX, DEBRIEF_PREFIX):
        found.update(store.documents_named(prefix))
    return found


def linked_document_valid(name: str, body: object) -> bool | None:
    """For import: whether a talk or debrief document is valid (None when the name is neither)."""
    from pausecoach.documents.talk import TALK_PREFIX, valid_talk

    if name.startswith(TALK_PREFIX):
        return valid_talk(body)
    if name.startswith(DEBRIEF_PREFIX):
        return valid_debrief(body)
    return None


def linked_to(store: Store, pause_ids: set[str]) -> list[str]:
    """Names of the talks and debriefs linked to these pauses (for `forget`)."""
    return [
        name for name, body in linked_documents(store).items() if body.get("pause_id") in pause_ids
    ]
