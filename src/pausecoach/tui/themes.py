"""The calm default theme and a high-contrast one."""

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
)

THEMES = (CALM, CONTRAST)
