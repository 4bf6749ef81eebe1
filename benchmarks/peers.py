"""The figures of issue #18, each taken as side-by-side pairs with its reference.

Pair i runs ours and the reference one right after the other (the order alternating), so a
neighbour's build slowing the machine hits both sides of a pair; the ratio is the median of
the per-pair ratios. References: breathe-cli (the `bench` extra) and a bare Textual app.

Run: python -m benchmarks.peers [--quick]
"""

from __future__ import annotations

import argparse
import math
import os
import resource
import subprocess
import time
from collections.abc import Callable

from benchmarks.memory import peak_rss_mib
from benchmarks.terminal import (
    BARE_APP,
    LANDING_TEXT,
    Pairs,
    Summary,
    Tmux,
    breathe_command,
    fresh_env,
    pausecoach_command,
    python_command,
    tree_cpu_seconds,
)

CHECK_TEXT = "You never listen to me."
NO_BREATHE = "breathe-cli not installed (pip install -e '.[bench]')"
BREATHE_SESSION_TEXT = "space pause"  # breathe-cli's footer while a session runs
BREATHE_COUNTDOWN = 3.0  # seconds of breathe-cli's settle countdown before breathing starts
SETTLE = 2.0  # seconds after a session shows before its CPU is counted
RECHECK_TEXT = "How calm do you feel now?"
SUMMARY_TEXT = "Saved"


def paired(ours: Callable[[], float], reference: Callable[[], float], runs: int) -> Pairs:
    """`runs` pairs, alternating which side goes first so neither always gets the warm cache."""
    pairs = Pairs([], [])
    for i in range(runs):
        if i % 2:
            r = reference()
            o = ours()
        else:
            o = ours()
            r = reference()
        pairs.add(o, r)
    return pairs


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def cpu(argv: list[str], env: dict[str, str]) -> Callable[[], float]:
    """A measurement: CPU seconds (user + system) of `argv` and its children, start to exit.

    CPU, not wall time: on two cores shared by eight people the wall time of a 30 ms command
    is mostly the neighbours' turns, and would vary more between runs than between programs.
    """

    def run() -> float:
        before = _children_cpu()
        subprocess.run(
            argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False
        )
        return _children_cpu() - before

    return run


def cli_env() -> dict[str, str]:
    """This environment with a throw-away home and an 80-column width."""
    return {**os.environ, **fresh_env(), "COLUMNS": "80"}


def drawn_help() -> Callable[[], float]:
    """A measurement: `pausecoach --help` as a user runs it (drawn each time, a fresh home)."""

    def run() -> float:
        return cpu([pausecoach_command(), "--help"], cli_env())()

    return run


def help_pairs(runs: int, saved: bool) -> Pairs | None:
    """`pausecoach --help` against `breathe --help` (None without breathe-cli).

    `saved`: plain `pausecoach --help` in the shared environment; else in a fresh home.
    """
    breathe = breathe_command()
    if breathe is None:
        return None
    env = cli_env()
    ours = cpu([pausecoach_command(), "--help"], env) if saved else drawn_help()
    ref = cpu([breathe, "--help"], env)
    ours(), ref()  # warm the file cache
    return paired(ours, ref, runs)


def check_pairs(runs: int) -> Pairs:
    """`pausecoach check TEXT` against `pausecoach --help`."""
    ours = cpu([pausecoach_command(), "check", CHECK_TEXT], cli_env())
    ref = drawn_help()
    ours(), ref()
    return paired(ours, ref, runs)


def _share(pid: int, seconds: float) -> Callable[[], float]:
    """Start counting the tree's CPU now; the returned call gives its share of one core."""
    before, start = tree_cpu_seconds(pid), time.monotonic()

    def done() -> float:
        return (tree_cpu_seconds(pid) - before) / (time.monotonic() - start)

    return done


def break_cpu_pair(seconds: float) -> tuple[float, float]:
    """Share of one core: a pausecoach break and a breathe-cli session over the same window.

    Both run at once, each in its own 80×24 tmux, so both see the same neighbours.
    """
    breathe = breathe_command()
    assert breathe is not None
    minutes = max(1, math.ceil((seconds + SETTLE + BREATHE_COUNTDOWN + 10) / 60))
    ours, peer = Tmux(), Tmux()
    try:
        ours.start(pausecoach_command(), fresh_env())
        peer.start(f"{breathe} --duration {minutes} --no-sound --no-log --quiet", fresh_env())
        ours.start_break()
        peer.wait_for(BREATHE_SESSION_TEXT)
        time.sleep(BREATHE_COUNTDOWN + SETTLE)
        ours_done, peer_done = _share(ours.pid(), seconds), _share(peer.pid(), seconds)
        time.sleep(seconds)
        return ours_done(), peer_done()
    finally:
        ours.close()
        peer.close()


def break_cpu_pairs(runs: int, seconds: float) -> Pairs | None:
    """Break CPU against a breathe-cli session, `runs` windows of `seconds` (None without it)."""
    if breathe_command() is None:
        return None
    pairs = Pairs([], [])
    for _ in range(runs):
        pairs.add(*break_cpu_pair(seconds))
    return pairs


def first_frame(command: str, cpu_used: list[float]) -> Callable[[], float]:
    """A measurement: seconds from launch in tmux until the landing text is on screen.

    Each run also appends to `cpu_used` the CPU seconds the program had used when it was seen
    (steadier than the wall time when the neighbours are busy).
    """

    def run() -> float:
        tmux = Tmux()
        try:
            started = tmux.start(command, fresh_env())
            seen = tmux.wait_for(LANDING_TEXT) - started
            cpu_used.append(tree_cpu_seconds(tmux.pid()))
            return seen
        finally:
            tmux.close()

    return run


def first_frame_pairs(runs: int) -> tuple[Pairs, Pairs]:
    """First frame of pausecoach against a bare Textual app with one Static: wall, and CPU."""
    ours_cpu: list[float] = []
    bare_cpu: list[float] = []
    wall = paired(
        first_frame(pausecoach_command(), ours_cpu),
        first_frame(python_command(BARE_APP), bare_cpu),
        runs,
    )
    return wall, Pairs(ours_cpu, bare_cpu)


# A whole pause: (text to wait for, keys to send). Re-check and summary peaks are read on the way.
TO_RECHECK: tuple[tuple[str, tuple[str, ...]], ...] = (
    (LANDING_TEXT, ("Enter",)),
    ("flooded", ("1", "2", "3", "Enter")),
    ("The verdict", ("Enter",)),
    ("Before you take a break", ("n",)),  # a fresh home: the fear question comes first
    ("Tell your partner", ("Enter",)),
    ("break ends", ("e",)),
    ("End the break early?", ("y",)),
)
TO_SUMMARY: tuple[tuple[str, tuple[str, ...]], ...] = (
    (RECHECK_TEXT, ("g",)),
    ("start gently", ("Right", "Enter")),
    ("Your opening line", ("Enter",)),
)


def _walk(tmux: Tmux, steps: tuple[tuple[str, tuple[str, ...]], ...]) -> None:
    for text, keys in steps:
        tmux.wait_for(text)
        time.sleep(0.5)  # unhurried: on a loaded machine a key sent too soon can go astray
        tmux.send(*keys, gap=0.8)


def pause_peaks() -> tuple[float, float]:
    """Peak RSS (MiB) of pausecoach at the re-check and at the summary of one whole pause."""
    tmux = Tmux()
    try:
        tmux.start(pausecoach_command(), fresh_env())
        _walk(tmux, TO_RECHECK)
        tmux.wait_for(RECHECK_TEXT)
        time.sleep(0.5)
        at_recheck = peak_rss_mib(tmux.pid())
        _walk(tmux, TO_SUMMARY)
        tmux.wait_for(SUMMARY_TEXT)
        time.sleep(0.5)
        return at_recheck, peak_rss_mib(tmux.pid())
    finally:
        tmux.close()


def bare_peak() -> float:
    """Peak RSS (MiB) of the bare Textual app once it has drawn."""
    tmux = Tmux()
    try:
        tmux.start(python_command(BARE_APP), fresh_env())
        tmux.wait_for(LANDING_TEXT)
        time.sleep(0.5)
        return peak_rss_mib(tmux.pid())
    finally:
        tmux.close()


def memory_pairs(runs: int) -> tuple[Pairs, Pairs]:
    """Peak memory at the re-check and at the summary, each against the bare app."""
    recheck, summary = Pairs([], []), Pairs([], [])
    for i in range(runs):
        if i % 2:
            bare = bare_peak()
            at_recheck, at_summary = pause_peaks()
        else:
            at_recheck, at_summary = pause_peaks()
            bare = bare_peak()
        recheck.add(at_recheck, bare)
        summary.add(at_summary, bare)
    return recheck, summary


def feedback(pane: str) -> str:
    """The drill's live feedback: the lines between the writing box and the key hints."""
    lines = pane.splitlines()
    bottom = next((i for i, line in enumerate(lines) if "╰" in line), None)
    hints = next((i for i, line in enumerate(lines) if "ctrl+s check my rewrite" in line), None)
    if bottom is None or hints is None:
        return ""
    return "\n".join(line.strip() for line in lines[bottom + 1 : hints]).strip()


DRILL_LINES = (
    "You never listen to me",
    "I feel lonely about last night and I need a hug. Could we sit together?",
    "You always forget the bins",
    "I feel tired about the dishes tonight. Could we share them?",
)
# One keystroke that changes the verdict of a real-length line: "idio" -> "idiot" is a label.
DRILL_BASE = "I feel lonely tonight. Could we walk after dinner? You idio"
DRILL_FLIP = ("t", "BSpace")


def _feedback_change(tmux: Tmux, *keys: str, literal: bool = False) -> float:
    """Seconds from sending `keys` until the drill's feedback lines change on screen."""
    before = feedback(tmux.run("capture-pane", "-p", "-t", "b"))
    tmux.run("send-keys", "-t", "b", *(["-l"] if literal else []), *keys)
    sent = time.monotonic()
    deadline = sent + 10
    while time.monotonic() < deadline:
        if feedback(tmux.run("capture-pane", "-p", "-t", "b")) != before:
            return time.monotonic() - sent
        time.sleep(0.002)
    raise TimeoutError("the drill's feedback never changed")


def drill_feedback(samples: int) -> tuple[Summary, Summary]:
    """Seconds from input in the drill's writing box until its feedback changes on screen.

    First: single keystrokes at the end of a real-length line, each changing its verdict
    ("...You idio" + "t" makes a label, backspace takes it away). Then: whole lines sent at
    once (a paste: ~25-70 keys), alternately typed into the empty box and cleared. Each poll
    is a tmux capture of a few milliseconds, so every figure includes up to one capture.
    """
    tmux = Tmux()
    try:
        tmux.start(f"{pausecoach_command()} drill --count 1", fresh_env())
        tmux.wait_for("Say it gently")
        time.sleep(1.0)
        _feedback_change(tmux, DRILL_BASE, literal=True)
        time.sleep(0.5)
        keys: list[float] = []
        for i in range(samples):
            keys.append(_feedback_change(tmux, DRILL_FLIP[i % 2]))
            time.sleep(0.3)
        _feedback_change(tmux, *["BSpace"] * 90)
        time.sleep(0.5)
        lines: list[float] = []
        for i in range(samples):
            if i % 2 == 0:
                line = DRILL_LINES[(i // 2) % len(DRILL_LINES)]
                lines.append(_feedback_change(tmux, line, literal=True))
            else:
                lines.append(_feedback_change(tmux, *["BSpace"] * 90))
            time.sleep(0.4)
        return Summary(keys), Summary(lines)
    finally:
        tmux.close()


def percentile(values: list[float], share: float) -> float:
    """The `share` percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(share * len(ordered)) - 1))]


def main() -> None:
    """Print each pair's figures (a quick look; `python -m benchmarks` makes the full table)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    for name, pairs in (
        ("--help", help_pairs(args.runs, saved=True)),
        ("check", check_pairs(args.runs)),
    ):
        if pairs is None:
            print(f"{name}: {NO_BREATHE}")
            continue
        print(f"{name:<8} {Summary(pairs.ours).spread()}  ref {Summary(pairs.reference).spread()}")
        print(f"         ratio {pairs.ratios.spread('×', 1, 2)}")


if __name__ == "__main__":
    main()
