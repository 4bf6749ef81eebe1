"""Peak memory (RSS) of a whole pause, landing to summary, vs a bare Textual app.

Run: python -m benchmarks.memory [--runs N]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from benchmarks.terminal import (
    BARE_APP,
    Summary,
    Tmux,
    fresh_env,
    pausecoach_command,
    python_command,
)

# (text to wait for, keys to send): landing → check → verdict → tell → break → end early →
# re-check → come-back → read aloud → summary.
FLOW: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Check how flooded I am", ("Enter",)),
    ("flooded", ("1", "2", "3", "Enter")),
    ("The verdict", ("Enter",)),
    ("Tell your partner", ("Enter",)),
    ("break ends", ("e",)),
    ("End the break early?", ("y",)),
    ("How calm do you feel now?", ("g",)),
    ("start gently", ("Right", "Enter")),
    ("Your opening line", ("Enter",)),
)
SUMMARY_TEXT = "Saved"


def peak_rss_mib(pid: int) -> float:
    """The process's peak resident memory so far (VmHWM), in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc")


def pause_peak() -> float:
    """Peak RSS of pausecoach after a whole pause."""
    tmux = Tmux()
    try:
        tmux.start(pausecoach_command(), fresh_env())
        for text, keys in FLOW:
            tmux.wait_for(text)
            # Unhurried: on a loaded machine a key sent too soon can reach the wrong widget.
            time.sleep(0.5)
            tmux.send(*keys, gap=0.8)
        tmux.wait_for(SUMMARY_TEXT)
        return peak_rss_mib(tmux.pid())
    finally:
        tmux.close()


def bare_peak() -> float:
    """Peak RSS of a bare Textual app showing one Static."""
    tmux = Tmux()
    try:
        tmux.start(python_command(BARE_APP), fresh_env())
        tmux.wait_for("Check how flooded I am")
        time.sleep(0.5)
        return peak_rss_mib(tmux.pid())
    finally:
        tmux.close()


def measure(runs: int) -> tuple[Summary, Summary]:
    """Peak memory of a whole pause and of the bare app, in MiB."""
    ours = [pause_peak() for _ in range(runs)]
    bare = [bare_peak() for _ in range(runs)]
    return Summary(ours), Summary(bare)


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    ours, bare = measure(args.runs)
    print(
        f"peak memory  pausecoach {ours.text('MiB', 1)}  bare Textual {bare.text('MiB', 1)}  "
        f"ratio {ours.median / bare.median:.2f}"
    )


if __name__ == "__main__":
    main()
