"""Saving a pause without ever waiting for the database on the thread that draws the screen.

Each save is first tried at once, never waiting: when the database is free (nearly always) it
is written there and then, in order. When another process holds SQLite's write lock the save
goes to a queue, and a background thread tries again every quarter second until the lock is
freed, while the countdown and the pacer carry on. Saves after it queue behind it, so the order
is kept; a newer save of the same thing (the record, rewritten whole) replaces an older one
still waiting, so the newest state wins. The owner hears about failures and successes on its
own thread, through `post`.
"""

from __future__ import annotations

import functools
import threading
import time
from collections import deque
from collections.abc import Callable

from pausecoach.storage.query import StoreBusy, StoreError

Job = Callable[[bool], object]  # called with wait=False; raises StoreBusy to be tried again later
Post = Callable[[Callable[[], None]], None]  # runs a callback on the owner's thread

RETRY_SECONDS = 0.25
# A busy database is normal for a moment (a second pausecoach saving); say so only if it lasts.
REPORT_BUSY_AFTER = 5.0


class SaveOutcome:
    """What became of one save handed to a queue, so words can say "Saved." only once it is.

    `watch(job)` is the job to submit; `saved` turns true when it was written (on whichever
    thread wrote it), `failed` holds the words when it could not be (not merely busy).
    """

    def __init__(self) -> None:
        self.saved = False
        self.failed: str | None = None

    def watch(self, job: Job) -> Job:
        def watched(wait: bool) -> object:
            try:
                done = job(wait)
            except StoreBusy:
                raise
            except StoreError as exc:
                self.failed = str(exc)
                raise
            self.saved = True
            return done

        return watched


class SaveQueue:
    """Saves in order, never waiting for a locked database on the caller's thread."""

    def __init__(
        self,
        on_failed: Callable[[str], None],
        on_done: Callable[[], None],
        post: Post | None = None,
    ) -> None:
        self.on_failed = on_failed  # a save could not be made (yet): the words for the user
        self.on_done = on_done  # a save was made
        self.post = post
        self._jobs: deque[tuple[str | None, Job]] = deque()
        self._cond = threading.Condition()
        self._running = False  # a job is being tried by the background thread
        self._thread: threading.Thread | None = None
        self._busy_since: float | None = None
        self._reported = False

    @property
    def pending(self) -> bool:
        """True while saves wait for the database."""
        with self._cond:
            return bool(self._jobs) or self._running

    def submit(self, job: Job, key: str | None = None) -> None:
        """Save now if the database is free and nothing waits; else queue it behind the rest."""
        with self._cond:
            if self._jobs or self._running:
                self._enqueue(job, key)
                return
        try:
            job(False)
        except StoreBusy:
            with self._cond:
                self._enqueue(job, key)
                self._busy_since = self._busy_since or time.monotonic()
            return
        except StoreError as exc:
            self.on_failed(str(exc))  # not queued: the next save writes the whole record again
            return
        self.on_done()

    def flush(self, timeout: float) -> bool:
        """Wait (at most `timeout` seconds) until every queued save is made; True when it is."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while self._jobs or self._running:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._cond.wait(min(left, RETRY_SECONDS))
        return True

    # ------------------------------------------------------------------ inside
    def _enqueue(self, job: Job, key: str | None) -> None:
        if key is not None and self._jobs and self._jobs[-1][0] == key:
            self._jobs[-1] = (key, job)  # the newer state of the same thing wins
        else:
            self._jobs.append((key, job))
        if self._thread is None:
            self._thread = threading.Thread(target=self._work, name="pausecoach-saver", daemon=True)
            self._thread.start()
        self._cond.notify_all()

    def _tell(self, callback: Callable[[], None]) -> None:
        if self.post is None:
            callback()
        else:
            self.post(callback)

    def _work(self) -> None:
        while True:
            with self._cond:
                if not self._jobs:
                    self._thread = None
                    self._cond.notify_all()
                    return
                key, job = self._jobs.popleft()
                self._running = True
            try:
                job(False)
            except StoreBusy as exc:
                self._still_busy(job, key, str(exc))
                time.sleep(RETRY_SECONDS)
                continue
            except StoreError as exc:
                self._tell(functools.partial(self.on_failed, str(exc)))
            except Exception as exc:  # a bug in a save must not stop the saves after it
                message = f"Could not save: {exc!r}. The last saved state is intact."
                self._tell(functools.partial(self.on_failed, message))
            else:
                with self._cond:
                    self._busy_since = None
                    self._reported = False
                self._tell(self.on_done)
            with self._cond:
                self._running = False
                self._cond.notify_all()

    def _still_busy(self, job: Job, key: str | None, message: str) -> None:
        with self._cond:
            newer = key is not None and bool(self._jobs) and self._jobs[0][0] == key
            if not newer:
                self._jobs.appendleft((key, job))
            self._running = False
            now = time.monotonic()
            self._busy_since = self._busy_since or now
            report = not self._reported and now - self._busy_since >= REPORT_BUSY_AFTER
            self._reported = self._reported or report
            self._cond.notify_all()
        if report:
            self._tell(functools.partial(self.on_failed, message))
