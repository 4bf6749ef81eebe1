"""Pictures of what a 256- or 16-colour terminal shows: a line filter that downgrades like Rich.

Textual's screenshots are always truecolor; Rich downgrades only when writing to the terminal.
Added to an app under test, this filter makes the screenshot show the downgraded colours
(as xterm's palette draws them), so snapshot tests can see what `TERM=xterm-256color` shows.
"""

from __future__ import annotations

from functools import lru_cache

from rich.color import Color as RichColor
from rich.color import ColorSystem
from rich.segment import Segment
from rich.style import Style
from textual.app import App
from textual.color import Color
from textual.filter import LineFilter


@lru_cache(1024)
def _as_shown(color: RichColor, system: ColorSystem) -> RichColor:
    if color.is_default:
        return color
    triplet = color.downgrade(system).get_truecolor()
    return RichColor.from_rgb(*triplet)


@lru_cache(1024)
def downgrade_style(style: Style, system: ColorSystem) -> Style:
    """The style with its colours as a terminal with `system` colours draws them."""
    color = None if style.color is None else _as_shown(style.color, system)
    background = None if style.bgcolor is None else _as_shown(style.bgcolor, system)
    return style + Style.from_color(color, background)


class Downgrade(LineFilter):
    """Shows every colour as it would be after Rich's downgrade to `system`."""

    def __init__(self, system: ColorSystem) -> None:
        super().__init__()
        self.system = system

    def apply(self, segments: list[Segment], background: Color) -> list[Segment]:
        """Replace each segment's colours with their downgraded equivalents."""
        return [
            Segment(text, None if style is None else downgrade_style(style, self.system), control)
            for text, style, control in segments
        ]


def show_as(app: App[object], system: ColorSystem) -> App[object]:
    """Make `app` draw (and screenshot) as a terminal with fewer colours would."""
    app._filters.append(Downgrade(system))
    return app
