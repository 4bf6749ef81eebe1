"""Helplines in the order that fits: the lead for each danger category, the directory, the fear question."""

from __future__ import annotations

from collections.abc import Sequence

from pausecoach.content import catalog

OWN_BEHAVIOUR = "own_behaviour"  # in a lead: the lines marked own_behaviour = true


def fear_question() -> catalog.FearQuestion:
    """The words of the fear question."""
    return catalog.helplines_file().fear_question


def helpline_lead(categories: Sequence[str]) -> catalog.Lead | None:
    """What comes first for the most urgent of these danger categories (None for none)."""
    leads = catalog.helplines_file().lead
    return next((leads[c] for c in categories if c in leads), None)


def directory_line() -> catalog.Helpline:
    """The international directory, offered everywhere as 'Elsewhere: ...'."""
    return next(line for line in catalog.helplines()["INTL"].lines if line.kind == "directory")


def ordered_lines(region_code: str, categories: Sequence[str] = ()) -> list[catalog.Helpline]:
    """A region's lines, those that fit the danger categories first (in the leads' order)."""
    leads = catalog.helplines_file().lead
    wanted = [kind for c in categories if c in leads for kind in leads[c].first]

    def rank(line: catalog.Helpline) -> int:
        for place, kind in enumerate(wanted):
            if kind == line.kind or (kind == OWN_BEHAVIOUR and line.own_behaviour):
                return place
        return len(wanted)

    return sorted(
        catalog.helplines()[region_code].lines, key=rank
    )  # stable: file order within a rank
