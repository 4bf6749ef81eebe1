"""The heavy-pattern rule: one quiet line about couples therapy, never more than once a week."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pausecoach.content import catalog
from pausecoach.core.heavy import is_heavy, recent_count, show_help_line
from pausecoach.documents.help_line import HELP_LINE_DOC, help_line_due, last_shown, take_help_line
from pausecoach.models import PauseSession
from pausecoach.storage.store import Store

NOW = datetime(2026, 11, 18, 21, 0, tzinfo=UTC)


def days_ago(*days: float) -> list[datetime]:
    return [NOW - timedelta(days=d) for d in days]


def test_three_pauses_in_fourteen_days_is_heavy_two_is_not() -> None:
    assert is_heavy(days_ago(0, 5, 13.9), NOW)
    assert not is_heavy(days_ago(0, 5), NOW)
    assert not is_heavy(days_ago(0, 5, 14.1), NOW), "older than two weeks does not count"
    assert recent_count([*days_ago(0, 1, 2), NOW + timedelta(days=1)], NOW) == 3


def test_the_line_shows_for_a_heavy_pattern_when_never_shown() -> None:
    assert show_help_line(days_ago(1, 2, 3), None, NOW)
    assert not show_help_line(days_ago(1, 2), None, NOW)


def test_never_more_than_once_a_week() -> None:
    heavy = days_ago(0, 1, 2, 3)
    assert not show_help_line(heavy, NOW - timedelta(days=6, hours=23), NOW)
    assert show_help_line(heavy, NOW - timedelta(days=7), NOW)
    assert not show_help_line(heavy, NOW, NOW)


def test_never_after_a_pause_that_ended_at_the_safety_screen() -> None:
    assert not show_help_line(days_ago(1, 2, 3), None, NOW, unsafe_recently=True)


def _pause(store: Store, at: datetime, status: str = "completed", role: str = "flooded") -> None:
    store.save_session(PauseSession(started_at=at, status=status, role=role))  # type: ignore[arg-type]


def test_the_store_glue_shows_once_then_waits_a_week(tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = Store.open(tmp_path / "p.db")
    for at in days_ago(1, 3):
        _pause(store, at)
    _pause(store, NOW - timedelta(days=20))  # too old to count
    store.save_session(
        PauseSession(started_at=NOW, kind="practice")
    )  # breathing practice: not a fight
    assert take_help_line(store, NOW) is None
    _pause(store, NOW - timedelta(hours=1), role="partner_stepped_away")  # both sides count
    line = take_help_line(store, NOW)
    assert line == catalog.help_directories().heavy_pattern
    assert last_shown(store) == NOW
    assert take_help_line(store, NOW + timedelta(days=3)) is None
    _pause(store, NOW + timedelta(days=6))
    assert help_line_due(store, NOW + timedelta(days=7, minutes=1))
    store.close()


def test_a_safety_exit_in_the_window_keeps_the_line_away(tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = Store.open(tmp_path / "p.db")
    for at in days_ago(1, 2, 3):
        _pause(store, at)
    _pause(store, NOW - timedelta(days=4), status="safety_exit")
    assert take_help_line(store, NOW) is None
    assert store.get_document(HELP_LINE_DOC) is None
    store.close()


def test_a_damaged_last_shown_document_counts_as_never(tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = Store.open(tmp_path / "p.db")
    store.put_document(HELP_LINE_DOC, {"at": "last tuesday"})
    assert last_shown(store) is None
    store.close()
