"""The debrief on a calm day: the aftermath of a fight, one step at a time, saved after each.

What each felt (picked from a list), what each saw (both can be true), what it touched, my
part, one thing to do differently. Danger words in any answer lead to the safety question.
"""

from __future__ import annotations

from typing import cast

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.markup import escape
from textual.widgets import Input, SelectionList, Static

from pausecoach.content.talk import debrief_texts, talk_texts
from pausecoach.core.safety import is_unsafe
from pausecoach.documents.debrief import STEPS, DebriefRecord
from pausecoach.tui.screens.base import FlowScreen
from pausecoach.tui.talk_messages import DebriefSaved, TalkHost

# The answer boxes of each step that has them (the feelings step has two lists instead).
INPUTS: dict[str, tuple[str, ...]] = {
    "saw": ("my_view", "their_view"),
    "touched": ("touched",),
    "my_part": ("my_part",),
    "next_time": ("next_time",),
}


class DebriefScreen(FlowScreen):
    """Five questions, one screen each; enter goes on, escape goes back."""

    STEP_TITLE = "Looking back on the fight"
    DEFAULT_CSS = """
    DebriefScreen #debrief-ask { text-style: bold; color: $primary; }
    DebriefScreen #debrief-feelings { height: 1fr; min-height: 6; }
    DebriefScreen SelectionList { width: 1fr; height: 1fr; }
    DebriefScreen .debrief-step { display: none; height: auto; }
    DebriefScreen #step-felt { height: 1fr; }
    DebriefScreen .debrief-label { margin-top: 1; }
    """
    BINDINGS = [
        # Above the lists' own enter (which would tick a feeling): space ticks, enter goes on.
        Binding("enter", "next", "Next", id="debrief-next", priority=True),
        Binding("escape", "back", "Back", id="debrief-back"),
    ]

    def __init__(self, pause_id: str | None = None, about: str = "") -> None:
        super().__init__()
        self.record = DebriefRecord(pause_id=pause_id)
        self.about = about
        self.index = 0
        self.asked: set[str] = set()
        self.finished = False

    @property
    def host(self) -> TalkHost:
        """The app, as far as this screen needs it."""
        return cast("TalkHost", self.app)

    @property
    def step(self) -> str:
        """The id of the step shown."""
        return STEPS[self.index]

    def compose_body(self) -> ComposeResult:
        texts = debrief_texts()
        me, partner = talk_texts().names
        intro = texts.intro + (f" [dim]({escape(self.about)})[/]" if self.about else "")
        yield Static(intro, id="debrief-intro", classes="hint")
        yield Static(id="debrief-ask")
        yield Static(id="debrief-hint", classes="hint")
        feelings = [(f, f) for f in texts.feelings]
        with Horizontal(id="step-felt", classes="debrief-step"):
            yield SelectionList[str](*feelings, id="my-feelings")
            yield SelectionList[str](*feelings, id="their-feelings")
        labels = {
            "my_view": f"{me}:",
            "their_view": f"{partner} (as I understand it):",
        }
        for step, names in INPUTS.items():
            with Vertical(id=f"step-{step}", classes="debrief-step"):
                for name in names:
                    if name in labels:
                        yield Static(escape(labels[name]), classes="debrief-label")
                    yield Input(id=f"answer-{name}", max_length=2000)
        yield Static(id="debrief-progress", classes="keys-hint")

    def on_mount(self) -> None:
        me, partner = talk_texts().names
        self.query_one("#my-feelings", SelectionList).border_title = escape(me)
        self.query_one("#their-feelings", SelectionList).border_title = escape(partner)
        self._show()

    def _show(self) -> None:
        texts = debrief_texts()
        step = texts.step(self.step)
        self.query_one("#debrief-ask", Static).update(escape(step.ask))
        self.query_one("#debrief-hint", Static).update(escape(step.hint))
        for candidate in STEPS:
            self.query_one(f"#step-{candidate}").display = candidate == self.step
        self.query_one("#debrief-progress", Static).update(
            f"Step {self.index + 1} of {len(STEPS)} · enter next · escape back"
        )
        if self.step == "felt":
            self.query_one("#my-feelings", SelectionList).focus()
        else:
            self.query_one(f"#answer-{INPUTS[self.step][0]}", Input).focus()

    # ----------------------------------------------------------------- saving
    def _collect(self) -> None:
        now = self.host.clock.now()
        self.record.my_feelings = list(self.query_one("#my-feelings", SelectionList).selected)
        self.record.their_feelings = list(self.query_one("#their-feelings", SelectionList).selected)
        for names in INPUTS.values():
            for name in names:
                setattr(self.record, name, self.query_one(f"#answer-{name}", Input).value.strip())
        self.record.updated_at = now

    def _save(self) -> None:
        """Save the debrief as it is now, never waiting for the database (see pause/saver.py)."""
        from functools import partial

        from pausecoach.documents.debrief import save_debrief

        record = self.record.model_copy(deep=True)  # the answers as they are now
        self.host.save_later(partial(save_debrief, self.host.store, record), f"debrief:{record.id}")

    def _unsafe_words(self) -> bool:
        """True (and the safety question asked) when new danger words were typed."""
        text = self.record.all_text()
        if text in self.asked or not is_unsafe(text):
            return False
        self.asked.add(text)
        self.record.status = "safety"
        self._save()
        self.notify(debrief_texts().unsafe, severity="warning", timeout=10)
        self.host.action_safety_check(text)
        return True

    # ---------------------------------------------------------------- actions
    def action_next(self) -> None:
        """The next box of this step, or save this step and go on (the last one finishes)."""
        if self.finished:
            return
        names = INPUTS.get(self.step, ())
        focused = self.focused
        current = (focused.id or "").removeprefix("answer-") if focused is not None else ""
        if current in names[:-1]:
            self.query_one(f"#answer-{names[names.index(current) + 1]}", Input).focus()
            return
        self._collect()
        if self._unsafe_words():
            return
        if self.index < len(STEPS) - 1:
            self.index += 1
            self._save()
            self._show()
            return
        self.finished = True
        self.record.status = "done"
        self._save()
        self.query_one("#debrief-ask", Static).update(escape(debrief_texts().saved))
        self.post_message(DebriefSaved(self.record.id, self.record.pause_id))

    def action_back(self) -> None:
        """The step before (answers are kept)."""
        if self.index > 0 and not self.finished:
            self._collect()
            self.index -= 1
            self._show()

    def on_input_changed(self, event: Input.Changed) -> None:
        # Kept as it is typed, so quitting part-way (or a closed terminal) loses nothing.
        name = (event.input.id or "").removeprefix("answer-")
        if name and not self.finished:
            setattr(self.record, name, event.value.strip())

    def on_selection_list_selected_changed(self, event: SelectionList.SelectedChanged[str]) -> None:
        if event.selection_list.id == "my-feelings":
            self.record.my_feelings = list(event.selection_list.selected)
        else:
            self.record.their_feelings = list(event.selection_list.selected)

    def on_unmount(self) -> None:
        record = self.record
        if not self.finished and (record.all_text().strip() or record.my_feelings):
            self._save()
