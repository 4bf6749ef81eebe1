"""One raw setting read before the settings model loads, for the first frame (validated fully just after it)."""

from __future__ import annotations

from pausecoach import paths


def peek_setting(key: str) -> object | None:
    """A raw value from config.toml, or None when missing or unreadable (validated later)."""
    try:
        text = paths.config_path().read_text(encoding="utf-8-sig")
    except (OSError, ValueError):  # ValueError: not UTF-8
        return None
    import tomllib  # only when there is a file: most first frames have none to read

    try:
        data = tomllib.loads(text)
    except (ValueError, RecursionError):  # bad TOML, or a 5000-digit number
        return None
    return data.get(key)
