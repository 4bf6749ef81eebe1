"""The `?` panel: this screen's own keys in words, grouped, without Textual's generic ones."""

from __future__ import annotations

import re
from dataclasses import dataclass

from textual.app import App, ComposeResult
from textual.binding import ActiveBinding, Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.dom import DOMNode
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Static

from pausecoach.content.screen_words import screen_words

# The app's keys that work everywhere, in the order a shaken person needs them.
ANYWHERE_ORDER = ("safety", "keys", "quit")
PATTERN_ACTION = "pattern"
KEY_WORDS = {"enter": "enter", "escape": "esc", "space": "space", "tab": "tab"}


@dataclass
class KeyRow:
    """One line of the panel: the key(s) and what they do."""

    keys: list[str]
    words: str
    enabled: bool
    anywhere: bool
    order: int

    @property
    def key_text(self) -> str:
        """The keys as shown: a run of digits as a range (1–5), others joined by a slash."""
        if len(self.keys) > 2 and all(key.isdigit() for key in self.keys):
            return f"{self.keys[0]}–{self.keys[-1]}"
        return " / ".join(self.keys)


def key_name(app: App[object], binding: Binding) -> str:
    """The key as a word a person would say ("enter", "esc"), else Textual's short display."""
    return KEY_WORDS.get(binding.key, app.get_key_display(binding))


def _action_name(action: str) -> str:
    return re.sub(r"\(.*\)$", "", action).removeprefix("app.").removeprefix("screen.")


def _own_bindings(node: DOMNode) -> set[tuple[str, str]]:
    """(action, description) of the bindings this app's classes (not Textual's) declare on `node`."""
    own: set[tuple[str, str]] = set()
    for cls in type(node).__mro__:
        if cls.__module__.split(".")[0] == "textual":
            continue
        for binding in cls.__dict__.get("BINDINGS", []):
            if isinstance(binding, Binding):
                own.add((binding.action, binding.description))
            else:  # the tuple form: (key, action, description)
                own.add((binding[1], binding[2] if len(binding) > 2 else ""))
    return own


def _pattern_keys() -> set[str]:
    # The break binds 1-9 so a new pattern needs no code; only the ones that exist are listed.
    from pausecoach.content.catalog import patterns

    return {pattern.key for pattern in patterns()}


def key_rows(screen: Screen[object]) -> list[KeyRow]:
    """The rows for `screen`: its own keys first, then the app's, one row per thing done."""
    app = screen.app
    words = screen_words().keys
    found: dict[tuple[bool, str], list[tuple[int, ActiveBinding]]] = {}
    own_cache: dict[int, set[tuple[str, str]]] = {}
    pattern_keys: set[str] | None = None
    for order, active in enumerate(screen.active_bindings.values()):
        binding, node = active.binding, active.node
        if id(node) not in own_cache:
            own_cache[id(node)] = _own_bindings(node)
        if (binding.action, binding.description) not in own_cache[id(node)] or binding.system:
            continue  # Textual's scroll, focus, copy and palette keys
        action = _action_name(binding.action)
        if action == PATTERN_ACTION:
            pattern_keys = _pattern_keys() if pattern_keys is None else pattern_keys
            if binding.key not in pattern_keys:
                continue
        anywhere = isinstance(node, App) or binding.action.startswith("app.")
        text = _words_for(binding, action, words.words, words.pattern)
        found.setdefault((anywhere, text), []).append((order, active))
    rows = []
    for (anywhere, text), candidates in found.items():
        # A hidden second key for the same words (ctrl+c beside q for Quit) is left out.
        shown = [item for item in candidates if item[1].binding.show] or candidates
        first_order, first = shown[0]
        rank = first_order
        if anywhere and first.binding.id in ANYWHERE_ORDER:
            rank = ANYWHERE_ORDER.index(first.binding.id)
        keys: list[str] = []
        actions: set[str] = set()
        for _order, active in shown:
            # One key per action: "+" for +5 min, not "+ / ="; a digit per pattern, as a range.
            if active.binding.action not in actions:
                actions.add(active.binding.action)
                keys.append(key_name(app, active.binding))
        enabled = any(active.enabled for _order, active in shown)
        rows.append(KeyRow(keys, text, enabled, anywhere, rank))
    return sorted(rows, key=lambda row: (row.anywhere, row.order))


def _words_for(binding: Binding, action: str, by_id: dict[str, str], pattern: str) -> str:
    if action == PATTERN_ACTION:
        return pattern
    if binding.id and binding.id in by_id:
        return by_id[binding.id]
    return binding.tooltip or binding.description or action.replace("_", " ").capitalize()


class KeysPanel(VerticalScroll, can_focus=False):
    """This screen's keys in words: "This step" and "Anywhere"; `?` shows and hides it."""

    SCOPED_CSS = False  # the narrow rule looks at the screen's class
    DEFAULT_CSS = """
    KeysPanel {
        split: right;
        width: 40;
        max-width: 50%;
        height: 100%;
        background: $surface;
        border-left: solid $panel-lighten-2;
        padding: 1 1 1 2;
    }
    /* Too narrow to share: the list takes the whole window until ? closes it. */
    Screen.-narrow KeysPanel { width: 100%; max-width: 100%; border-left: none; }
    KeysPanel .keys-title { text-style: bold; color: $primary; }
    KeysPanel .keys-group { text-style: bold; margin-top: 1; }
    KeysPanel #keys-rows, KeysPanel .keys-row { height: auto; }
    KeysPanel .keys-key { text-style: bold; color: $accent; text-align: right; margin-right: 2; }
    KeysPanel .keys-words { width: 1fr; }
    KeysPanel .keys-row.-disabled .keys-words { color: $foreground-muted; }
    KeysPanel .keys-close { color: $foreground-muted; margin-top: 1; }
    Screen.-short KeysPanel { padding: 0 1; }
    Screen.-short KeysPanel .keys-close { display: none; }
    """

    def __init__(self) -> None:
        super().__init__(id="keys-panel")

    @classmethod
    def toggle(cls, screen: Screen[object]) -> None:
        """Show the panel on `screen`, or hide it if it is showing."""
        shown = screen.query(cls)
        if shown:
            shown.remove()
        else:
            screen.mount(cls())

    def compose(self) -> ComposeResult:
        words = screen_words().keys
        yield Static(words.title, classes="keys-title", markup=False)
        yield Vertical(id="keys-rows")
        yield Static(words.close, classes="keys-close", markup=False)

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, lambda _screen: self.refresh_keys())
        self.refresh_keys()

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def refresh_keys(self) -> None:
        """Rebuild the rows from the bindings active right now."""
        words = screen_words().keys
        rows = key_rows(self.screen)
        width = max((len(row.key_text) for row in rows), default=1)
        widgets: list[Widget] = []
        for anywhere, heading in ((False, words.this_step), (True, words.anywhere)):
            group = [row for row in rows if row.anywhere is anywhere]
            if group:
                widgets.append(Static(heading, classes="keys-group", markup=False))
            for row in group:
                key = Static(row.key_text, classes="keys-key", markup=False)
                key.styles.width = width
                text = Static(row.words, classes="keys-words", markup=False)
                classes = "keys-row" if row.enabled else "keys-row -disabled"
                widgets.append(Horizontal(key, text, classes=classes))
        container = self.query_one("#keys-rows", Vertical)
        with self.app.batch_update():
            container.remove_children()
            container.mount_all(widgets)
