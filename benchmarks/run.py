"""Every figure of issue #18 beside its reference, then the project's other figures.

Run: python -m benchmarks [--quick] [--only SECTION] [--no-write]
The peers come from the `bench` extra (pip install -e '.[bench]'); nothing is installed here.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from benchmarks import break_timing, checker_speed, cli_speed, history_speed, pause_speed, peers
from benchmarks.terminal import Pairs, Summary, compile_bytecode, machine, pausecoach_command

DOC = Path(__file__).resolve().parent.parent / "docs" / "performance.md"
HEAD = ["figure", "pausecoach (min–median–max)", "reference (min–median–max)", "ratio", "goal"]
HEAD += ["met"]


@dataclass
class Row:
    """One line of the table: a figure, ours, the reference, the ratio and the goal."""

    figure: str
    ours: str
    reference: str = "–"
    ratio: str = "–"
    goal: str = ""
    met: bool | None = None

    def cells(self) -> list[str]:
        """The row as table cells."""
        met = {True: "yes", False: "**no**", None: "–"}[self.met]
        return [self.figure, self.ours, self.reference, self.ratio, self.goal, met]


def pair_row(
    figure: str,
    pairs: Pairs,
    reference: str,
    goal_ratio: float,
    unit: str = "ms",
    scale: float = 1000.0,
    digits: int = 0,
) -> Row:
    """A row from side-by-side pairs: the ratio is the median of the per-pair ratios."""
    ratio = pairs.ratios
    ours = Summary(pairs.ours).spread(unit, scale, digits)
    theirs = f"{reference} {Summary(pairs.reference).spread(unit, scale, digits)}"
    if not ratio.values:  # the reference measured nothing (too short a window to see)
        return Row(figure, ours, theirs, "–", f"≤ {goal_ratio:g}×", None)
    return Row(
        figure,
        ours,
        theirs,
        f"**{ratio.median:.2f}** ({min(ratio.values):.2f}–{max(ratio.values):.2f})",
        f"≤ {goal_ratio:g}×",
        ratio.median <= goal_ratio,
    )


def missing(figure: str, why: str) -> Row:
    """A row that could not be measured in this run, saying why."""
    return Row(figure, "not measured", why, met=None)


@dataclass
class Settings:
    """How much to measure."""

    runs: int = 15  # pairs per start-up and first-frame figure
    cpu_runs: int = 5  # side-by-side CPU windows
    # 60 s windows: at 100 ticks a second, a 30 s window of a 0.3 % process is only ~9 ticks, and
    # one tick more or less moved the ratio by a tenth.
    cpu_seconds: float = 60.0
    memory_runs: int = 5  # whole pauses (each beside a bare app)
    history_pauses: int = 100_000
    drill_samples: int = 20
    break_runs: int = 3  # real 1-minute breaks per timing figure
    checker_rounds: int = 20


QUICK = Settings(3, 1, 5.0, 1, 300, 4, 1, 2)


# There is no saved copy of the help on main: every `--help` is drawn (Click's formatter in Typer).
DRAWN_HELP = "`pausecoach --help`"
DRAWN_REF = "`pausecoach --help`"


def help_rows(s: Settings) -> list[Row]:
    """#18: `pausecoach --help` beside `breathe --help`, both drawn as a user runs them."""
    pairs = peers.help_pairs(s.runs, False)
    if pairs is None:
        return [missing(DRAWN_HELP, peers.NO_BREATHE)]
    return [pair_row(DRAWN_HELP, pairs, "breathe-cli `--help`", 2.0)]


def check_rows(s: Settings) -> list[Row]:
    """#18: `pausecoach check TEXT` beside `pausecoach --help`."""
    pairs = peers.check_pairs(s.runs)
    return [pair_row(f'`pausecoach check "{peers.CHECK_TEXT}"`', pairs, DRAWN_REF, 1.2)]


def break_cpu_rows(s: Settings) -> list[Row]:
    """#18: CPU of a running break beside a breathe-cli session, same window, same tmux size."""
    figure = f"Break CPU, default pattern, {s.cpu_seconds:g} s in tmux 80×24 (share of a core)"
    pairs = peers.break_cpu_pairs(s.cpu_runs, s.cpu_seconds)
    if pairs is None:
        return [missing(figure, peers.NO_BREATHE)]
    return [pair_row(figure, pairs, "breathe-cli session", 1.5, "%", 100.0, 1)]


def first_frame_rows(s: Settings) -> list[Row]:
    """#18: first frame in tmux beside a bare Textual app with one Static."""
    wall, cpu = peers.first_frame_pairs(2 * s.runs)  # the noisiest figure: twice the pairs
    return [
        pair_row("First frame in tmux 80×24 (wall)", wall, "bare Textual app", 1.10),
        pair_row("… CPU used by the time it shows", cpu, "bare Textual app", 1.10),
    ]


def memory_rows(s: Settings) -> list[Row]:
    """#18: peak memory at the re-check and at the summary, beside the bare app."""
    recheck, summary = peers.memory_pairs(s.memory_runs)
    return [
        pair_row(f"Peak memory at the {name}", pairs, "bare Textual app", 1.4, "MiB", 1.0, 1)
        for name, pairs in (("re-check", recheck), ("summary", summary))
    ]


def seeded_home(pauses: int) -> tuple[Path, dict[str, str], float]:
    """A throw-away home holding `pauses` made-up pauses; also the seconds the import took."""
    home = Path(tempfile.mkdtemp(prefix="pausecoach-bench-"))
    env = {**os.environ, "PAUSECOACH_HOME": str(home / "data"), "COLUMNS": "80"}
    seed = home / "seed.json"
    history_speed.build_export(seed, pauses)
    started = time.perf_counter()
    subprocess.run(
        [pausecoach_command(), "import", str(seed)],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    seed.unlink()
    return home, env, time.perf_counter() - started


def history_rows(s: Settings) -> list[Row]:
    """#18: `history` at 100,000 pauses beside `--help` on the same store; then the others."""
    home, env, imported = seeded_home(s.history_pauses)
    try:
        ours = peers.cpu([pausecoach_command(), "history"], env)
        ref = peers.drawn_help()
        ours(), ref()
        pairs = peers.paired(ours, ref, s.runs)
        n = f"{s.history_pauses:,}"
        rows = [pair_row(f"`history` at {n} pauses", pairs, DRAWN_REF, 1.3)]
        others = [
            ("history --since 30d", ["history", "--since", "30d"], None),
            ("history stats", ["history", "stats"], 1.5),  # goals in CPU seconds
            ("export", ["export", "--output", str(home / "backup.json")], 5.0),
        ]
        runs = max(1, s.runs // 3)
        timed = history_speed.timed([(label, args) for label, args, _ in others], env, runs)
        for (label, _, limit), (_, seconds, cpu) in zip(others, timed, strict=True):
            rows.append(
                Row(
                    f"`{label}` at {n} pauses (median of {runs})",
                    f"{cpu * 1000:.0f} ms CPU ({seconds * 1000:.0f} ms wall)",
                    goal="" if limit is None else f"< {limit:g} s CPU",
                    met=None if limit is None else cpu < limit,
                )
            )
        rows.append(Row(f"Import {n} pauses (once)", f"{imported:.1f} s"))
        return rows
    finally:
        shutil.rmtree(home, ignore_errors=True)


def drill_rows(s: Settings) -> list[Row]:
    """#18: drill, keystroke to live feedback on screen, p95 (feedback follows every key)."""
    keys, lines = peers.drill_feedback(s.drill_samples)
    p95 = peers.percentile(keys.values, 0.95)
    pasted = peers.percentile(lines.values, 0.95)
    return [
        Row(
            f"Drill: keystroke to live feedback, p95 of {len(keys.values)}",
            f"p95 {p95 * 1000:.0f} ms; {keys.spread()}",
            "–",
            "–",
            "p95 ≤ 50 ms",
            p95 <= 0.050,
        ),
        Row(
            f"… a whole line at once (a paste), p95 of {len(lines.values)}",
            f"p95 {pasted * 1000:.0f} ms; {lines.spread()}",
        ),
    ]


def break_timing_rows(s: Settings) -> list[Row]:
    """How late a real 1-minute break ends, plain and after a 2 s SIGSTOP."""
    plain, stopped = break_timing.measure(s.break_runs)
    rows = []
    for label, summary in (("Break end vs deadline", plain), ("… after a 2 s SIGSTOP", stopped)):
        worst = max(abs(v) for v in summary.values)
        rows.append(Row(label, summary.spread(), goal="within 50 ms", met=worst <= 0.050))
    return rows


def reduced_motion_rows(s: Settings) -> list[Row]:
    """CPU of a break with reduced motion (no reference: it should be near idle)."""
    share = pause_speed.break_cpu(s.cpu_seconds, reduce_motion=True)
    return [Row("Break CPU, reduced motion", f"{share * 100:.1f}%", goal="≤ 1%", met=share <= 0.01)]


def textual_rows(s: Settings) -> list[Row]:
    """The commands that only print must not import Textual (read from -X importtime)."""
    free = cli_speed.textual_free()
    return [
        Row(f"`{name}` imports Textual", "no" if ok else "yes", goal="no", met=ok)
        for name, ok in free.items()
    ]


def checker_rows(s: Settings) -> list[Row]:
    """The phrasing checker per start-up over the labelled set (CPU time, in one process)."""
    figures = checker_speed.measure(s.checker_rounds)
    median, p99 = figures.cpu_ms
    return [
        Row(
            f"Checker per start-up, {figures.startups} labelled × {figures.rounds}",
            f"median {median:.2f} ms, p99 {p99:.2f} ms",
            goal="median < 2 ms",
            met=median < 2.0,
        ),
        Row(f"Checker, one {figures.long_chars:,}-character text", f"{figures.long_cpu_ms:.0f} ms"),
    ]


# The rows of issue #18, in its order.
ISSUE_18: dict[str, Callable[[Settings], list[Row]]] = {
    "help": help_rows,
    "check": check_rows,
    "break-cpu": break_cpu_rows,
    "first-frame": first_frame_rows,
    "memory": memory_rows,
    "history": history_rows,
    "drill": drill_rows,
}
OTHERS: dict[str, Callable[[Settings], list[Row]]] = {
    "break-timing": break_timing_rows,
    "reduced-motion": reduced_motion_rows,
    "no-textual": textual_rows,
    "checker": checker_rows,
}
SECTIONS = {**ISSUE_18, **OTHERS}


def measure(name: str, settings: Settings) -> list[Row]:
    """One section's rows; a broken measurement becomes a row saying so, not a lost run."""
    try:
        return SECTIONS[name](settings)
    except Exception as exc:
        return [Row(f"{name}: not measured", f"{type(exc).__name__}: {exc}", met=False)]


def table(rows: list[Row]) -> str:
    """A Markdown table of the rows."""
    lines = ["| " + " | ".join(HEAD) + " |", "|" + "---|" * len(HEAD)]
    lines += ["| " + " | ".join(row.cells()) + " |" for row in rows]
    return "\n".join(lines)


def write_doc(issue: list[Row], others: list[Row], settings: Settings, took: float) -> None:
    """Rewrite docs/performance.md with this run's figures, keeping its notes."""
    load = os.getloadavg()
    when = dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    old = DOC.read_text(encoding="utf-8") if DOC.exists() else ""
    notes = old[old.index(NOTES_HEADING) :] if NOTES_HEADING in old else NOTES_HEADING + "\n"
    DOC.write_text(
        "# Performance\n\n"
        "Made by `python -m benchmarks` (`benchmarks/run.py`, the peers from `pip install -e "
        "'.[bench]'`). Each figure is measured as side-by-side pairs with its reference, the "
        "order alternating; figures are min–median–max, the ratio is the median of the "
        "per-pair ratios (its min–max in brackets). Command figures are CPU time (user + "
        "system) of the whole process, start to exit: on this shared machine wall time mostly "
        "measures the neighbours.\n\n"
        f"- Machine: {machine()}\n"
        f"- When: {when}, {took / 60:.0f} minutes; load average at the end "
        f"{load[0]:.2f} / {load[1]:.2f} / {load[2]:.2f}\n"
        f"- Pairs: {settings.runs} per start-up figure, {2 * settings.runs} for the first frame, "
        f"{settings.cpu_runs} "
        f"CPU windows of {settings.cpu_seconds:g} s, {settings.memory_runs} whole pauses, "
        f"{settings.drill_samples} drill keystrokes, {settings.history_pauses:,} saved pauses\n\n"
        f"## Issue #18: beside the lightest peers\n\n{table(issue)}\n\n"
        f"## Other figures\n\n{table(others)}\n\n{notes}",
        encoding="utf-8",
    )


NOTES_HEADING = "## What the figures mean"


def main() -> None:
    """Measure everything (or --only some), print the tables, write docs/performance.md."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes: a check that it runs")
    parser.add_argument("--only", action="append", choices=sorted(SECTIONS), help="repeatable")
    parser.add_argument("--no-write", action="store_true", help="leave docs/performance.md")
    args = parser.parse_args()
    settings = QUICK if args.quick else Settings()
    compile_bytecode()
    started = time.monotonic()
    found: dict[str, list[Row]] = {}
    for name in args.only or SECTIONS:
        print(f"… {name}", flush=True)
        found[name] = measure(name, settings)
        print(table(found[name]), flush=True)
    issue = [row for name in ISSUE_18 for row in found.get(name, [])]
    others = [row for name in OTHERS for row in found.get(name, [])]
    print(f"\nIssue #18\n{table(issue)}\n\nOthers\n{table(others)}")
    if not (args.no_write or args.only or args.quick):
        write_doc(issue, others, settings, time.monotonic() - started)
        print(f"written to {DOC}")


if __name__ == "__main__":
    main()
