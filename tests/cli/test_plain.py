"""`pausecoach --plain`: a whole pause from typed (piped) answers, saved like the full-screen one."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pausecoach.cli import app
from pausecoach.content import catalog
from pausecoach.core.countdown import format_clock
from pausecoach.models import PauseSession
from pausecoach.storage.store import Store

runner = CliRunner()

WHOLE_PAUSE = [
    "",  # landing: check how flooded I am
    "1 2 3",  # signs: heart, breath, hot
    "55",  # beats in 30 seconds: 110 bpm
    "",  # verdict: take the break
    "",  # tell: start the break
    # (the one-second break runs here)
    "8",  # calm 8 of 10
    "40",  # beats in 30 seconds: 80 bpm
    "",  # calm, but a one-second break is short: go back now anyway
    "1",  # come back: first topic
    "2",  # its second line
    "I slept badly",  # a private note
]


# --no-save remembers nothing, so the fear question comes before the break every time.
UNSAVED_PAUSE = [*WHOLE_PAUSE[:4], "n", *WHOLE_PAUSE[4:]]


def saved_sessions() -> list[PauseSession]:
    """Every pause in the default store."""
    store = Store.open()
    try:
        return store.list_sessions()
    finally:
        store.close()


def answers(lines: list[str]) -> str:
    """Lines as they would be piped in."""
    return "\n".join(lines) + "\n"


def test_plain_completes_a_pause_from_piped_answers() -> None:
    result = runner.invoke(app, ["--plain", "--break-seconds", "1"], input=answers(WHOLE_PAUSE))
    assert result.exit_code == 0, result.output
    assert "You are flooded." in result.output
    assert "Your break is over." in result.output
    # Calm answers after a one-second break: never a plain "ready", an honest choice instead.
    assert "You look ready." not in result.output
    assert "Calm, but that was a short break." in result.output
    assert "You rested less than a minute." in result.output
    [session] = saved_sessions()
    chores = catalog.scripts().topics[0]
    assert session.status == "completed"
    assert session.step == "summary"
    assert session.signs == ["heart", "breath", "hot"]
    assert session.verdict == "flooded"
    assert session.pulse_before == 110 and session.pulse_after == 80
    assert [p.when for p in session.pulses] == ["before", "after"]
    assert session.planned_seconds == 1 and session.actual_seconds == 1
    assert session.pattern == "sigh"
    assert session.return_at is not None
    back = format_clock(session.return_at)
    assert f"Back with your partner at {back}." in result.output
    assert session.tell_text is not None and f"I'll be back at {back}" in session.tell_text
    assert session.calm_score == 8 and session.ready is False  # calm, but rested 1 s
    assert session.startup_topic == chores.id and session.startup_text == chores.scripts[1]
    assert session.note == "I slept badly"
    assert [e.step for e in session.timeline] == [
        "land", "check", "verdict", "tell", "break", "recheck", "comeback", "summary",
    ]  # fmt: skip


def test_bad_answers_are_explained_and_asked_again() -> None:
    lines = ["", "1 99", "abc", "1", "200", "", "c", "", "I slept badly"]
    result = runner.invoke(app, ["--plain"], input=answers(lines))
    assert result.exit_code == 0, result.output
    assert "Please type numbers from 1 to 16" in result.output
    assert "'200' is not" in result.output or "outside what a pulse can be" in result.output
    [session] = saved_sessions()
    assert session.signs == ["heart"] and session.pulse_before is None
    assert session.status == "completed" and session.planned_seconds is None


def test_end_of_input_keeps_the_pause_as_interrupted() -> None:
    result = runner.invoke(app, ["--plain"], input=answers(["", "1 2 3", ""]))
    assert result.exit_code == 1
    assert "What you did so far is saved." in result.output
    [session] = saved_sessions()
    assert session.status == "interrupted"
    assert session.step == "verdict" and session.verdict == "flooded"
    assert session.ended_at is not None


def test_e_ends_the_break_early() -> None:
    lines = ["b", "", "e", "", "", "", "", ""]
    result = runner.invoke(app, ["--plain", "--minutes", "5"], input=answers(lines))
    assert result.exit_code == 0, result.output
    assert "You ended the break early." in result.output
    [session] = saved_sessions()
    assert session.planned_seconds == 5 * 60
    assert session.actual_seconds is not None and session.actual_seconds < 30
    assert session.status == "completed" and session.verdict is None


def test_help_at_any_question_and_closing_there_is_a_safety_exit() -> None:
    result = runner.invoke(app, ["--plain"], input=answers(["", "!", "x"]))
    assert result.exit_code == 0, result.output
    assert "In danger right now? Call" in result.output
    [session] = saved_sessions()
    assert session.status == "safety_exit"


def test_plain_over_a_real_pipe_never_imports_textual(tmp_path: Path) -> None:
    Store.open().close()  # the fear question was answered on an earlier day
    code = textwrap.dedent(
        """
        import sys
        from pausecoach.cli import app
        sys.argv = ["pausecoach", "--plain", "--break-seconds", "1"]
        try:
            app()
        finally:
            print("TEXTUAL", "textual" in sys.modules)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        input=answers(WHOLE_PAUSE),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "TEXTUAL False" in result.stdout, result.stderr
    assert "Saved on this computer only." in result.stdout
    [session] = saved_sessions()
    assert session.status == "completed" and session.calm_score == 8


def test_the_saved_plan_is_shown_at_the_start_and_before_the_break() -> None:
    from datetime import UTC, datetime

    from pausecoach.documents.plan import default_plan, save_plan

    store = Store.open()
    plan = default_plan(25, datetime.now(UTC))
    save_plan(store, plan)
    store.close()
    result = runner.invoke(app, ["--plain", "--break-seconds", "1"], input=answers(WHOLE_PAUSE))
    assert result.exit_code == 0, result.output
    start, tell = result.output.split("Say this to your partner")
    assert "Our plan:" in start and f"Signal: “{plan.signal}”" in start
    assert f"Signal: “{plan.signal}”" in tell.split("Your break starts now")[0]
    if plan.not_during:
        assert "Agreed not to:" in " ".join(tell.split())


def test_no_save_writes_nothing(private_home: Path) -> None:
    result = runner.invoke(
        app, ["--plain", "--no-save", "--break-seconds", "1"], input=answers(UNSAVED_PAUSE)
    )
    assert result.exit_code == 0, result.output
    assert "Nothing from this pause was written to disk." in result.output
    assert not private_home.exists() or not any(private_home.rglob("*.db"))


def test_minutes_flag_outranks_the_suggestion_after_the_check() -> None:
    # Seen: `--minutes 3`, three signs, and the verdict offered a 20-minute break.
    lines = ["", "1 2 3", "", ""]
    result = runner.invoke(app, ["--plain", "--minutes", "3"], input=answers(lines))
    assert "You are flooded." in result.output
    assert "Break: 3 min." in result.output
    assert "twenty minutes" not in result.output.split("You are flooded.")[1]


def test_rising_verdict_and_the_break_note_agree() -> None:
    # Seen: the verdict recommended 10 minutes and the next screen said most bodies need 20.
    lines = ["", "1 2", "", ""]
    result = runner.invoke(app, ["--plain"], input=answers(lines))
    assert "Your alarm is rising." in result.output
    assert "Break: 10 min." in result.output
    assert catalog.flow().rising_break_note in " ".join(result.output.split())
    assert catalog.flow().short_break_note not in " ".join(result.output.split())


def test_nothing_to_go_on_is_not_called_ready() -> None:
    # Seen in --plain: "You look ready" with neither a calm rating nor a pulse.
    lines = ["", "1 2 3", "", "", "", "", "", ""]
    result = runner.invoke(app, ["--plain", "--break-seconds", "1"], input=answers(lines))
    assert "I can't tell yet." in result.output
    assert "You look ready." not in result.output


@pytest.mark.ask_fear
def test_plain_asks_about_fear_before_the_first_break_and_yes_is_help() -> None:
    result = runner.invoke(app, ["--plain"], input=answers(["b", "y", "", "", ""]))
    assert "Are you afraid of your partner" in result.output
    assert "Say this to your partner" not in result.output
    assert "In danger right now?" in result.output
    [session] = saved_sessions()
    assert session.status == "safety_exit" and session.planned_seconds is None


@pytest.mark.ask_fear
def test_plain_no_is_remembered() -> None:
    lines = ["b", "n", "", "e", "", "", "", "", ""]
    first = runner.invoke(app, ["--plain", "--minutes", "5"], input=answers(lines))
    assert "Are you afraid of your partner" in first.output
    second = runner.invoke(app, ["--plain", "--minutes", "5"], input=answers(lines[:1] + lines[2:]))
    assert "Are you afraid of your partner" not in second.output
    assert "Say this to your partner" in second.output
