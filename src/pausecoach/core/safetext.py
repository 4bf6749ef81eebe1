"""Text from outside (imports, old records, typed input) made harmless for a terminal and a sheet.

Cleaning on the way in turns control characters into spaces; escaping on the way out shows any
that got in anyway as visible `\\x1b`-style text, so no stored text can drive the terminal.
"""

from __future__ import annotations

import unicodedata
from typing import Any

# Cc: C0 and C1 controls (ESC, CSI U+009B, BEL, CR...); Cs: lone surrogates (not UTF-8).
_CONTROL = {"Cc", "Cs"}
_KEPT_IN = {"\n", "\t"}  # line breaks and tabs in stored text cannot start an escape sequence
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # spreadsheets run cells starting like this


def _is_control(ch: str) -> bool:
    return unicodedata.category(ch) in _CONTROL


def clean_in(text: str) -> str:
    """Text to store: every control character except newline and tab becomes a space."""
    if text.isprintable():
        return text
    return "".join(" " if ch not in _KEPT_IN and _is_control(ch) else ch for ch in text)


def clean_tree(value: Any) -> Any:
    """A parsed JSON value with `clean_in` applied to every string in it, keys included."""
    stack: list[Any] = [value]
    if isinstance(value, str):
        return clean_in(value)
    # Iterative, so a deeply nested file cannot exhaust the interpreter's stack here.
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key in list(node):
                item = node.pop(key)
                node[clean_in(key) if isinstance(key, str) else key] = (
                    clean_in(item) if isinstance(item, str) else item
                )
                if isinstance(item, dict | list):
                    stack.append(item)
        elif isinstance(node, list):
            for index, item in enumerate(node):
                if isinstance(item, str):
                    node[index] = clean_in(item)
                elif isinstance(item, dict | list):
                    stack.append(item)
    return value


def _visible_char(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def visible(text: str, keep_lines: bool = True) -> str:
    """Text to print: control characters shown as `\\x1b`-style text (newlines kept if asked)."""
    if text.isprintable():
        return text
    kept = _KEPT_IN if keep_lines else set()
    return "".join(_visible_char(ch) if ch not in kept and _is_control(ch) else ch for ch in text)


def visible_tree(value: Any) -> Any:
    """A parsed JSON value with `visible` applied to every string in it (a copy, for showing)."""
    if isinstance(value, str):
        return visible(value)
    if isinstance(value, list):
        return [visible_tree(item) for item in value]
    if isinstance(value, dict):
        return {visible_tree(key): visible_tree(item) for key, item in value.items()}
    return value


def sheet_cell(text: str) -> str:
    """A CSV cell a spreadsheet shows as text: no formula start, no control characters."""
    text = visible(text, keep_lines=False)
    return "'" + text if text.startswith(FORMULA_START) else text
