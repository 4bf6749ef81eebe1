"""How close to the deadline a real break ends, with and without a 2 s SIGSTOP in the middle.

Run: python -m benchmarks.break_timing [--runs N] [--seconds S]
"""

from __future__ import annotations

import argparse
import os
import signal
import time
from pathlib import Path

from benchmarks.terminal import Summary, Tmux, fresh_env, pausecoach_command

RECHECK_TEXT = "How calm do you feel now?"


def one_break(minutes: int = 1, stop_for: float = 0.0) -> float:
    """Seconds between the break's real end and its deadline (positive = late).

    Start and end are both seen by polling the pane, so the render delay counts on both sides
    and cancels out; what is left is how late the program noticed its own deadline.
    """
    env = fresh_env()
    Path(env["PAUSECOACH_HOME"], "config.toml").write_text(f"break_minutes = {minutes}\n")
    tmux = Tmux()
    try:
        tmux.start(pausecoach_command(), env)
        started = tmux.start_break(poll=0.002)
        if stop_for:
            time.sleep(10)
            pid = tmux.pid()
            os.kill(pid, signal.SIGSTOP)
            time.sleep(stop_for)
            os.kill(pid, signal.SIGCONT)
        ended = tmux.wait_for(RECHECK_TEXT, timeout=minutes * 60 + 30, poll=0.002)
        return ended - started - minutes * 60
    finally:
        tmux.close()


def measure(runs: int, minutes: int = 1) -> tuple[Summary, Summary]:
    """Lateness of plain breaks and of breaks stopped for 2 s in the middle."""
    plain = [one_break(minutes) for _ in range(runs)]
    stopped = [one_break(minutes, stop_for=2.0) for _ in range(runs)]
    return Summary(plain), Summary(stopped)


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    plain, stopped = measure(args.runs)
    print(f"break end vs deadline        {plain.text()}  (goal within 50 ms)")
    print(f"  with a 2 s SIGSTOP         {stopped.text()}")


if __name__ == "__main__":
    main()
