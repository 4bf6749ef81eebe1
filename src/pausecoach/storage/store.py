"""The local SQLite store: every write is one transaction, and damaged files are kept aside."""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pausecoach import paths
from pausecoach.clock import utc_now
from pausecoach.storage.dbfile import header_problem, move_aside
from pausecoach.storage.locking import SessionLock, is_orphaned, lock_dir
from pausecoach.storage.schema import (
    MIGRATIONS,
    ROW_COLUMNS,
    SCHEMA_VERSION,
    STATS_COLUMNS,
    session_row,
    utc_text,
)

if TYPE_CHECKING:  # models load pydantic: imported where needed, so `history` stays quick
    from pausecoach.models import DrillAttempt, PauseSession

BUSY_TIMEOUT_MS = 5000
WRITE_ATTEMPTS = 6


class StoreError(Exception):
    """A problem with the store, worded for the user."""


class UnknownId(StoreError):
    """No record matches the id given."""


class AmbiguousId(StoreError):
    """Several records start with the id prefix given."""


@dataclass
class SessionFilter:
    """Which sessions a listing wants."""

    since: datetime | None = None
    until: datetime | None = None
    status: str | None = None
    role: str | None = None
    kind: str | None = None
    limit: int | None = None
    newest_first: bool = True
    params: list[Any] = field(default_factory=list, init=False)

    def where(self) -> str:
        """The SQL WHERE clause (parameters collected in `params`)."""
        clauses: list[str] = []
        self.params = []
        for column, value in (("status", self.status), ("role", self.role), ("kind", self.kind)):
            if value is not None:
                clauses.append(f"{column} = ?")
                self.params.append(value)
        if self.since is not None:
            clauses.append("started_at >= ?")
            self.params.append(utc_text(self.since))
        if self.until is not None:
            clauses.append("started_at < ?")
            self.params.append(utc_text(self.until))
        return (" WHERE " + " AND ".join(clauses)) if clauses else ""


def _marks(columns: Sequence[str]) -> str:
    return ", ".join("?" for _ in columns)


def _is_busy(exc: sqlite3.OperationalError) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


class Store:
    """One connection to the database; all reads and writes of records go through here."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None, notices: list[str]) -> None:
        self._conn = conn
        self.path = path
        self.notices = notices
        self.swept: list[PauseSession] = []

    # ----------------------------------------------------------------- opening
    @classmethod
    def open(cls, path: Path | None = None, now: Callable[[], datetime] = utc_now) -> Store:
        """Open (creating if needed) the database; damaged or too-new files are moved aside."""
        path = path or paths.database_path()
        paths.ensure_private_dir(path.parent)
        notices: list[str] = []
        problem = header_problem(path) if path.exists() else None
        if problem is None:
            try:
                conn = cls._connect(path)
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                if version > SCHEMA_VERSION:
                    problem = "it was written by a newer version of pausecoach"
                # Damage inside the file (not just its header) would otherwise surface later,
                # mid-pause or in history; quick_check reads every page once (milliseconds).
                elif conn.execute("PRAGMA quick_check(1)").fetchone()[0] != "ok":
                    problem = "it is damaged inside (part of it cannot be read)"
                if problem is not None:
                    conn.close()
            except sqlite3.DatabaseError as exc:
                problem = f"it could not be read ({exc})"
        if problem is not None:
            try:
                moved = move_aside(path, now())
            except OSError as exc:
                raise StoreError(
                    f"The database {path} is damaged and could not be moved aside: {exc}"
                ) from exc
            notices.append(
                f"Your database could not be used because {problem}. It was kept, untouched, "
                f"at {moved}. pausecoach started a fresh one."
            )
            conn = cls._connect(path)
        store = cls(conn, path, notices)
        store._migrate()
        store._tighten_permissions()
        store.swept = store.sweep_interrupted()
        return store

    @classmethod
    def in_memory(cls) -> Store:
        """A store that writes nothing to disk (for --no-save and tests)."""
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        store = cls(conn, None, [])
        store._migrate()
        return store

    @staticmethod
    def _connect(path: Path) -> sqlite3.Connection:
        os.umask(0o077)  # SQLite creates -wal and -shm itself: they must be owner-only too
        conn = sqlite3.connect(
            path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
        )
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        return conn

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

    def _tighten_permissions(self) -> None:
        if self.path is None:
            return
        for suffix in ("", "-wal", "-shm"):
            candidate = self.path.with_name(self.path.name + suffix)
            if candidate.exists() and candidate.stat().st_mode & 0o077:
                candidate.chmod(0o600)

    def close(self) -> None:
        """Close the connection."""
        self._conn.close()

    @property
    def data_dir(self) -> Path | None:
        """The folder beside the database (None for an in-memory store)."""
        return self.path.parent if self.path is not None else None

    # ------------------------------------------------------------ transactions
    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, waiting (bounded) for another process that holds the lock."""
        for attempt in range(WRITE_ATTEMPTS):
            try:
                self._conn.execute("BEGIN IMMEDIATE")
                break
            except sqlite3.OperationalError as exc:
                if not _is_busy(exc) or attempt == WRITE_ATTEMPTS - 1:
                    raise self._wrap(exc) from exc
                time.sleep(0.05 * (attempt + 1))
        try:
            yield self._conn
            self._conn.execute("COMMIT")
        except BaseException as exc:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise self._wrap(exc) from exc
            raise

    @staticmethod
    def _wrap(exc: sqlite3.Error) -> StoreError:
        text = str(exc).lower()
        if "full" in text:
            return StoreError("Could not save: the disk is full. The last saved state is intact.")
        if "readonly" in text or "read-only" in text:
            return StoreError(
                "Could not save: the database is read-only. The last saved state is intact."
            )
        if _is_busy(exc) if isinstance(exc, sqlite3.OperationalError) else False:
            return StoreError(
                "Could not save: another pausecoach kept the database busy. Try again."
            )
        return StoreError(f"Could not save: {exc}. The last saved state is intact.")

    # ---------------------------------------------------------------- sessions
    def _session_lock(self, session_id: str) -> SessionLock | None:
        if self.data_dir is None:
            return None
        return SessionLock(lock_dir(self.data_dir) / f"{session_id}.lock")

    def start_session(self, session: PauseSession) -> SessionLock | None:
        """Hold this pause's lock, then write its first row; the lock marks it as still running."""
        lock = self._session_lock(session.id)
        if lock is not None:
            lock.acquire()
        self.save_session(session)
        return lock

    def save_session(self, session: PauseSession) -> None:
        """Insert or update a session in one transaction."""
        updates = ", ".join(f"{c} = excluded.{c}" for c in ROW_COLUMNS[1:])
        with self._write() as conn:
            conn.execute(
                f"INSERT INTO sessions ({', '.join(ROW_COLUMNS)}) VALUES ({_marks(ROW_COLUMNS)})"
                f" ON CONFLICT (id) DO UPDATE SET {updates}",
                session_row(session, utc_now()),
            )

    def get_session(self, session_id: str) -> PauseSession | None:
        """The session with exactly this id, or None."""
        from pausecoach.models import PauseSession

        row = self._conn.execute(
            "SELECT record FROM sessions WHERE id = ?", (session_id,)
        ).fetchone()
        return PauseSession.model_validate_json(row[0]) if row else None

    def resolve_session_id(self, prefix: str) -> str:
        """The full id of the one session whose id starts with `prefix`."""
        prefix = prefix.strip().lower()
        if not prefix:
            raise UnknownId("Give a pause id (see `pausecoach history`).")
        rows = self._conn.execute(
            "SELECT id FROM sessions WHERE id >= ? AND id < ? ORDER BY id LIMIT 6",
            (prefix, prefix + "\uffff"),
        ).fetchall()
        if not rows:
            raise UnknownId(f"No pause has an id starting with '{prefix}'.")
        if len(rows) > 1 and rows[0][0] != prefix:
            options = ", ".join(r[0][:12] for r in rows[:5])
            raise AmbiguousId(
                f"'{prefix}' matches several pauses ({options}…). Type more of the id."
            )
        return str(rows[0][0])

    def list_sessions(self, query: SessionFilter | None = None) -> list[PauseSession]:
        """Sessions matching `query`, newest first by default."""
        from pausecoach.models import PauseSession

        return [PauseSession.model_validate_json(text) for text in self.session_json(query)]

    def session_json(self, query: SessionFilter | None = None) -> list[str]:
        """The stored JSON of sessions matching `query` (no validation; for fast export)."""
        query = query or SessionFilter()
        order = "DESC" if query.newest_first else "ASC"
        sql = f"SELECT record FROM sessions{query.where()} ORDER BY started_at {order}, id {order}"
        params = list(query.params)
        if query.limit is not None:
            sql += " LIMIT ?"
            params.append(query.limit)
        return [row[0] for row in self._conn.execute(sql, params)]

    def count_sessions(self, query: SessionFilter | None = None) -> int:
        """How many sessions match `query`."""
        query = query or SessionFilter()
        row = self._conn.execute(
            f"SELECT count(*) FROM sessions{query.where()}", query.params
        ).fetchone()
        return int(row[0])

    def session_stats_rows(self, query: SessionFilter | None = None) -> list[tuple[Any, ...]]:
        """The STATS_COLUMNS of matching sessions, oldest first (read from an index alone)."""
        query = query or SessionFilter()
        sql = f"SELECT {', '.join(STATS_COLUMNS)} FROM sessions{query.where()} ORDER BY started_at"
        return self._conn.execute(sql, query.params).fetchall()

    def sweep_interrupted(self) -> list[PauseSession]:
        """Mark in-progress pauses whose process is gone as interrupted; return them."""
        if self.data_dir is None:
            return []
        rows = self._conn.execute(
            "SELECT record, updated_at FROM sessions WHERE status = 'in_progress'"
        ).fetchall()
        swept: list[PauseSession] = []
        if rows:
            from pausecoach.models import PauseSession
        for record, updated_at in rows:
            session = PauseSession.model_validate_json(record)
            if not is_orphaned(self.data_dir, session.id):
                continue
            session.status = "interrupted"
            session.ended_at = datetime.fromisoformat(updated_at)
            self.save_session(session)
            swept.append(session)
        return swept

    def delete_sessions(self, ids: Sequence[str], compact: bool = True) -> int:
        """Delete these sessions for good (and compact the file); return how many were removed."""
        with self._write() as conn:
            removed = sum(
                conn.execute("DELETE FROM sessions WHERE id = ?", (i,)).rowcount for i in ids
            )
        if compact:
            self.compact()
        return removed

    def delete_everything(self) -> tuple[int, int]:
        """Delete every session, drill and document; return (sessions, drills) removed."""
        with self._write() as conn:
            sessions = conn.execute("DELETE FROM sessions").rowcount
            drills = conn.execute("DELETE FROM drills").rowcount
            conn.execute("DELETE FROM documents")
        self.compact()
        return sessions, drills

    def compact(self) -> None:
        """Rewrite the file so deleted text is really gone (checkpoint the WAL, then VACUUM)."""
        try:
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._conn.execute("VACUUM")
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error as exc:
            raise self._wrap(exc) from exc

    # ------------------------------------------------------------------ drills
    def add_drill(self, attempt: DrillAttempt) -> None:
        """Save one drill attempt."""
        with self._write() as conn:
            conn.execute(
                "INSERT INTO drills (id, at, record) VALUES (?, ?, ?)",
                (attempt.id, utc_text(attempt.at), attempt.model_dump_json()),
            )

    def list_drills(self, since: datetime | None = None) -> list[DrillAttempt]:
        """Drill attempts, oldest first."""
        from pausecoach.models import DrillAttempt

        return [DrillAttempt.model_validate_json(t) for t in self.drill_json(since)]

    def drill_json(self, since: datetime | None = None) -> list[str]:
        """The stored JSON of drill attempts, oldest first."""
        if since is None:
            rows = self._conn.execute("SELECT record FROM drills ORDER BY at, id")
        else:
            rows = self._conn.execute(
                "SELECT record FROM drills WHERE at >= ? ORDER BY at, id", (utc_text(since),)
            )
        return [row[0] for row in rows]

    # --------------------------------------------------------------- documents
    def get_document(self, name: str) -> dict[str, Any] | None:
        """A small named JSON document (plan, baseline, cycle, notices), or None."""
        row = self._conn.execute("SELECT body FROM documents WHERE name = ?", (name,)).fetchone()
        return json.loads(row[0]) if row else None

    def put_document(self, name: str, body: dict[str, Any]) -> None:
        """Save a named JSON document, replacing the old one in one transaction."""
        with self._write() as conn:
            conn.execute(
                "INSERT INTO documents (name, updated_at, body) VALUES (?, ?, ?)"
                " ON CONFLICT (name) DO UPDATE SET updated_at = excluded.updated_at, body = excluded.body",
                (name, utc_text(utc_now()), json.dumps(body)),
            )

    def documents_named(self, prefix: str) -> list[tuple[str, dict[str, Any]]]:
        """Every document whose name starts with `prefix` (talks, debriefs), in name order."""
        rows = self._conn.execute(
            "SELECT name, body FROM documents WHERE name >= ? AND name < ? ORDER BY name",
            (prefix, prefix + "\uffff"),
        ).fetchall()
        return [(str(name), json.loads(body)) for name, body in rows]

    def delete_documents(self, names: Sequence[str]) -> int:
        """Delete these documents in one transaction; return how many were removed."""
        with self._write() as conn:
            return sum(
                conn.execute("DELETE FROM documents WHERE name = ?", (n,)).rowcount for n in names
            )

    # ------------------------------------------------------------------ import
    def import_records(
        self,
        sessions: Sequence[PauseSession],
        drills: Sequence[DrillAttempt],
        documents: Mapping[str, dict[str, Any]] | None = None,
    ) -> tuple[int, int]:
        """Add records whose ids are new, all in one transaction; return (sessions, drills) added.

        Documents (plan, baseline, cycle) are added only where none is saved yet: the one made
        on this computer wins.
        """
        added_sessions = added_drills = 0
        with self._write() as conn:
            for name, body in (documents or {}).items():
                conn.execute(
                    "INSERT OR IGNORE INTO documents (name, updated_at, body) VALUES (?, ?, ?)",
                    (name, utc_text(utc_now()), json.dumps(body)),
                )
            for s in sessions:
                cursor = conn.execute(
                    f"INSERT OR IGNORE INTO sessions ({', '.join(ROW_COLUMNS)})"
                    f" VALUES ({_marks(ROW_COLUMNS)})",
                    session_row(s, s.ended_at or s.started_at),
                )
                added_sessions += cursor.rowcount
            for d in drills:
                cursor = conn.execute(
                    "INSERT OR IGNORE INTO drills (id, at, record) VALUES (?, ?, ?)",
                    (d.id, utc_text(d.at), d.model_dump_json()),
                )
                added_drills += cursor.rowcount
        return added_sessions, added_drills
