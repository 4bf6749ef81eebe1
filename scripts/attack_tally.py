"""Try to break the installed pausecoach as a careless user and an attacker would (issue #16).

    python3 scripts/attack_tally.py            # everything (about 10 minutes on 2 cores)
    python3 scripts/attack_tally.py inputs     # or only: inputs, tui, faults

Runs `.venv/bin/pausecoach` in scratch homes under /tmp (never the real home), tmux servers of
its own and small tmpfs mounts (where this machine can mount), all removed however it ends.
Prints "inputs tried N, faults injected M, defects K" and each defect. Exit 1 if any defect.
"""

from __future__ import annotations

import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from attack_common import Tally, Terminal, answer_fear_no, env_for, scratch
from attack_faults import (
    clock_night,
    closed_pipe,
    damaged_database,
    full_disk,
    held_lock,
    odd_targets,
    open_home,
    read_only_home,
    tui_faults,
)
from attack_inputs import attack_inputs

# Keys for the full-screen app: a paste burst, letters and odd digits where numbers go.
TUI_ATTACKS: list[tuple[str, tuple[int, int], list[list[str]]]] = [
    ("burst on landing", (80, 24), [["b", "Enter", "x", "Enter", "Escape", "²", "①", "Enter", "b", "Tab"]]),
    ("odd digits on the check", (80, 24), [["Enter"], ["²"], ["①"], ["٧"], ["9"], ["Space"], ["Enter"]]),
    ("letters for a pulse", (80, 24), [["Enter"], ["c"], ["a", "b", "c", "Enter"], ["Escape"], ["Enter"]]),
    ("² for minutes on the tell", (80, 24), [["b"], ["²", "①", "+", "+", "+"], ["e"], ["paste", "²①[/x] [link=x]y"], ["C-s"], ["Enter"]]),
    ("a pulse at the re-check", (80, 24), [["b"], ["Enter"], ["Enter"], ["²", "a", "Enter"]]),
    ("40x12 through a break", (40, 12), [["b"], ["Enter"], ["Escape"], ["?"]]),
    ("escapes pasted", (80, 24), [["paste", "\x1b]8;;x\x07y\x1b]8;;\x07 [bold]"]]),
    ("keys held down", (80, 24), [["b"] * 40, ["Enter"] * 40, ["Escape"] * 40]),
]  # fmt: skip


def attack_tui(tally: Tally, base: Path) -> None:
    for name, (width, height), bursts in TUI_ATTACKS:
        home = base / f"tui-{name.replace(' ', '-')}" / "data"
        home.parent.mkdir(parents=True)
        env = env_for(home)
        answer_fear_no(env)
        tally.inputs += 1
        with Terminal(env, width=width, height=height) as term:
            if term.wait("Check how flooded", "Check", timeout=20) is None:
                tally.defect(f"tui {name}: no landing screen:\n{term.screen()}")
                continue
            for keys in bursts:
                term.burst(*keys)
                time.sleep(0.8)
            screen = term.screen()
            if "EXITED=" in screen or "Traceback" in screen:
                tally.defect(f"tui {name}: the app ended or crashed:\n{screen[-400:]}")
                continue
            if not screen.strip():
                tally.defect(f"tui {name}: the screen is blank")
            term.burst("q")
            time.sleep(0.5)
            term.burst("y")
            if term.wait("EXITED=", timeout=10) is None:
                term.burst("C-c")
                term.wait("EXITED=", timeout=10)
            end = term.screen()
            tally.check("Traceback" not in end, f"tui {name}: traceback at exit:\n{end[-400:]}")


def main(parts: list[str]) -> int:
    # SIGTERM (a time-out) ends like ctrl+c: the finally blocks close tmux and unmount.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    wanted = set(parts) or {"inputs", "tui", "faults"}
    tally = Tally()
    started = time.monotonic()
    with scratch() as base:
        if "inputs" in wanted:
            print("bad input to every command, option, file and standard input", flush=True)
            attack_inputs(tally, base / "inputs")
        if "tui" in wanted:
            print("the full-screen app in tmux", flush=True)
            attack_tui(tally, base)
        if "faults" in wanted:
            for step in (full_disk, read_only_home):
                print(step.__name__.replace("_", " "), flush=True)
                step(tally)
            for named in (
                held_lock,
                damaged_database,
                odd_targets,
                open_home,
                clock_night,
                closed_pipe,
                tui_faults,
            ):
                print(named.__name__.replace("_", " "), flush=True)
                named(tally, base)
    print(
        f"\ninputs tried {tally.inputs}, faults injected {tally.faults}, defects {len(tally.defects)}"
    )
    for number, defect in enumerate(dict.fromkeys(tally.defects), 1):
        print(f"{number}. {defect}")
    print(f"({time.monotonic() - started:.0f} s)")
    return 1 if tally.defects else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
