"""Time the phrasing checker per start-up over the labelled sets (goal: median at most 1 ms).

Run: python -m benchmarks.checker_speed [--rounds N] [--accuracy] [--process N]
--accuracy prints balanced accuracy per set with the label x verdict table;
--process N times `pausecoach check "You never listen to me."` and `pausecoach --help` as whole
processes, N interleaved pairs, so machine drift cancels.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass

from tests.checker_data import SETS, labelled_startups, score

LONG_CHARS = 2_000  # check's limit for one line
PATHOLOGICAL = "you" + " " * 32_000 + "never"  # issue 16 item 15: took 27 s before


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
    first_wall_ms: float  # the first check: import, read the rules, compile what it needs
    first_cpu_ms: float
    wall_ms: tuple[float, float]
    cpu_ms: tuple[float, float]
    long_chars: int
    long_cpu_ms: float
    pathological_cpu_ms: float


def measure(rounds: int = 20) -> CheckerFigures:
    """Check every labelled start-up `rounds` times, timing each call."""
    texts = [text for path in SETS.values() for _, text in labelled_startups(path)]

    wall0, cpu0 = time.perf_counter(), time.process_time()
    from pausecoach.content.checker_rules import check

    check(texts[0])  # reads the rules and compiles the few patterns this text can match
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
    long_text = ("I feel worried about the bills this week. " * 60)[:LONG_CHARS]
    c = time.process_time()
    check(long_text)
    long_ms = (time.process_time() - c) * 1000
    c = time.process_time()
    check(PATHOLOGICAL)
    pathological_ms = (time.process_time() - c) * 1000
    return CheckerFigures(
        len(texts),
        rounds,
        first_wall * 1000,
        first_cpu * 1000,
        _percentiles(wall),
        _percentiles(cpu),
        len(long_text),
        long_ms,
        pathological_ms,
    )


def accuracy() -> None:
    """Balanced accuracy per labelled set, and the table of labels against verdicts."""
    from pausecoach.content.checker_rules import check

    for name, path in SETS.items():
        s = score(labelled_startups(path), lambda text: check(text).verdict)
        foreign = "" if s.foreign_recall is None else f", not English {s.foreign_recall:.2f}"
        print(
            f"{name}: balanced {s.balanced:.3f} (harsh {s.harsh_recall:.3f}, "
            f"not harsh {s.other_recall:.3f}{foreign})"
        )
        for (label, verdict), count in sorted(s.table.items()):
            print(f"    {label:>8} -> {verdict:<12} {count}")


def whole_process(pairs: int) -> None:
    """Interleaved whole-process runs of check and --help: min, median, max in ms."""
    exe = shutil.which("pausecoach") or f"{sys.prefix}/bin/pausecoach"
    commands = {
        "check": [exe, "check", "You never listen to me."],
        "--help": [exe, "--help"],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(pairs):
        for name, command in commands.items():
            start = time.perf_counter()
            subprocess.run(command, capture_output=True, check=False)
            times[name].append((time.perf_counter() - start) * 1000)
    for name, samples in times.items():
        print(
            f"{name}: min {min(samples):.0f} ms, median {statistics.median(samples):.0f} ms, "
            f"max {max(samples):.0f} ms"
        )
    ratio = statistics.median(times["check"]) / statistics.median(times["--help"])
    print(f"check / --help, medians: {ratio:.2f}")


def main() -> None:
    """Print the first-call cost, then median and p99 per start-up in milliseconds."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=20, help="passes over the labelled sets")
    parser.add_argument("--accuracy", action="store_true", help="also print accuracy per set")
    parser.add_argument("--process", type=int, default=0, help="whole-process pairs to time")
    args = parser.parse_args()
    f = measure(args.rounds)
    print(f"start-ups: {f.startups} x {f.rounds} rounds")
    print(
        f"first check (import, read, compile what it needs): {f.first_wall_ms:.0f} ms wall, "
        f"{f.first_cpu_ms:.0f} ms CPU"
    )
    for name, (median, p99) in (("wall", f.wall_ms), ("CPU", f.cpu_ms)):
        print(f"per start-up ({name}): median {median:.3f} ms, p99 {p99:.3f} ms")
    print(f"one {f.long_chars:,}-character text: {f.long_cpu_ms:.0f} ms CPU")
    print(f"'you' + 32,000 spaces + 'never': {f.pathological_cpu_ms:.0f} ms CPU")
    if args.accuracy:
        accuracy()
    if args.process:
        whole_process(args.process)


if __name__ == "__main__":
    main()
