"""Peak memory (RSS) of a whole pause, at the re-check and at the summary, vs a bare Textual app.

Run: python -m benchmarks.memory [--runs N]
"""

from __future__ import annotations

import argparse
from pathlib import Path


def peak_rss_mib(pid: int) -> float:
    """The process's peak resident memory so far (VmHWM), in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc")


def main() -> None:
    """Print the figures."""
    from benchmarks.peers import memory_pairs
    from benchmarks.terminal import Summary

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    recheck, summary = memory_pairs(args.runs)
    for name, pairs in (("re-check", recheck), ("summary", summary)):
        print(
            f"peak memory at the {name}: pausecoach {Summary(pairs.ours).spread('MiB', 1, 1)}, "
            f"bare Textual {Summary(pairs.reference).spread('MiB', 1, 1)}, "
            f"ratio {pairs.ratios.median:.2f}"
        )


if __name__ == "__main__":
    main()
