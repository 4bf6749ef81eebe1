"""The break's row helpers: the clock's digit rows match Textual's digit font, without its styles."""

from __future__ import annotations

import pytest
from rich.segment import Segment
from rich.style import Style
from textual.renderables.digits import Digits

from pausecoach.tui.widgets.strips import digit_rows


def font_rows(text: str, style: Style) -> list[str]:
    """The rows Textual's own digit renderer draws for `text`."""
    return [
        segment.text
        for segment in Digits(text).render(style)
        if isinstance(segment, Segment) and segment.text != "\n"
    ]


@pytest.mark.parametrize("text", ["18:57", "0:09", "120:00", "5", ""])
@pytest.mark.parametrize("bold", [True, False])
def test_digit_rows_draw_the_font_in_one_plain_style(text: str, bold: bool) -> None:
    style = Style(color="cyan", bold=bold)
    rows = digit_rows(text, style)
    assert ["".join(segment.text for segment in row) for row in rows] == font_rows(text, style)
    # One style for every second: no click-offset meta, so styles and caches are reused.
    assert {segment.style for row in rows for segment in row} == {style}
