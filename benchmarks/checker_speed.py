"""Time the phrasing checker per start-up over the labelled set (goal: median under 2 ms).

Run: python -m benchmarks.checker_speed [--rounds N]
"""

from __future__ import annotations

import argparse
import statistics
import time
from dataclasses import dataclass

from tests.checker_data import labelled_startups


def _percentiles(samples: list[float]) -> tuple[float, float]:
    """Median and 99th percentile, in milliseconds."""
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return statistics.median(ordered) * 1000, p99 * 1000


@dataclass
class CheckerFigures:
    """Per-start-up times (median and p99, ms) and the one-off costs."""

    startups: int
    rounds: int
    first_wall_ms: float  # the first check: import, load and compile the rules
    first_cpu_ms: float
    wall_ms: tuple[float, float]
    cpu_ms: tuple[float, float]
    long_chars: int
    long_cpu_ms: float


def measure(rounds: int = 20) -> CheckerFigures:
    """Check every labelled start-up `rounds` times, timing each call."""
    texts = [text for _, text in labelled_startups()]

    wall0, cpu0 = time.perf_counter(), time.process_time()
    from pausecoach.core.checker import check

    check(texts[0])  # imports pydantic, loads and compiles the rules
    first_wall, first_cpu = time.perf_counter() - wall0, time.process_time() - cpu0

    # Wall time counts other processes' turns on a busy machine; CPU time is this work alone.
    wall: list[float] = []
    cpu: list[float] = []
    for _ in range(rounds):
        for text in texts:
            w, c = time.perf_counter(), time.process_time()
            check(text)
            cpu.append(time.process_time() - c)
            wall.append(time.perf_counter() - w)
    long_text = "I feel worried about the bills this week. " * 240  # ~10,000 characters
    c = time.process_time()
    check(long_text)
    long_ms = (time.process_time() - c) * 1000
    return CheckerFigures(
        len(texts),
        rounds,
        first_wall * 1000,
        first_cpu * 1000,
        _percentiles(wall),
        _percentiles(cpu),
        len(long_text),
        long_ms,
    )


def main() -> None:
    """Print the first-call cost, then median and p99 per start-up in milliseconds."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=20, help="passes over the labelled set")
    args = parser.parse_args()
    f = measure(args.rounds)
    print(f"start-ups: {f.startups} x {f.rounds} rounds")
    print(
        f"first check (import, load, compile): {f.first_wall_ms:.0f} ms wall, {f.first_cpu_ms:.0f} ms CPU"
    )
    for name, (median, p99) in (("wall", f.wall_ms), ("CPU", f.cpu_ms)):
        print(f"per start-up ({name}): median {median:.3f} ms, p99 {p99:.3f} ms")
    print(f"one {f.long_chars:,}-character text: {f.long_cpu_ms:.0f} ms CPU")


if __name__ == "__main__":
    main()
