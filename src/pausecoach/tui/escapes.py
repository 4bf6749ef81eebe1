"""Escape sequences that reach outside the window: the title, and desktop notifications."""

from __future__ import annotations

from collections.abc import Mapping

BELL = "\a"
TITLE_PUSH = "\x1b[22;2t"  # save the terminal's own title, so leaving restores it
TITLE_POP = "\x1b[23;2t"


def _clean(text: str) -> str:
    """Printable text only: a stray control character would end the sequence early."""
    return "".join(ch for ch in text if ch.isprintable()).replace(";", ",")[:200]


def title_sequence(title: str) -> str:
    """Set the window/tab title (OSC 2)."""
    return f"\x1b]2;{_clean(title)}\a"


def notification_sequence(title: str, body: str, environ: Mapping[str, str]) -> str | None:
    """A desktop notification in the dialect this terminal understands, or None if unknown.

    kitty speaks OSC 99; iTerm2, WezTerm, Ghostty and Windows Terminal OSC 9; VTE terminals
    (GNOME Terminal, Tilix), foot and urxvt OSC 777.
    """
    title, body = _clean(title), _clean(body)
    term = environ.get("TERM", "")
    program = environ.get("TERM_PROGRAM", "")
    if environ.get("KITTY_WINDOW_ID") or term == "xterm-kitty":
        return f"\x1b]99;;{title}: {body}\x1b\\"
    if program in {"iTerm.app", "WezTerm", "ghostty"} or environ.get("WT_SESSION"):
        return f"\x1b]9;{title}: {body}\a"
    if environ.get("VTE_VERSION") or term.startswith(("foot", "rxvt")):
        return f"\x1b]777;notify;{title};{body}\a"
    return None
