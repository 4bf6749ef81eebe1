"""Fixtures for CLI tests: commands that would open the TUI are recorded instead."""

from __future__ import annotations

import pytest


@pytest.fixture
def launched(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, object]]:
    """Record run_pause calls instead of starting the TUI."""
    calls: list[dict[str, object]] = []
    import pausecoach.commands.pause as pause

    monkeypatch.setattr(pause, "run_pause", lambda **kw: calls.append(kw))
    return calls
