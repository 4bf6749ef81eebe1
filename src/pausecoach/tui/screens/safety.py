"""The safety screen: helplines for the user's region. It never leads back into the conversation."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.markup import escape
from textual.screen import ModalScreen
from textual.widgets import Static

from pausecoach.content import catalog
from pausecoach.pause.words import SAFETY_LEAD, SAFETY_QUESTION, helpline_lines
from pausecoach.tui.screens.base import SAFETY_ANYWHERE, SAFETY_KEY, FlowScreen
from pausecoach.tui.widgets.wayout import DialogBar


def _markup(text: str, style: str) -> str:
    text = escape(text)
    if style == "danger":
        return f"[b $error]{text}[/]"
    return text if style == "user" else f"[{style}]{text}[/]"


def helpline_text(region_code: str) -> str:
    """The helplines of a region as markup lines."""
    return "\n".join(helpline_lines(region_code, _markup))


class SafetyScreen(FlowScreen):
    """Help now. A break is not the right tool when someone is afraid or hurt."""

    STEP_TITLE = "Not safe? Help now"
    PRIMARY = ("esc", "Back")
    BINDINGS = [
        Binding("escape", "back", "Back", id="safety-back"),
        Binding("x", "leave", "Close pausecoach", id="safety-leave"),
        Binding("u", "unlink", "Stop the partner link", id="safety-unlink"),
    ]

    def __init__(self, final: bool = False, categories: Sequence[str] = ()) -> None:
        super().__init__()
        # After "yes, I'm afraid", there is no way back to the conversation steps.
        self.final = final
        # The kinds of danger the typed words spoke of (core/danger.py): their help comes first.
        self.categories = tuple(categories)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "unlink":
            return self._linked()
        return not (action == "back" and self.final)

    def _linked(self) -> bool:
        from pausecoach.link import link_home
        from pausecoach.link.names import STATE_FILE

        return self.coach.saving and (link_home() / STATE_FILE).exists()

    def compose_body(self) -> ComposeResult:
        region = catalog.region_for(self.coach.settings.helpline_region)
        emergency, _blank, *lines = helpline_lines(region, _markup, self.categories)
        # Who to call comes first, so even a tiny window shows it without scrolling.
        yield Static(emergency, id="emergency", classes="lead")
        yield Static(SAFETY_LEAD, classes="lead")
        yield Static("\n".join(lines), id="helplines")
        if self._linked():
            yield Static(
                "If the partner link is being used to watch you, press [b]u[/b] to stop it now: "
                "it needs nobody's permission.",
                id="unlink-offer",
                classes="note",
            )

    def on_mount(self) -> None:
        # Nothing may cover the helplines (app.tcss also hides notices said while here).
        self.app.clear_notifications()
        if self.final:
            self.show_next("x", "Close")
        recorder = self.coach.recorder
        if recorder is not None and not recorder.closed:
            recorder.reach("safety")
            if self.final:
                # "Yes, I'm afraid": this pause ends here, whichever way the app is closed.
                recorder.finish("safety_exit")

    def action_back(self) -> None:
        """Back to where you were (pressed by mistake)."""
        self.app.pop_screen()

    def action_unlink(self) -> None:
        """Stop the partner link at once: this device's keys are deleted first."""
        from pausecoach.link import link_home
        from pausecoach.link.pairing import unpair

        unpair(link_home())
        offer = self.query("#unlink-offer")
        if offer:
            offer.first(Static).update("The partner link is stopped. Nothing more is sent.")
        self.refresh_bindings()

    def action_leave(self) -> None:
        """Close, saving the pause as a safety exit (the come-back step is never offered)."""
        recorder = self.coach.recorder
        if recorder is not None and not recorder.closed:
            recorder.finish("safety_exit")
        self.app.exit()


class SafetyCheckScreen(ModalScreen[bool]):
    """Asked when typed words speak of danger: yes leads to help, no carries on."""

    BINDINGS = [
        SAFETY_KEY,
        SAFETY_ANYWHERE,
        Binding("y", "answer(True)", "Yes", id="safetycheck-yes"),
        Binding("n,escape", "answer(False)", "No", id="safetycheck-no"),
    ]

    def compose(self) -> ComposeResult:
        yield DialogBar()
        with Vertical(id="dialog"):
            yield Static("A moment to check", id="dialog-question")
            yield Static(SAFETY_QUESTION, id="dialog-detail")
            yield Static("[b]y[/b] yes, show me help   [b]n[/b] no, carry on", id="dialog-keys")

    def action_answer(self, value: bool) -> None:
        """Close with the answer."""
        self.dismiss(value)
