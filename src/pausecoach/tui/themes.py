"""The calm default theme and a high-contrast one (any built-in Textual theme works too)."""

from __future__ import annotations

from textual.theme import Theme

CALM = Theme(
    name="pausecoach",
    primary="#7FB7BE",
    secondary="#A3C4A8",
    accent="#E8C07D",
    warning="#E8C07D",
    error="#E39B8F",
    success="#A3C4A8",
    foreground="#DCE3E6",
    background="#1B2430",
    surface="#222D3A",
    panel="#2A3645",
    dark=True,
)

CONTRAST = Theme(
    name="pausecoach-contrast",
    primary="#FFFFFF",
    secondary="#FFFF00",
    accent="#00FFFF",
    warning="#FFFF00",
    error="#FF6060",
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
