"""Step 6: coming back. Pick a topic and a soft start-up, or build your own."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.markup import escape
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from pausecoach.content import catalog
from pausecoach.core.safety import is_unsafe
from pausecoach.tui.messages import OpeningChosen, OpeningSkipped
from pausecoach.tui.screens.base import FlowScreen

OWN = "__own__"
KEPT = "kept"  # the words chosen during the break
REPAIR = "__repair__"


class ComeBackScreen(FlowScreen):
    """Topics on the left, words on the right; enter picks a line to read aloud."""

    STEP_TITLE = "Coming back: start gently"
    STEP_TITLE_SHORT = "Coming back"
    PRIMARY = ("enter", "Choose")
    SCROLL = False
    BINDINGS = [
        Binding("enter", "choose", "Choose", id="comeback-choose", show=True),
        Binding("w", "write_own", "Write my own", id="comeback-own"),
        Binding("left", "focus_topics", "Topics", show=False),
        Binding("right", "focus_lines", "Lines", show=False),
        Binding("s", "skip", "Skip to summary", id="comeback-skip"),
        Binding("a", "other_thanks", "Other thanks", id="comeback-thanks"),
    ]

    def compose_body(self) -> ComposeResult:
        coach = self.coach
        if coach.partner_path:
            yield Static(
                "Thank them for coming back, then say one gentle line: pick it on the right.",
                classes="hint",
            )
            yield Static(id="thanks")
        else:
            yield Static(
                "The first three minutes shape the whole talk. Start with how you feel, one "
                "situation, and what you would like.",
                classes="hint",
            )
        with Horizontal(id="comeback-columns"):
            topics = [Option(t.title, id=t.id) for t in catalog.scripts().topics]
            if coach.flow.startup_text:  # chosen in the last minutes of the break
                topics.insert(0, Option("★ My words from the break", id=KEPT))
            topics += [Option("Repair phrases", id=REPAIR), Option("✎ Write my own", id=OWN)]
            yield OptionList(*topics, id="topics")
            yield OptionList(id="lines")
        # The other keys are in the footer, and the rows are needed for the lines.
        yield from self.compose_action("Choose", "enter", "choose")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return action != "other_thanks" or self.coach.partner_path

    def thanks(self) -> str:
        """The line of appreciation that opens the talk on the partner path."""
        lines = catalog.flow().welcome_back
        return lines[self.coach.flow.thanks_index % len(lines)]

    def _show_thanks(self) -> None:
        self.query_one("#thanks", Static).update(
            f"First: [i]“{escape(self.thanks())}”[/i]  [dim][b]a[/b] other thanks[/]"
        )

    def action_other_thanks(self) -> None:
        """Other words of appreciation."""
        self.coach.flow.thanks_index += 1
        self._show_thanks()

    def on_mount(self) -> None:
        if self.coach.partner_path:
            self._show_thanks()
        topics = self.query_one("#topics", OptionList)
        topics.highlighted = 0
        self.set_focus(topics)
        first = topics.get_option_at_index(0).id
        self._fill_lines(first or catalog.scripts().topics[0].id)
        # The lists' own enter key hides the screen's from the footer, so say it here.
        topics.border_subtitle = "enter: its lines"
        self.query_one("#lines", OptionList).border_subtitle = "↑↓ look · enter choose"

    def _lines_for(self, topic_id: str) -> list[str]:
        if topic_id == KEPT:
            return [self.coach.flow.startup_text or ""]
        if topic_id == REPAIR:
            return list(catalog.scripts().repairs)
        if topic_id == OWN:
            return []
        return list(next(t.scripts for t in catalog.scripts().topics if t.id == topic_id))

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
        options: list[Option | None] = []
        for text in self._lines_for(topic_id):
            # A rule between lines: several wrap to three rows and would otherwise run together.
            options += [Option(text), None]
        lines.add_options(options[:-1])
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
        self.set_focus(self.query_one("#topics", OptionList))

    def action_focus_lines(self) -> None:
        """Move to the list of lines."""
        lines = self.query_one("#lines", OptionList)
        if lines.option_count and not lines.get_option_at_index(0).disabled:
            self.set_focus(lines)

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
        return None if topic in (OWN, REPAIR, KEPT) else topic

    def _pick(self, text: str) -> None:
        if self.coach.partner_path:
            text = f"{self.thanks()} {text}"
        self.coach.flow.topic = self._topic()
        self.coach.flow.startup_text = text
        self.coach.record.chose_startup(self.coach.flow.topic, text)
        self.post_message(OpeningChosen())

    def action_write_own(self) -> None:
        """Build a line from the formula, with live feedback."""
        from pausecoach.tui.dialogs.formula import FormulaScreen

        def built(text: str | None) -> None:
            if not text:
                return
            if is_unsafe(text):
                # Safety before coaching: keep the words, ask the question, go nowhere else.
                self.coach.record.chose_startup(self._topic(), text)
                self.coach.action_safety_check(text)
                return
            self._pick(text)

        self.app.push_screen(FormulaScreen(), built)

    def action_skip(self) -> None:
        """Go to the summary without choosing words."""
        self.post_message(OpeningSkipped())
