"""Texts both the full-screen and the plain flow show: summaries and helplines (no Textual).

Each takes a `style` function, so the screens can add markup and the plain flow prints bare text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from pausecoach.content import catalog, help_order
from pausecoach.core.countdown import break_summary, format_clock
from pausecoach.models import PauseSession

Style = Callable[[str, str], str]
VERDICT_WORDS = {"flooded": "flooded", "rising": "rising", "calm_enough": "calm enough"}
SAFETY_LEAD = (
    "If you are afraid of your partner, or anyone has been hurt or threatened, a time-out "
    "is not the right tool, and you do not need to go back into the conversation. "
    "Get somewhere safe and reach out. These lines also help if you are worried about "
    "what you might do."
)


def plain(text: str, _style: str) -> str:
    """No styling: the text as it is."""
    return text


def _return_line(session: PauseSession) -> str | None:
    if session.role == "partner_stepped_away":
        # Their time is theirs to keep: nothing here is judged against you.
        due = session.partner_return_at
        return f"Your partner was expected back at {format_clock(due)}." if due else None
    if session.return_at is None:
        return None
    kept = {True: "you were back in time", False: "you took longer", None: ""}
    outcome = kept[session.back_on_time]
    head = f"You promised to be back at {format_clock(session.return_at)}"
    return head + (f": {outcome}." if outcome else ".")


def summary_lines(session: PauseSession, style: Style = plain) -> list[str]:
    """The pause in a few lines; `style(text, 'b')` marks what stands out, 'user' marks typed text."""
    lines: list[str] = []
    if session.verdict:
        lines.append(f"Verdict: {style(VERDICT_WORDS[session.verdict], 'b')}")
    if session.pulse_before or session.pulse_after:
        before = session.pulse_before or "–"
        after = session.pulse_after or "–"
        lines.append(f"Pulse: {before} → {after} bpm")
    if session.planned_seconds:
        added = sum(e.seconds for e in session.extensions)
        taken = session.actual_seconds or 0
        lines.append("Break: " + break_summary(session.planned_seconds, added, taken))
    if session.patterns:
        names = []
        for pattern_id in session.patterns:
            try:
                names.append(catalog.pattern_by_id(pattern_id).name)
            except KeyError:
                names.append(pattern_id)
        lines.append("Breathing: " + ", ".join(names))
    back = _return_line(session)
    if back:
        lines.append(back)
    if session.startup_text:
        lines.append(f"Opening line: “{style(session.startup_text, 'user')}”")
    return lines


def helpline_lines(
    region_code: str, style: Style = plain, categories: Sequence[str] = ()
) -> list[str]:
    """The helplines of a region, those that fit the danger `categories` first.

    The first line is always the emergency number, then a blank line; `style` gets 'danger',
    'b' and 'dim'.
    """
    region = catalog.helplines()[region_code]
    lines = [style(f"In danger right now? Call {region.emergency}.", "danger"), ""]
    if region.hint:
        lines += [style(region.hint, "b"), ""]
    lead = help_order.helpline_lead(categories)
    if lead is not None:
        lines += [style(lead.step, "b"), ""]
    for line in help_order.ordered_lines(region_code, categories):
        title = catalog.KIND_TITLES.get(line.kind, line.kind)
        hours = f" · {line.hours}" if line.hours else ""
        lines.append(f"{style(line.name, 'b')}  {style(title + hours, 'dim')}")
        lines.append(f"  {line.contact}")
        if line.note:
            lines.append(f"  {style(line.note, 'dim')}")
    if region_code != "INTL":
        lines += ["", style(f"Elsewhere: {help_order.directory_line().contact}", "dim")]
    lines += [
        "",
        style(
            f"Showing: {region.name}. Change with `pausecoach config set helpline_region XX`.",
            "dim",
        ),
    ]
    return lines


SAFETY_QUESTION = (
    "Some of the words you typed make us want to ask: are you afraid of your partner, "
    "or has anyone been hurt or threatened today?"
)
