"""The calm default theme and a high-contrast one (any built-in Textual theme works too)."""

from __future__ import annotations

from textual.theme import Theme

CALM = Theme(
    name="pausecoach",
    primary="#8FB0BD",
    secondary="#93B590",
    accent="#BDB58F",
    warning="#D1B58A",
    error="#D49088",
    success="#93B590",
    foreground="#DCE0E3",
    background="#1E2226",
    surface="#252A2F",
    panel="#2D3237",
    dark=True,
    # Textual's own muted grey is too faint on the panel once NO_COLOR turns it to grey.
    variables={"foreground-muted": "#A0A4A8"},
)

CONTRAST = Theme(
    name="pausecoach-contrast",
    primary="#FFFFFF",
    secondary="#FFFF00",
    accent="#FFFF00",
    warning="#FFFF00",
    error="#FF7A7A",
    success="#00FF00",
    foreground="#FFFFFF",
    background="#000000",
    surface="#000000",
    panel="#202020",
    dark=True,
    # Hints and secondary lines stay bright: dimmed grey on black is what this theme avoids.
    variables={
        "foreground-muted": "#E6E6E6",
        "text-muted": "#E6E6E6",
        "footer-description-foreground": "#FFFFFF",
        "block-cursor-background": "#FFFF00",
        "block-cursor-foreground": "#000000",
        "block-cursor-text-style": "bold",
        "border": "#FFFFFF",
        "border-blurred": "#A0A0A0",
        "scrollbar": "#A0A0A0",
    },
)

THEMES = (CALM, CONTRAST)
