"""The local SQLite store: every write is one transaction, and damaged files are kept aside."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pausecoach import paths
from pausecoach.clock import utc_now
from pausecoach.storage.dbfile import (
    move_aside,
)
from pausecoach.storage.locking import SessionLock, is_orphaned, lock_dir
from pausecoach.storage.merge import insert_new
from pausecoach.storage.opening import (
    UnusableFile,
    compact_file,
    open_database,
)
from pausecoach.storage.query import (
    FORGOTTEN_DOC,
    AmbiguousId,
    SessionFilter,
    StoreBusy,
    StoreError,
    UnknownId,
    _marks,
    forgotten,
    resolve_id,
)
from pausecoach.storage.records import UnreadableRecord, load_session, with_extras
from pausecoach.storage.schema import (
    ROW_COLUMNS,
    SCHEMA_VERSION,
    STATS_COLUMNS,
    session_row,
    utc_text,
)
from pausecoach.storage.transactions import Transactions, one_at_a_time

__all__ = ["AmbiguousId", "SessionFilter", "Store", "StoreBusy", "StoreError", "UnknownId"]

if TYPE_CHECKING:  # the record models: imported where needed, so `history` stays quick
    from pausecoach.models import DrillAttempt, PauseSession

BUSY_TIMEOUT_MS = 5000
COMPACT_ATTEMPTS = 8  # about 3.6 s for a reader (another `history`) to finish
MAX_LIMIT = 2**62  # SQLite integers are 64-bit: a larger --limit means "all" anyway


class Store(Transactions):
    """One connection to the database; all reads and writes of records go through here."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None, notices: list[str]) -> None:
        super().__init__(conn, path, notices)
        self.swept: list[PauseSession] = []
        self._extras: dict[str, dict[str, Any]] = {}  # fields from a newer version, by id
        self._unlocked: set[str] = set()  # pauses whose lock could not be made: not saved
        self.compacted = True  # False after a compaction another reader held up

    # ----------------------------------------------------------------- opening
    @classmethod
    def open(cls, path: Path | None = None, now: Callable[[], datetime] = utc_now) -> Store:
        """Open (creating if needed) the database; damaged or too-new files are moved aside."""
        path = path or paths.database_path()
        paths.ensure_private_dir(path.parent)
        try:
            conn, notices = open_database(path, SCHEMA_VERSION, now, BUSY_TIMEOUT_MS, move_aside)
        except UnusableFile as exc:
            raise StoreError(str(exc)) from exc
        store = cls(conn, path, notices)
        try:
            store._migrate()
            store._tighten_permissions()
            store.swept = store.sweep_interrupted()
        except (StoreError, OSError, sqlite3.Error) as exc:
            conn.close()
            if isinstance(exc, StoreError):
                raise
            from pausecoach.storage.opening import unusable_message

            raise StoreError(unusable_message(path, exc)) from exc
        return store

    @classmethod
    def in_memory(cls) -> Store:
        """A store that writes nothing to disk (for --no-save and tests)."""
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        store = cls(conn, None, [])
        store._migrate()
        return store

    def _tighten_permissions(self) -> None:
        if self.path is None:
            return
        for suffix in ("", "-wal", "-shm"):
            candidate = self.path.with_name(self.path.name + suffix)
            if candidate.exists() and candidate.stat().st_mode & 0o077:
                candidate.chmod(0o600)

    @property
    def data_dir(self) -> Path | None:
        """The folder beside the database (None for an in-memory store)."""
        return self.path.parent if self.path is not None else None

    # ---------------------------------------------------------------- sessions
    def _session_lock(self, session_id: str) -> SessionLock | None:
        if self.data_dir is None:
            return None
        return SessionLock(lock_dir(self.data_dir) / f"{session_id}.lock")

    def start_session(self, session: PauseSession) -> SessionLock | None:
        """Hold this pause's lock, then write its first row; the lock marks it as still running."""
        lock = self.lock_session(session)
        self.save_session(session)
        return lock

    def lock_session(self, session: PauseSession) -> SessionLock | None:
        """Hold this pause's lock (saved without it, a running pause would look interrupted)."""
        lock = self._session_lock(session.id)
        if lock is not None:
            try:
                lock.acquire()
            except OSError as exc:
                # Saved without its lock, the next start would take a running pause for an
                # interrupted one: say so, and keep this pause unsaved.
                self._unlocked.add(session.id)
                raise StoreError(
                    f"This pause is not being saved: its lock file could not be made in "
                    f"{lock.path.parent} ({exc.strerror or exc}). Check that folder's owner "
                    "and free space."
                ) from exc
        return lock

    def save_session(self, session: PauseSession, wait: bool = True) -> None:
        """Insert or update a session in one transaction (`wait=False`: StoreBusy if locked)."""
        if session.id in self._unlocked:
            raise StoreError("This pause is not being saved: its lock file could not be made.")
        if session.ended_at is not None and session.ended_at < session.started_at:
            session.ended_at = session.started_at  # the wall clock was set back mid-pause
        updates = ", ".join(f"{c} = excluded.{c}" for c in ROW_COLUMNS[1:])
        row = list(session_row(session, utc_now()))
        row[ROW_COLUMNS.index("record")] = with_extras(
            row[ROW_COLUMNS.index("record")], self._extras.get(session.id, {})
        )
        with self._write(wait) as conn:
            if forgotten(conn, session):
                raise StoreError(
                    "This pause was deleted with `pausecoach forget --all` while it ran, "
                    "so it is no longer saved."
                )
            conn.execute(
                f"INSERT INTO sessions ({', '.join(ROW_COLUMNS)}) VALUES ({_marks(ROW_COLUMNS)})"
                f" ON CONFLICT (id) DO UPDATE SET {updates}",
                row,
            )

    def _load(self, text: str) -> PauseSession:
        """A stored session; fields from a newer version are kept aside to be written back."""
        try:
            session, extras = load_session(text)
        except UnreadableRecord as exc:
            raise StoreError(
                f"A saved pause cannot be read by this version of pausecoach ({exc})."
            ) from exc
        if extras:
            self._extras[session.id] = extras
        return session

    @one_at_a_time
    def get_session(self, session_id: str) -> PauseSession | None:
        """The session with exactly this id, or None."""
        row = self._conn.execute(
            "SELECT record FROM sessions WHERE id = ?", (session_id,)
        ).fetchone()
        return self._load(row[0]) if row else None

    @one_at_a_time
    def resolve_session_id(self, prefix: str) -> str:
        """The full id of the one session whose id starts with `prefix` (any case, spaces)."""
        return resolve_id(self._conn, prefix)

    def list_sessions(self, query: SessionFilter | None = None) -> list[PauseSession]:
        """Sessions matching `query`, newest first by default; unreadable ones are left out."""
        sessions = []
        for text in self.session_json(query):
            try:
                sessions.append(self._load(text))
            except StoreError as exc:  # a newer version's value: kept in the file, not shown
                if str(exc) not in self.notices:
                    self.notices.append(str(exc))
        return sessions

    @one_at_a_time
    def session_json(self, query: SessionFilter | None = None) -> list[str]:
        """The stored JSON of sessions matching `query` (no validation; for fast export)."""
        query = query or SessionFilter()
        order = "DESC" if query.newest_first else "ASC"
        sql = f"SELECT record FROM sessions{query.where()} ORDER BY started_at {order}, id {order}"
        params = list(query.params)
        if query.limit is not None:
            sql += " LIMIT ?"
            params.append(min(query.limit, MAX_LIMIT))
        return [row[0] for row in self._conn.execute(sql, params)]

    @one_at_a_time
    def count_sessions(self, query: SessionFilter | None = None) -> int:
        """How many sessions match `query`."""
        query = query or SessionFilter()
        row = self._conn.execute(
            f"SELECT count(*) FROM sessions{query.where()}", query.params
        ).fetchone()
        return int(row[0])

    @one_at_a_time
    def session_stats_rows(self, query: SessionFilter | None = None) -> list[tuple[Any, ...]]:
        """The STATS_COLUMNS of matching sessions, oldest first (read from an index alone)."""
        query = query or SessionFilter()
        sql = f"SELECT {', '.join(STATS_COLUMNS)} FROM sessions{query.where()} ORDER BY started_at"
        return self._conn.execute(sql, query.params).fetchall()

    @one_at_a_time
    def sweep_interrupted(self) -> list[PauseSession]:
        """Mark in-progress pauses whose process is gone as interrupted; return them."""
        if self.data_dir is None:
            return []
        rows = self._conn.execute(
            "SELECT record, updated_at FROM sessions WHERE status = 'in_progress'"
        ).fetchall()
        swept: list[PauseSession] = []
        for record, updated_at in rows:
            try:
                session = self._load(record)
            except StoreError:
                continue  # left as it is; `history` still lists it
            if not is_orphaned(self.data_dir, session.id):
                continue
            session.status = "interrupted"
            session.ended_at = max(datetime.fromisoformat(updated_at), session.started_at)
            self.save_session(session)
            swept.append(session)
        return swept

    def delete_sessions(self, ids: Sequence[str], compact: bool = True, wait: bool = True) -> int:
        """Delete these sessions for good (and compact the file); return how many were removed."""
        with self._write(wait) as conn:
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
            conn.execute(
                "INSERT INTO documents (name, updated_at, body) VALUES (?, ?, ?)",
                (FORGOTTEN_DOC, utc_text(utc_now()), json.dumps({"at": utc_text(utc_now())})),
            )
        self.compact()
        return sessions, drills

    @one_at_a_time
    def compact(self, attempts: int = COMPACT_ATTEMPTS) -> bool:
        """Rewrite the file so deleted text is really gone (checkpoint the WAL, then VACUUM).

        True when it is: the whole WAL was copied back and emptied. False when another process
        still reads an older state, which keeps the old pages in the WAL until it lets go.
        """
        try:
            self.compacted = compact_file(self._conn, attempts)
        except sqlite3.Error as exc:
            raise self._wrap(exc) from exc
        return self.compacted

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

    @one_at_a_time
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
    @one_at_a_time
    def get_document(self, name: str) -> dict[str, Any] | None:
        """A small named JSON document (plan, baseline, cycle, notices), or None."""
        row = self._conn.execute("SELECT body FROM documents WHERE name = ?", (name,)).fetchone()
        return json.loads(row[0]) if row else None

    def put_document(self, name: str, body: dict[str, Any], wait: bool = True) -> None:
        """Save a named JSON document, replacing the old one in one transaction."""
        with self._write(wait) as conn:
            conn.execute(
                "INSERT INTO documents (name, updated_at, body) VALUES (?, ?, ?)"
                " ON CONFLICT (name) DO UPDATE SET updated_at = excluded.updated_at, body = excluded.body",
                (name, utc_text(utc_now()), json.dumps(body)),
            )

    @one_at_a_time
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
        with self._write() as conn:
            return insert_new(conn, sessions, drills, documents or {})
