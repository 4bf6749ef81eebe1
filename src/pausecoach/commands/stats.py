"""`pausecoach history stats`: what your pauses so far say (cli.py declares the options)."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from pausecoach.commands.common import open_store, out, since_value
from pausecoach.documents.help_line import take_help_line

if TYPE_CHECKING:
    from pausecoach.core.insights import DrillFacts, PauseTable
    from pausecoach.core.talk import TalkFacts
    from pausecoach.storage.store import Store


def load_facts(store: Store, since: datetime | None) -> tuple[PauseTable, list[DrillFacts]]:
    """The pauses (kind=pause) and drill attempts since `since`, as plain facts."""
    from pausecoach.core.insights import DrillFacts, PauseTable
    from pausecoach.storage.store import SessionFilter

    rows = store.session_stats_rows(SessionFilter(since=since, kind="pause"))
    facts = PauseTable.from_store_rows(rows)
    drills = []
    for row in store.drill_json(since):
        record = json.loads(row)
        drills.append(DrillFacts(datetime.fromisoformat(record["at"]), int(record["score"])))
    return facts, drills


def load_talk_facts(store: Store, since: datetime | None) -> TalkFacts:
    """Talks and debriefs since `since`, counted from their stored JSON (no validation: quick)."""
    from pausecoach.core.talk import talk_facts

    def after(body: dict[str, object]) -> bool:
        started = body.get("started_at")
        return since is None or (
            isinstance(started, str) and datetime.fromisoformat(started) >= since
        )

    talks = [body for _, body in store.documents_named("talk/") if after(body)]
    debriefs = [body for _, body in store.documents_named("debrief/") if after(body)]
    outcomes = [o if isinstance(o := t.get("outcome"), str) else None for t in talks]
    return talk_facts(outcomes, len(debriefs))


def show_stats(since: str | None = None, as_json: bool = False) -> None:
    """What your pauses teach: how often, how long, pulse drop per breathing pattern, on time."""
    from pausecoach.core import insights

    start = since_value(since)
    now = datetime.now(UTC)
    store = open_store()
    try:
        facts, drills = load_facts(store, start)
        talks = load_talk_facts(store, start)
        quiet_line = None if as_json or not (facts.status or drills) else take_help_line(store, now)
    finally:
        store.close()
    result = insights.compute(facts, now, None, drills)
    if as_json:
        data = insights.to_dict(result)
        data["talks"] = {"talks": talks.talks, "held": talks.held, "debriefs": talks.debriefs}
        sys.stdout.write(json.dumps(data, indent=2) + "\n")
        return
    console = out()
    if not facts.status and not drills:
        console.print(
            "Nothing to count yet" + (" in that time." if start else ".") + " Statistics appear "
            "after your first pause (`pausecoach`) or drill (`pausecoach drill`)."
        )
        return
    from pausecoach.content import catalog
    from pausecoach.report.stats import stats_view
    from pausecoach.report.timefmt import friendly

    signs = {sign.id: sign.short for sign in catalog.signs()}
    patterns = {pattern.id: pattern.name for pattern in catalog.patterns()}
    period = f" since {friendly(start)}" if start else ""
    console.print(stats_view(result, signs, patterns, period, talks))
    if quiet_line:
        # At most once a week, and never after a safety exit (helpline_nudge decides).
        from rich.markup import escape

        console.print(f"\n[i]{escape(quiet_line)}[/i]")
