"""What the drill screens share: a new round of scenarios, and a topic's title."""

from __future__ import annotations

from random import Random

from pausecoach.content import catalog
from pausecoach.core.drill import DrillOptions, DrillRound, choose_scenarios


def new_round(options: DrillOptions, rng: Random) -> DrillRound:
    """A fresh round of scenarios as the options ask."""
    return DrillRound(choose_scenarios(catalog.scenarios(), options.count, rng, options.topic))


def topic_title(topic_id: str) -> str:
    """A topic's title as shown (its id when unknown)."""
    return next((t.title for t in catalog.drill_topics() if t.id == topic_id), topic_id)
