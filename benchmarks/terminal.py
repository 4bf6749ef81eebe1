"""Shared helpers: run programs in tmux, wait for text, read CPU time from /proc."""

from __future__ import annotations

import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

LANDING_TEXT = "Check how flooded I am"

BARE_APP = """
from textual.app import App
from textual.widgets import Static

class Bare(App):
    def compose(self):
        yield Static("Check how flooded I am")

Bare().run()
"""

BARE_TICKING_APP = """
import sys
from textual.app import App
from textual.widgets import Static

HZ = float(sys.argv[1])

class Ticking(App):
    count = 0
    def compose(self):
        yield Static("break ends", id="s")
    def on_mount(self):
        self.set_interval(1 / HZ, self.tick)
    def tick(self):
        self.count += 1
        self.query_one("#s", Static).update(f"break ends {self.count}")

Ticking().run()
"""


def pausecoach_command() -> str:
    """The pausecoach to measure: $BENCH_PAUSECOACH (another build), else the one beside this Python."""
    return os.environ.get("BENCH_PAUSECOACH") or str(Path(sys.executable).with_name("pausecoach"))


def compile_bytecode() -> None:
    """Compile pausecoach's modules to bytecode, as `pip install` does for an installed copy.

    An editable install (this worktree) writes bytecode on first run, unless
    PYTHONDONTWRITEBYTECODE is set, as it is on this machine: then every run would compile
    pausecoach's sources again, a cost no installed copy pays (the peers' bytecode is there).
    """
    import compileall

    import pausecoach

    compileall.compile_dir(Path(pausecoach.__file__).parent, quiet=1)


def breathe_command() -> str | None:
    """breathe-cli's `breathe` beside this Python (the `bench` extra), or None when not installed."""
    found = Path(sys.executable).with_name("breathe")
    return str(found) if found.exists() else None


def python_command(code: str, *args: str) -> str:
    """A shell command running `code` with this Python."""
    return " ".join([shlex.quote(sys.executable), "-c", shlex.quote(code), *map(shlex.quote, args)])


@dataclass
class Summary:
    """Median and range of repeated measurements."""

    values: list[float]

    @property
    def median(self) -> float:
        """The median."""
        return statistics.median(self.values)

    def text(self, unit: str = "ms", scale: float = 1000.0) -> str:
        """'123 ms (110–140)'."""
        low, high = min(self.values) * scale, max(self.values) * scale
        return f"{self.median * scale:.0f} {unit} ({low:.0f}–{high:.0f})"

    def spread(self, unit: str = "ms", scale: float = 1000.0, digits: int = 0) -> str:
        """Min–median–max: '110–123–140 ms'."""
        low, mid, high = (v * scale for v in (min(self.values), self.median, max(self.values)))
        return f"{low:.{digits}f}–{mid:.{digits}f}–{high:.{digits}f} {unit}"


@dataclass
class Pairs:
    """Side-by-side measurements: ours[i] and reference[i] were taken one right after the other."""

    ours: list[float]
    reference: list[float]

    @property
    def ratios(self) -> Summary:
        """The ratio of each pair (drift between pairs cancels within each)."""
        return Summary([o / r for o, r in zip(self.ours, self.reference, strict=True) if r > 0])

    def add(self, ours: float, reference: float) -> None:
        """One more pair."""
        self.ours.append(ours)
        self.reference.append(reference)


class Tmux:
    """A private tmux server for one measurement."""

    def __init__(self, width: int = 80, height: int = 24) -> None:
        self.socket = f"bench-{uuid.uuid4().hex[:8]}"
        self.width, self.height = width, height

    def run(self, *args: str) -> str:
        """Run a tmux command on this server."""
        return subprocess.run(
            ["tmux", "-L", self.socket, *args], capture_output=True, text=True, timeout=30
        ).stdout

    def start(self, command: str, env: dict[str, str]) -> float:
        """Start `command` in a new session; return the monotonic start time."""
        exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
        started = time.monotonic()
        self.run(
            "new-session",
            "-d",
            "-s",
            "b",
            "-x",
            str(self.width),
            "-y",
            str(self.height),
            f"export {exports}; exec {command}",
        )
        return started

    def wait_for(self, text: str, timeout: float = 20.0, poll: float = 0.005) -> float:
        """Poll the pane until `text` shows; return the monotonic time it was seen."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if text in self.run("capture-pane", "-p", "-t", "b"):
                return time.monotonic()
            time.sleep(poll)
        raise TimeoutError(f"{text!r} never appeared")

    def wait_for_any(self, texts: tuple[str, ...], timeout: float = 20.0) -> str:
        """Poll the pane until one of `texts` shows; return the one that did."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.run("capture-pane", "-p", "-t", "b")
            for text in texts:
                if text in screen:
                    return text
            time.sleep(0.005)
        raise TimeoutError(f"none of {texts!r} appeared")

    def send(self, *keys: str, gap: float = 0.2) -> None:
        """Send keys, `gap` seconds apart."""
        for key in keys:
            self.run("send-keys", "-t", "b", key)
            time.sleep(gap)

    def start_break(self, poll: float = 0.005) -> float:
        """From pausecoach's landing screen: break now and start it; return when it showed."""
        self.wait_for(LANDING_TEXT)
        self.send("b")
        if "Before you take a break" in self.wait_for_any(
            ("Before you take a break", "Tell your partner")
        ):
            self.send("n")  # a fresh home: the fear question comes first
        self.wait_for("Tell your partner")
        self.run("send-keys", "-t", "b", "Enter")  # no gap: the start is timed from here
        return self.wait_for("break ends", poll=poll)

    def pid(self) -> int:
        """The pid of the program in the pane."""
        return int(self.run("display-message", "-p", "-t", "b", "#{pane_pid}").strip())

    def close(self) -> None:
        """Stop the server."""
        self.run("kill-server")


def cpu_seconds(pid: int, reaped: bool = False) -> float:
    """User + system CPU seconds used so far by a process (Linux /proc).

    With `reaped`, also its children that have ended and been waited for.
    """
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    used = int(fields[11]) + int(fields[12])
    if reaped:
        used += int(fields[13]) + int(fields[14])
    return used / ticks


def tree_cpu_seconds(pid: int) -> float:
    """CPU seconds of a whole process tree: every live process, plus the children each reaped."""
    total, todo = 0.0, [pid]
    while todo:
        current = todo.pop()
        try:
            total += cpu_seconds(current, reaped=True)
            for task in Path(f"/proc/{current}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (FileNotFoundError, ProcessLookupError):
            continue  # it ended between the two reads
    return total


def fresh_env() -> dict[str, str]:
    """An environment with a throw-away PAUSECOACH_HOME and a real terminal type."""
    home = tempfile.mkdtemp(prefix="pc-bench-")
    return {
        "PAUSECOACH_HOME": home,
        "TERM": "xterm-256color",
        "LANG": os.environ.get("LANG", "C.UTF-8"),
        "PATH": os.environ.get("PATH", ""),
        "HOME": home,  # breathe-cli keeps its log under HOME; never the real one
    }


def machine() -> str:
    """A one-line description of this machine."""
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {sys.version.split()[0]}"
