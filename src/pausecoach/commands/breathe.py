"""`pausecoach breathe` and `pausecoach baseline`: breathing outside a pause."""

from __future__ import annotations

from datetime import UTC, datetime

import typer

from pausecoach.commands.common import fail, open_store, out
from pausecoach.core import limits


def breathe_command(
    pattern: str | None = typer.Option(
        None, "--pattern", "-p", help="Breathing pattern: sigh, 4-6, 5-5, box or 4-7-8."
    ),
    minutes: int = typer.Option(5, "--minutes", "-m", help="How long, in minutes (1-240)."),
) -> None:
    """Just the breathing pacer and a countdown, for practice or any stressful moment.

    Saved as a practice session (`pausecoach history --kind practice` shows them).
    """
    from pausecoach.content import catalog

    if pattern is not None and pattern not in catalog.pattern_ids():
        fail(f"Unknown pattern '{pattern}'. Choose one of: {', '.join(catalog.pattern_ids())}.", 2)
    if not limits.MIN_MINUTES <= minutes <= limits.MAX_MINUTES:
        fail(f"--minutes must be a whole number from {limits.minutes_range_text()}.", 2)
    from pausecoach.commands.pause import run_pause

    run_pause(start_at="breathe", minutes=minutes, pattern=pattern)


def baseline_command(
    show: bool = typer.Option(False, "--show", help="Show the saved resting pulse and its date."),
) -> None:
    """Measure your resting pulse: two minutes of calm breathing, then a guided 30-second count.

    The re-check after a break uses it: you are ready when you are within 10% of it.
    """
    if show:
        _show_baseline()
        return
    from pausecoach.commands.pause import run_pause

    run_pause(start_at="baseline")


def _show_baseline() -> None:
    from pausecoach.core.flooding import resting_ceiling
    from pausecoach.documents.baseline import load_baseline

    store = open_store()
    baseline = load_baseline(store)
    console = out()
    if baseline is None:
        console.print("No resting pulse measured yet. Run `pausecoach baseline` on a calm day.")
        return
    when = baseline.measured_at.astimezone().strftime("%a %d %b %Y")
    console.print(
        f"Resting pulse: [b]{baseline.bpm} bpm[/b], measured {when}. "
        f"The re-check wants {resting_ceiling(baseline.bpm)} bpm or less."
    )
    if baseline.stale(datetime.now(UTC)):
        console.print(
            "It is more than six months old: measure again with `pausecoach baseline`, "
            "since fitness, age and medication change it."
        )
