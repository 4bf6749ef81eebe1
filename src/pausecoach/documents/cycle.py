"""The saved cycle map (a store document), shared by `pausecoach cycle` and the break screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pausecoach.core.cycle import CycleError, CycleMap

if TYPE_CHECKING:
    from pausecoach.storage.store import Store

CYCLE_DOC = "cycle"


def load_cycle(store: Store) -> CycleMap | None:
    """The saved cycle map, if any (a damaged document counts as none)."""
    body = store.get_document(CYCLE_DOC)
    if not body:
        return None
    try:
        return CycleMap.from_dict(body)
    except CycleError:
        return None


def save_cycle(store: Store, cycle: CycleMap) -> None:
    """Save the cycle map, replacing any earlier one."""
    store.put_document(CYCLE_DOC, cycle.to_dict())
