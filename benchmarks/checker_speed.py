"""Time the phrasing checker per start-up over the labelled set (goal: median under 2 ms).

Run: python -m benchmarks.checker_speed [--rounds N]
"""

from __future__ import annotations

import argparse
import statistics
import time

from tests.checker_data import labelled_startups


def main() -> None:
    """Print the first-call cost, then median and p99 per start-up in milliseconds."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=20, help="passes over the labelled set")
    args = parser.parse_args()
    texts = [text for _, text in labelled_startups()]

    started = time.perf_counter()
    from pausecoach.core.checker import check

    check(texts[0])  # loads and compiles the rules
    first = time.perf_counter() - started

    timings: list[float] = []
    for _ in range(args.rounds):
        for text in texts:
            t0 = time.perf_counter()
            check(text)
            timings.append(time.perf_counter() - t0)
    timings.sort()
    p99 = timings[min(len(timings) - 1, int(len(timings) * 0.99))]
    long_text = "I feel worried about the bills this week. " * 240  # ~10,000 characters
    t0 = time.perf_counter()
    check(long_text)
    long_ms = (time.perf_counter() - t0) * 1000
    print(f"start-ups: {len(texts)} x {args.rounds} rounds")
    print(f"first check (import, load, compile): {first * 1000:.1f} ms")
    print(f"median per start-up: {statistics.median(timings) * 1000:.3f} ms")
    print(f"p99 per start-up: {p99 * 1000:.3f} ms")
    print(f"one 10,000-character text: {long_ms:.1f} ms")


if __name__ == "__main__":
    main()
