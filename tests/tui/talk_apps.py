"""The real app with a stand-in for the coordinator: it keeps the talk and debrief messages."""

from __future__ import annotations

from pathlib import Path

from textual.message import Message

from pausecoach.clock import FakeClock
from pausecoach.config.settings import Settings
from pausecoach.models import PauseSession
from pausecoach.storage.store import Store
from pausecoach.tui import app as app_module
from pausecoach.tui.app import PauseCoachApp
from pausecoach.tui.flow import FlowCoordinator
from pausecoach.tui.messages import FlowMessage
from pausecoach.tui.talk_messages import DebriefSaved, FloodingAgain, TalkBlocked, TalkEnded


class RecordingCoordinator(FlowCoordinator):
    """The real coordinator, keeping the talk and debrief messages instead of acting on them."""

    def __init__(self, app: CoordinatorStandIn) -> None:
        super().__init__(app)
        self.seen = app.seen

    def handle(self, message: FlowMessage) -> None:
        if isinstance(message, TalkEnded | FloodingAgain | TalkBlocked | DebriefSaved):
            message.stop()
            self.seen.append(message)
            return
        super().handle(message)


class CoordinatorStandIn(PauseCoachApp):
    """The real app, keeping the messages the coordinator would act on."""

    CSS_PATH = Path(app_module.__file__).with_name("app.tcss")

    def __init__(self, clock: FakeClock, store: Store) -> None:
        super().__init__(clock, settings=Settings(bell=False), store=store)
        self.seen: list[Message] = []
        self.safety_asked = 0
        self.coordinator = RecordingCoordinator(self)

    def action_safety_check(self, typed: str = "") -> None:
        self.safety_asked += 1
        super().action_safety_check(typed)


def saved_pause(store: Store, status: str = "completed") -> PauseSession:
    session = PauseSession(status=status)  # type: ignore[arg-type]
    store.save_session(session)
    return session
