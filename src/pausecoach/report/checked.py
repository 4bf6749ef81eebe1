"""Rich renderables for `pausecoach check`: the text with flagged spans, the findings, the verdict."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.text import Text

from pausecoach.content.checker_rules import Horseman, shipped
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
VERDICT_STYLES = {
    "gentle": "bold green",
    "plain": "bold yellow",
    "harsh": "bold red",
    "unsafe": "bold red",
    "not_english": "bold",
}
VERDICT_NAMES = {
    "gentle": "Gentle start-up",
    "plain": "Plain: could be warmer",
    "harsh": "Harsh start-up",
    "unsafe": "Safety first",
    "not_english": "Not English",
}
NOT_ENGLISH = "This does not look like English. I can only read English, so I won't judge it."
MAX_QUOTES = 3


def _horsemen() -> Mapping[str, Horseman]:
    return shipped().horsemen


def finding_dict(finding: Finding, text: str = "") -> dict[str, Any]:
    """The JSON form of a finding (exactly the documented keys)."""
    horseman = _horsemen().get(finding.category)
    return {
        "rule": finding.rule,
        "title": finding.title,
        "category": finding.category,
        "horseman": horseman.name if horseman else None,
        "message": finding.message,
        "suggestion": finding.suggestion,
        "start": finding.start,
        "end": finding.end,
        "words": text[finding.start : finding.end],
    }


def result_dict(result: CheckResult, text: str = "") -> dict[str, Any]:
    """The JSON form of a check: verdict, score, findings and strengths."""
    return {
        "verdict": result.verdict,
        "score": None if result.verdict == "not_english" else result.score,
        "findings": [finding_dict(f, text) for f in result.findings],
        "strengths": [
            {"rule": s.rule, "title": s.title, "message": s.message} for s in result.strengths
        ],
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


def _indented(text: Text, by: int = 2) -> Padding:
    return Padding(text, (0, 0, 0, by), expand=False)


def _quotes(text: str, items: Iterable[Finding]) -> str:
    """The flagged words, overlapping spans merged ("You" inside "You never" is one quote)."""
    merged: list[list[int]] = []
    for start, end in sorted((f.start, f.end) for f in items if f.end > f.start):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    quotes = list(dict.fromkeys(text[a:b] for a, b in merged))
    return ", ".join(f"“{q}”" for q in quotes[:MAX_QUOTES])


def heard_view(text: str, result: CheckResult) -> list[RenderableType]:
    """The attacks heard, by horseman: the words, what each rule means, the antidote."""
    horsemen = _horsemen()
    by_horseman: dict[str, list[Finding]] = {}
    for finding in sorted(result.attacks, key=lambda f: f.start):
        by_horseman.setdefault(finding.category, []).append(finding)
    blocks: list[RenderableType] = []
    for category, items in by_horseman.items():
        horseman = horsemen.get(category)
        head = Text("✗ ", style="red")
        head.append(horseman.name if horseman else category, style="bold")
        quotes = _quotes(text, items)
        if quotes:
            head.append("  " + quotes, style="italic")
        lines: list[RenderableType] = []
        if horseman:
            lines.append(_indented(Text(horseman.meaning)))
        for same in _grouped(items).values():
            first = same[0]
            words = _quotes(text, same)
            rule = Text.assemble(("· ", "dim"), (first.title or first.rule, "bold"))
            if words and len(_grouped(items)) > 1:
                rule.append(f" {words}", style="italic")
            rule.append(f": {first.message}\n")
            rule.append("Try: ", style="bold")
            rule.append(first.suggestion)
            lines.append(_indented(rule, 4))
        if horseman:
            lines.append(_indented(Text.assemble(("Antidote: ", "bold green"), horseman.antidote)))
        blocks.append(Group(head, *lines))
    return blocks


def findings_view(text: str, result: CheckResult) -> list[RenderableType]:
    """What was heard (attacks, by horseman), what is missing, and what the line does well."""
    blocks = heard_view(text, result)
    attacks = set(result.attacks)
    rest = [f for f in result.findings if f not in attacks and f.category != "safety"]
    if _is_repair(result):
        # A repair is not a start-up: it needs no feeling, moment or request to do its work.
        rest = [f for f in rest if f.category != "missing-part"]
    for items in _grouped(rest).values():
        first = items[0]
        if first.category == "missing-part" and first.start == first.end:
            # One line each: what is missing is not an attack, just room to grow.
            line = Text("+ ", style="yellow")
            line.append(first.title or first.rule, style="bold")
            line.append(f": {first.suggestion}")
            blocks.append(line)
            continue
        head = Text("✗ ", style="yellow")
        head.append(first.title or first.rule, style="bold")
        quotes = _quotes(text, items)
        if quotes:
            head.append("  " + quotes, style="italic")
        advice = Text.assemble(first.message, "\n", ("Try: ", "bold"), first.suggestion)
        blocks.append(Group(head, _indented(advice)))
    for strength in result.strengths:
        line = Text("✓ ", style="green")
        line.append(strength.title or strength.rule, style="bold")
        blocks.append(Group(line, _indented(Text(strength.message))))
    return blocks


def _is_repair(result: CheckResult) -> bool:
    return not result.attacks and any(s.rule == "repair" for s in result.strengths)


def verdict_line(result: CheckResult) -> Text:
    """'Gentle start-up · score 92/100' with a nudge that fits the verdict."""
    line = Text()
    name = "Gentle: a repair" if _is_repair(result) else VERDICT_NAMES[result.verdict]
    line.append(name, style=VERDICT_STYLES[result.verdict])
    if result.verdict == "not_english":
        line.append(f". {NOT_ENGLISH}")
        return line
    line.append(f" · score {result.score}/100")
    if result.verdict == "harsh":
        line.append(". It will be heard as an attack: try the antidote above, then check again.")
    elif result.verdict == "plain":
        line.append(
            ". No attack in it; add how you feel or what you'd like, and it will land warmer."
        )
    elif _is_repair(result):
        line.append(". Say it: repairs are what keep a fight from spiralling.")
    elif result.findings:
        line.append(". Good enough to say; the notes above could make it gentler still.")
    return line


def check_view(text: str, result: CheckResult) -> RenderableType:
    """The full report for one start-up (not for unsafe text: that gets help, not coaching)."""
    if result.verdict == "not_english":
        return Group(Text(text), Text(), verdict_line(result))
    parts: list[RenderableType] = [highlighted(text, result.findings), Text()]
    if result.verdict == "harsh":
        parts.append(Text("What I heard:", style="bold"))
    blocks = findings_view(text, result)
    parts += blocks
    if blocks:
        parts.append(Text())
    parts.append(verdict_line(result))
    return Group(*parts)


def brief_view(number: int, text: str, result: CheckResult) -> RenderableType:
    """One start-up from a list: number, verdict, score, the text, and the rules it broke."""
    head = Text(f"{number}. ")
    head.append(result.verdict.replace("_", " "), style=VERDICT_STYLES[result.verdict])
    plain_score = result.verdict in ("unsafe", "not_english")
    head.append("  " if plain_score else f" {result.score}/100  ")
    head.append_text(highlighted(text, result.findings))
    horsemen = _horsemen()
    heard = [horsemen[f.category].name for f in result.attacks if f.category in horsemen]
    titles = list(dict.fromkeys([*heard, *(f.title or f.rule for f in result.findings)]))
    if result.verdict == "unsafe":
        titles = ["Safety first: help is listed at the end"]
    if result.verdict == "not_english":
        titles = [NOT_ENGLISH]
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
