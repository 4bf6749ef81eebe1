"""Step 6: coming back. Pick a topic and a soft start-up, or build your own."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from pausecoach import catalog
from pausecoach.core.safety import is_unsafe
from pausecoach.tui.screens.base import FlowScreen

OWN = "__own__"
REPAIR = "__repair__"


class ComeBackScreen(FlowScreen):
    """Topics on the left, words on the right; enter picks a line to read aloud."""

    STEP_TITLE = "Coming back: start gently"
    SCROLL = False
    BINDINGS = [
        Binding("enter", "choose", "Choose", id="comeback-choose", show=True),
        Binding("w", "write_own", "Write my own", id="comeback-own"),
        Binding("left", "focus_topics", "Topics", show=False),
        Binding("right", "focus_lines", "Lines", show=False),
        Binding("s", "skip", "Skip to summary", id="comeback-skip"),
    ]

    def compose_body(self) -> ComposeResult:
        coach = self.coach
        lead = (
            "Open with appreciation for their coming back, then one gentle line."
            if coach.partner_path
            else "The first three minutes shape the whole talk. Start with how you feel, one "
            "situation, and what you would like."
        )
        yield Static(lead, classes="hint")
        with Horizontal(id="comeback-columns"):
            topics = [Option(t.title, id=t.id) for t in catalog.scripts().topics]
            topics += [Option("Repair phrases", id=REPAIR), Option("✎ Write my own", id=OWN)]
            yield OptionList(*topics, id="topics")
            yield OptionList(id="lines")

    def on_mount(self) -> None:
        topics = self.query_one("#topics", OptionList)
        topics.highlighted = 0
        topics.focus()
        self._fill_lines(catalog.scripts().topics[0].id)

    def _lines_for(self, topic_id: str) -> list[str]:
        if topic_id == REPAIR:
            return list(catalog.scripts().repairs)
        if topic_id == OWN:
            return []
        lines = next(t.scripts for t in catalog.scripts().topics if t.id == topic_id)
        if self.coach.partner_path:
            return [*catalog.flow().welcome_back, *lines]
        return list(lines)

    def _fill_lines(self, topic_id: str) -> None:
        lines = self.query_one("#lines", OptionList)
        lines.clear_options()
        if topic_id == OWN:
            lines.add_option(
                Option(
                    "Press enter to build your own line:\nI feel ___ about ___, and I need ___.",
                    disabled=True,
                )
            )
            return
        lines.add_options(Option(text) for text in self._lines_for(topic_id))
        lines.highlighted = 0

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_list.id == "topics" and event.option.id is not None:
            self._fill_lines(event.option.id)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_list.id == "topics":
            if event.option.id == OWN:
                self.action_write_own()
            else:
                self.action_focus_lines()
        else:
            self._pick(str(event.option.prompt))

    def action_focus_topics(self) -> None:
        """Move to the topic list."""
        self.query_one("#topics", OptionList).focus()

    def action_focus_lines(self) -> None:
        """Move to the list of lines."""
        lines = self.query_one("#lines", OptionList)
        if lines.option_count and not lines.get_option_at_index(0).disabled:
            lines.focus()

    def action_choose(self) -> None:
        """Choose the highlighted topic or line."""
        focused = self.focused
        if isinstance(focused, OptionList):
            focused.action_select()

    def _topic(self) -> str | None:
        topics = self.query_one("#topics", OptionList)
        if topics.highlighted is None:
            return None
        topic = topics.get_option_at_index(topics.highlighted).id
        return None if topic in (OWN, REPAIR) else topic

    def _pick(self, text: str) -> None:
        from pausecoach.tui.screens.readaloud import ReadAloudScreen

        self.coach.flow.topic = self._topic()
        self.coach.flow.startup_text = text
        self.coach.record.chose_startup(self.coach.flow.topic, text)
        self.coach.goto(ReadAloudScreen())

    def action_write_own(self) -> None:
        """Build a line from the formula, with live feedback."""
        from pausecoach.tui.screens.formula import FormulaScreen

        def built(text: str | None) -> None:
            if text:
                self._pick(text)
                if is_unsafe(text):
                    self.coach.action_safety_check()

        self.app.push_screen(FormulaScreen(), built)

    def action_skip(self) -> None:
        """Go to the summary without choosing words."""
        from pausecoach.tui.screens.summary import SummaryScreen

        self.coach.goto(SummaryScreen())
