"""The notice that covers a screen too small to work in, and offers `pausecoach --plain`."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.geometry import Size
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Static

# Below this, dialogs and the way out no longer fit (issue 13 designs every screen for 40×12).
MIN_SIZE = Size(40, 12)


def too_small(size: Size, minimum: Size = MIN_SIZE) -> bool:
    """True when either side of `size` is under the minimum."""
    return size.width < minimum.width or size.height < minimum.height


class TooSmall(Widget):
    """Covers the whole screen while the terminal is under MIN_SIZE; keys keep working."""

    SCOPED_CSS = False  # it also hides the screen's footer, whose keys would not fit
    DEFAULT_CSS = """
    TooSmall {
        overlay: screen;
        position: absolute;
        offset: 0 0;
        width: 100%;
        height: 100%;
        background: $background;
        padding: 0 1;
    }
    Screen.-too-small Footer, Screen.-too-small WayOutFooter { display: none; }
    TooSmall > Static { width: 100%; }
    TooSmall #too-small-title { text-style: bold; color: $primary; }
    TooSmall #too-small-plain { text-style: bold; color: $accent; margin-top: 1; }
    TooSmall #too-small-size { margin-top: 1; }
    TooSmall #too-small-keys { color: $foreground-muted; margin-top: 1; }
    """

    def __init__(self, size: Size) -> None:
        super().__init__(id="too-small")
        self._size = size

    def compose(self) -> ComposeResult:
        from pausecoach.content.screen_words import screen_words  # content models: only when needed

        words = screen_words().too_small
        yield Static(words.title, id="too-small-title", markup=False)
        yield Static(words.plain, id="too-small-plain", markup=False)
        yield Static(id="too-small-size", markup=False)
        yield Static(words.keys, id="too-small-keys", markup=False)

    def on_mount(self) -> None:
        self.show_size(self._size)

    def show_size(self, size: Size) -> None:
        """Say how big the window is now against what is needed."""
        from pausecoach.content.screen_words import screen_words

        self._size = size
        shown = self.query("#too-small-size")
        if not shown:  # a resize before its lines are composed: on_mount shows the size
            return
        text = screen_words().too_small.size.format(
            min_width=MIN_SIZE.width,
            min_height=MIN_SIZE.height,
            width=size.width,
            height=size.height,
        )
        shown.first(Static).update(text)

    @classmethod
    def update_for(cls, screen: Screen[object], size: Size) -> bool:
        """Cover `screen` when `size` is too small, uncover it when not; True while covered."""
        shown = screen.query(cls)
        screen.set_class(too_small(size), "-too-small")
        if not too_small(size):
            shown.remove()
            return False
        if shown:
            shown.first().show_size(size)
        else:
            screen.mount(cls(size))
        return True
