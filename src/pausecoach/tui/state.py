"""What the user has chosen so far in this pause; screens render from it."""

from __future__ import annotations

from dataclasses import dataclass, field

from pausecoach.core.countdown import Countdown
from pausecoach.core.flooding import Assessment


@dataclass
class FlowState:
    """Choices carried from screen to screen (the saved record lives in the recorder)."""

    ticked: set[str] = field(default_factory=set)
    pulse_before: int | None = None
    assessment: Assessment | None = None
    minutes: int = 20
    tell_index: int = 0
    tell_text: str | None = None
    thanks_index: int = 0
    pattern_id: str = "sigh"
    pulse_after: int | None = None
    calm_score: int | None = None
    topic: str | None = None
    startup_text: str | None = None
    countdown: Countdown | None = None
