"""One start-up for both front ends: settings, the first-run notice and the pause's record."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pausecoach.clock import Clock
    from pausecoach.config.settings import Settings
    from pausecoach.models import Kind
    from pausecoach.pause.recorder import PauseRecorder
    from pausecoach.pause.saver import Post
    from pausecoach.storage.store import Store

FIRST_RUN_DOC = "first_run"


def settings_with_problems() -> tuple[Settings, list[str]]:
    """The validated settings, and what was wrong with the file (defaults are used then)."""
    from pausecoach.config.settings import load_settings

    loaded = load_settings()
    tail = " Using defaults." if loaded.defaults_used else ""
    return loaded.settings, [f"Settings: {p}{tail}" for p in loaded.problems]


def first_run_due(store: Store) -> bool:
    """True until the self-help notice has been shown once on this install."""
    return store.get_document(FIRST_RUN_DOC) is None


def mark_first_run(store: Store, clock: Clock) -> str | None:
    """Remember the notice was shown; the error's words when it could not be saved."""
    from pausecoach.storage.store import StoreError

    try:
        first_run_seen(store, clock)
    except StoreError as exc:
        return str(exc)
    return None


def first_run_seen(store: Store, clock: Clock, wait: bool = True) -> None:
    """Remember the notice was shown (raises StoreError; StoreBusy at once without `wait`)."""
    store.put_document(FIRST_RUN_DOC, {"seen": clock.now().isoformat()}, wait=wait)


def new_recorder(
    store: Store,
    clock: Clock,
    settings: Settings,
    resting: int | None,
    on_error: Callable[[str], None],
    kind: Kind = "pause",
    *,
    linked: bool = True,
    post: Post | None = None,
    on_saved: Callable[[], None] | None = None,
    on_notice: Callable[[str], None] | None = None,
) -> PauseRecorder:
    """The record of a new pause (or practice), which exists from its first screen on.

    `linked`: break events also reach a paired partner (off for --no-save: nothing leaves then).
    `post` runs the recorder's callbacks on the caller's thread (saves may finish on another).
    """
    from pausecoach.pause.partner_link import LinkAnnouncer
    from pausecoach.pause.recorder import PauseRecorder

    return PauseRecorder(
        store,
        clock,
        kind=kind,
        pulse_limit=settings.pulse_limit,
        resting_pulse=resting,
        on_error=on_error,
        announce=LinkAnnouncer() if linked else None,
        post=post,
        on_saved=on_saved,
        on_notice=on_notice,
    )
