"""`--plain` complete: the partner path, a pulse count timed by the clock, the own line with the
checker's note, and a quiet break (a line a minute; breath words only when asked)."""

from __future__ import annotations

from typer.testing import CliRunner

from pausecoach.cli import app
from pausecoach.clock import FakeClock
from pausecoach.commands.plain import run_plain
from pausecoach.content import catalog
from pausecoach.models import PauseSession
from pausecoach.storage.store import Store

runner = CliRunner()


def answers(lines: list[str]) -> str:
    """Lines as they would be piped in."""
    return "\n".join(lines) + "\n"


def only_session() -> PauseSession:
    """The one saved pause."""
    store = Store.open()
    try:
        [session] = store.list_sessions()
        return session
    finally:
        store.close()


PARTNER_PATH = [
    "p",  # my partner needs a break
    "",  # they didn't say when
    "in 45",  # the time they give after the gentle question
    # (the one-second break runs here)
    "8",  # calm 8 of 10
    "",  # pulse: skip
    "",  # not ready after one second: go back anyway
    "1",  # come back: first topic
    "1",  # its first line
    "",  # no note
]


def test_partner_path_in_plain() -> None:
    result = runner.invoke(app, ["--plain", "--break-seconds", "1"], input=answers(PARTNER_PATH))
    assert result.exit_code == 0, result.output
    flow = catalog.flow()
    said = " ".join(result.output.split())  # lines are wrapped to the terminal
    assert flow.reframe[0] in said and flow.ask_for_time[0] in said
    assert "They'll be back around" in said
    assert "thank them first" in said and flow.welcome_back[0] in said
    session = only_session()
    assert session.role == "partner_stepped_away"
    assert session.partner_return_at is not None and session.return_at is None
    assert session.planned_seconds == 1 and session.status == "completed"
    topic = catalog.scripts().topics[0]
    assert session.startup_text == f"{flow.welcome_back[0]} {topic.scripts[0]}"


def test_partner_path_asks_again_for_a_vague_time() -> None:
    lines = ["p", "later", "in 30", *PARTNER_PATH[3:]]
    result = runner.invoke(app, ["--plain", "--break-seconds", "1"], input=answers(lines))
    assert result.exit_code == 0, result.output
    assert "When will they be back?" in result.output
    assert only_session().partner_return_at is not None


class TickingClock(FakeClock):
    """A fake clock that moves a second each time it is read: a timed wait ends at once."""

    def monotonic(self) -> float:
        self.advance(1)
        return super().monotonic()


def test_pulse_count_waits_on_the_clock_then_asks_for_the_beats() -> None:
    lines = ["", "1 2", "c", "", "50", "", "", "8", "", "", "", ""]
    with runner.isolation(input=answers(lines)) as (out, _err, *_):
        code = run_plain(break_seconds=1, clock=TickingClock())
        output = " ".join(out.getvalue().decode().split())
    assert code == 0, output
    assert "Press enter to start, then count" in output
    assert output.index("Counting… start now.") < output.index("Stop.")
    assert "How many beats did you count in 30 seconds?" in output
    assert only_session().pulse_before == 100


def test_own_line_is_built_from_three_answers_with_the_checker_note() -> None:
    lines = ["b", "", "8", "", "", "w", "tired", "the dishes", "could we take turns?", "", ""]
    result = runner.invoke(app, ["--plain", "--break-seconds", "1"], input=answers(lines))
    assert result.exit_code == 0, result.output
    line = "I feel tired about the dishes, and I need us to take turns."
    assert f"“{line}”" in result.output
    assert "so far ·" in result.output and "/100" in result.output
    assert only_session().startup_text == line


def test_own_line_feedback_names_what_is_missing() -> None:
    lines = ["b", "", "8", "", "", "w", "worried", "", "", "", ""]
    result = runner.invoke(app, ["--plain", "--break-seconds", "1"], input=answers(lines))
    assert result.exit_code == 0, result.output
    assert "still to add: a specific situation, what you need." in result.output


def test_the_break_is_quiet_unless_breath_words_are_asked_for() -> None:
    quiet = runner.invoke(app, ["--plain", "--break-seconds", "3"], input=answers(["b", ""]))
    assert "Breathe in" not in quiet.output and " left." in quiet.output
    asked = runner.invoke(app, ["--plain", "--break-seconds", "3"], input=answers(["b", "", "v"]))
    assert "Breathe in" in asked.output
