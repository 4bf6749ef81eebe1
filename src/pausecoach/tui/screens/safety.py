"""The safety screen: helplines for the user's region. It never leads back into the conversation."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from pausecoach import catalog
from pausecoach.tui.screens.base import SAFETY_KEY, FlowScreen

KIND_TITLES = {
    "emergency": "Emergency",
    "crisis": "Crisis support",
    "domestic_abuse": "Domestic abuse support",
    "directory": "Find a helpline",
    "other": "Other support",
}


def emergency_line(region_code: str) -> str:
    """The first thing to know, as markup: who to call in danger."""
    return f"[b $error]In danger right now? Call {catalog.helplines()[region_code].emergency}.[/]"


def helpline_text(region_code: str, with_emergency: bool = True) -> str:
    """The helplines of a region as markup lines."""
    region = catalog.helplines()[region_code]
    lines = [emergency_line(region_code), ""] if with_emergency else []
    for line in region.lines:
        title = KIND_TITLES.get(line.kind, line.kind)
        hours = f" · {line.hours}" if line.hours else ""
        lines.append(f"[b]{line.name}[/b]  [dim]{title}{hours}[/]")
        lines.append(f"  {line.contact}")
        if line.note:
            lines.append(f"  [dim]{line.note}[/]")
    if region_code != "INTL":
        intl = catalog.helplines()["INTL"].lines[0]
        lines += ["", f"[dim]Elsewhere: {intl.contact}[/]"]
    lines += [
        "",
        f"[dim]Showing: {region.name}. Change with `pausecoach config set helpline_region XX`.[/]",
    ]
    return "\n".join(lines)


class SafetyScreen(FlowScreen):
    """Help now. A break is not the right tool when someone is afraid or hurt."""

    STEP_TITLE = "Not safe? Help now"
    BINDINGS = [
        Binding("escape", "back", "Back", id="safety-back"),
        Binding("x", "leave", "Close pausecoach", id="safety-leave"),
    ]

    def __init__(self, final: bool = False) -> None:
        super().__init__()
        # After "yes, I'm afraid", there is no way back to the conversation steps.
        self.final = final

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return not (action == "back" and self.final)

    def compose_body(self) -> ComposeResult:
        region = catalog.region_for(self.coach.settings.helpline_region)
        # First, so even a tiny window shows it without scrolling.
        yield Static(emergency_line(region), id="emergency", classes="lead")
        yield Static(
            "If you are afraid of your partner, or anyone has been hurt or threatened, a time-out "
            "is not the right tool, and you do not need to go back into the conversation. "
            "Get somewhere safe and reach out. These lines also help if you are worried about "
            "what you might do.",
            classes="lead",
        )
        yield Static(helpline_text(region, with_emergency=False), id="helplines")

    def on_mount(self) -> None:
        recorder = self.coach.recorder
        if recorder is not None and not recorder.closed:
            recorder.reach("safety")

    def action_back(self) -> None:
        """Back to where you were (pressed by mistake)."""
        self.app.pop_screen()

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
        Binding("y", "answer(True)", "Yes", id="safetycheck-yes"),
        Binding("n,escape", "answer(False)", "No", id="safetycheck-no"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static("A moment to check", id="dialog-question")
            yield Static(
                "Some of the words you typed make us want to ask: are you afraid of your partner, "
                "or has anyone been hurt or threatened today?",
                id="dialog-detail",
            )
            yield Static("[b]y[/b] yes, show me help   [b]n[/b] no, carry on", id="dialog-keys")

    def action_answer(self, value: bool) -> None:
        """Close with the answer."""
        self.dismiss(value)
