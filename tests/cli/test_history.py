"""`pausecoach history` on the command line."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from typer.testing import CliRunner

from pausecoach.cli import app
from pausecoach.models import PauseSession
from pausecoach.store import Store

runner = CliRunner()


def test_history_json_lists_every_pause_newest_first() -> None:
    start = datetime(2026, 11, 18, 20, 14, tzinfo=UTC)
    store = Store.open()
    for offset in range(3):
        store.save_session(
            PauseSession(
                id=f"id{offset}", started_at=start + timedelta(days=offset), status="completed"
            )
        )
    store.close()
    result = runner.invoke(app, ["history", "--json"])
    assert result.exit_code == 0, result.output
    records = json.loads(result.output)
    assert [r["id"] for r in records] == ["id2", "id1", "id0"]
    assert records[0]["status"] == "completed"
    assert set(records[0]) == set(PauseSession.model_fields)
