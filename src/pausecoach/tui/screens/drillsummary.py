"""The end of a drill round: the scores, and what came up most."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.markup import escape
from textual.widgets import Static

from pausecoach.core.drill import DrillRound, RoundSummary
from pausecoach.models import DrillAttempt
from pausecoach.tui.drilling import topic_title
from pausecoach.tui.messages import DrillRoundRestarted
from pausecoach.tui.screens.base import FlowScreen
from pausecoach.tui.widgets.checkview import VERDICT_WORDS, BulletList, advice, rule_title


def score_lines(attempts: list[DrillAttempt]) -> list[str]:
    """One line per attempt: topic, score and verdict."""
    lines = []
    for number, attempt in enumerate(attempts, 1):
        title = escape(topic_title(attempt.topic or ""))
        if attempt.verdict == "unsafe":
            lines.append(f"{number:>2}. {title}: help shown instead of a score")
            continue
        colour = "$success" if attempt.verdict in ("soft", "gentle") else "$warning"
        lines.append(
            f"{number:>2}. {title}: [b]{attempt.score}[/b]/100 [{colour}]{VERDICT_WORDS[attempt.verdict]}[/]"
        )
    return lines


def overview(summary: RoundSummary) -> str:
    """The round in one sentence."""
    scored = len(summary.scores)
    if not scored:
        return "No rewrites were scored this round."
    scores = f"Average {summary.average}/100, best {summary.best}/100."
    if not summary.soft:
        return f"None came out gentle yet: that is what practice is for. {scores}"
    return f"{summary.soft} of {scored} came out gentle. {scores}"


def common_rows(summary: RoundSummary) -> list[tuple[str, str]]:
    """The findings that came up most, with what to try, as bullet rows."""
    if not summary.common:
        return [("✓", "Nothing to soften in this round.")]
    rows = []
    for common in summary.common:
        times = "once" if common.count == 1 else f"{common.count} times"
        head = f"{escape(rule_title(common.rule))} [dim]({times})[/dim]"
        rows.append(("•", advice(common.message, common.suggestion, head)))
    return rows


class DrillSummaryScreen(FlowScreen):
    """Scores per scenario, the round's average, and the most frequent findings."""

    STEP_TITLE = "Round done"
    BINDINGS = [
        Binding("enter", "close", "Close", id="drill-close"),
        Binding("n", "new_round", "Another round", id="drill-again"),
    ]

    def __init__(self, drill: DrillRound) -> None:
        super().__init__()
        self.drill = drill
        self.summary = drill.summary()

    def compose_body(self) -> ComposeResult:
        attempts = [a for a in self.drill.attempts if isinstance(a, DrillAttempt)]
        yield Static(overview(self.summary), classes="headline")
        yield Static("\n".join(score_lines(attempts)), id="drill-scores")
        yield Static("[b]What came up most[/b]", classes="drill-models-title")
        yield BulletList(common_rows(self.summary), id="drill-common")
        saved = (
            "Nothing from this round was written to disk."
            if not self.coach.saving
            else "Saved on this computer only."
        )
        yield Static(saved, classes="hint drill-saved")
        yield Static("[b]enter[/b] close   [b]n[/b] another round", classes="keys-hint")

    def action_close(self) -> None:
        """Leave."""
        self.coach.closing = True
        self.app.exit()

    def action_new_round(self) -> None:
        """Start another round with the same options and new scenarios."""
        self.post_message(DrillRoundRestarted(self.drill))
