"""Shared parts of the attack tally: running the installed program and counting what breaks.

Not a test module (pytest never collects `scripts/`); run `python scripts/attack_tally.py`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PROGRAM = str(REPO / ".venv" / "bin" / "pausecoach")
PYTHON = str(REPO / ".venv" / "bin" / "python")
FULL_SCREEN = "\x1b[?1049h"  # the app switched to the alternate screen: a TUI was opened
ALLOWED_EXITS = {0, 1, 2, 3}

# Hostile text: control characters, escapes, markup, odd digits, huge numbers, BOMs, odd ids.
HOSTILE = [
    "",
    " ",
    "\x01\x07\x08\x7f",
    "\x1b[2J\x1b[Hcleared",
    "\x1b]0;owned title\x07",
    "\x1b]8;;http://example.invalid\x1b\\click\x1b]8;;\x1b\\",
    "\x9b31mC1 CSI",
    "[/x]",
    "[link=http://example.invalid]x[/link]",
    "[bold red]loud",
    "²",
    "①",
    "٧",
    "1²0",
    "9" * 5000,
    "9223372036854775808",
    "-1",
    "0",
    "1e309",
    "\ufeff5",
    "\u202egnp.exe",
    "x" * 100_000,
    "../../etc/passwd",
    "=cmd|' /C calc'!A0",
    "🙂\u200d🙂",
    "\udcff\udcfe",  # bytes that are not UTF-8
]


@dataclass
class Tally:
    inputs: int = 0
    faults: int = 0
    defects: list[str] = field(default_factory=list)

    def defect(self, what: str) -> None:
        self.defects.append(what)
        print(f"  DEFECT: {what}", flush=True)

    def check(self, ok: bool, what: str) -> None:
        if not ok:
            self.defect(what)


@dataclass
class Run:
    rc: int | None  # None: still running at the time-out, then killed
    out: str
    err: str

    @property
    def both(self) -> str:
        return self.out + self.err

    @property
    def opened_screen(self) -> bool:
        return FULL_SCREEN in self.both  # Textual draws on standard error


def env_for(home: Path, **extra: str) -> dict[str, str]:
    """A scratch environment: never the real home."""
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home.parent),
        "PAUSECOACH_HOME": str(home),
        "LANG": "C.UTF-8",
        "TERM": "xterm-256color",
        "TZ": "UTC",
        "COLUMNS": "100",
        **extra,
    }


def run(
    args: list[str],
    env: dict[str, str],
    stdin: str | None = None,
    timeout: float = 20.0,
    cwd: Path | None = None,
) -> Run:
    """Run the installed program; bounded, killed (whole group) at the time-out."""
    prefix: list[str] = []
    if env.get("ATTACK_AS_NOBODY"):  # run as another user (uid 65534), not root
        prefix = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        env = {k: v for k, v in env.items() if k != "ATTACK_AS_NOBODY"}
    proc = subprocess.Popen(
        [*prefix, PROGRAM, *args],
        env=env,
        stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
        cwd=cwd,
    )
    try:
        return _finish(proc, stdin, timeout)
    finally:
        if proc.poll() is None:  # interrupted (ctrl+c, SIGTERM): leave no process behind
            os.killpg(proc.pid, 9)
            proc.wait(10)


def _finish(proc: subprocess.Popen[bytes], stdin: str | None, timeout: float) -> Run:
    try:
        out, err = proc.communicate(
            stdin.encode("utf-8", "surrogateescape") if stdin is not None else None, timeout
        )
        rc: int | None = proc.returncode
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, 15)  # SIGTERM first, so a full screen flushes what it drew
        try:
            out, err = proc.communicate(timeout=5)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, 9)
            out, err = proc.communicate(timeout=10)
        rc = None
    return Run(rc, out.decode("utf-8", "replace"), err.decode("utf-8", "replace"))


def judge(tally: Tally, label: str, result: Run, exits: set[int] = ALLOWED_EXITS) -> None:
    """The promises every command keeps, whatever it was given."""
    counting = " left" in result.out[-600:]  # a --plain break still counting down: not a hang
    if result.rc is None and not result.opened_screen and not counting:
        tally.defect(f"{label}: hung (no exit within the time-out)")
        return
    if "Traceback (most recent call last)" in result.both:
        last = result.err.strip().splitlines()[-1:] or ["?"]
        tally.defect(f"{label}: traceback ({last[0][:120]})")
        return
    if result.rc is not None and result.rc not in exits:
        tally.defect(f"{label}: exit code {result.rc}")
    if not result.opened_screen:
        for bad, name in (("\x1b", "ESC"), ("\x07", "BEL"), ("\x9b", "CSI")):
            if bad in result.both:
                tally.defect(f"{label}: raw {name} in the output")
                break


def python(
    code: str, env: dict[str, str], timeout: float = 30.0
) -> subprocess.CompletedProcess[str]:
    """Run code in the project's Python (for set-up: a held lock, a pre-answered question)."""
    return subprocess.run(
        [PYTHON, "-c", code], env=env, capture_output=True, text=True, timeout=timeout
    )


def answer_fear_no(env: dict[str, str]) -> None:
    """The fear question answered "no" on an earlier day, as the tests' fixture does."""
    python(
        "from datetime import UTC, datetime\n"
        "from pausecoach.documents.fear import remember_no\n"
        "from pausecoach.storage.store import Store\n"
        "s = Store.open()\n"
        "remember_no(s, datetime(2026, 11, 1, tzinfo=UTC))\n",
        env,
    )


@contextmanager
def scratch() -> Iterator[Path]:
    """A scratch folder under /tmp, removed however the block ends."""
    folder = Path(tempfile.mkdtemp(prefix="pc-attack-", dir="/tmp"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def tmpfs(size: str, readonly: bool = False) -> Iterator[Path | None]:
    """A small tmpfs (None where this machine cannot mount), unmounted however it ends."""
    folder = Path(tempfile.mkdtemp(prefix="pc-attack-fs-", dir="/tmp"))
    options = f"size={size},mode=0755" + (",ro" if readonly else "")
    mounted = (
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
            capture_output=True,
            timeout=20,
        ).returncode
        == 0
    )
    try:
        yield folder if mounted else None
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True, timeout=20)
        shutil.rmtree(folder, ignore_errors=True)


class Terminal:
    """The installed program in a tmux server of its own; closed however the block ends."""

    def __init__(self, env: dict[str, str], args: str = "", width: int = 80, height: int = 24):
        self.socket = f"pc-attack-{os.getpid()}-{uuid.uuid4().hex[:6]}"
        exports = " ".join(f"{k}='{v}'" for k, v in env.items())
        self.tmux(
            "new-session", "-d", "-s", "t", "-x", str(width), "-y", str(height),
            f"export {exports}; {PROGRAM} {args}; echo EXITED=$?; stty -a | grep -o ' -\\?echo ' ; sleep 30",
        )  # fmt: skip

    def tmux(self, *args: str) -> str:
        result = subprocess.run(
            ["tmux", "-L", self.socket, *args], capture_output=True, text=True, timeout=20
        )
        return result.stdout

    def keys(self, *keys: str, gap: float = 0.2) -> None:
        for key in keys:
            self.tmux("send-keys", "-t", "t", key)
            time.sleep(gap)

    def burst(self, *keys: str) -> None:
        if keys and keys[0] == "paste":  # a real paste: bracketed, as a terminal sends it
            self.tmux("set-buffer", "-b", "attack", keys[1])
            self.tmux("paste-buffer", "-p", "-d", "-b", "attack", "-t", "t")
            return
        self.tmux("send-keys", "-t", "t", *keys)

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", "t")

    def wait(self, *texts: str, timeout: float = 15.0) -> str | None:
        """The first of `texts` to appear within `timeout` (None if none did)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            for text in texts:
                if text in screen:
                    return text
            time.sleep(0.15)
        return None

    def program_pid(self) -> int | None:
        pane = self.tmux("display-message", "-p", "-t", "t", "#{pane_pid}").strip()
        if not pane:
            return None
        kids = subprocess.run(
            ["ps", "--ppid", pane, "-o", "pid=,comm="], capture_output=True, text=True
        ).stdout.split("\n")
        for line in kids:
            parts = line.split()
            if len(parts) == 2 and parts[1] != "sleep" and parts[1] != "stty":
                return int(parts[0])
        return None

    def close(self) -> None:
        self.tmux("kill-server")
        folder = Path(os.environ.get("TMUX_TMPDIR") or "/tmp") / f"tmux-{os.getuid()}"
        (folder / self.socket).unlink(missing_ok=True)  # the server leaves its socket file

    def __enter__(self) -> Terminal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def export_record(ident: str, **fields: object) -> dict[str, object]:
    """One pause as an export file holds it, with `fields` changed."""
    return {
        "id": ident,
        "started_at": "2026-11-20T20:00:00+00:00",
        "ended_at": "2026-11-20T20:30:00+00:00",
        "status": "completed",
        "role": "flooded",
        "kind": "pause",
        "step": "summary",
        "signs": ["racing heart", "a, comma"],
        **fields,
    }


def export_file(records: list[dict[str, object]], **extra: object) -> dict[str, object]:
    """An export file holding `records`."""
    return {"format": "pausecoach-export", "version": 1, "sessions": records, **extra}
