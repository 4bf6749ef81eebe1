"""Talks and debriefs as store documents: found by prefix, linked to pauses, damage skipped."""

from __future__ import annotations

from datetime import timedelta

from pausecoach.clock import FakeClock
from pausecoach.core.talk import Talk
from pausecoach.documents.debrief import DebriefRecord, linked_to, load_debriefs, save_debrief
from pausecoach.documents.talk import (
    TalkRecord,
    blocked_by_safety,
    load_talks,
    record_of,
    save_talk,
)
from pausecoach.models import PauseSession
from pausecoach.storage.store import Store


def a_talk(clock: FakeClock, pause_id: str | None, talk_id: str) -> TalkRecord:
    talk = Talk.begin(clock.monotonic(), clock.now(), ("Sam", "Alex"))
    clock.advance(10)
    return record_of(talk, talk_id, pause_id)


def test_prefix_listing_is_exact(store: Store) -> None:
    store.put_document("talk/1", {"a": 1})
    store.put_document("talks", {"b": 2})
    store.put_document("talk", {"c": 3})
    store.put_document("debrief/1", {"d": 4})
    assert store.documents_named("talk/") == [("talk/1", {"a": 1})]
    assert store.delete_documents(["talk/1", "nothing"]) == 1
    assert store.documents_named("talk/") == []


def test_talks_and_debriefs_load_by_pause_oldest_first(store: Store, clock: FakeClock) -> None:
    save_talk(store, a_talk(clock, "p2", "t-late"))
    clock.advance(-100)
    save_talk(store, a_talk(clock, "p1", "t-early"))
    save_talk(store, a_talk(clock, None, "t-alone"))
    store.put_document("talk/broken", {"id": "broken"})  # damaged: skipped, not fatal
    assert [t.id for t in load_talks(store, "p1")] == ["t-early"]
    assert [t.id for t in load_talks(store)] == ["t-early", "t-alone", "t-late"]
    save_debrief(store, DebriefRecord(id="d1", pause_id="p1", my_part="I shouted"))
    assert [d.my_part for d in load_debriefs(store, "p1")] == ["I shouted"]
    assert load_debriefs(store, "p2") == []
    assert sorted(linked_to(store, {"p1"})) == ["debrief/d1", "talk/t-early"]


def test_safety_exit_blocks_the_talk(store: Store, clock: FakeClock) -> None:
    now = clock.now()
    calm = PauseSession(status="completed", started_at=now - timedelta(hours=1))
    unsafe = PauseSession(status="safety_exit", started_at=now - timedelta(hours=2))
    store.save_session(calm)
    assert not blocked_by_safety(store, calm.id, now)
    assert not blocked_by_safety(store, None, now)
    store.save_session(unsafe)
    assert blocked_by_safety(store, unsafe.id, now)
    assert not blocked_by_safety(store, calm.id, now)  # that pause itself was safe
    assert blocked_by_safety(store, None, now)  # no pause named: a recent safety exit counts
    assert not blocked_by_safety(store, None, now + timedelta(days=1))
