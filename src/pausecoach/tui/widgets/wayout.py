"""The way out, pinned: "! Not safe" in the title bar of every screen and dialog and at the
footer's right, never cut."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.style import Style
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widget import Widget
from textual.widgets import Input, Static

if TYPE_CHECKING:
    from textual.screen import Screen

# In a text box "!" is typed, not pressed: this key opens help from there (and everywhere).
TEXT_BOX_KEY = "ctrl+g"


def in_text_box(widget: Widget | None) -> bool:
    """Whether `widget` is a text box (an Input or a TextArea), where "!" and "q" are letters.

    TextArea is looked for only once a screen that has one imported it: importing it for this
    check alone cost ~10 ms before the first frame.
    """
    if isinstance(widget, Input):
        return True
    text_area = sys.modules.get("textual.widgets._text_area")
    return text_area is not None and isinstance(widget, text_area.TextArea)


def follow_text_box(widget: Widget, changed: Callable[[bool], None]) -> None:
    """Call `changed(in_box)` each time the focus on `widget`'s screen moves into or out of a
    text box (where "!" is a letter, so the way out is named by another key)."""
    state = [False]

    def moved(focused: Widget | None) -> None:
        in_box = in_text_box(focused)
        if in_box != state[0]:
            state[0] = in_box
            changed(in_box)

    widget.watch(widget.screen, "focused", moved)


def way_out_markup(in_box: bool) -> str:
    """The label: the key that works where the focus is, then the words."""
    key = TEXT_BOX_KEY if in_box else "!"
    return f"[b $accent]{key}[/] Not safe"


class WayOut(Static):
    """Clickable; names the key that works right now (a text box takes "!" as a letter)."""

    DEFAULT_CSS = """
    WayOut { width: auto; height: 1; padding: 0 1; }
    WayOut:hover { background: $boost; }
    """

    def __init__(self) -> None:
        super().__init__(way_out_markup(False), id="way-out")
        self._in_text_box = False

    def on_mount(self) -> None:
        follow_text_box(self, self._text_box_changed)

    def _text_box_changed(self, in_box: bool) -> None:
        self._in_text_box = in_box
        self.update(way_out_markup(in_box))

    async def on_click(self, event: events.Click) -> None:
        event.stop()
        await self.app.run_action("app.safety")


# The next step's key as Textual names it, where the label says it differently.
KEY_NAMES = {"esc": "escape"}


class DialogBar(Horizontal):
    """A dialog's pinned line: the way out, at the top right where the screens have it."""

    DEFAULT_CSS = """
    DialogBar { dock: top; height: 1; width: 100%; background: $panel; align-horizontal: right; }
    """

    def compose(self) -> ComposeResult:
        yield WayOut()


# Binding actions pinned at the footer's right (an app binding, or a dialog's copy of it).
PINNED_ACTIONS = frozenset({"quit_flow", "app.quit_flow", "safety", "app.safety"})
# Below this width the footer drops its spacing, so more of the screen's own keys fit.
COMPACT_BELOW = 70
DIVIDER = "\u258f"  # the thin line before the pinned keys


@dataclass(frozen=True)
class FooterItem:
    """One key in the footer: pressing it (or a click on it) runs `action`."""

    key: str  # as Textual names it, for simulate_key
    display: str  # as shown ("^g")
    description: str
    action: str
    enabled: bool = True


@dataclass(frozen=True)
class Placed:
    """An item where it is drawn: columns start (inclusive) to end (exclusive)."""

    start: int
    end: int
    item: FooterItem


class WayOutFooter(Widget, can_focus=False):
    """The keys of this screen in one line, with the way out pinned at its right: "q Quit
    ! Not safe" is never cut.

    The screen's own keys fill the rest from the left and are the ones a narrow window cuts.
    In a text box, where "!" and "q" are typed, the pinned key is the one that works there.
    Drawn as one widget (Textual's Footer is a container of a widget per key: ~20 ms more
    before the first frame); a click on a key presses it, as on Textual's footer.
    """

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {"footer--key", "footer--description", "footer--hover", "footer--divider"}
    DEFAULT_CSS = """
    WayOutFooter {
        dock: bottom;
        height: 1;
        width: 100%;
        color: $footer-foreground;
        background: $footer-background;
        text-wrap: nowrap;
        text-overflow: clip;
        & > .footer--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        & > .footer--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        & > .footer--hover { background: $block-hover-background; }
        & > .footer--divider { color: $foreground 20%; }
    }
    """

    _drawn: object = None  # the keys as last drawn (see bindings_changed)
    _items: tuple[FooterItem, ...] = ()
    _pinned: tuple[FooterItem, ...] = ()
    _hover: FooterItem | None = None

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self.bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    @staticmethod
    def _keys_of(screen: Screen[object]) -> object:
        """What the footer's keys are drawn from: the screen's active bindings and the focus."""
        shown = [
            (key, binding, enabled, tooltip)
            for key, (_node, binding, enabled, tooltip) in screen.active_bindings.items()
        ]
        return shown, in_text_box(screen.focused)

    def bindings_changed(self, screen: Screen[object]) -> None:
        """The screen says its keys may have changed: drawn again only when they did."""
        if not screen.app.app_focus or not (self.is_attached and screen is self.screen):
            return
        drawn = self._keys_of(screen)
        if drawn == self._drawn:
            return
        self._drawn = drawn
        self._items, self._pinned = self._gather(screen)
        self._hover = None
        self.refresh()

    def _gather(
        self, screen: Screen[object]
    ) -> tuple[tuple[FooterItem, ...], tuple[FooterItem, ...]]:
        """The screen's own keys, and the pinned ones (quit, then the way out)."""
        first_per_action: dict[str, FooterItem] = {}
        for _node, binding, enabled, _tooltip in screen.active_bindings.values():
            if binding.show and binding.action not in first_per_action:
                first_per_action[binding.action] = FooterItem(
                    binding.key,
                    self.app.get_key_display(binding),
                    binding.description,
                    binding.action,
                    enabled,
                )
        items = [item for item in first_per_action.values() if item.action not in PINNED_ACTIONS]
        pinned = [item for item in first_per_action.values() if item.action in PINNED_ACTIONS]
        if in_text_box(screen.focused):
            pinned = [item for item in pinned if "safety" not in item.action]
            display = self.app.get_key_display(Binding(TEXT_BOX_KEY, "app.safety"))
            pinned.append(FooterItem(TEXT_BOX_KEY, display, "Not safe", "app.safety"))
        pinned.sort(key=lambda item: "safety" in item.action)
        return tuple(items), tuple(pinned)

    def _key_parts(self, item: FooterItem, compact: bool) -> tuple[str, str, str]:
        """The key, its words and the gap after them, as drawn (spacing as Textual's footer)."""
        if compact:
            return item.display, f" {item.description}" if item.description else "", " "
        words = f"{item.description} " if item.description else ""
        return f" {item.display} ", words, ""

    def _layout(self, width: int) -> tuple[list[Placed], int]:
        """Where each key is drawn at `width`, and the column where the pinned keys start."""
        compact = width < COMPACT_BELOW
        pinned_width = 2 + sum(
            len("".join(self._key_parts(item, compact))) for item in self._pinned
        )
        pinned_at = max(0, width - pinned_width) if self._pinned else width
        placed: list[Placed] = []
        x = 0
        for item in self._items:
            key, words, gap = self._key_parts(item, compact)
            end = x + len(key) + len(words)
            if x < pinned_at:
                placed.append(Placed(x, min(end, pinned_at), item))
            x = end + len(gap)
        x = pinned_at + 2
        for item in self._pinned:
            key, words, gap = self._key_parts(item, compact)
            end = x + len(key) + len(words)
            placed.append(Placed(x, min(end, width), item))
            x = end + len(gap)
        return placed, pinned_at

    def render(self) -> Text:
        width = self.size.width
        compact = width < COMPACT_BELOW
        key_style = self.get_component_rich_style("footer--key")
        words_style = self.get_component_rich_style("footer--description")
        hover = Style(bgcolor=self.get_component_rich_style("footer--hover").bgcolor)

        def drawn(item: FooterItem) -> Text:
            key, words, gap = self._key_parts(item, compact)
            text = Text.assemble((key, key_style), (words, words_style))
            if item is self._hover:
                text.stylize(hover)
            if not item.enabled:
                text.stylize(Style(dim=True))
            text.append(gap)
            return text

        _placed, pinned_at = self._layout(width)
        line = Text(no_wrap=True, overflow="crop", end="")
        for item in self._items:
            line.append_text(drawn(item))
        line.truncate(pinned_at, pad=True)
        if self._pinned:
            line.append(DIVIDER, self.get_component_rich_style("footer--divider"))
            line.append(" ")
            for item in self._pinned:
                line.append_text(drawn(item))
        line.truncate(width, pad=True)
        return line

    @property
    def placed(self) -> list[Placed]:
        """Each key shown and where, from the left (cut keys left out)."""
        return [p for p in self._layout(self.size.width)[0] if p.end > p.start]

    def item_at(self, x: int) -> FooterItem | None:
        """The key drawn at column `x`, if any."""
        return next((p.item for p in self.placed if p.start <= x < p.end), None)

    def on_mouse_down(self, event: events.MouseDown) -> None:
        item = self.item_at(event.x)
        if item is None:
            return
        if item.enabled:
            self.app.simulate_key(item.key)
        else:
            self.app.bell()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        item = self.item_at(event.x)
        if item is not self._hover:
            self._hover = item
            self.refresh()

    def on_leave(self, event: events.Leave) -> None:
        if self._hover is not None:
            self._hover = None
            self.refresh()

    def on_resize(self, event: events.Resize) -> None:
        self._hover = None
        self.refresh()
