"""Reading typed lines and printing wrapped text, for the plain (line-by-line) flow."""

from __future__ import annotations

import queue
import shutil
import textwrap
import threading
from collections import deque
from collections.abc import Callable
from typing import TextIO

from pausecoach.core.safetext import visible

MAX_WIDTH = 88
_WAIT = 0.5


def echoed(answer: str) -> str:
    """A piped answer for the transcript (no terminal echoed it): escapes shown, never replayed."""
    return visible(answer, keep_lines=False) + "\n"


class InputEnded(Exception):
    """Standard input was closed (ctrl+d, or the end of piped input)."""


class Lines:
    """Typed lines, read on one background thread.

    One reader for the whole flow lets the break wait for the clock and for `e` at the same
    time, on any kind of input (terminal, pipe, test stream), without losing a line.
    """

    def __init__(self, stream: TextIO) -> None:
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._held: deque[str] = deque()
        self._eof = False
        try:
            self.interactive = stream.isatty()
        except (AttributeError, ValueError):
            self.interactive = False
        threading.Thread(target=self._read, args=(stream,), daemon=True).start()

    def _read(self, stream: TextIO) -> None:
        try:
            for line in iter(stream.readline, ""):
                self._queue.put(line.rstrip("\r\n"))
        except (OSError, ValueError):  # closed underneath us: same as the end of input
            pass
        self._queue.put(None)

    def next(self) -> str:
        """The next line (waiting as long as it takes); InputEnded at the end of input."""
        if self._held:
            return self._held.popleft()
        while not self._eof:
            try:
                # A timeout keeps ctrl+c responsive while waiting.
                line = self._queue.get(timeout=_WAIT)
            except queue.Empty:
                continue
            if line is None:
                self._eof = True
                break
            return line
        raise InputEnded

    def poll(self, timeout: float) -> str | None:
        """A newly typed line if one comes within `timeout` seconds, else None."""
        if self._eof:
            threading.Event().wait(timeout)
            return None
        try:
            line = self._queue.get(timeout=max(0.0, timeout))
        except queue.Empty:
            return None
        if line is None:
            self._eof = True
        return line

    def hold(self, line: str) -> None:
        """Keep a line for the next question (it was typed ahead, during the break)."""
        self._held.append(line)


class Talk:
    """Prints text wrapped to the terminal and asks questions on their own lines."""

    def __init__(self, lines: Lines, write: Callable[[str], object], width: int | None = None):
        self.lines = lines
        self._write = write
        self.on_help: Callable[[], None] = lambda: None
        self._fixed_width = width

    @property
    def width(self) -> int:
        """Columns to wrap at, read each time: the terminal may have been resized."""
        columns = self._fixed_width or shutil.get_terminal_size((80, 24)).columns
        return max(30, min(MAX_WIDTH, columns - 1))

    def say(self, text: str = "", indent: str = "", hang: int = 0) -> None:
        """Print a paragraph (or a blank line), wrapped; `hang` indents the lines after the first."""
        if not text:
            self._write("\n")
            return
        for paragraph in text.split("\n"):
            wrapped = textwrap.fill(
                paragraph, self.width, initial_indent=indent, subsequent_indent=indent + " " * hang
            )
            self._write((wrapped or indent) + "\n")

    def bell(self) -> None:
        """Ring the terminal bell (no line of its own)."""
        self._write("\a")

    def bullets(self, items: list[str] | tuple[str, ...]) -> None:
        """Print items as a list."""
        for item in items:
            self.say(f"- {item}", hang=2)

    def ask(self, question: str) -> str:
        """Ask and return the stripped answer; `!` shows help (via on_help) and asks again."""
        while True:
            self.say()
            self.say(question)
            self._write("> ")
            answer = self.lines.next().strip()
            if not self.lines.interactive:
                self._write(echoed(answer))  # piped answers: keep the transcript readable
            if answer != "!":
                return answer
            self.on_help()
