"""How much the partner link costs: status when not paired, status and publish when paired.

Run: python -m benchmarks.link_speed [--events N] [--runs N]
Two throw-away link homes over one temporary folder; nothing in your own data is touched.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchmarks.terminal import pausecoach_command


def _median_ms(action: Callable[[], object], runs: int) -> float:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples) * 1000


def _pair(base: Path) -> tuple[Path, Path, Path]:
    from pausecoach.link import pairing

    folder = base / "Sync"
    folder.mkdir()
    alex, sam = base / "alex" / "link", base / "sam" / "link"
    pairing.start(alex, folder, "Alex")
    pairing.start(sam, folder, "Sam")
    for _ in range(3):
        pairing.advance(alex)
        pairing.advance(sam)
    pairing.confirm(alex)
    pairing.confirm(sam)
    return folder, alex, sam


def measure(events: int, runs: int) -> dict[str, float]:
    """Median milliseconds of each link operation."""
    from pausecoach import link
    from pausecoach.link import status

    figures: dict[str, float] = {}
    now = datetime.now(UTC)
    with tempfile.TemporaryDirectory() as temp:
        base = Path(temp)
        lonely = base / "nobody" / "link"
        figures["partner_status, not paired"] = _median_ms(
            lambda: link.partner_status(now, home=lonely), runs
        )
        _, alex, sam = _pair(base)
        figures["publish one event"] = _median_ms(
            lambda: link.publish("time_added", now + timedelta(minutes=20), now, home=sam), runs
        )
        for i in range(max(0, events - runs)):
            link.publish("time_added", now + timedelta(minutes=i), now, home=sam)

        def cold() -> None:
            status._seen.clear()
            link.partner_status(now, home=alex)

        figures[f"partner_status, {events} events, first read"] = _median_ms(cold, runs)
        figures[f"partner_status, {events} events, again"] = _median_ms(
            lambda: link.partner_status(now, home=alex), runs
        )
        env = {**os.environ, "PAUSECOACH_HOME": str(alex.parent)}
        command = [pausecoach_command(), "partner", "status"]
        figures[f"`pausecoach partner status`, {events} events"] = _median_ms(
            lambda: subprocess.run(command, env=env, capture_output=True, check=True), runs
        )
    return figures


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=50)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    for name, ms in measure(args.events, args.runs).items():
        print(f"{name:<48} {ms:8.2f} ms")


if __name__ == "__main__":
    main()
