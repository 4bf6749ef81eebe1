"""Reading stored records kindly: a field this version does not know is kept, not fatal."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pausecoach.models import PauseSession


class UnreadableRecord(ValueError):
    """A stored record this version cannot read (a newer value, a damaged row)."""


def _pop(data: Any, loc: tuple[Any, ...]) -> Any:
    """Remove the item at `loc` from nested dicts/lists; return it (None if not there)."""
    node = data
    for step in loc[:-1]:
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            return None
    return node.pop(loc[-1], None) if isinstance(node, dict) else None


def load_session(text: str) -> tuple[PauseSession, dict[str, Any]]:
    """The session in stored JSON, and its top-level fields this version does not know.

    A newer pausecoach may add a field without a schema change: this version ignores it when
    reading and writes it back unchanged when it saves the record (see `with_extras`). Unknown
    fields deeper inside (a timeline event, a reading) are ignored and not kept.
    """
    from pausecoach.checked import ValidationError
    from pausecoach.models import PauseSession

    try:
        return PauseSession.model_validate_json(text), {}
    except ValidationError as exc:
        errors = exc.errors()
        if not errors or any(e["type"] != "extra_forbidden" for e in errors):
            first = errors[0] if errors else {"loc": (), "msg": str(exc)}
            field = ".".join(str(p) for p in first["loc"]) or "record"
            raise UnreadableRecord(f"{field}: {first['msg']}") from None
    data = json.loads(text)
    extras: dict[str, Any] = {}
    for error in errors:
        loc = tuple(error["loc"])
        value = _pop(data, loc)
        if len(loc) == 1:
            extras[str(loc[0])] = value
    try:
        return PauseSession.model_validate(data), extras
    except ValidationError as exc:
        raise UnreadableRecord(str(exc.errors()[0]["msg"])) from None


def with_extras(record_json: str, extras: dict[str, Any]) -> str:
    """The record's JSON with the fields kept from a newer version put back."""
    if not extras:
        return record_json
    data = json.loads(record_json)
    for key, value in extras.items():
        data.setdefault(key, value)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
