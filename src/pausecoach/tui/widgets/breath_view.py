"""What a timed breath looks like: the clock, the growing disc, the words, all in one widget.

Textual's cost per frame grows with the widgets and rows it repaints, so the whole break is drawn
here, line by line: every frame is built from small cached pieces, compared with the last one,
and only the rows that differ are repainted (a hold repaints nothing, a second only the clock's
rows and the count). The content is laid out to fit and sits in the middle of the space; when
the window is short the least needed parts go first (the rumination guard, the big digits, ...),
and the disc and the words stay.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from rich.markup import escape
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.geometry import Region
from textual.strip import Strip
from textual.widget import Widget

from pausecoach.core.breathing import Pattern, PhaseState
from pausecoach.tui.widgets.breath_layout import MOST_SHAPE_ROWS, Parts, Plan, plan_layout
from pausecoach.tui.widgets.pacer import fullness, shape_rows, shape_step
from pausecoach.tui.widgets.strips import (
    centred,
    changed_cells,
    digit_rows,
    row_at,
    runs,
    runs_of,
)

CACHE_LIMIT = 96


@dataclass
class Shown:
    """Everything the view shows; the timer and the screen fill it in."""

    clock: str = ""
    times: str = ""  # markup after "left · ", e.g. "break ends [b]20:34[/b]"
    state: PhaseState | None = None
    paused: bool = False
    patterns: tuple[Pattern, ...] = ()
    pattern_id: str = ""
    # Paragraphs under the pacer: (kind, markup); the kind is a style: idea, cycle or guard.
    aside: tuple[tuple[str, str], ...] = field(default_factory=tuple)


class BreathView(Widget):
    """Clock, pacer and words, repainted row by row."""

    COMPONENT_CLASSES = {
        "breath-view--clock",
        "breath-view--shape",
        "breath-view--still",
        "breath-view--word",
        "breath-view--muted",
        "breath-view--chosen",
        "breath-view--idea",
        "breath-view--cycle",
        "breath-view--guard",
    }
    DEFAULT_CSS = """
    BreathView { width: 100%; height: 1fr; }
    BreathView > .breath-view--clock { color: $primary; text-style: bold; }
    BreathView > .breath-view--shape { color: $primary; }
    BreathView > .breath-view--still { color: $foreground-muted; }
    BreathView > .breath-view--word { color: $primary; text-style: bold; }
    BreathView > .breath-view--muted { color: $foreground-muted; }
    BreathView > .breath-view--chosen { color: $primary; text-style: reverse bold; }
    BreathView > .breath-view--idea { color: $foreground; }
    BreathView > .breath-view--cycle { color: $accent; }
    BreathView > .breath-view--guard { color: $foreground-muted; text-style: italic; }
    """

    def __init__(self, reduce_motion: bool = False, id: str | None = None) -> None:
        super().__init__(id=id)
        self.reduce_motion = reduce_motion
        self.shown = Shown()
        self._lines: list[Strip] = []
        self._built_for: tuple[int, int] = (0, 0)
        self._cache: dict[tuple[object, ...], list[Strip]] = {}
        self._pattern_row = -1
        self._pattern_spans: list[tuple[int, int, str]] = []
        # Textual drops its own style cache at every refresh; these last until the theme changes.
        self._styles: dict[str, Style] = {}
        self._plans: dict[tuple[object, ...], Plan] = {}
        self._last_look: tuple[object, ...] = ()

    # ------------------------------------------------------------------ reading (tests, a11y)
    def text(self) -> str:
        """Every row as plain text."""
        return "\n".join(line.text.rstrip() for line in self._lines)

    def words(self) -> str:
        """The phase, its count and (reduced motion) what comes next, as plain text."""
        return "\n".join(strip.text.strip() for strip in self._word_block(self.size.width or 80))

    def aside_shown(self) -> dict[str, str]:
        """The paragraphs under the pacer that fit on screen now, by kind, as plain text."""
        width, height = self.size
        if not width or not height:
            return {}
        fitting = self.shown.aside[: self._plan(width, height).aside]
        return {
            kind: " ".join(Text.from_markup(markup, emoji=False).plain.split())
            for kind, markup in fitting
        }

    # ------------------------------------------------------------------ drawing
    def redraw(self) -> None:
        """Rebuild the frame; repaint only the rows that changed."""
        width, height = self.size
        if not width or not height:
            return
        look = self._look(width, height)
        if look == self._last_look:
            return  # most ticks: nothing visible changed
        self._last_look = look
        old = self._lines
        new = self._frame(width, height)
        self._lines = new
        if (width, height) != self._built_for:
            self._built_for = (width, height)
            self.refresh()
            return
        # Only the cells that differ: a second repaints the clock's digits, not the whole row.
        changed = [
            (y, changed_cells(row_at(old, y), row_at(new, y), width))
            for y in range(max(len(old), len(new)))
        ]
        rows = [(y, span) for y, span in changed if span is not None]
        for start, end in runs(y for y, _ in rows):
            spans = [span for y, span in rows if start <= y < end]
            left = min(a for a, _ in spans)
            right = max(b for _, b in spans)
            self.refresh(Region(left, start, right - left, end - start))

    def on_resize(self, event: events.Resize) -> None:
        self._forget()
        self.redraw()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._forget()  # another theme: every piece is drawn again in its colours
        if self.is_mounted:
            self.redraw()

    def _forget(self) -> None:
        self._last_look = ()
        self._cache.clear()
        self._styles.clear()
        self._plans.clear()
        self._built_for = (0, 0)

    def render_line(self, y: int) -> Strip:
        if y < len(self._lines):
            return self._lines[y]
        return Strip.blank(self.size.width, self._base())

    def on_click(self, event: events.Click) -> None:
        """A click on a pattern's name chooses it, as its number key would."""
        if event.y != self._pattern_row:
            return
        for start, end, key in self._pattern_spans:
            if start <= event.x < end:
                event.stop()
                self.pattern_clicked(key)
                return

    def pattern_clicked(self, key: str) -> None:
        """A pattern was clicked (the timer switches to it)."""

    # ------------------------------------------------------------------ layout
    def plan(self, width: int, height: int) -> Plan:
        """The richest arrangement of this view's parts that fits `width` x `height`."""
        return plan_layout(
            Parts(
                small_clock=len(self._clock_block(width, big=False, times=True)),
                big_clock=len(self._clock_block(width, big=True, times=True)),
                words=len(self._word_block(width)),
                paragraphs=tuple(
                    (kind, len(self._paragraph((kind, markup), width)))
                    for kind, markup in self.shown.aside
                ),
                motion=not self.reduce_motion,
            ),
            width,
            height,
        )

    def _plan(self, width: int, height: int) -> Plan:
        shown = self.shown
        key = (
            width,
            height,
            len(shown.clock),
            shown.times,
            shown.aside,
            shown.paused,
            shown.state is None,
        )
        found = self._plans.get(key)
        if found is None:
            if len(self._plans) > CACHE_LIMIT:
                self._plans.clear()
            found = self._plans[key] = self.plan(width, height)
        return found

    def _look(self, width: int, height: int) -> tuple[object, ...]:
        """Everything the frame depends on, cheaply: equal looks draw equal frames."""
        shown = self.shown
        state = shown.state
        plan = self._plan(width, height)
        if state is None:
            breath: tuple[object, ...] = ()
        else:
            fraction = fullness(state)
            step = shape_step(fraction, plan.shape, _bar_width(width)) if plan.shape else 0
            breath = (state.pattern.id, state.index, state.count, step)
        return (plan, shown.clock, shown.times, shown.aside, shown.paused, shown.pattern_id, breath)

    def _frame(self, width: int, height: int) -> list[Strip]:
        plan = self._plan(width, height)
        blank = Strip.blank(width, self._base())
        blocks: list[list[Strip]] = [self._clock_block(width, plan.big_clock, plan.times)]
        if plan.gaps:
            blocks.append([blank])
        if plan.shape:
            blocks.append(self._shape_block(width, plan.shape))
        blocks.append(self._word_block(width))
        pattern_at = -1
        if plan.pattern and plan.gaps and self.reduce_motion:
            blocks.append([blank])
        if plan.pattern:
            pattern_at = len(blocks)
            blocks.append(self._pattern_block(width))
        for index, aside in enumerate(self.shown.aside[: plan.aside]):
            if index or plan.gaps:
                blocks.append([blank])
            blocks.append(self._paragraph(aside, width))
        used = sum(len(block) for block in blocks)
        top = max(0, (height - used) // 2)
        lines = [blank] * top
        for index, block in enumerate(blocks):
            if index == pattern_at:
                self._pattern_row = len(lines)
            lines.extend(block)
        if pattern_at < 0:
            self._pattern_row = -1
        return lines[:height]

    # ------------------------------------------------------------------ pieces
    def _style(self, name: str) -> Style:
        found = self._styles.get(name)
        if found is None:
            found = self._styles[name] = self.get_component_rich_style(f"breath-view--{name}")
        return found

    def _base(self) -> Style:
        """The widget's own style (its background), for the cells around the content."""
        found = self._styles.get("")
        if found is None:
            found = self._styles[""] = self.rich_style
        return found

    def _cached(self, key: tuple[object, ...], make: Callable[[], list[Strip]]) -> list[Strip]:
        found = self._cache.get(key)
        if found is None:
            if len(self._cache) > CACHE_LIMIT:
                self._cache.clear()
            found = self._cache[key] = make()
        return found

    def _strips(self, text: Text, width: int) -> list[Strip]:
        """Wrapped, centred rows of `text` on the widget's background."""
        base = self._base()
        console = self.app.console
        text.end = ""
        strips = []
        for line in text.wrap(console, width, justify="center", overflow="fold"):
            # Text.render leaves the text's own style out when it has no spans: put it back.
            own = console.get_style(line.style)
            segments = [
                Segment(piece.text, own + piece.style if piece.style else own)
                for piece in line.render(console)
            ]
            strips.append(centred(Strip(segments, line.cell_len), width, base))
        return strips

    @staticmethod
    def _parts(parts: list[str], width: int) -> list[Text]:
        """Markup parts joined by " · " into as few lines as fit, breaking only between parts
        (a part longer than the line wraps by itself)."""
        lines: list[Text] = []
        for part in parts:
            piece = Text.from_markup(part, emoji=False)
            if lines and lines[-1].cell_len + 3 + piece.cell_len <= width:
                lines[-1].append(" · ")
                lines[-1].append_text(piece)
            else:
                lines.append(piece)
        return lines

    def _clock_block(self, width: int, big: bool, times: bool) -> list[Strip]:
        shown = self.shown
        clock_style, muted = self._style("clock"), self._style("muted")
        # Big digits: the words under them are kept apart, since only the digits change each second.
        words_clock = "" if big else shown.clock
        key = ("clock-words", width, big, times, words_clock, shown.times, clock_style, muted)

        def words() -> list[Strip]:
            parts = ["left", *shown.times.split(" · ")] if times and shown.times else ["left"]
            if not big:
                parts[0] = f"[b]{escape(shown.clock)}[/b] left"
            rest = self._parts(parts, width)
            for line in rest:
                line.stylize(muted)
                line.highlight_regex(r"^\S+(?= left)", clock_style)
            return [strip for line in rest for strip in self._strips(line, width)]

        below = self._cached(key, words)
        if not big:
            return below

        def digits() -> list[Strip]:
            base = self._base()
            return [
                centred(Strip(segments), width, base)
                for segments in digit_rows(shown.clock, clock_style)
            ]

        return self._cached(("clock-digits", width, shown.clock, clock_style), digits) + below

    def _shape_block(self, width: int, rows: int) -> list[Strip]:
        shown = self.shown
        state = shown.state
        fraction = fullness(state) if state is not None else 0.0
        shape = shape_rows(fraction, rows, _bar_width(width))
        style = self._style("still" if shown.paused else "shape")
        key = ("shape", width, shape, style)

        def make() -> list[Strip]:
            base = self._base()
            # A full cell is painted with its background too, so no gap shows between rows
            # where a font's block glyph falls short of the line height (NO_COLOR keeps the glyph).
            full = style + Style(bgcolor=style.color)
            return [
                centred(
                    Strip([Segment(run, full if run[0] == "█" else style) for run in runs_of(row)]),
                    width,
                    base,
                )
                for row in shape
            ]

        return self._cached(key, make)

    def _word_block(self, width: int) -> list[Strip]:
        shown = self.shown
        state = shown.state
        word_style, muted = self._style("word"), self._style("muted")
        if state is None:
            parts: tuple[object, ...] = ("",)
        elif shown.paused:
            parts = ("Paused", "space to carry on")
        elif self.reduce_motion:
            phases = state.pattern.phases
            following = phases[(state.index + 1) % len(phases)].word.lower()
            parts = (state.phase.word, state.count, f"then {following}")
        else:
            parts = (state.phase.word, state.count)
        key = ("word", width, parts, word_style, muted)

        def make() -> list[Strip]:
            if len(parts) == 1:
                return self._strips(Text(""), width)
            if shown.paused:
                line = Text.assemble((str(parts[0]), word_style), "  ", (str(parts[1]), muted))
                return self._strips(line, width)
            line = Text.assemble((str(parts[0]), word_style), "  ", (str(parts[1]), word_style))
            strips = self._strips(line, width)
            if len(parts) == 3:
                strips += self._strips(Text(str(parts[2]), style=muted), width)
            return strips

        return self._cached(key, make)

    def _pattern_block(self, width: int) -> list[Strip]:
        shown = self.shown
        muted, chosen = self._style("muted"), self._style("chosen")
        key = ("pattern", width, shown.pattern_id, tuple(p.id for p in shown.patterns), muted)

        def make() -> list[Strip]:
            patterns = shown.patterns
            name = next((p.name for p in patterns if p.id == shown.pattern_id), "")
            # As much as fits: the name and every label, then the labels, then the numbers
            # with only the chosen pattern named.
            for with_name, every_label in ((True, True), (False, True), (False, False)):
                labels = [
                    (
                        p.key,
                        f" {p.key} {p.short} "
                        if every_label or p.id == shown.pattern_id
                        else f" {p.key} ",
                        p.id == shown.pattern_id,
                    )
                    for p in patterns
                ]
                line = Text(style=muted)
                if with_name and name:
                    line.append(name + "   ", style=muted + Style(bold=True))
                spans: list[tuple[int, int, str]] = []
                for index, (key_name, label, is_chosen) in enumerate(labels):
                    if index:
                        line.append(" ")
                    start = line.cell_len
                    line.append(label, style=chosen if is_chosen else muted)
                    spans.append((start, line.cell_len, key_name))
                if line.cell_len <= width:
                    break
            offset = max(0, (width - line.cell_len) // 2)
            self._pattern_spans = [(a + offset, b + offset, k) for a, b, k in spans]
            return self._strips(line, width)[:1]

        return self._cached(key, make)

    def _paragraph(self, aside: tuple[str, str], width: int) -> list[Strip]:
        kind, markup = aside
        style = self._style(kind)
        text_width = min(width, 76)
        key = ("aside", width, markup, style)

        def make() -> list[Strip]:
            base = self._base()
            text = Text.from_markup(markup, style=style, emoji=False)
            return [centred(strip, width, base) for strip in self._strips(text, text_width)]

        return self._cached(key, make)


def _bar_width(width: int) -> int:
    """The longest the one-row bar gets in a window `width` cells wide."""
    return max(2, min(width - 4, 4 * MOST_SHAPE_ROWS))
