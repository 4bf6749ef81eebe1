"""What the first frame needs, read without pydantic: someone flooded should not wait for imports.

Full validation (config/settings.py, content/catalog.py) runs right after the first frame is on screen.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def _flow() -> dict[str, Any]:
    text = resources.files("pausecoach.content").joinpath("flow.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def flow_text(key: str) -> str:
    """One top-level text of content/flow.toml (e.g. 'welcome', 'disclaimer')."""
    value = _flow().get(key, "")
    return value if isinstance(value, str) else ""
