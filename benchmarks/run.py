"""Every speed and memory figure side by side with its natural limit; writes docs/performance.md.

Run: python -m benchmarks [--quick] [--no-write]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from benchmarks import break_timing, cli_speed, memory, pause_speed
from benchmarks.history_speed import history_section
from benchmarks.terminal import machine

DOC = Path(__file__).resolve().parent.parent / "docs" / "performance.md"


@dataclass
class Row:
    """One line of the table: a figure, ours, the reference, the ratio and the goal."""

    figure: str
    ours: str
    reference: str = "–"
    ratio: float | None = None
    goal: str = ""
    met: bool | None = None

    def cells(self) -> list[str]:
        """The row as table cells."""
        ratio = "–" if self.ratio is None else f"{self.ratio:.2f}"
        met = {True: "yes", False: "**no**", None: "–"}[self.met]
        return [self.figure, self.ours, self.reference, ratio, self.goal, met]


@dataclass
class Settings:
    """How long to measure."""

    runs: int
    cpu_seconds: float
    break_runs: int


def first_frame_rows(s: Settings) -> list[Row]:
    """1. First frame of pausecoach vs a bare Textual app, interleaved."""
    ours, bare = pause_speed.first_frames(s.runs)
    ratio = ours.median / bare.median
    return [
        Row(
            "First frame (tmux, 80×24)",
            ours.text(),
            f"bare Textual app {bare.text()}",
            ratio,
            "ratio ≤ 1.15",
            ratio <= 1.15,
        )
    ]


def cli_rows(s: Settings) -> list[Row]:
    """2. Command start-up vs Python itself, and whether each avoids Textual."""
    times = cli_speed.measure(s.runs)
    free = cli_speed.textual_free()
    base, rich = times["python -c pass"], times["python -c 'import rich'"]
    rows = [Row("python -c pass", base.text()), Row("python -c 'import rich'", rich.text())]
    for name, summary in times.items():
        if not name.startswith("pausecoach"):
            continue
        goal = "≤ 150 ms, no Textual" if name == "pausecoach --help" else "no Textual"
        met = free[name] and (summary.median <= 0.150 if name == "pausecoach --help" else True)
        rows.append(
            Row(
                name,
                summary.text(),
                f"import rich {rich.text()}",
                summary.median / rich.median,
                goal,
                met,
            )
        )
    return rows


def break_cpu_rows(s: Settings) -> list[Row]:
    """3. CPU of a running break (default and reduced motion) vs a bare app ticking as fast."""
    ours = pause_speed.break_cpu(s.cpu_seconds)
    still = pause_speed.break_cpu(s.cpu_seconds, reduce_motion=True)
    bare = pause_speed.bare_cpu(s.cpu_seconds)
    ratio = ours / bare
    return [
        Row(
            f"Break CPU, {s.cpu_seconds:.0f} s (share of one core)",
            f"{ours * 100:.1f}%",
            f"bare app at {pause_speed.BREAK_HZ:g} Hz {bare * 100:.1f}%",
            ratio,
            "≤ 3% and ratio ≤ 1.2",
            ours <= 0.03 and ratio <= 1.2,
        ),
        Row("Break CPU, reduced motion", f"{still * 100:.1f}%", "–", None, "≤ 1%", still <= 0.01),
    ]


def break_timing_rows(s: Settings) -> list[Row]:
    """4. How late a real 1-minute break ends, plain and after a 2 s SIGSTOP."""
    plain, stopped = break_timing.measure(s.break_runs)
    rows = []
    for label, summary in (("Break end vs deadline", plain), ("… after a 2 s SIGSTOP", stopped)):
        worst = max(abs(v) for v in summary.values)
        rows.append(
            Row(label, summary.text(), "wall-clock deadline", None, "within 50 ms", worst <= 0.050)
        )
    return rows


def memory_rows(s: Settings) -> list[Row]:
    """7. Peak memory of a whole pause vs the bare app."""
    ours, bare = memory.measure(max(1, s.runs // 3))
    return [
        Row(
            "Peak memory, whole pause",
            ours.text("MiB", 1),
            f"bare Textual app {bare.text('MiB', 1)}",
            ours.median / bare.median,
            "as close to bare as possible",
            None,
        )
    ]


SECTIONS: dict[str, Callable[[Settings], list[Row]]] = {
    "first-frame": first_frame_rows,
    "cli": cli_rows,
    "break-cpu": break_cpu_rows,
    "break-timing": break_timing_rows,
    "memory": memory_rows,
}


def table(rows: list[Row]) -> str:
    """A Markdown table of the rows."""
    head = ["figure", "pausecoach", "reference", "ratio", "goal", "met"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(row.cells()) + " |" for row in rows]
    return "\n".join(lines)


def write_doc(rows: list[Row], settings: Settings) -> None:
    """Rewrite docs/performance.md with this run's figures."""
    load = os.getloadavg()
    when = dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    # The history figures come from their own, slower run (benchmarks/history_speed.py): keep them.
    kept = history_section(DOC.read_text(encoding="utf-8")) if DOC.exists() else ""
    DOC.write_text(
        "# Performance\n\n"
        "Made by `python -m benchmarks` (see `benchmarks/run.py`); every figure is the median of "
        "repeated runs, with the min–max in brackets, measured beside its reference in the same run.\n\n"
        f"- Machine: {machine()}\n- When: {when}; load average at the end {load[0]:.2f}\n"
        f"- Runs: {settings.runs} per start-up figure, {settings.cpu_seconds:.0f} s per CPU figure, "
        f"{settings.break_runs} real 1-minute breaks per timing figure\n\n"
        f"{table(rows)}\n\n{NOTES}" + (f"\n{kept}" if kept else ""),
        encoding="utf-8",
    )


NOTES = """## What the figures mean
- **First frame**: time from launching the command in tmux until the landing text is on the screen,
  polled every 5 ms; the bare app is a Textual app with one Static, launched the same way.
- **Command start-up**: wall time of the whole process to exit; "no Textual" is read from
  Python's `-X importtime` report of the same command.
- **Break CPU**: user + system CPU time of the process over the window, from /proc.
- **Break end**: the break's end and start are both seen on the screen, so the drawing delay
  cancels out; what remains is how late the program noticed its own deadline.
- **Peak memory**: VmHWM of the process at the summary screen, after a whole pause.
"""


def main() -> None:
    """Measure everything (or --only some), print the table, write docs/performance.md."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer runs and shorter windows")
    parser.add_argument(
        "--only", action="append", choices=sorted(SECTIONS), help="one section (repeatable)"
    )
    parser.add_argument(
        "--no-write", action="store_true", help="print only; leave docs/performance.md"
    )
    args = parser.parse_args()
    settings = Settings(runs=3, cpu_seconds=15, break_runs=1) if args.quick else Settings(9, 60, 3)
    rows: list[Row] = []
    for name in args.only or SECTIONS:
        print(f"… {name}", flush=True)
        rows += SECTIONS[name](settings)
    print(table(rows))
    if not args.no_write and not args.only:
        write_doc(rows, settings)
        print(f"written to {DOC}")


if __name__ == "__main__":
    main()
