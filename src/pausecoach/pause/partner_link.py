"""What a pause tells the partner's pausecoach, when the two are linked: break times, nothing else.

Never signs, pulse, notes, words or a safety exit. Writing goes to the user's synced folder with an
fsync, which a slow network folder can stall, so it runs beside the pause, never in its way.
"""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

# The events a pause sends; the link's reader knows each of them.
KINDS = ("break_started", "time_added", "ten_more", "ended_early", "back")


class LinkAnnouncer:
    """Sends one break event to the partner link (a no-op when this device is not paired)."""

    def __init__(self, home: Path | None = None, *, background: bool = True) -> None:
        self.home = home
        self.background = background
        self.sent: list[str] = []

    def __call__(self, kind: str, return_at: datetime | None, now: datetime) -> None:
        if kind not in KINDS:
            raise ValueError(f"not a break event: {kind}")
        if self.background:
            threading.Thread(target=self._send, args=(kind, return_at, now), daemon=True).start()
        else:
            self._send(kind, return_at, now)

    def _send(self, kind: str, return_at: datetime | None, now: datetime) -> None:
        from pausecoach import link

        try:
            if link.publish(kind, return_at, now, home=self.home):
                self.sent.append(kind)
        except Exception:
            return
