"""Break CPU of `pausecoach` (and with reduced motion) vs a bare Textual app ticking as often.

Run: python -m benchmarks.pause_speed [--cpu-seconds S]
(The first frame is measured beside a bare app in benchmarks/peers.py.)
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from benchmarks.terminal import (
    BARE_TICKING_APP,
    Tmux,
    cpu_seconds,
    fresh_env,
    machine,
    pausecoach_command,
    python_command,
)

BREAK_HZ = 4.0


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
    parser.add_argument("--cpu-seconds", type=float, default=30.0)
    args = parser.parse_args()
    print(f"machine: {machine()}")
    cpu_ours = break_cpu(args.cpu_seconds)
    cpu_bare = bare_cpu(args.cpu_seconds)
    print(
        f"break CPU    pausecoach {cpu_ours * 100:.1f}%  bare {BREAK_HZ:g} Hz app {cpu_bare * 100:.1f}%  "
        f"ratio {cpu_ours / cpu_bare:.2f} (goal < 3% of one core)"
    )


if __name__ == "__main__":
    main()
