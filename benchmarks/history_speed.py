"""How fast `history`, `history stats` and `export` are with 100,000 saved pauses.

Run: python -m benchmarks.history_speed [--pauses N] [--runs N]
Creates the pauses through `pausecoach import` in a throw-away PAUSECOACH_HOME, then times
each command (median of several runs). Nothing in your own data is touched.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import statistics
import subprocess
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchmarks.terminal import pausecoach_command

SIGNS = ("heart", "breath", "hot", "clenched", "stomach", "tunnel", "blank", "loud")
PATTERNS = ("sigh", "4-6", "5-5", "box", "4-7-8")
STATUSES = ("completed",) * 8 + ("interrupted", "safety_exit")
STARTUPS = (
    "I feel worried about money this month. Could we look at the budget together on Sunday?",
    "I feel lonely in the evenings. Could we take a walk after dinner tomorrow?",
    "I'm stressed about the kitchen. Could we split the dishes tonight?",
)


def fake_pause(rng: random.Random, started: datetime) -> dict[str, object]:
    """One realistic completed-ish pause, as its stored JSON."""
    from pausecoach.models import PauseSession, PulseReading, StepEvent

    before = rng.randint(90, 140)
    after = before - rng.randint(0, 40)
    planned = rng.choice((10, 20, 20, 30)) * 60
    steps = ("land", "check", "verdict", "tell", "break", "recheck", "comeback", "summary")
    session = PauseSession(
        started_at=started,
        ended_at=started + timedelta(seconds=planned + 600),
        status=rng.choice(STATUSES),
        role="flooded" if rng.random() < 0.8 else "partner_stepped_away",
        step="summary",
        timeline=[
            StepEvent(step=s, at=started + timedelta(minutes=i)) for i, s in enumerate(steps)
        ],
        signs=rng.sample(SIGNS, rng.randint(0, 5)),
        verdict=rng.choice(("flooded", "flooded", "rising")),
        pulse_before=before,
        pulse_after=after,
        pulses=[
            PulseReading(
                bpm=before, at=started, when="before", beats=before // 2, window_seconds=30
            ),
            PulseReading(bpm=after, at=started + timedelta(seconds=planned), when="after"),
        ],
        planned_seconds=planned,
        actual_seconds=planned + rng.randint(-300, 900),
        pattern=rng.choice(PATTERNS),
        return_at=started + timedelta(seconds=planned + 180),
        back_on_time=rng.random() < 0.7,
        calm_score=rng.randint(3, 9),
        ready=True,
        tell_text="I'm getting flooded and need twenty minutes. I'll be back at 20:40.",
        startup_topic="money",
        startup_text=rng.choice(STARTUPS),
    )
    session.patterns = [session.pattern or "sigh"]
    return session.model_dump(mode="json")


def build_export(path: Path, count: int) -> None:
    """An export file with `count` pauses over the last few years, newest about now."""
    rng = random.Random(20261118)
    now = datetime.now(UTC).replace(microsecond=0)
    spacing = timedelta(days=5 * 365) / count
    sessions = [fake_pause(rng, now - spacing * i - timedelta(hours=1)) for i in range(count)]
    document = {
        "format": "pausecoach-export",
        "version": 1,
        "exported_at": now.isoformat(),
        "sessions": sessions,
        "drills": [],
    }
    path.write_text(json.dumps(document))


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_once(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one run of `pausecoach args` (output discarded)."""
    cpu, start = _child_cpu(), time.perf_counter()
    subprocess.run(
        [pausecoach_command(), *args],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - start, _child_cpu() - cpu


def timed(
    cases: list[tuple[str, list[str]]], env: dict[str, str], runs: int
) -> list[tuple[str, float, float]]:
    """Median wall and CPU time per case, the cases taken in turn so load changes hit all alike.

    CPU time is reported too: on a shared machine the wall time also measures the neighbours.
    """
    samples: dict[str, list[tuple[float, float]]] = {label: [] for label, _ in cases}
    for _ in range(runs):
        for label, args in cases:
            samples[label].append(run_once(args, env))
    return [
        (
            label,
            statistics.median(w for w, _ in samples[label]),
            statistics.median(c for _, c in samples[label]),
        )
        for label, _ in cases
    ]


def main() -> None:
    """Import made-up pauses into a throw-away home, then time each command in turn."""
    from benchmarks.run import seeded_home

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pauses", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    options = parser.parse_args()
    home, env, imported = seeded_home(options.pauses)
    try:
        cases = [
            ("--help", ["--help"]),
            ("history", ["history"]),
            ("history --since 30d", ["history", "--since", "30d"]),
            ("history stats", ["history", "stats"]),
            ("export", ["export", "--output", str(home / "backup.json")]),
        ]
        print(f"{options.pauses:,} pauses imported in {imported:.1f} s; medians of {options.runs}")
        for label, wall, cpu in timed(cases, env, options.runs):
            print(f"{label:<22} {wall * 1000:7.0f} ms wall {cpu * 1000:7.0f} ms CPU")
    finally:
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
