"""A text box that keeps keys in order when they arrive in one burst (a paste, fast typing).

Textual hands each key to the widget focused when the key *arrives*: in "hurt⏎xyz" all eight
keys are queued on the first box before it handles any. Its enter (a binding, resolved only after
the key bubbles up to the app) and `widget.focus()` (applied later still) move the focus too late,
and "xyz" lands in the first box. Here enter is handled as it comes, the focus moves at once, and a
key queued on a box that no longer has the focus goes on to the widget that does.
"""

from __future__ import annotations

import weakref
from typing import Any

from textual import events
from textual.app import App
from textual.widgets import Input

# Keys a text box has already been shown (so one that bubbles on is never handed back to it).
_SEEN: weakref.WeakSet[events.Key] = weakref.WeakSet()


def hand_on_late_key(app: App[Any], event: events.Key) -> bool:
    """Give a key that came back to the app unclaimed to the text box focused since it arrived.

    In "y in 30⏎" on the partner screen, every key is queued on the screen before "y" opens the
    time box; the letters come back to the app unclaimed and belong in the box, in order.
    """
    box = app.focused
    if not isinstance(box, TextBox) or event in _SEEN:
        return False
    if not (event.key == "enter" or box.check_consume_key(event.key, event.character)):
        return False
    again = events.Key(event.key, event.character)
    again.set_sender(app)
    box._forward_event(again)
    return True


class TextBox(Input):
    """An Input whose enter is handled in order with the letters around it."""

    def __init__(self, *, next_box: str | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        # The id of the box enter moves to (it still posts Submitted for the screen).
        self.next_box = next_box

    async def _on_key(self, event: events.Key) -> None:
        _SEEN.add(event)
        focused = self.screen.focused
        if focused is not self and focused is not None:
            # Queued here before the focus moved: it belongs where the focus is now.
            event.stop()
            event.prevent_default()
            again = events.Key(event.key, event.character)
            again.set_sender(event._sender or self)
            focused._forward_event(again)
            return
        if event.key == "enter":
            event.stop()
            event.prevent_default()
            if self.next_box is not None:
                self.screen.set_focus(self.screen.query_one(f"#{self.next_box}"))
            await self.action_submit()
            return
        await super()._on_key(event)
