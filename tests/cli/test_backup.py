"""`pausecoach export`, `import` and `forget` on the command line."""

from __future__ import annotations

import json
import sqlite3
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest
from tests.cli.history_data import seed
from typer.testing import CliRunner

from pausecoach.cli import app
from pausecoach.models import DrillAttempt, Finding, PauseSession
from pausecoach.storage.store import Store

runner = CliRunner()


def drill(drill_id: str = "dr1") -> DrillAttempt:
    """A scored drill attempt with one finding."""
    return DrillAttempt(
        id=drill_id,
        at=datetime(2026, 11, 20, 9, 0, tzinfo=UTC),
        scenario_id="dishes",
        topic="chores",
        text="You never do the dishes.",
        score=35,
        verdict="harsh",
        findings=[
            Finding(
                rule="never",
                category="criticism",
                message="'never' blames",
                suggestion="Say what happened tonight",
                start=4,
                end=9,
            )
        ],
        seconds_taken=12.5,
    )


def fill() -> tuple[list[PauseSession], list[DrillAttempt]]:
    store = Store.open()
    sessions = seed(store)
    store.add_drill(drill())
    drills = store.list_drills()
    store.close()
    return sessions, drills


def export_to(path: Path) -> None:
    result = runner.invoke(app, ["export", "--output", str(path)])
    assert result.exit_code == 0, result.output
    assert "Saved 5 pauses and 1 drill attempt" in result.output


def test_export_is_the_documented_format(tmp_path: Path) -> None:
    sessions, drills = fill()
    result = runner.invoke(app, ["export"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["format"] == "pausecoach-export" and data["version"] == 1
    assert datetime.fromisoformat(data["exported_at"]).tzinfo is not None
    assert [s["id"] for s in data["sessions"]] == [s.id for s in sessions]
    assert data["drills"][0] == drills[0].model_dump(mode="json")
    assert all(isinstance(s["id"], str) for s in data["sessions"])


def test_export_file_is_owner_only(tmp_path: Path) -> None:
    fill()
    target = tmp_path / "backup.json"
    export_to(target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name != "pausecoach-home"] == ["backup.json"]


def test_export_to_a_missing_folder_fails_cleanly(tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "-o", str(tmp_path / "nope" / "b.json")])
    assert result.exit_code == 1
    assert "Could not write" in result.output and "Traceback" not in result.output


def test_round_trip_keeps_every_field(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sessions, drills = fill()
    target = tmp_path / "backup.json"
    export_to(target)
    monkeypatch.setenv("PAUSECOACH_HOME", str(tmp_path / "elsewhere"))
    result = runner.invoke(app, ["import", str(target)])
    assert result.exit_code == 0, result.output
    assert "Imported 5 pauses and 1 drill attempt." in result.output
    store = Store.open()
    from pausecoach.storage.store import SessionFilter

    restored = store.list_sessions(SessionFilter())
    assert [s.model_dump() for s in restored] == [s.model_dump() for s in sessions]
    assert [d.model_dump() for d in store.list_drills()] == [d.model_dump() for d in drills]
    store.close()
    again = runner.invoke(app, ["import", str(target)])
    assert "Imported 0 pauses and 0 drill attempts. 6 records already here were skipped." in (
        again.output
    )


def write(tmp_path: Path, content: str | dict[str, object]) -> Path:
    path = tmp_path / "in.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content))
    return path


def good_session(session_id: str) -> dict[str, object]:
    return PauseSession(id=session_id).model_dump(mode="json")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "is not valid JSON (line 1, column 2"),
        ({"format": "something-else", "version": 1}, "is not a pausecoach export"),
        ([1, 2], "is not a pausecoach export"),
        (
            {"format": "pausecoach-export", "version": 2, "sessions": []},
            "made by a newer pausecoach",
        ),
        ({"format": "pausecoach-export", "version": "1"}, "has no valid format version"),
        ({"format": "pausecoach-export", "version": 1, "sessions": {}}, "should be a list"),
        (
            {
                "format": "pausecoach-export",
                "version": 1,
                "sessions": [good_session("ok1"), {**good_session("bad2"), "status": "???"}],
                "drills": [],
            },
            "The sessions record 2 (id bad2) is not valid: status",
        ),
        (
            {
                "format": "pausecoach-export",
                "version": 1,
                "sessions": [good_session("ok1")],
                "drills": [{"id": 7}],
            },
            "The drills record 1 is not valid: id",
        ),
        (
            {
                "format": "pausecoach-export",
                "version": 1,
                "sessions": [{**good_session("x"), "extra": 1}],
            },
            "is not valid: extra",
        ),
    ],
)
def test_import_refuses_bad_files_and_changes_nothing(
    tmp_path: Path, content: str | dict[str, object], message: str
) -> None:
    result = runner.invoke(app, ["import", str(write(tmp_path, content))])
    assert result.exit_code == 1, result.output
    assert message in " ".join(result.output.split())
    assert "Traceback" not in result.output
    store = Store.open()
    assert store.count_sessions() == 0 and store.list_drills() == []
    store.close()


def test_import_of_a_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["import", str(tmp_path / "missing.json")])
    assert result.exit_code == 2
    assert "There is no file" in result.output


def raw_rows(table: str) -> int:
    store = Store.open()
    path = store.path
    store.close()
    assert path is not None
    with sqlite3.connect(path) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_forget_one_pause_after_confirming() -> None:
    fill()
    result = runner.invoke(app, ["forget", "a1b2"], input="y\n")
    assert result.exit_code == 0, result.output
    assert "Deleted 1 pause: " in result.output and "(a1b2c3)" in result.output
    assert raw_rows("sessions") == 4
    ids = [
        r["id"]
        for r in json.loads(runner.invoke(app, ["history", "--json", "--kind", "all"]).stdout)
    ]
    assert "a1b2c3d4e5f6" not in ids


def test_forget_says_no_by_default() -> None:
    fill()
    for answer in ("\n", "n\n", ""):
        result = runner.invoke(app, ["forget", "a1b2"], input=answer)
        assert result.exit_code == 1
        assert "Nothing was deleted." in result.output
    assert raw_rows("sessions") == 5


def test_forget_several_with_yes() -> None:
    fill()
    result = runner.invoke(app, ["forget", "a1b2", "b7c8", "--yes"])
    assert result.exit_code == 0
    assert "Deleted 2 pauses" in result.output
    assert raw_rows("sessions") == 3


def test_forget_really_removes_the_words_from_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    fill()
    compacted: list[bool] = []
    real_compact = Store.compact
    monkeypatch.setattr(Store, "compact", lambda self: compacted.append(True) or real_compact(self))
    store = Store.open()
    path = store.path
    store.close()
    assert path is not None
    assert runner.invoke(app, ["forget", "a1b2", "--yes"]).exit_code == 0
    on_disk = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
    assert b"swamped by the dishes" not in on_disk
    assert compacted == [True]  # VACUUM, so no freed page keeps the words either


def test_forget_all_deletes_everything() -> None:
    fill()
    result = runner.invoke(app, ["forget", "--all"], input="y\n")
    assert result.exit_code == 0
    assert "Deleted 5 pauses and 1 drill attempt" in result.output
    assert raw_rows("sessions") == 0 and raw_rows("drills") == 0


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        ([], 2, "Give the id of a pause to forget"),
        (["abc", "--all"], 2, "Give the id of a pause to forget"),
        (["zzz", "--yes"], 1, "No pause has an id starting with 'zzz'"),
    ],
)
def test_forget_refuses_unclear_requests(args: list[str], code: int, message: str) -> None:
    fill()
    result = runner.invoke(app, ["forget", *args])
    assert result.exit_code == code
    assert message in result.output
    assert raw_rows("sessions") == 5


def test_the_plan_baseline_and_cycle_map_travel_with_the_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pausecoach.documents.baseline import load_baseline, save_baseline

    store = Store.open()
    save_baseline(store, 62, datetime(2026, 11, 1, 8, 0, tzinfo=UTC))
    store.put_document("plan", {"not": "checked on export"})  # exported as it is kept
    store.close()
    target = tmp_path / "backup.json"
    assert runner.invoke(app, ["export", "--output", str(target)]).exit_code == 0
    data = json.loads(target.read_text())
    assert data["documents"]["baseline"] == {"bpm": 62, "measured_at": "2026-11-01T08:00:00+00:00"}
    del data["documents"]["plan"]  # a malformed plan would be refused on import (next test)
    target.write_text(json.dumps(data))

    monkeypatch.setenv("PAUSECOACH_HOME", str(tmp_path / "elsewhere"))
    assert runner.invoke(app, ["import", str(target)]).exit_code == 0
    store = Store.open()
    restored = load_baseline(store)
    assert restored is not None and restored.bpm == 62
    save_baseline(store, 70, datetime(2026, 11, 20, 8, 0, tzinfo=UTC))
    store.close()
    assert runner.invoke(app, ["import", str(target)]).exit_code == 0
    store = Store.open()
    kept = load_baseline(store)
    assert kept is not None and kept.bpm == 70, "the one made on this computer wins"
    store.close()


@pytest.mark.parametrize(
    ("documents", "message"),
    [
        ({"baseline": {"bpm": "fast"}}, "The document 'baseline' is not valid"),
        ({"diary": {}}, "The document 'diary' is not one pausecoach keeps"),
        ([], "'documents' should be an object"),
    ],
)
def test_bad_documents_refuse_the_whole_import(
    tmp_path: Path, documents: object, message: str
) -> None:
    content = {
        "format": "pausecoach-export",
        "version": 1,
        "sessions": [good_session("ok1")],
        "documents": documents,
    }
    result = runner.invoke(app, ["import", str(write(tmp_path, content))])
    assert result.exit_code == 1, result.output
    assert message in " ".join(result.output.split())
    store = Store.open()
    assert store.count_sessions() == 0 and store.get_document("baseline") is None
    store.close()
