"""How the phrasing checker's results read on screen: flagged words marked, findings listed."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.markup import escape
from textual.widgets import Static

from pausecoach.core.checker import CheckResult, Finding

FLAG = "b u $warning"
UNSAFE_LINE = "[b $error]This sounds like someone may not be safe.[/] Press [b]![/b] for help now."
# "soft" is how attempts saved before the three verdicts say "gentle".
VERDICT_WORDS = {
    "gentle": "gentle",
    "soft": "gentle",
    "plain": "plain, could be warmer",
    "harsh": "still harsh",
    "unsafe": "about safety",
    "not_english": "not English",
}
NOT_ENGLISH = "this doesn't look like English, and I can only read English."
VERDICT_COLOURS = {
    "gentle": "$success",
    "soft": "$success",
    "plain": "$accent",
    "harsh": "$warning",
    "unsafe": "$error",
    "not_english": "$foreground-muted",
}


def flagged_spans(text: str, findings: Sequence[Finding]) -> list[tuple[int, int]]:
    """The stretches of `text` that findings point at, merged and in order."""
    spans = sorted((max(0, f.start), min(len(text), f.end)) for f in findings if f.end > f.start)
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if start >= end:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def highlighted(text: str, findings: Sequence[Finding]) -> str:
    """`text` as markup, with every flagged stretch marked."""
    parts: list[str] = []
    position = 0
    for start, end in flagged_spans(text, findings):
        parts.append(escape(text[position:start]))
        parts.append(f"[{FLAG}]{escape(text[start:end])}[/]")
        position = end
    parts.append(escape(text[position:]))
    return "".join(parts)


def quoted(text: str, finding: Finding) -> str:
    """The words a finding points at, quoted (empty when it is about something missing)."""
    if finding.end <= finding.start:
        return ""
    words = " ".join(text[finding.start : finding.end].split())
    if len(words) > 40:
        words = words[:39] + "…"
    return f"“{escape(words)}”"


def grouped(findings: Sequence[Finding]) -> list[list[Finding]]:
    """Findings by rule: words first, in text order, then what is missing from the whole."""
    groups: dict[str, list[Finding]] = {}
    for finding in sorted(findings, key=lambda f: (f.end <= f.start, f.start, f.end)):
        groups.setdefault(finding.rule, []).append(finding)
    return list(groups.values())


def rule_title(rule_id: str) -> str:
    """A rule's short title ("Always / never"), or its id when the rules do not know it."""
    from pausecoach.content.checker_rules import shipped_rules

    rule = shipped_rules().by_id.get(rule_id)
    return rule.title if rule is not None and rule.title else rule_id


def advice(message: str, suggestion: str, head: str = "") -> str:
    """What the trouble is and what to try, after an optional bold head."""
    text = f"[b]{head}[/b]: {escape(message)}" if head else escape(message)
    return f"{text}\n[dim]Try:[/] {escape(suggestion)}" if suggestion else text


class BulletList(Vertical):
    """Rows of (bullet, markup) with hanging indents, so wrapped lines stay clear of the bullet."""

    def __init__(self, rows: Sequence[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.rows = list(rows)

    def compose(self) -> ComposeResult:
        for bullet, markup in self.rows:
            with Horizontal(classes="bullet-row"):
                yield Static(bullet, classes="bullet -good" if bullet == "✓" else "bullet")
                yield Static(markup, classes="bullet-text")


def finding_rows(text: str, result: CheckResult) -> list[tuple[str, str]]:
    """A checked text's findings in reading order, then its strengths, as bullet rows. Attacks
    are named in the Four Horsemen's terms, with the antidote after the last of each kind."""
    from pausecoach.content.checker_rules import shipped

    horsemen = shipped().horsemen
    attacks = set(result.attacks)
    groups = grouped(result.findings)
    last_of: dict[str, int] = {}
    for index, same in enumerate(groups):
        if same[0] in attacks and same[0].category in horsemen:
            last_of[same[0].category] = index
    rows: list[tuple[str, str]] = []
    for index, same in enumerate(groups):
        first = same[0]
        quotes = ", ".join(quoted(text, f) for f in same if f.end > f.start)
        horseman = horsemen.get(first.category) if first in attacks else None
        if horseman is None:
            rows.append(("•", advice(first.message, first.suggestion, quotes)))
            continue
        head = f"{horseman.name}: {quotes}" if quotes else horseman.name
        markup = advice(first.message, first.suggestion, head)
        if last_of.get(first.category) == index:
            markup += f"\n[dim]Antidote:[/] {escape(horseman.antidote)}"
        rows.append(("✗", markup))
    if not rows:
        rows.append(("✓", "Nothing to soften."))
    return rows + [("✓", escape(s.message)) for s in result.strengths]


def live_line(result: CheckResult) -> str:
    """A short note while typing: the verdict so far and the most important thing to soften."""
    if result.verdict == "unsafe":
        return UNSAFE_LINE
    if result.verdict == "not_english":
        return f"[b]Not English[/b]: {NOT_ENGLISH}"
    colour = VERDICT_COLOURS[result.verdict]
    head = (
        f"[b {colour}]{VERDICT_WORDS[result.verdict].capitalize()} so far · {result.score}/100[/]"
    )
    # Only attacks need softening; a missing feeling or request is something to add.
    count = len(result.attacks)
    if count:
        head += f" [dim]· {count} thing{'s' if count > 1 else ''} to soften[/]"
    missing = len(result.findings) - count
    if missing:
        head += f" [dim]· {missing} thing{'s' if missing > 1 else ''} to add[/]"
    worst = sorted(result.findings, key=lambda f: (f not in result.attacks, -f.penalty))[:1]
    tips = [escape(f.suggestion) for f in worst] or [
        escape(s.message) for s in result.strengths if s.rule == "formula"
    ]
    return "\n".join([head, *tips])
