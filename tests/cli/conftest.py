"""Fixtures for CLI tests: commands that would open the TUI are recorded instead."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from pausecoach.documents.fear import remember_no
from pausecoach.storage.store import Store


@pytest.fixture(autouse=True)
def fear_answered(request: pytest.FixtureRequest) -> Iterator[None]:
    """The fear question was answered "no" on an earlier day (tests of it are marked ask_fear).

    Written only when a test first opens the default store, so a test that checks nothing was
    written still finds nothing.
    """
    if request.node.get_closest_marker("ask_fear") is not None:
        yield
        return
    original = Store.open.__func__  # type: ignore[attr-defined]

    def open_answered(cls: type[Store], *args: object, **kwargs: object) -> Store:
        opened = original(cls, *args, **kwargs)
        if opened.get_document("fear_question") is None:
            remember_no(opened, datetime(2026, 11, 1, tzinfo=UTC))
        return opened

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Store, "open", classmethod(open_answered))
        yield


@pytest.fixture
def launched(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, object]]:
    """Record run_pause calls instead of starting the TUI."""
    calls: list[dict[str, object]] = []
    import pausecoach.commands.pause as pause

    monkeypatch.setattr(pause, "run_pause", lambda **kw: calls.append(kw))
    return calls
