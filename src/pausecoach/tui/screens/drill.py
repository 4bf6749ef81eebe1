"""`pausecoach drill`: rewrite a harsh line gently, with live feedback; then see how it went."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.markup import escape
from textual.widgets import Static, TextArea

from pausecoach.content import catalog
from pausecoach.content.checker_rules import check, checker
from pausecoach.core.checker import CheckResult
from pausecoach.core.drill import DrillRound, Scenario, word_bank
from pausecoach.models import DrillAttempt, Finding
from pausecoach.tui.drilling import topic_title
from pausecoach.tui.messages import DrillAnswered, DrillNextChosen, DrillRetried, DrillRoundEnded
from pausecoach.tui.screens.base import FlowScreen
from pausecoach.tui.widgets.checkview import (
    VERDICT_WORDS,
    BulletList,
    finding_rows,
    highlighted,
    live_line,
)

if TYPE_CHECKING:
    from pausecoach.tui.protocol import Coach

MAX_CHARS = 2000
HEADLINES = {
    "gentle": "A gentle way in.",
    "plain": "No attack in it. Add how you feel or what you'd like, and it will land warmer.",
    "harsh": "Here is what they would hear, and what to try instead.",
    "not_english": "I can only read English, so I can't judge this one.",
}


def words_markup(turn: int) -> str:
    """A handful of feeling and need words (content/feelings.toml) to borrow from."""
    feel = word_bank([(g.label, g.words) for g in catalog.feelings()], turn)
    need = word_bank([(g.label, g.words) for g in catalog.needs()], turn, size=4)
    return (
        f"[dim]Feelings:[/] {escape(' · '.join(feel))}\n[dim]Needs:[/] {escape(' · '.join(need))}"
    )


def clean_text(text: str) -> str:
    """What was typed, without control characters, trimmed and capped."""
    kept = "".join(ch for ch in text if ch.isprintable() or ch == "\n")
    return kept.strip()[:MAX_CHARS]


def make_attempt(
    scenario: Scenario, text: str, result: CheckResult, app: Coach, seconds: float
) -> DrillAttempt:
    """The record of one rewrite, as saved."""
    return DrillAttempt(
        at=app.clock.now(),
        scenario_id=scenario.id,
        topic=scenario.topic,
        text=text,
        score=result.score,
        verdict=result.verdict,
        findings=[Finding.model_validate(f, from_attributes=True) for f in result.findings],
        seconds_taken=round(max(0.0, seconds), 1),
    )


class RewriteArea(TextArea):
    """The editor for a rewrite. "!" is kept for help, so it opens the helplines instead."""

    def check_consume_key(self, key: str, character: str | None = None) -> bool:
        if character == "!":
            return False
        return super().check_consume_key(key, character)


class DrillStep(FlowScreen):
    """Shared by the drill's screens: the round, and the title saying where we are."""

    def __init__(self, drill: DrillRound) -> None:
        super().__init__()
        self.drill = drill
        scenario = drill.current
        self.STEP_TITLE = (
            f"Drill {drill.number} of {drill.total} · {escape(topic_title(scenario.topic))}"
        )

    def scenario_lines(self) -> ComposeResult:
        """The situation and the harsh line that came to mind."""
        scenario = self.drill.current
        yield Static(escape(scenario.situation), classes="drill-situation")
        yield Static(
            f"[dim]The line that comes to mind:[/] “{escape(scenario.harsh)}”",
            classes="drill-harsh",
        )


class DrillScreen(DrillStep):
    """Write a gentler opening; the feedback under it follows every keystroke."""

    # Scrolls, so a small window can still bring the writing box into view (focus scrolls to it).
    SCROLL = True
    BINDINGS = [
        Binding("ctrl+s", "submit", "Check my rewrite", id="drill-submit", priority=True),
        Binding("escape", "end_round", "End round", id="drill-end"),
        # Typing goes to the editor, so "!" is caught first here: help is one key from anywhere.
        Binding("exclamation_mark", "app.safety", "Not safe", id="drill-safety", priority=True),
    ]

    def __init__(self, drill: DrillRound) -> None:
        super().__init__(drill)
        self._feedback_due = False
        self._shown = ""  # the feedback on screen now
        self._started = 0.0

    def compose_body(self) -> ComposeResult:
        yield from self.scenario_lines()
        yield Static(
            "Say it gently: [b]I feel[/b] … [b]about[/b] one moment … [b]and I need[/b] …",
            classes="drill-prompt",
        )
        yield Static(words_markup(self.drill.number), id="drill-words", classes="drill-words")
        yield RewriteArea(
            id="drill-text",
            soft_wrap=True,
            show_line_numbers=False,
            highlight_cursor_line=False,
            placeholder="I feel … about … Could we …?",
        )
        yield Static(id="drill-live")
        yield Static(
            "[b]ctrl+s[/b] check my rewrite   [b]![/b] help if you are not safe (it is not typed)",
            id="drill-keys",
            classes="keys-hint",
        )

    def on_mount(self) -> None:
        self._started = self.coach.clock.monotonic()
        self.query_one(TextArea).focus()
        # The rules load once the screen shows, so the first keystroke waits for nothing.
        self.call_after_refresh(checker)

    def typed(self) -> str:
        """The rewrite as typed so far, cleaned."""
        return clean_text(self.query_one(TextArea).text)

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        # Checking takes about a millisecond once the rules are loaded, so feedback follows
        # each keystroke. Keys that arrive together (a paste, fast typing) are checked once:
        # the check runs after the changes already queued.
        if not self._feedback_due:
            self._feedback_due = True
            self.call_later(self.refresh_feedback)

    def refresh_feedback(self) -> None:
        """Check what is typed now and show the short note (redrawn only when it changes)."""
        self._feedback_due = False
        text = self.typed()
        shown = live_line(check(text)) if text else ""
        if shown != self._shown:
            self._shown = shown
            self.query_one("#drill-live", Static).update(shown)

    def action_submit(self) -> None:
        """Score the rewrite, save it, and show the feedback (or help, if it speaks of danger)."""
        text = self.typed()
        if not text:
            self.notify("Write your gentler version first.", severity="warning")
            return
        result = check(text)
        seconds = self.coach.clock.monotonic() - self._started
        attempt = make_attempt(self.drill.current, text, result, self.coach, seconds)
        self.drill.record(attempt)
        self._save(attempt)
        self.post_message(DrillAnswered(self.drill, attempt, result))

    def _save(self, attempt: DrillAttempt) -> None:
        from pausecoach.storage.store import StoreError

        if not self.coach.saving:
            return
        try:
            self.coach.store.add_drill(attempt)
        except StoreError as exc:
            self.notify(f"{exc}\nThis attempt was not saved.", severity="warning", timeout=10)

    def action_end_round(self) -> None:
        """Stop the round here (asking first if something is typed)."""
        if not self.typed():
            self.post_message(DrillRoundEnded(self.drill))
            return
        from pausecoach.tui.dialogs.confirm import ConfirmScreen

        def answered(yes: bool | None) -> None:
            if yes:
                self.post_message(DrillRoundEnded(self.drill))

        self.app.push_screen(
            ConfirmScreen(
                "End the round here?",
                "What you typed for this one has not been checked, so it is not saved.",
                yes="End round",
                no="Keep writing",
            ),
            answered,
        )


class DrillResultScreen(DrillStep):
    """The score, each finding marked in the text, and gentler versions to compare."""

    BINDINGS = [
        Binding("enter", "next", "Next", id="drill-next"),
        Binding("t", "try_again", "Try again", id="drill-retry"),
        Binding("escape", "end_round", "End round", id="drill-result-end"),
    ]

    def __init__(self, drill: DrillRound, attempt: DrillAttempt, result: CheckResult) -> None:
        super().__init__(drill)
        self.attempt = attempt
        self.result = result

    def compose_body(self) -> ComposeResult:
        result, text = self.result, self.attempt.text
        if result.verdict == "unsafe":
            yield Static(
                "Your words speak of danger, so this one gets help, not coaching. "
                "If you or anyone is not safe, the helplines are one key away: [b]![/b]",
                classes="lead",
            )
            yield Static(self._keys(), classes="keys-hint")
            return
        kind = "-soft" if result.verdict in ("gentle", "not_english") else "-harsh"
        yield Static(
            f"{result.score}/100 · {VERDICT_WORDS[result.verdict]}. {HEADLINES[result.verdict]}",
            classes=f"headline drill-score {kind}",
        )
        yield Static(highlighted(text, result.findings), classes="drill-yours")
        yield BulletList(finding_rows(text, result), classes="drill-findings")
        yield Static("[b]Gentler ways to say it[/b]", classes="drill-models-title")
        yield BulletList(
            [("›", f"“{escape(line)}”") for line in self.drill.current.rewrites],
            classes="drill-models",
        )
        yield Static(self._keys(), classes="keys-hint")

    def _keys(self) -> str:
        nxt = "see the round" if self.drill.is_last else "next scenario"
        return f"[b]enter[/b] {nxt}   [b]t[/b] try this one again   [b]![/b] not safe"

    def on_mount(self) -> None:
        self.query_one("#body").focus()  # arrows and page keys scroll a long result
        if self.result.verdict == "unsafe":
            self.coach.action_safety()

    def action_next(self) -> None:
        """On to the next scenario, or the round's summary after the last."""
        self.post_message(DrillNextChosen(self.drill))

    def action_try_again(self) -> None:
        """Write this scenario once more (both attempts are kept)."""
        self.post_message(DrillRetried(self.drill))

    def action_end_round(self) -> None:
        """Stop the round here."""
        self.post_message(DrillRoundEnded(self.drill))
