"""Drive the installed `pausecoach` in a real terminal (tmux) and read the screen back."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path


def installed_command() -> str:
    """The `pausecoach` console script installed beside this Python."""
    candidate = Path(sys.executable).with_name("pausecoach")
    if candidate.exists():
        return str(candidate)
    found = shutil.which("pausecoach")
    if found is None:
        raise RuntimeError("pausecoach is not installed in this environment")
    return found


def run_installed(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run the installed `pausecoach` with `args` outside tmux (env added to this one's)."""
    return subprocess.run(
        [installed_command(), *args],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


class TmuxSession:
    """One detached tmux session running a command at a fixed size."""

    def __init__(
        self,
        command: str,
        env: dict[str, str],
        width: int = 80,
        height: int = 24,
        keep_after_exit: bool = False,
    ) -> None:
        self.name = f"pc-{uuid.uuid4().hex[:8]}"
        # A server of its own: with one server per test process, a session could start while
        # the last test's server was still shutting down, and die with it (an empty pane).
        self.socket = f"pc-test-{os.getpid()}-{self.name}"
        exports = " ".join(f"{key}={_quote(value)}" for key, value in env.items())
        shell = f"export {exports}; exec {command}"
        self._tmux("new-session", "-d", "-s", self.name, "-x", str(width), "-y", str(height), shell)
        if keep_after_exit:  # so the last words a program prints can still be read
            self._tmux("set-option", "-t", self.name, "remain-on-exit", "on")

    def _tmux(self, *args: str) -> str:
        result = subprocess.run(
            ["tmux", "-L", self.socket, *args], capture_output=True, text=True, timeout=20
        )
        return result.stdout

    def send(self, *keys: str) -> None:
        """Send keys (tmux key names such as Enter, or plain characters)."""
        for key in keys:
            self._tmux("send-keys", "-t", self.name, key)
            time.sleep(0.15)

    def burst(self, *keys: str) -> None:
        """Send keys in one tmux command, as a paste or fast typing delivers them."""
        self._tmux("send-keys", "-t", self.name, *keys)

    def screen(self) -> str:
        """The visible text of the pane."""
        return self._tmux("capture-pane", "-p", "-t", self.name)

    def wait_for(self, text: str, timeout: float = 15.0) -> str:
        """Poll the pane until `text` appears; return the screen."""
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{text!r} did not appear on screen ({self.state()}):\n{screen}")

    def wait_for_any(self, texts: tuple[str, ...], timeout: float = 15.0) -> int:
        """Poll the pane until one of `texts` appears; return which one (its index)."""
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            for index, text in enumerate(texts):
                if text in screen:
                    return index
            time.sleep(0.1)
        raise AssertionError(f"none of {texts!r} appeared on screen ({self.state()}):\n{screen}")

    def start_break(self, timeout: float = 15.0) -> None:
        """From the landing screen: break now, start it, and wait for the countdown."""
        self.wait_for("Check how flooded I am", timeout)
        self.send("b")
        if self.wait_for_any(("Before you take a break", "Tell your partner"), timeout) == 0:
            self.send("n")  # a fresh home: the fear question comes first
        self.wait_for("Tell your partner", timeout)
        self.send("Enter")
        self.wait_for("break ends", timeout)

    def pane_pid(self) -> int:
        """The pid of the program in the pane."""
        return int(self._tmux("display-message", "-p", "-t", self.name, "#{pane_pid}").strip())

    def alive(self) -> bool:
        """Whether the session still exists."""
        return self.name in self._tmux("list-sessions", "-F", "#{session_name}")

    def state(self) -> str:
        """How the program in the pane is doing, for failure messages."""
        if not self.alive():
            return "the tmux session has ended"
        dead = self._tmux(
            "display-message", "-p", "-t", self.name, "#{pane_dead} #{pane_dead_status}"
        ).split()
        if dead and dead[0] == "1":
            return f"the program exited with status {dead[1] if len(dead) > 1 else '?'}"
        return "the program is still running"

    def close(self) -> None:
        """Kill the session and its server, and remove the server's socket file."""
        self._tmux("kill-server")
        folder = Path(os.environ.get("TMUX_TMPDIR") or "/tmp") / f"tmux-{os.getuid()}"
        (folder / self.socket).unlink(missing_ok=True)


def _quote(value: str) -> str:
    return "'" + value.replace("'", "'\\''") + "'"
