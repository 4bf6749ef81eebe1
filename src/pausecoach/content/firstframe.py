"""What the first frame needs, read without the content models: someone flooded should not wait for imports.

Full validation (config/settings.py, content/catalog.py) runs right after the first frame is on screen.
"""

from __future__ import annotations

import tomllib
from functools import cache
from typing import Any

from pausecoach.content.files import read_text


@cache
def _flow() -> dict[str, Any]:
    return tomllib.loads(read_text("flow.toml"))


def flow_text(key: str) -> str:
    """One top-level text of content/flow.toml (e.g. 'welcome', 'disclaimer')."""
    value = _flow().get(key, "")
    return value if isinstance(value, str) else ""
