"""Command-line start-up: `--help`, `history --help`, `check` vs `python -c pass` and `import rich`.

Run: python -m benchmarks.cli_speed [--runs N]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time

from benchmarks.terminal import Summary, fresh_env, pausecoach_command

CHECK_TEXT = "I feel lonely tonight. Could we walk after dinner?"


def timed_run(argv: list[str], env: dict[str, str]) -> float:
    """Seconds one command takes from start to exit."""
    started = time.perf_counter()
    subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - started


def imports_textual(argv: list[str], env: dict[str, str]) -> bool:
    """Whether the command imports Textual (read from Python's own -X importtime report)."""
    python_argv = [sys.executable, "-X", "importtime", "-m", "pausecoach", *argv[1:]]
    result = subprocess.run(python_argv, env=env, capture_output=True, text=True, check=False)
    return any(
        line.rstrip().endswith((" textual", " textual.app")) for line in result.stderr.splitlines()
    )


def commands() -> dict[str, list[str]]:
    """The figures measured here, by name."""
    ours = pausecoach_command()
    return {
        "python -c pass": [sys.executable, "-c", "pass"],
        "python -c 'import rich'": [sys.executable, "-c", "import rich"],
        "pausecoach --help": [ours, "--help"],
        "pausecoach history --help": [ours, "history", "--help"],
        "pausecoach history": [ours, "history"],
        "pausecoach check TEXT": [ours, "check", CHECK_TEXT],
    }


def measure(runs: int) -> dict[str, Summary]:
    """Median and range per command, runs interleaved so load drift hits all alike."""
    env = {**os.environ, **fresh_env(), "COLUMNS": "80"}
    table = commands()
    for argv in table.values():  # warm the file cache once
        timed_run(argv, env)
    times: dict[str, list[float]] = {name: [] for name in table}
    for _ in range(runs):
        for name, argv in table.items():
            times[name].append(timed_run(argv, env))
    return {name: Summary(values) for name, values in times.items()}


def textual_free(env: dict[str, str] | None = None) -> dict[str, bool]:
    """For each pausecoach command: True when it ran without importing Textual."""
    env = env or {**os.environ, **fresh_env()}
    return {
        name: not imports_textual(argv, env)
        for name, argv in commands().items()
        if name.startswith("pausecoach")
    }


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    free = textual_free()
    for name, summary in measure(args.runs).items():
        note = "" if name not in free else ("  (no Textual)" if free[name] else "  IMPORTS TEXTUAL")
        print(f"{name:<28} {summary.text()}{note}")


if __name__ == "__main__":
    main()
