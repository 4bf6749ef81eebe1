"""Talking in turns: one screen both people look at. Whose turn, a gentle timer, the two jobs.

The rules are core/talk.py's; this screen shows them, saves the talk at every step, and posts
`TalkEnded` or `FloodingAgain` for the coordinator, which decides what comes next.
"""

from __future__ import annotations

from typing import cast

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Vertical
from textual.markup import escape
from textual.screen import ModalScreen
from textual.widgets import Digits, Input, OptionList, Static
from textual.widgets.option_list import Option

from pausecoach.content.talk import repair_phrases, talk_texts
from pausecoach.core.countdown import format_remaining
from pausecoach.core.safety import is_unsafe
from pausecoach.core.talk import DEFAULT_TURN_SECONDS, Talk
from pausecoach.tui.screens.base import SAFETY_KEY, FlowScreen
from pausecoach.tui.talk_messages import FloodingAgain, TalkBlocked, TalkEnded, TalkHost

TICK_SECONDS = 0.5


class RepairPhrases(ModalScreen[str | None]):
    """The repair phrases, large, to read one aloud; enter keeps which one was used."""

    DEFAULT_CSS = """
    RepairPhrases { align: center middle; }
    RepairPhrases #repair-box {
        width: 90%; max-width: 80; height: 90%;
        border: round $primary; background: $surface; padding: 0 1;
    }
    RepairPhrases #repair-title { text-style: bold; color: $primary; }
    RepairPhrases OptionList { height: 1fr; border: none; text-style: bold; }
    """
    BINDINGS = [
        SAFETY_KEY,
        Binding("escape,r", "close", "Back to the talk", id="repair-close"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="repair-box"):
            yield Static(talk_texts().repairs_title, id="repair-title")
            options: list[Option | None] = []
            for phrase in repair_phrases():
                options += [Option(phrase), None]
            yield OptionList(*options[:-1], id="repair-list")

    def on_mount(self) -> None:
        self.query_one(OptionList).highlighted = 0

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(str(event.option.prompt))

    def action_close(self) -> None:
        """Back to the talk without choosing."""
        self.dismiss(None)


class TalkScreen(FlowScreen):
    """Speaker and listener turns with a per-turn timer, repairs, and a way out to a new break."""

    STEP_TITLE = "Talking in turns"
    DEFAULT_CSS = """
    TalkScreen #talk-whose {
        width: 100%; text-align: center; text-style: bold; color: $text;
        background: $primary 30%; border: tall $primary; padding: 0 1;
    }
    TalkScreen #talk-timer { width: 100%; text-align: center; color: $primary; }
    TalkScreen #talk-timer-text { display: none; width: 100%; text-align: center; }
    TalkScreen #talk-jobs { grid-size: 2; grid-columns: 12 1fr; height: auto; margin-top: 1; }
    TalkScreen .talk-name { text-style: bold; }
    TalkScreen #talk-prompt { margin-top: 1; color: $accent; text-style: bold; }
    TalkScreen #talk-agreement { display: none; height: auto; margin-top: 1; }
    TalkScreen.-agreeing #talk-agreement { display: block; }
    TalkScreen.-short #talk-timer { display: none; }
    TalkScreen.-short #talk-timer-text { display: block; }
    TalkScreen.-short #talk-intro { display: none; }
    """
    BINDINGS = [
        Binding("enter", "next", "Next", id="talk-next"),
        Binding("space", "pause", "Pause", id="talk-pause"),
        Binding("r", "repairs", "Repair phrases", id="talk-repairs"),
        Binding("f", "flooding", "I'm flooding again", id="talk-flooding"),
        Binding("e", "finish", "End", id="talk-end"),
        Binding("plus,equals_sign", "longer", "+30 s", id="talk-longer"),
        Binding("minus", "shorter", "−30 s", id="talk-shorter", show=False),
    ]

    def __init__(
        self,
        pause_id: str | None = None,
        names: tuple[str, str] | None = None,
        turn_seconds: int = DEFAULT_TURN_SECONDS,
    ) -> None:
        super().__init__()
        from pausecoach.models import new_id

        self.pause_id = pause_id
        self.talk_id = new_id()
        self.names = names or cast("tuple[str, str]", tuple(talk_texts().names))
        self.turn_seconds = turn_seconds
        self.talk: Talk | None = None
        self.blocked = False
        self.asked_safety = False

    @property
    def host(self) -> TalkHost:
        """The app, as far as this screen needs it."""
        return cast("TalkHost", self.app)

    # ---------------------------------------------------------------- compose
    def compose_body(self) -> ComposeResult:
        texts = talk_texts()
        yield Static(texts.intro, id="talk-intro", classes="hint")
        yield Static(id="talk-whose")
        yield Digits(id="talk-timer")
        yield Static(id="talk-timer-text")
        with Grid(id="talk-jobs"):
            yield Static(id="talk-speaker-name", classes="talk-name")
            yield Static(texts.speaker_job, id="talk-speaker-job")
            yield Static(id="talk-listener-name", classes="talk-name")
            yield Static(texts.listener_job, id="talk-listener-job")
        yield Static(id="talk-prompt")
        with Vertical(id="talk-agreement"):
            yield Static(texts.agreement)
            yield Input(placeholder=texts.agreement_example, id="talk-agreement-input")

    def on_mount(self) -> None:
        clock = self.host.clock
        if self._after_safety_exit():
            self.blocked = True
            self.query_one("#talk-whose", Static).update(escape(talk_texts().after_safety))
            self.query_one("#talk-jobs").display = False
            self.query_one("#talk-timer").display = False
            self.post_message(TalkBlocked(self.pause_id))
            return
        self.talk = Talk.begin(clock.monotonic(), clock.now(), self.names, self.turn_seconds)
        self._save()
        self.set_interval(TICK_SECONDS, self.tick)
        self.tick()

    def _after_safety_exit(self) -> bool:
        from pausecoach.documents.talk import blocked_by_safety
        from pausecoach.storage.store import StoreError

        recorder = getattr(self.app, "recorder", None)
        if recorder is not None and recorder.session.status == "safety_exit":
            return True
        try:
            return blocked_by_safety(self.host.store, self.pause_id, self.host.clock.now())
        except StoreError:
            return False

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("next", "pause", "repairs", "flooding", "finish", "longer", "shorter"):
            return self.talk is not None and not self.talk.ended
        return True

    # ---------------------------------------------------------------- drawing
    def tick(self) -> None:
        """Redraw from the clock (a deadline, so late ticks never drift)."""
        talk = self.talk
        if talk is None:
            return
        mono = self.host.clock.monotonic()
        texts = talk_texts()
        speaker, listener = escape(talk.speaker), escape(talk.listener)
        self.query_one("#talk-whose", Static).update(
            f"{speaker.upper()} SPEAKS  ·  {listener} listens"
        )
        shown = format_remaining(talk.remaining(mono)) if talk.phase == "speaking" else "—"
        self.query_one("#talk-timer", Digits).update(shown)
        self.query_one("#talk-timer-text", Static).update(f"[b]{shown}[/b] left in this turn")
        self.query_one("#talk-speaker-name", Static).update(speaker)
        self.query_one("#talk-listener-name", Static).update(listener)
        if talk.ended:
            prompt = escape(texts.flooding if talk.outcome == "new_break" else texts.ended)
        elif talk.paused:
            prompt = texts.paused + "  [dim](space)[/]"
        elif talk.phase == "swap":
            prompt = texts.fill(texts.swap, talk.speaker, talk.listener) + "  [dim](enter)[/]"
        elif talk.phase == "summarising":
            prompt = texts.fill(texts.summarise, talk.speaker, talk.listener) + "  [dim](enter)[/]"
        elif talk.time_up(mono):
            prompt = texts.fill(texts.time_up, talk.speaker, talk.listener) + "  [dim](enter)[/]"
        else:
            prompt = f"[dim]enter when {speaker} has said it · {talk.turn_seconds // 60}:"
            prompt += f"{talk.turn_seconds % 60:02d} a turn (+/−)[/]"
        self.query_one("#talk-prompt", Static).update(prompt)

    def _save(self) -> None:
        """Save the talk as it is now, never waiting for the database (see pause/saver.py)."""
        from functools import partial

        from pausecoach.documents.talk import record_of, save_talk

        if self.talk is None:
            return
        record = record_of(self.talk, self.talk_id, self.pause_id)
        self.host.save_later(partial(save_talk, self.host.store, record), f"talk:{record.id}")

    def _step(self, change: str) -> None:
        """Apply one rule of the talk at the clock's time, save, redraw."""
        talk = self.talk
        if talk is None or talk.ended:
            return
        clock = self.host.clock
        getattr(talk, change)(clock.monotonic(), clock.now())
        self._save()
        self.tick()

    # ---------------------------------------------------------------- actions
    def action_next(self) -> None:
        """Speaker done → listener says it back → swap."""
        if self.has_class("-agreeing") or self.talk is None:
            return
        phase = self.talk.phase
        self._step({"speaking": "done_speaking", "summarising": "summarised"}.get(phase, "swap"))

    def action_pause(self) -> None:
        """Pause or carry on the turn timer."""
        if self.talk is not None and self.talk.phase == "speaking":
            self._step("resume" if self.talk.paused else "pause")

    def action_longer(self) -> None:
        """Longer turns (30 s more, up to five minutes)."""
        self._step("longer")

    def action_shorter(self) -> None:
        """Shorter turns (30 s less, down to one minute)."""
        self._step("shorter")

    def action_repairs(self) -> None:
        """The repair phrases, large; the one read aloud is kept with the talk."""

        def used(phrase: str | None) -> None:
            if phrase and self.talk is not None and not self.talk.ended:
                self.talk.use_repair(phrase, self.host.clock.now())
                self._save()
                self.notify(f"“{escape(phrase)}”", title="Repair", timeout=6)

        self.app.push_screen(RepairPhrases(), used)

    def action_flooding(self) -> None:
        """Stop here: the coordinator offers another break with a new return time."""
        self._step("flooding_again")
        self.post_message(FloodingAgain(self.talk_id, self.pause_id))

    def action_finish(self) -> None:
        """End the talk with one small agreement (typed, or left empty)."""
        self.add_class("-agreeing")
        self.query_one("#talk-agreement-input", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        talk = self.talk
        if talk is None or talk.ended:
            return
        text = event.value
        clock = self.host.clock
        talk.end(text, clock.monotonic(), clock.now())
        self._save()
        self.remove_class("-agreeing")
        self.tick()
        if is_unsafe(text):
            # The app asks; "yes" leads to help for good, "no" comes back here to finish.
            self.asked_safety = True
            self.host.action_safety_check(text)
            return
        self._ended()

    def _ended(self) -> None:
        assert self.talk is not None
        self.post_message(
            TalkEnded(self.talk_id, self.pause_id, str(self.talk.outcome), self.talk.agreement)
        )

    def on_screen_resume(self) -> None:
        if self.asked_safety and self.talk is not None and self.talk.ended:
            self.asked_safety = False
            self._ended()

    def key_escape(self) -> None:
        if self.has_class("-agreeing"):
            self.remove_class("-agreeing")
            self.set_focus(None)

    def on_unmount(self) -> None:
        # Leaving mid-talk (quit, closed terminal) keeps what was said, marked as left.
        talk = self.talk
        if talk is not None and not talk.ended:
            clock = self.host.clock
            talk.leave(clock.monotonic(), clock.now())
            self._save()
