"""The resting pulse: measured with `pausecoach baseline`, stored with its date, used by the re-check."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pausecoach.config.settings import Settings
    from pausecoach.storage.store import Store

BASELINE_DOC = "baseline"
STALE_AFTER = timedelta(days=183)  # about six months: fitness, age and medication change it


@dataclass(frozen=True)
class Baseline:
    """A measured resting pulse."""

    bpm: int
    measured_at: datetime

    def stale(self, now: datetime) -> bool:
        """True when it is older than about six months."""
        return now - self.measured_at > STALE_AFTER


def load_baseline(store: Store) -> Baseline | None:
    """The stored baseline, if any (a malformed document counts as none)."""
    body = store.get_document(BASELINE_DOC)
    if not body:
        return None
    try:
        return Baseline(int(body["bpm"]), datetime.fromisoformat(str(body["measured_at"])))
    except (KeyError, TypeError, ValueError):
        return None


def save_baseline(store: Store, bpm: int, at: datetime, wait: bool = True) -> Baseline:
    """Store a newly measured resting pulse (`wait=False`: StoreBusy if the database is held)."""
    body = {"bpm": bpm, "measured_at": at.isoformat(timespec="seconds")}
    store.put_document(BASELINE_DOC, body, wait=wait)
    return Baseline(bpm, at)


def effective_resting(settings: Settings, store: Store) -> int | None:
    """The resting pulse the re-check uses: a measured baseline first, else the setting."""
    baseline = load_baseline(store)
    return baseline.bpm if baseline is not None else settings.resting_pulse
