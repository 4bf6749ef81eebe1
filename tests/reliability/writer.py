"""A separate process that saves many pauses into one database (run by test_store_faults)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from pausecoach.models import PauseSession
from pausecoach.storage.store import Store


def main(path: str, count: int, tag: str, hold: float) -> None:
    """Save `count` pauses (each written twice, like a step change); or, with `hold`, one long import."""
    store = Store.open(Path(path))
    if hold:
        sessions = [PauseSession(note=f"{tag}-{n}") for n in range(count)]
        with store._write() as conn:  # hold the write lock, as a big import does
            time.sleep(hold)
            for s in sessions:
                conn.execute(
                    "INSERT INTO sessions (id, started_at, updated_at, status, role, kind, record)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        s.id,
                        "2026-01-01T00:00:00+00:00",
                        "2026-01-01T00:00:00+00:00",
                        s.status,
                        s.role,
                        s.kind,
                        s.model_dump_json(),
                    ),
                )
    else:
        for n in range(count):
            session = PauseSession(note=f"{tag}-{n}")
            store.save_session(session)
            session.step = "check"
            store.save_session(session)
    store.close()
    print(f"{tag} done")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3], float(sys.argv[4]))
