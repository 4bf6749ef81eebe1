"""Breathing outside a pause: `pausecoach breathe` (practice) and `pausecoach baseline`."""

from __future__ import annotations

from pausecoach.core.countdown import Countdown
from pausecoach.tui.screens.breathing import BreathingScreen

BASELINE_SECONDS = 120
BASELINE_PATTERN = "5-5"


class PracticeScreen(BreathingScreen):
    """Just the pacer and the countdown; saved as a practice session."""

    STEP_TITLE = "Breathe"
    ASK_BEFORE_ENDING_UNDER = 0  # practice: end whenever you like

    def __init__(self, minutes: int) -> None:
        super().__init__()
        self.minutes = minutes

    def begin(self, now: float) -> None:
        self._own_countdown = Countdown.start(self.minutes * 60, now)
        record = self.coach.record
        record.break_planned(self.minutes * 60, None, None)
        record.break_started(self.coach.flow.pattern_id)

    def save_progress(self, elapsed: float) -> None:
        self.coach.record.progress(elapsed)

    def note_pattern(self, pattern_id: str) -> None:
        self.coach.record.pattern_used(pattern_id)
        self.coach.record.save()

    def ideas(self, elapsed: float) -> tuple[str, str]:
        pattern = self.pattern()
        return "", f"{pattern.summary}\n{pattern.evidence}"

    def finished(self, early: bool) -> None:
        from pausecoach.tui.screens.done import DoneScreen

        if not early:
            self.coach.announce_break_end("Practice over.")
        minutes = int(self.countdown.elapsed(self.coach.clock.monotonic()) // 60)
        self.coach.record.finish("completed")
        self.coach.goto(
            DoneScreen(
                "Well done",
                f"You breathed for {minutes} minute{'s' if minutes != 1 else ''}. "
                "Practising on calm days makes it easier to reach for in a hard one.",
            )
        )


class BaselineScreen(BreathingScreen):
    """Two minutes of calm breathing, then a guided 30-second count: your resting pulse."""

    STEP_TITLE = "Resting pulse: settle first"
    ASK_BEFORE_ENDING_UNDER = 0

    def begin(self, now: float) -> None:
        self.coach.flow.pattern_id = BASELINE_PATTERN
        self._own_countdown = Countdown.start(BASELINE_SECONDS, now)

    def ideas(self, elapsed: float) -> tuple[str, str]:
        return (
            "Sit comfortably and breathe with the bar. The count starts when the time is up.",
            "A resting pulse is best measured sitting quietly, not after coffee or exercise.",
        )

    def finished(self, early: bool) -> None:
        from pausecoach.tui.screens.pulse import PulseCountScreen, PulseResult

        def counted(result: PulseResult | None) -> None:
            from pausecoach.core.flooding import resting_ceiling
            from pausecoach.documents.baseline import save_baseline
            from pausecoach.tui.screens.done import DoneScreen

            if result is None:
                self.coach.goto(
                    DoneScreen(
                        "No count saved", "Run `pausecoach baseline` again when you are ready."
                    )
                )
                return
            from pausecoach.storage.store import StoreError

            try:
                save_baseline(self.coach.store, result.bpm, self.coach.clock.now())
            except StoreError as exc:
                self.coach.goto(DoneScreen(f"Your resting pulse: {result.bpm} bpm", str(exc)))
                return
            self.coach.goto(
                DoneScreen(
                    f"Your resting pulse: {result.bpm} bpm",
                    f"Saved. After a break, the re-check will want you at {resting_ceiling(result.bpm)} "
                    "bpm or less (within 10% of resting) before you go back. Measure again in six "
                    "months, or if your fitness or medication changes.",
                )
            )

        self.app.push_screen(PulseCountScreen(30), counted)
