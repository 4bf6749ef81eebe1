"""Small helpers shared by the reliability tests."""

from __future__ import annotations

import sqlite3
from typing import Any

from textual.app import App

from pausecoach.storage.store import Store


def notices(app: App[Any]) -> list[str]:
    """The messages of the notifications currently shown."""
    return [str(n.message) for n in app._notifications]


def record_notices(app: App[Any]) -> list[str]:
    """Every notice said from now on (shown ones are cleared when the screen changes)."""
    said: list[str] = []
    notify = app.notify

    def keep(message: str, **kwargs: Any) -> None:
        said.append(message)
        notify(message, **kwargs)

    app.notify = keep  # type: ignore[method-assign]
    return said


class FullDisk:
    """A connection that fails writes with SQLite's disk-full error while `full` is set."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self.full = False

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        """Run `sql`, unless it writes and the disk is full."""
        if self.full and sql.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            raise sqlite3.OperationalError("database or disk is full")
        return self._conn.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


def fill_disk(store: Store) -> FullDisk:
    """Swap the store's connection for one whose disk can fill up."""
    wrapper = FullDisk(store._conn)
    store._conn = wrapper  # type: ignore[assignment]
    return wrapper
