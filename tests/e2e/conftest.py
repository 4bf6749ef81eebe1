"""What every end-to-end test shares: a clean terminal environment with its own private home."""

from __future__ import annotations

import os
from pathlib import Path

import pytest


@pytest.fixture
def terminal_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """A clean environment for the program in tmux; this process reads the same home afterwards."""
    home = str(tmp_path / "home")
    monkeypatch.setenv("PAUSECOACH_HOME", home)
    return {
        "PAUSECOACH_HOME": home,
        "TERM": "xterm-256color",
        "LANG": "C.UTF-8",
        "TZ": "UTC",
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(tmp_path),
    }
