"""`history stats` as Rich renderables: what the pauses so far say, in plain words."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from pausecoach.core.insights import MIN_FOR_PATTERN, Insights, Rate
from pausecoach.core.talk import TalkFacts
from pausecoach.report.timefmt import minutes
from pausecoach.report.words import plural

BARS = "▁▂▃▄▅▆▇█"
ROLE_LABELS = {"flooded": "I was flooded", "partner_stepped_away": "My partner stepped away"}


def sparkline(values: Sequence[float]) -> str:
    """One block character per value, scaled to the largest ('' for no values)."""
    top = max(values, default=0)
    if top <= 0:
        return BARS[0] * len(values)
    return "".join(BARS[round(v / top * (len(BARS) - 1))] for v in values)


def _number(value: float | None, unit: str = "") -> str:
    if value is None:
        return "–"
    text = f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"
    return f"{text}{unit}"


def _rate(rate: Rate) -> str:
    if rate.rate is None:
        return "no promised times yet"
    return f"{rate.hits} of {rate.total} ({rate.rate:.0%})"


def _weekly(insights: Insights) -> str:
    counts = [n for _, n in insights.weekly]
    first = insights.weekly[0][0]
    return (
        f"{sparkline(counts)}  {sum(counts)} in {len(counts)} weeks from {first.day} {first:%b}, "
        f"at most {max(counts)}, this week {counts[-1]}"
    )


def _patterns(insights: Insights, names: Mapping[str, str]) -> RenderableType:
    if not insights.pattern_drops:
        return Text("no pauses with a pulse counted before and after yet")
    table = Table.grid(padding=(0, 2))
    for drop in insights.pattern_drops:
        label = names.get(drop.pattern, drop.pattern)
        value = (
            f"−{_number(drop.median_drop)} bpm"
            if drop.median_drop is not None
            else f"not enough data (under {MIN_FOR_PATTERN})"
        )
        table.add_row(label, value, Text(plural(drop.count, "pause"), style="dim"))
    return table


def _roles(insights: Insights) -> str:
    lines = []
    for split in insights.roles:
        on_time = split.on_time
        promise = "" if not on_time.total else f", on time {on_time.hits} of {on_time.total}"
        lines.append(
            f"{ROLE_LABELS.get(split.role, split.role)}: {split.count}, "
            f"{split.completed} finished{promise}"
        )
    return "\n".join(lines)


def _drills(insights: Insights) -> str:
    drills = insights.drills
    if not drills.attempts:
        return "none yet (`pausecoach drill` practises soft start-ups)"
    trend = " → ".join(_number(score) for _, score in drills.weekly_median)
    return (
        f"{plural(drills.attempts, 'attempt')}, best {drills.best}; median score by week: {trend}"
    )


def _talks(talks: TalkFacts) -> str:
    if not talks.talks and not talks.debriefs:
        return "none yet (`pausecoach talk` after a break; `pausecoach debrief` on a calm day)"
    held = f"{talks.held} of {talks.talks} held without a new break" if talks.talks else "no talks"
    return f"{held}; {plural(talks.debriefs, 'debrief')}"


def stats_view(
    insights: Insights,
    sign_labels: Mapping[str, str],
    pattern_names: Mapping[str, str],
    period: str = "",
    talks: TalkFacts | None = None,
) -> RenderableType:
    """Every statistic, one labelled line (or block) each."""
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column()
    signs = ", ".join(f"{sign_labels.get(s, s)} ({n})" for s, n in insights.common_signs)
    rows: list[tuple[str, RenderableType]] = [
        ("Per week", _weekly(insights)),
        (
            "Break",
            f"planned {minutes(insights.median_planned)} min, "
            f"taken {minutes(insights.median_actual)} min (medians)",
        ),
        (
            "Pulse",
            f"{_number(insights.median_pulse_before)} before, "
            f"{_number(insights.median_pulse_after)} after, "
            f"a drop of {_number(insights.median_pulse_drop)} bpm (medians)",
        ),
        ("Signs", signs or "none ticked yet"),
        ("Breathing", _patterns(insights, pattern_names)),
        ("Back on time", _rate(insights.on_time)),
        (
            "Cut short",
            f"{insights.interrupted} stopped part-way, {insights.safety_exits} left for safety",
        ),
        ("Who paused", _roles(insights)),
        ("Drills", _drills(insights)),
    ]
    if talks is not None:
        rows.append(("Talks", _talks(talks)))
    for label, value in rows:
        grid.add_row(label, value if not isinstance(value, str) else Text(value))
    title = Text(f"{plural(insights.pauses, 'pause')}{period}", style="bold")
    return Group(title, Text(""), grid)
