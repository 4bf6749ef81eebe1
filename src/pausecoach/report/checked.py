"""Rich renderables for `pausecoach check`: the text with flagged spans, the findings, the verdict."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.text import Text

from pausecoach.core.checker import CheckResult, Finding

# Contempt and threats are the most damaging, so they stand out most.
SPAN_STYLES = {
    "contempt": "bold red underline",
    "threat": "bold red underline",
    "safety": "bold red reverse",
    "blame": "yellow underline",
    "defensiveness": "yellow underline",
    "stonewalling": "yellow underline",
    "tone": "magenta underline",
}
DEFAULT_SPAN_STYLE = "yellow underline"
VERDICT_STYLES = {"soft": "bold green", "harsh": "bold red", "unsafe": "bold red"}
MAX_QUOTES = 3


def finding_dict(finding: Finding) -> dict[str, Any]:
    """The JSON form of a finding (exactly the documented keys)."""
    return {
        "rule": finding.rule,
        "category": finding.category,
        "message": finding.message,
        "suggestion": finding.suggestion,
        "start": finding.start,
        "end": finding.end,
    }


def result_dict(result: CheckResult) -> dict[str, Any]:
    """The JSON form of a check: verdict, score and findings."""
    return {
        "verdict": result.verdict,
        "score": result.score,
        "findings": [finding_dict(f) for f in result.findings],
    }


def highlighted(text: str, findings: Iterable[Finding]) -> Text:
    """The text with each flagged span styled by its category."""
    shown = Text(text)
    for finding in findings:
        if finding.end > finding.start:
            style = SPAN_STYLES.get(finding.category, DEFAULT_SPAN_STYLE)
            shown.stylize(style, finding.start, finding.end)
    return shown


def _grouped(findings: Iterable[Finding]) -> dict[str, list[Finding]]:
    """Findings by rule, in the order the rules first appear (missing parts last)."""
    ordered = sorted(findings, key=lambda f: (f.start == f.end, f.start))
    groups: dict[str, list[Finding]] = {}
    for finding in ordered:
        groups.setdefault(finding.rule, []).append(finding)
    return groups


def _indented(text: Text) -> Padding:
    return Padding(text, (0, 0, 0, 2), expand=False)


def findings_view(text: str, result: CheckResult) -> list[RenderableType]:
    """One block per rule: its title, the words it refers to, what it means and what to try."""
    blocks: list[RenderableType] = []
    for items in _grouped(f for f in result.findings if f.category != "safety").values():
        first = items[0]
        head = Text("✗ ", style="red")
        head.append(first.title or first.rule, style="bold")
        quotes = [text[f.start : f.end] for f in items if f.end > f.start][:MAX_QUOTES]
        if quotes:
            head.append("  " + ", ".join(f"“{q}”" for q in quotes), style="italic")
        advice = Text.assemble(first.message, "\n", ("Try: ", "bold"), first.suggestion)
        blocks.append(Group(head, _indented(advice)))
    for strength in result.strengths:
        line = Text("✓ ", style="green")
        line.append(strength.title or strength.rule, style="bold")
        blocks.append(Group(line, _indented(Text(strength.message))))
    return blocks


def verdict_line(result: CheckResult) -> Text:
    """'Soft start-up · score 92/100' with a nudge that fits the verdict."""
    line = Text()
    line.append(f"{result.verdict.capitalize()} start-up", style=VERDICT_STYLES[result.verdict])
    line.append(f" · score {result.score}/100")
    if result.verdict == "harsh":
        line.append(". Try the suggestions above, then check it again.")
    elif result.verdict == "soft" and result.findings:
        line.append(". Good enough to say; the notes above could make it gentler still.")
    return line


def check_view(text: str, result: CheckResult) -> RenderableType:
    """The full report for one start-up (not for unsafe text: that gets help, not coaching)."""
    parts: list[RenderableType] = [highlighted(text, result.findings), Text()]
    blocks = findings_view(text, result)
    for block in blocks:
        parts.append(block)
    if blocks:
        parts.append(Text())
    parts.append(verdict_line(result))
    return Group(*parts)


def brief_view(number: int, text: str, result: CheckResult) -> RenderableType:
    """One start-up from a list: number, verdict, score, the text, and the rules it broke."""
    head = Text(f"{number}. ")
    head.append(result.verdict, style=VERDICT_STYLES[result.verdict])
    head.append("  " if result.verdict == "unsafe" else f" {result.score}/100  ")
    head.append_text(highlighted(text, result.findings))
    titles = list(dict.fromkeys(f.title or f.rule for f in result.findings))
    if result.verdict == "unsafe":
        titles = ["Safety first: help is listed at the end"]
    if not titles:
        return head
    return Group(head, Padding(Text("; ".join(titles), style="dim"), (0, 0, 0, 3), expand=False))


def danger_dict(text: str, region_code: str) -> dict[str, Any]:
    """The JSON 'danger' field: the level, the categories, and the helplines that fit, in order."""
    from pausecoach.content import help_order
    from pausecoach.core.safety import assess_danger

    found = assess_danger(text)
    return {
        "level": found.level,
        "categories": list(found.categories),
        "helplines": [
            {"name": line.name, "kind": line.kind, "contact": line.contact, "hours": line.hours}
            for line in help_order.ordered_lines(region_code, found.categories)
        ],
    }
