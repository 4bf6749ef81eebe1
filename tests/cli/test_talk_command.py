"""`pausecoach talk --plain`, `debrief --plain`, and their place in history, stats and backups."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from typer.testing import CliRunner

from pausecoach.cli import app
from pausecoach.content.talk import debrief_texts, repair_phrases, talk_texts
from pausecoach.documents.debrief import DebriefRecord, load_debriefs
from pausecoach.documents.talk import TalkRecord, load_talks
from pausecoach.models import PauseSession
from pausecoach.storage.store import Store

runner = CliRunner()

TWO_TURNS = [
    "",  # Me: done speaking
    "",  # My partner said it back
    "r",  # repair phrases
    "3",  # the third one was used
    "",  # swap
    "",  # My partner: done speaking
    "",  # Me said it back
    "e",  # end
    "Sunday walk",  # one small agreement
]
DEBRIEF = [
    "1 3",
    "2",
    "a late dinner",
    "a hard day",
    "being left out",
    "my raised voice",
    "call the break sooner",
]


def answers(lines: list[str]) -> str:
    return "\n".join(lines) + "\n"


def a_pause(status: str = "completed", minutes_ago: int = 0) -> PauseSession:
    store = Store.open()
    try:
        started = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=minutes_ago)
        session = PauseSession(status=status, started_at=started)  # type: ignore[arg-type]
        store.save_session(session)
        return session
    finally:
        store.close()


def saved() -> tuple[list[TalkRecord], list[DebriefRecord]]:
    store = Store.open()
    try:
        return load_talks(store), load_debriefs(store)
    finally:
        store.close()


def test_plain_talk_in_two_turns_is_saved_with_its_pause() -> None:
    pause = a_pause()
    result = runner.invoke(app, ["talk", pause.id[:8], "--plain"], input=answers(TWO_TURNS))
    assert result.exit_code == 0, result.output
    names = talk_texts().names
    assert f"{names[0].upper()} SPEAKS" in result.output
    assert f"{names[1].upper()} SPEAKS" in result.output
    [talk], _ = saved()
    assert talk.pause_id == pause.id and talk.outcome == "agreed"
    assert talk.agreement == "Sunday walk"
    assert [t.speaker for t in talk.turns] == names and all(t.summarised for t in talk.turns)
    assert talk.repairs == [repair_phrases()[2]]


def test_plain_flooding_again_gives_a_new_return_time() -> None:
    result = runner.invoke(app, ["talk", "--plain", "--turn", "2"], input=answers(["", "", "f"]))
    assert result.exit_code == 0, result.output
    assert "I'll come back at " in result.output
    [talk], _ = saved()
    assert talk.outcome == "new_break" and talk.turn_seconds == 120 and talk.pause_id is None


def test_plain_talk_ended_by_input_keeps_what_was_said() -> None:
    result = runner.invoke(app, ["talk", "--plain"], input=answers(["", "", ""]))
    assert result.exit_code == 1
    assert "What you said so far is saved." in result.output
    [talk], _ = saved()
    assert talk.outcome == "left" and len(talk.turns) == 2


def test_no_talk_after_a_safety_exit() -> None:
    pause = a_pause("safety_exit")
    result = runner.invoke(app, ["talk", pause.id, "--plain"], input=answers(TWO_TURNS))
    assert result.exit_code == 0
    assert talk_texts().after_safety in result.output.replace("\n", " ")
    assert saved() == ([], [])


def test_plain_debrief_links_to_the_latest_pause_and_shows_in_history() -> None:
    a_pause(minutes_ago=90)
    latest = a_pause(minutes_ago=30)
    result = runner.invoke(app, ["debrief", "--plain"], input=answers(DEBRIEF))
    assert result.exit_code == 0, result.output
    _, [debrief] = saved()
    feelings = debrief_texts().feelings
    assert debrief.pause_id == latest.id and debrief.status == "done"
    assert debrief.my_feelings == [feelings[0], feelings[2]]
    assert debrief.their_feelings == [feelings[1]]
    assert debrief.next_time == "call the break sooner"
    runner.invoke(app, ["talk", latest.id, "--plain"], input=answers(TWO_TURNS))

    shown = runner.invoke(app, ["history", "show", latest.id[:6]])
    assert shown.exit_code == 0, shown.output
    assert "Talks in turns" in shown.output and "Agreed: Sunday walk" in shown.output
    assert "Looking back" in shown.output and "call the break sooner" in shown.output

    stats = runner.invoke(app, ["history", "stats", "--json"])
    assert json.loads(stats.stdout)["talks"] == {"talks": 1, "held": 1, "debriefs": 1}
    text = runner.invoke(app, ["history", "stats"])
    assert "1 of 1 held without a new break; 1 debrief" in text.output


def test_danger_words_in_a_plain_debrief_lead_to_help() -> None:
    result = runner.invoke(
        app, ["debrief", "--plain"], input=answers(["", "", "he threatened to hurt me", "y"])
    )
    assert result.exit_code == 0, result.output
    _, [debrief] = saved()
    assert debrief.status == "safety" and debrief.my_view == "he threatened to hurt me"
    assert "One thing I will do differently" not in result.output  # it stopped there


def test_a_debrief_and_a_talk_survive_export_forget_and_import(tmp_path: Path) -> None:
    pause = a_pause()
    runner.invoke(app, ["debrief", pause.id, "--plain"], input=answers(DEBRIEF))
    runner.invoke(app, ["talk", pause.id, "--plain"], input=answers(TWO_TURNS))
    before = saved()
    backup = tmp_path / "backup.json"
    assert runner.invoke(app, ["export", "-o", str(backup)]).exit_code == 0
    assert runner.invoke(app, ["forget", "--all", "--yes"]).exit_code == 0
    assert saved() == ([], [])

    result = runner.invoke(app, ["import", str(backup)])
    assert result.exit_code == 0, result.output
    assert saved() == before
    again = runner.invoke(app, ["import", str(backup)])  # ids already here: nothing doubles
    assert again.exit_code == 0 and saved() == before


def test_import_refuses_a_damaged_debrief(tmp_path: Path) -> None:
    pause = a_pause()
    runner.invoke(app, ["debrief", pause.id, "--plain"], input=answers(DEBRIEF))
    data = json.loads(runner.invoke(app, ["export"]).stdout)
    [name] = [n for n in data["documents"] if n.startswith("debrief/")]
    data["documents"][name]["my_feelings"] = "not a list"
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(data))
    result = runner.invoke(app, ["import", str(broken)])
    assert result.exit_code == 1 and "Nothing was imported" in result.output


def test_forgetting_a_pause_forgets_its_talks_and_debriefs() -> None:
    pause, other = a_pause(), a_pause()
    runner.invoke(app, ["debrief", pause.id, "--plain"], input=answers(DEBRIEF))
    runner.invoke(app, ["talk", other.id, "--plain"], input=answers(TWO_TURNS))
    assert runner.invoke(app, ["forget", pause.id, "--yes"]).exit_code == 0
    talks, debriefs = saved()
    assert debriefs == [] and [t.pause_id for t in talks] == [other.id]
