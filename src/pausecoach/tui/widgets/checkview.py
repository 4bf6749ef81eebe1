"""How the phrasing checker's results read on screen: flagged words marked, findings listed."""

from __future__ import annotations

from collections.abc import Sequence

from textual.markup import escape

from pausecoach.core.checker import CheckResult, Finding

FLAG = "b u $warning"
UNSAFE_LINE = "[b $error]This sounds like someone may not be safe.[/] Press [b]![/b] for help now."
VERDICT_WORDS = {"soft": "soft", "harsh": "still harsh", "unsafe": "about safety"}


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
    return f"“{escape(words)}” "


def findings_markup(text: str, result: CheckResult) -> str:
    """Each finding on its own lines: the words, what the trouble is, and what to try."""
    if not result.findings:
        return "[$success]Nothing to soften: a feeling, a moment and a need are all there.[/]"
    lines: list[str] = []
    for finding in result.findings:
        lines.append(f"• [b]{quoted(text, finding)}[/b]{escape(finding.message)}")
        lines.append(f"  [dim]Try:[/] {escape(finding.suggestion)}")
    return "\n".join(lines)


def live_line(result: CheckResult, limit: int = 2) -> str:
    """A short note while typing: the verdict so far and the first things to soften."""
    if result.verdict == "unsafe":
        return UNSAFE_LINE
    colour = "$success" if result.verdict == "soft" else "$warning"
    head = (
        f"[b {colour}]{VERDICT_WORDS[result.verdict].capitalize()} so far · {result.score}/100[/]"
    )
    tips = [escape(f.suggestion) for f in result.findings[:limit]]
    more = len(result.findings) - limit
    if more > 0:
        tips.append(f"[dim]and {more} more[/]")
    return "\n".join([head, *(f"• {tip}" for tip in tips)])
