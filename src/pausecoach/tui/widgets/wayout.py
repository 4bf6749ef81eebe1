"""The way out, pinned: "! Not safe" in the title bar of every screen and dialog and at the
footer's right, never cut."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, HorizontalGroup
from textual.widget import Widget
from textual.widgets import Footer, Input, Static
from textual.widgets._footer import FooterKey

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
        self.watch(self.screen, "focused", self._focus_moved)

    def _focus_moved(self, focused: Widget | None) -> None:
        in_box = in_text_box(focused)
        if in_box != self._in_text_box:
            self._in_text_box = in_box
            self.update(way_out_markup(in_box))

    async def on_click(self, event: events.Click) -> None:
        event.stop()
        await self.app.run_action("app.safety")


# The next step's key as Textual names it, where the label says it differently.
KEY_NAMES = {"esc": "escape"}


class NextStep(Static):
    """The key of this screen's main step ("enter Start the break"), kept beside the way out.

    Drawn as a button; a click presses its key, so it does exactly what the key does.
    """

    DEFAULT_CSS = """
    NextStep {
        width: auto;
        height: 1;
        padding: 0 1;
        color: $foreground;
        background: $primary 30%;
        text-style: bold;
    }
    NextStep:hover { background: $primary 50%; }
    """

    _key: str | None = None

    def show(self, key: str | None, label: str = "") -> None:
        """Name the key and its step (None hides it)."""
        self.display = key is not None
        self._key = key
        if key is not None:
            self.update(f"[b $accent]{key}[/] {label}")

    def on_click(self, event: events.Click) -> None:
        event.stop()
        key = self._key
        if key is None or "/" in key:  # "y/n": two answers, no single key to press
            return
        self.app.simulate_key(KEY_NAMES.get(key, key))


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


class WayOutFooter(Footer):
    """The footer with the way out pinned at its right: "q Quit  ! Not safe" is never cut.

    The screen's own keys fill the rest from the left and are the ones a narrow window cuts.
    In a text box, where "!" and "q" are typed, the pinned key is the one that works there.
    """

    DEFAULT_CSS = """
    WayOutFooter #footer-way-out {
        dock: right;
        width: auto;
        height: 1;
        padding-left: 1;
        background: $footer-background;
        border-left: vkey $foreground 20%;
    }
    """

    _drawn: object = None  # the keys as last composed (see bindings_changed)
    _rebuild_due = False

    @staticmethod
    def _keys_of(screen: Screen[object]) -> object:
        """What the footer's keys are drawn from: the screen's active bindings and the focus."""
        shown = [
            (key, binding, enabled, tooltip)
            for key, (_node, binding, enabled, tooltip) in screen.active_bindings.items()
        ]
        return shown, in_text_box(screen.focused)

    def bindings_changed(self, screen: Screen[object]) -> None:
        # Textual's Footer rebuilds itself (every key unmounted, new ones mounted and styled)
        # each time the screen says its bindings may have changed: twice before the first
        # frame, again on focus moves. Here it is rebuilt once for changes that come together,
        # and only when the keys it would draw differ. Otherwise as Footer.bindings_changed.
        self._bindings_ready = True
        if not screen.app.app_focus or not (self.is_attached and screen is self.screen):
            return
        if self._rebuild_due or self._drawn == self._keys_of(screen):
            return
        self._rebuild_due = True
        self.call_after_refresh(self.recompose)

    def compose(self) -> ComposeResult:
        self._rebuild_due = False
        self._drawn = self._keys_of(self.screen) if self._bindings_ready else None
        pinned: list[FooterKey] = []
        for widget in super().compose():
            if isinstance(widget, FooterKey):
                self._settle(widget)
                if widget.action in PINNED_ACTIONS:
                    pinned.append(widget)
                    continue
            yield widget
        if in_text_box(self.screen.focused):
            pinned = [key for key in pinned if "safety" not in key.action]
            key = FooterKey(
                TEXT_BOX_KEY,
                self.app.get_key_display(Binding(TEXT_BOX_KEY, "app.safety")),
                "Not safe",
                "app.safety",
            )
            pinned.append(self._settle(key.data_bind(compact=Footer.compact)))
        # Quit, then the way out at the very right.
        pinned.sort(key=lambda key: "safety" in key.action)
        with HorizontalGroup(id="footer-way-out"):
            yield from pinned

    def _settle(self, key: FooterKey) -> FooterKey:
        """Give a new key the footer's compactness before it mounts.

        A FooterKey starts compact, and its binding to the footer's setting then sets it again:
        each change of its class restyled it alone (two restyles per key per footer redraw,
        ~10 ms of the first frame). Started as it will end, the binding changes nothing.
        """
        key.set_reactive(FooterKey.compact, self.compact)
        key.set_class(self.compact, "-compact", update=False)
        return key

    def on_resize(self, event: events.Resize) -> None:
        self.compact = event.size.width < COMPACT_BELOW
