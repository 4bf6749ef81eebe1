"""The store's one connection: its lock, and write transactions that wait or never wait."""

from __future__ import annotations

import functools
import sqlite3
import threading
import time
import typing
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from pausecoach.clock import utc_now
from pausecoach.storage.dbfile import file_identity as _identity
from pausecoach.storage.dbfile import forget_checked, is_damage, move_aside
from pausecoach.storage.opening import (
    BUSY_TIMEOUT_MS,
    UnusableFile,
    close_replaced,
    open_database,
    owner_note,
)
from pausecoach.storage.query import StoreBusy, StoreError, _is_busy, save_error
from pausecoach.storage.schema import MIGRATIONS, SCHEMA_VERSION

WRITE_ATTEMPTS = 6
BUSY_NOW = (
    "Not saved yet: another program (often a second pausecoach) is holding the database. "
    "pausecoach keeps trying and saves as soon as it is free."
)

_T = typing.TypeVar("_T")
_S = typing.TypeVar("_S", bound="Transactions")
_P = typing.ParamSpec("_P")


def one_at_a_time(
    method: Callable[typing.Concatenate[_S, _P], _T],
) -> Callable[typing.Concatenate[_S, _P], _T]:
    """Run under the store's lock: a background save and the screen share one connection."""

    @functools.wraps(method)
    def locked(self: _S, /, *args: _P.args, **kwargs: _P.kwargs) -> _T:
        with self._mutex:
            return method(self, *args, **kwargs)

    return locked


class Transactions:
    """The connection to the database, shared by the screen and a background save.

    Every use of the connection holds `_mutex`; a write that must not wait (`wait=False`)
    never holds it while another process keeps the database locked.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path | None, notices: list[str]) -> None:
        self._conn = conn
        self._mutex = threading.RLock()
        self.path = path
        self.notices = notices
        self._file = _identity(path)
        self._detached = False  # the file was replaced and the new one is not open yet

    def _migrate(self) -> None:
        version = self._conn.execute("PRAGMA user_version").fetchone()[0]
        if version >= SCHEMA_VERSION:
            return
        with self._write() as conn:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            for index in range(version, SCHEMA_VERSION):
                for statement in MIGRATIONS[index].split(";"):
                    if statement.strip():
                        conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    @one_at_a_time
    def close(self) -> None:
        """Close the connection."""
        self._conn.close()

    # ------------------------------------------------------------ transactions
    def _follow_replacement(self) -> None:
        """If the file was replaced or removed since it was opened, write into the one there now.

        A restored backup moved over the database mid-pause would otherwise keep receiving the
        pause through the old, unlinked file, and the pause would vanish at exit.
        """
        if self.path is None or _identity(self.path) == self._file:
            return
        if not self._detached:
            self._conn = close_replaced(self._conn, self.path, utc_now())
            self._detached = True
            self._migrate()
        try:
            conn, notices = open_database(
                self.path, SCHEMA_VERSION, utc_now, BUSY_TIMEOUT_MS, move_aside
            )
        except UnusableFile as exc:
            raise StoreError(
                f"Could not save: the database file was replaced while pausecoach ran, and the "
                f"new one cannot be used ({exc})"
            ) from exc
        self._conn.close()
        self._conn = conn
        self._detached = False
        self._file = _identity(self.path)
        self._migrate()
        self.notices += notices
        self.notices.append(
            f"The database file {self.path} was replaced while pausecoach ran; "
            "what this pause saves now goes into the new file."
        )

    @contextmanager
    def _write(self, wait: bool = True) -> Iterator[sqlite3.Connection]:
        """One write transaction, waiting (bounded) for another process that holds the lock.

        With `wait=False` it never waits: StoreBusy at once if the lock is taken (a save made
        while the screen must keep moving; the caller tries again later).
        """
        with self._mutex:
            self._follow_replacement()
            if wait:
                self._begin()
            else:
                self._begin_now()
            try:
                yield self._conn
                self._conn.execute("COMMIT")
            except BaseException as exc:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise self._wrap(exc) from exc
                raise

    def _begin(self) -> None:
        for attempt in range(WRITE_ATTEMPTS):
            try:
                self._conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if not _is_busy(exc) or attempt == WRITE_ATTEMPTS - 1:
                    raise self._wrap(exc) from exc
                time.sleep(0.05 * (attempt + 1))

    def _begin_now(self) -> None:
        self._conn.execute("PRAGMA busy_timeout = 0")
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if _is_busy(exc):
                raise StoreBusy(BUSY_NOW) from exc
            raise self._wrap(exc) from exc
        finally:
            self._conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

    def _wrap(self, exc: sqlite3.Error) -> StoreError:
        if is_damage(exc) and self.path is not None:
            forget_checked(self.path)  # the next open checks the whole file again
        text = str(exc).lower()
        if self.path is not None and ("readonly" in text or "read-only" in text):
            owner = owner_note(self.path)
            if owner:
                return StoreError(f"Could not save: {owner} The last saved state is intact.")
        return save_error(exc)
