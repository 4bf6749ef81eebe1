"""The breathing pacer: a bar that fills as you breathe in and empties as you breathe out."""

from __future__ import annotations

from rich.console import RenderableType
from rich.text import Text
from textual.widget import Widget

from pausecoach.core.breathing import PhaseState

EIGHTHS = " ▏▎▍▌▋▊▉"
TOP_UP_START = 0.8


def fullness(state: PhaseState) -> float:
    """How full the lungs are (0-1) at this moment of the pattern."""
    phases = state.pattern.phases
    kind = state.phase.kind
    if kind == "inhale":
        nxt = phases[(state.index + 1) % len(phases)]
        top = TOP_UP_START if nxt.kind == "top_up" else 1.0
        return top * state.progress
    if kind == "top_up":
        return TOP_UP_START + (1 - TOP_UP_START) * state.progress
    if kind == "hold":
        return 1.0
    if kind == "exhale":
        return 1.0 - state.progress
    return 0.0


def bar(fraction: float, width: int) -> str:
    """A left-to-right bar `width` cells wide, filled to `fraction`, smooth to an eighth of a cell."""
    width = max(1, width)
    eighths = round(max(0.0, min(1.0, fraction)) * width * 8)
    full, part = divmod(eighths, 8)
    text = "█" * full
    if full < width:
        text += EIGHTHS[part]
    return text.ljust(width)


class BreathPacer(Widget):
    """Shows the phase word, the count, and (unless motion is reduced) the filling bar.

    It repaints only when what it shows changes, so a hold costs nothing.
    """

    DEFAULT_CSS = """
    BreathPacer { height: auto; width: 1fr; }
    """

    def __init__(self, reduce_motion: bool = False, id: str | None = None) -> None:
        super().__init__(id=id)
        self.reduce_motion = reduce_motion
        self.state: PhaseState | None = None
        self.paused = False
        self._shown: tuple[object, ...] = ()

    def show(self, state: PhaseState, paused: bool = False) -> None:
        """Display this moment of the breath (repaint only if it looks different)."""
        self.state = state
        self.paused = paused
        key = self._visual_key()
        if key != self._shown:
            self._shown = key
            self.refresh(layout=False)

    def _bar_width(self) -> int:
        return max(10, min(60, self.size.width - 4))

    def _visual_key(self) -> tuple[object, ...]:
        state = self.state
        if state is None:
            return ()
        cells = 0 if self.reduce_motion else round(fullness(state) * self._bar_width() * 8)
        return (state.pattern.id, state.index, state.count, cells, self.paused, self.size.width)

    def get_content_height(self, container: object, viewport: object, width: int) -> int:
        return 2

    def render(self) -> RenderableType:
        state = self.state
        if state is None:
            return ""
        if self.paused:
            word = Text("Paused", style="bold")
            count = Text("  space to carry on", style="dim")
        else:
            word = Text(state.phase.word, style="bold")
            count = Text(f"  {state.count}", style="bold")
        if self.reduce_motion:
            phases = state.pattern.phases
            following = phases[(state.index + 1) % len(phases)].word
            return Text.assemble(word, count, "\n", (f"then {following.lower()}", "dim"))
        row = f"▕{bar(fullness(state), self._bar_width())}▏"
        return Text.assemble(word, count, "\n", (row, "dim" if self.paused else ""))
