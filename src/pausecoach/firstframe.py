"""What the first frame needs, read without pydantic: someone flooded should not wait for imports.

Full validation (config.py, catalog.py) runs right after the first frame is on screen.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any

from pausecoach import paths


@cache
def _flow() -> dict[str, Any]:
    text = resources.files("pausecoach.content").joinpath("flow.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def flow_text(key: str) -> str:
    """One top-level text of content/flow.toml (e.g. 'welcome', 'disclaimer')."""
    value = _flow().get(key, "")
    return value if isinstance(value, str) else ""


def peek_setting(key: str) -> object | None:
    """A raw value from config.toml, or None when missing or unreadable (validated later)."""
    try:
        data = tomllib.loads(paths.config_path().read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    return data.get(key)
