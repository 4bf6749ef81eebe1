"""First frame of `pausecoach` vs a bare Textual app, and break CPU vs a bare ticking app.

Run: python -m benchmarks.pause_speed [--runs N] [--cpu-seconds S]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from benchmarks.terminal import (
    BARE_APP,
    BARE_TICKING_APP,
    LANDING_TEXT,
    Summary,
    Tmux,
    cpu_seconds,
    fresh_env,
    machine,
    pausecoach_command,
    python_command,
)

BREAK_HZ = 4.0


def first_frame(command: str, text: str) -> float:
    """Seconds from launch until `text` is on screen."""
    tmux = Tmux()
    try:
        started = tmux.start(command, fresh_env())
        return tmux.wait_for(text) - started
    finally:
        tmux.close()


def first_frames(runs: int) -> tuple[Summary, Summary]:
    """First-frame times of pausecoach and of the bare app, interleaved so load drift hits both."""
    ours, bare = [], []
    for _ in range(runs):
        ours.append(first_frame(pausecoach_command(), LANDING_TEXT))
        bare.append(first_frame(python_command(BARE_APP), LANDING_TEXT))
    return Summary(ours), Summary(bare)


def break_cpu(seconds: float, reduce_motion: bool = False) -> float:
    """Share of one core used by a running pausecoach break."""
    env = fresh_env()
    if reduce_motion:
        Path(env["PAUSECOACH_HOME"], "config.toml").write_text("reduce_motion = true\n")
    tmux = Tmux()
    try:
        tmux.start(pausecoach_command(), env)
        tmux.start_break()
        return _measure(tmux.pid(), seconds)
    finally:
        tmux.close()


def bare_cpu(seconds: float) -> float:
    """Share of one core used by a bare Textual app updating one Static at the same rate."""
    tmux = Tmux()
    try:
        tmux.start(python_command(BARE_TICKING_APP, str(BREAK_HZ)), fresh_env())
        tmux.wait_for("break ends")
        return _measure(tmux.pid(), seconds)
    finally:
        tmux.close()


def _measure(pid: int, seconds: float) -> float:
    time.sleep(2.0)  # let start-up work finish
    before, start = cpu_seconds(pid), time.monotonic()
    time.sleep(seconds)
    return (cpu_seconds(pid) - before) / (time.monotonic() - start)


def main() -> None:
    """Print the figures and ratios."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--cpu-seconds", type=float, default=30.0)
    args = parser.parse_args()

    ours_s, bare_s = first_frames(args.runs)
    print(f"machine: {machine()}")
    print(
        f"first frame  pausecoach {ours_s.text()}  bare Textual {bare_s.text()}  "
        f"ratio {ours_s.median / bare_s.median:.2f} (goal ≤ 1.2)"
    )

    cpu_ours = break_cpu(args.cpu_seconds)
    cpu_bare = bare_cpu(args.cpu_seconds)
    print(
        f"break CPU    pausecoach {cpu_ours * 100:.1f}%  bare {BREAK_HZ:g} Hz app {cpu_bare * 100:.1f}%  "
        f"ratio {cpu_ours / cpu_bare:.2f} (goal < 3% of one core)"
    )


if __name__ == "__main__":
    main()
