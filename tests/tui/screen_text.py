"""The rendered screen as plain text (what a person would see, dialogs over screens included)."""

from __future__ import annotations

import io
from typing import Any

from rich.console import Console
from textual.app import App


def screen_console(app: App[object], **options: Any) -> Console:
    """A colourless console the size of the app, writing nowhere, to render its screen into."""
    width, height = app.size
    return Console(
        width=width,
        height=height,
        file=io.StringIO(),
        force_terminal=True,
        color_system=None,
        legacy_windows=False,
        **options,
    )


def screen_update(app: App[object]) -> Any:
    """The whole current screen, dialogs over screens included, as the compositor draws it."""
    return app.screen._compositor.render_update(full=True, screen_stack=app._background_screens)


def screen_text(app: App[object]) -> str:
    """Every row of the current screen as it is drawn, without colour."""
    console = screen_console(app, record=True, safe_box=False)
    console.print(screen_update(app))
    return console.export_text()
