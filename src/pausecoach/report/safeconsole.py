"""A Rich console that can never pass a control character from text to the terminal."""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console, ConsoleOptions, RenderableType
from rich.segment import Segment

from pausecoach.core.safetext import visible


class SafeConsole(Console):
    """Every piece of text is escaped as it is rendered; Rich's own styling codes still work.

    Text from the store, an import, an argument or standard input reaches the screen through
    tables, markup and plain strings alike: escaping the rendered segments covers every path.
    """

    def render(
        self, renderable: RenderableType, options: ConsoleOptions | None = None
    ) -> Iterable[Segment]:
        """Rich's segments, with control characters in their text made visible."""
        for segment in super().render(renderable, options):
            text = segment.text
            if segment.control or text.isprintable():
                yield segment
            else:
                yield Segment(visible(text), segment.style, segment.control)
