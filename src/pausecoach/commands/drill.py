"""`pausecoach drill`: practise soft start-ups on a calm day."""

from __future__ import annotations

import typer

from pausecoach.commands.common import EXIT_USAGE, fail


def drill_command(
    count: int = typer.Option(
        5, "--count", "-n", help="How many scenarios in the round (1-20).", show_default=True
    ),
    topic: str | None = typer.Option(
        None,
        "--topic",
        "-t",
        help="Practise one topic: chores, money, family, screens, lateness, intimacy, parenting, "
        "plans, friends, work-hours, listening, calling-a-break or receiving-a-break.",
    ),
) -> None:
    """Practise turning a harsh opening line into a gentle one, with feedback as you type.

    Each rewrite is scored and saved; the round ends with your scores and what came up most.
    """
    from pausecoach.content import catalog
    from pausecoach.core.drill import MAX_COUNT, DrillOptions, normalise_topic

    if not 1 <= count <= MAX_COUNT:
        fail(f"--count must be a whole number from 1 to {MAX_COUNT}.", EXIT_USAGE)
    topic_id = None
    if topic is not None:
        topic_id = normalise_topic(topic)
        known = [t.id for t in catalog.drill_topics()]
        if topic_id not in known:
            fail(f"Unknown topic '{topic}'. Choose one of: {', '.join(known)}.", EXIT_USAGE)
    from pausecoach.commands.pause import run_pause

    run_pause(start_at="drill", drill=DrillOptions(count=count, topic=topic_id))
