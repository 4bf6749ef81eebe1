"""Key names a terminal can send, and the keys no setting may take away (without Textual).

Textual accepts any string as a binding's key, so a key nobody can press (`a+b+c+d`, `f99`) or
`quit = "exclamation_mark"` would silently remove a way in or the way out. Every binding in the
settings passes `binding_problem` first; a refused one keeps its default.
"""

from __future__ import annotations

import unicodedata

from pausecoach.config.names import KEY_BINDINGS

MODIFIERS = ("ctrl", "shift", "alt", "meta", "super", "hyper")
# Keys Textual names (textual.keys.Keys, textual==8.2.8 is pinned), besides single characters.
NAMED_KEYS = frozenset(
    {
        "escape", "enter", "return", "tab", "space", "backspace", "newline",
        "up", "down", "left", "right", "home", "end", "insert", "delete", "pageup", "pagedown",
        *(f"f{n}" for n in range(1, 25)),
    }
)  # fmt: skip
# Textual's friendlier names for some characters (textual.keys.KEY_NAME_REPLACEMENTS).
_REPLACEMENTS = {
    "solidus": "slash",
    "reverse_solidus": "backslash",
    "commercial_at": "at",
    "hyphen_minus": "minus",
    "plus_sign": "plus",
    "low_line": "underscore",
}
_UNICODE_NAMES = {short: long for long, short in _REPLACEMENTS.items()}
_UNICODE_NAMES |= {"hyphen_minus": "HYPHEN-MINUS", "minus": "HYPHEN-MINUS"}
_UNICODE_NAMES |= {"less_than_sign": "LESS-THAN SIGN", "greater_than_sign": "GREATER-THAN SIGN"}
# The way to help and the way out: always on these keys, whatever the settings say.
FIXED_KEYS: dict[str, tuple[str, str]] = {
    "exclamation_mark": ("! (help if you are not safe)", "safety"),
    "ctrl+c": ("ctrl+c (quit at once)", "quit-now"),
}
# Bindings that own a fixed key: they may gain keys but never lose it.
KEEPS: dict[str, str] = {"safety": "exclamation_mark", "drill-safety": "exclamation_mark"}
KEEPS["quit-now"] = "ctrl+c"


def key_name(key: str) -> str:
    """One key as Textual's bindings name it: a lone `!` is `exclamation_mark`."""
    key = key.strip()
    if len(key) != 1 or key.isalnum():
        return key
    try:
        name = unicodedata.name(key).lower().replace("-", "_").replace(" ", "_")
    except ValueError:
        return key
    return _REPLACEMENTS.get(name, name)


def _character_name(name: str) -> bool:
    """Whether `name` is how Textual names a key event of one printable, non-letter character.

    Letters and digits are named by themselves (`a`, not `latin_small_letter_a`).
    """
    if name in _REPLACEMENTS:
        return False  # Textual says `plus`, never `plus_sign`
    try:
        character = unicodedata.lookup(_UNICODE_NAMES.get(name, name).replace("_", " ").upper())
    except KeyError:
        return False
    return character.isprintable() and not character.isspace() and not character.isalnum()


def key_problem(key: str) -> str | None:
    """Why no terminal can send `key` (one key, modifiers allowed), or None when it can."""
    key = key.strip()
    if len(key) == 1:
        return None if key.isprintable() and not key.isspace() else f"'{key}' is not a key"
    *mods, base = key.split("+")
    wrong = [m for m in mods if m not in MODIFIERS]
    if wrong:
        return (
            f"'{key}' is not a key anyone can press: {', '.join(wrong)} "
            f"{'is not a modifier' if len(wrong) == 1 else 'are not modifiers'} "
            f"(modifiers: {', '.join(MODIFIERS)})"
        )
    if len(set(mods)) != len(mods):
        return f"'{key}' names a modifier twice"
    lowered = base.lower()
    if lowered.startswith("f") and lowered[1:].isdecimal() and lowered not in NAMED_KEYS:
        return f"'{key}' is not a key: function keys go from f1 to f24"
    if len(base) == 1 or lowered in NAMED_KEYS or _character_name(lowered):
        return None
    return (
        f"'{key}' is not a key name: use a character (q, 2), a name (enter, escape, space, "
        "tab, up, pageup, f1…f24, question_mark) and modifiers (ctrl+s)"
    )


def binding_problem(binding_id: str, keys: str) -> str | None:
    """Why `binding_id` may not use `keys` (comma-separated), or None when it may."""
    names = [key_name(k) for k in keys.split(",") if k.strip()]
    if not names:
        return "no key given"
    for name in names:
        problem = key_problem(name)
        if problem:
            return problem
        fixed = FIXED_KEYS.get(name)
        if fixed is not None and KEEPS.get(binding_id) != name:
            return f"{fixed[0]} always keeps that job and cannot be given to {binding_id}"
    kept = KEEPS.get(binding_id)
    if kept is not None and kept not in names:
        words = FIXED_KEYS[kept][0]
        return f"{binding_id} must keep {kept}: {words} works on every screen, whatever else is set"
    return None


def default_keys(binding_id: str) -> str:
    """The keys a binding has when the settings do not change it."""
    return KEY_BINDINGS[binding_id].default
