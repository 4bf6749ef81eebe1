"""How fast `history`, `history stats` and `export` are with 100,000 saved pauses.

Run: python -m benchmarks.history_speed [--pauses N] [--runs N]
Creates the pauses through `pausecoach import` in a throw-away PAUSECOACH_HOME, then times
each command (median of several runs) and prints a table. Nothing in your own data is touched.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchmarks.terminal import machine, pausecoach_command

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


DOC = Path(__file__).resolve().parent.parent / "docs" / "performance.md"
HEADING = "## History at 100,000 pauses"
GOALS: dict[str, tuple[str, Callable[[float, float], bool]]] = {  # from (wall s, × --help)
    "history (newest 20)": ("≤ 1.3× --help", lambda wall, ratio: ratio <= 1.3),
    "history stats": ("< 1.5 s", lambda wall, ratio: wall < 1.5),
    "export": ("< 5 s", lambda wall, ratio: wall < 5.0),
}
NOTES = """How it stays quick:
- **An index that covers the queries.** Schema version 2 keeps the few numbers the
  statistics need (break planned and taken, pulse before and after, back on time, signs,
  patterns) in columns beside each record, and one index on (kind, started_at, id, role,
  status and those columns). `history` reads its 20 rows and the count from that index;
  `history stats` reads nothing else, so the ~220 MB of records are never touched. Without
  it, stats had to parse every record (several seconds).
- **Plain `history` and `history stats` skip Typer.** This Typer imports every command and
  builds a pydantic validator for each option it parses, which costs more than the query and
  the table together, so `launch.py` sends these two straight to their commands. With options
  (`--since 30d`) Typer parses them, hence the extra ~0.15 s CPU on that line.
- **The statistics count columns, not rows** (`core/insights.py`, `PauseTable`): one list per
  fact, each distinct set of signs split once. This halved their cost.
- **Export copies the stored JSON** of each record into the file without decoding it.

On this shared machine (2 cores, several engineers building at once) wall time mostly measures
the neighbours; CPU time (user + system of the process) is the steadier figure."""


def section(results: list[tuple[str, float, float]], runs: int, pauses: int, setup: str) -> str:
    """The Markdown section for docs/performance.md."""
    help_wall, help_cpu = results[0][1], results[0][2]
    load = os.getloadavg()
    lines = [
        HEADING,
        "",
        f"Made by `python -m benchmarks.history_speed`: {pauses:,} pauses created through "
        f"`pausecoach import` in a throw-away PAUSECOACH_HOME ({setup}), then each command run "
        f"{runs} times in turn; medians. Machine: {machine()}; load average at the end "
        f"{load[0]:.2f}.",
        "",
        "| command | wall s | × --help | CPU s | × --help | goal | met |",
        "|---|---|---|---|---|---|---|",
    ]
    for label, wall, cpu in results:
        goal, check = GOALS.get(label, ("", None))
        met = "–" if check is None else ("yes" if check(wall, wall / help_wall) else "**no**")
        lines.append(
            f"| `{label}` | {wall:.3f} | {wall / help_wall:.2f} | {cpu:.3f} | "
            f"{cpu / help_cpu:.2f} | {goal} | {met} |"
        )
    return "\n".join([*lines, "", NOTES, ""])


def write_section(text: str, doc: Path = DOC) -> None:
    """Put the section into docs/performance.md, replacing an older one, keeping the rest."""
    old = doc.read_text(encoding="utf-8") if doc.exists() else "# Performance\n"
    rest = without_section(old).rstrip("\n")
    doc.write_text(f"{rest}\n\n{text}", encoding="utf-8")


def history_section(text: str) -> str:
    """The history section of `text`: from its heading to the next `## ` or the end ('' if none)."""
    start = text.find(HEADING)
    if start < 0:
        return ""
    end = text.find("\n## ", start + len(HEADING))
    return text[start : end + 1] if end >= 0 else text[start:]


def without_section(text: str) -> str:
    """`text` without the history section."""
    found = history_section(text)
    return text.replace(found, "", 1) if found else text


@dataclass
class HistoryFigures:
    """One history run: the medians per command, and how long setting up the pauses took."""

    pauses: int
    runs: int
    built: float
    imported: float
    results: list[tuple[str, float, float]]  # (command, wall s, CPU s), `--help` first

    @property
    def setup(self) -> str:
        """How the pauses were made, in words."""
        return f"file built in {self.built:.0f} s, imported in {self.imported:.0f} s"

    def section(self) -> str:
        """The Markdown section for docs/performance.md."""
        return section(self.results, self.runs, self.pauses, self.setup)


def measure(pauses: int = 100_000, runs: int = 7) -> HistoryFigures:
    """Import `pauses` made-up pauses into a throw-away home, then time each command `runs` times."""
    home = Path(tempfile.mkdtemp(prefix="pausecoach-bench-"))
    env = {**os.environ, "PAUSECOACH_HOME": str(home / "data"), "COLUMNS": "80"}
    try:
        export = home / "seed.json"
        start = time.perf_counter()
        build_export(export, pauses)
        built = time.perf_counter() - start
        start = time.perf_counter()
        subprocess.run(
            [pausecoach_command(), "import", str(export)],
            env=env,
            check=True,
            stderr=subprocess.DEVNULL,
        )
        imported = time.perf_counter() - start
        cases = [
            ("pausecoach --help", ["--help"]),
            ("history (newest 20)", ["history"]),
            ("history --since 30d", ["history", "--since", "30d"]),
            ("history stats", ["history", "stats"]),
            ("export", ["export", "--output", str(home / "backup.json")]),
        ]
        return HistoryFigures(pauses, runs, built, imported, timed(cases, env, runs))
    finally:
        shutil.rmtree(home, ignore_errors=True)


def main() -> None:
    """Build the data, time the commands, print the table (and write it, with --write)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pauses", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--write", action="store_true", help="update docs/performance.md")
    options = parser.parse_args()
    text = measure(options.pauses, options.runs).section()
    print(text)
    if options.write:
        write_section(text)
        print(f"written to {DOC}")


if __name__ == "__main__":
    main()
