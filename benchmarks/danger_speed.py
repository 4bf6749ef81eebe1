"""Time the danger screen per line over the labelled danger and benign lines (goal: < 1 ms).

Run: python -m benchmarks.danger_speed [--rounds N]
"""

from __future__ import annotations

import argparse
import statistics
import time
from dataclasses import dataclass

from tests.danger_data import ask_lines, benign_lines, danger_lines


@dataclass
class DangerFigures:
    """Per-line CPU times (median and p99, ms) and the cost of hostile long inputs."""

    lines: int
    rounds: int
    cpu_ms: tuple[float, float]
    spaces_ms: float  # "you" + 100,000 spaces + "never"
    long_ms: float  # 10,000 characters of ordinary complaint


def _lines() -> list[str]:
    texts = [text for _, text in danger_lines() + danger_lines(holdout=True)]
    return texts + benign_lines() + benign_lines(holdout=True) + ask_lines()


def _cpu_ms(text: str) -> float:
    from pausecoach.core.safety import assess_danger

    start = time.process_time()
    assess_danger(text)
    return (time.process_time() - start) * 1000


def measure(rounds: int = 20) -> DangerFigures:
    """Screen every labelled line `rounds` times, timing each call in CPU time."""
    from pausecoach.core.safety import assess_danger

    texts = _lines()
    assess_danger(texts[0])  # compile the rules once
    samples = sorted(_cpu_ms(text) for _ in range(rounds) for text in texts)
    p99 = samples[min(len(samples) - 1, int(len(samples) * 0.99))]
    spaces = _cpu_ms("you" + " " * 100_000 + "never")
    long_text = _cpu_ms("I feel worried about the bills this week. " * 240)
    return DangerFigures(len(texts), rounds, (statistics.median(samples), p99), spaces, long_text)


def main() -> None:
    """Print the median and p99 per line, and the long inputs."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=20, help="passes over the labelled lines")
    args = parser.parse_args()
    f = measure(args.rounds)
    print(f"lines: {f.lines} x {f.rounds} rounds")
    print(f"per line (CPU): median {f.cpu_ms[0]:.3f} ms, p99 {f.cpu_ms[1]:.3f} ms")
    print(f"'you' + 100,000 spaces + 'never': {f.spaces_ms:.1f} ms CPU")
    print(f"one 10,000-character text: {f.long_ms:.1f} ms CPU")


if __name__ == "__main__":
    main()
