"""`pausecoach plan`: made from piped answers, saved, shown, printed as Markdown."""

from __future__ import annotations

from typer.testing import CliRunner

from pausecoach.cli import app
from pausecoach.config.settings import load_settings
from pausecoach.content import catalog
from pausecoach.documents.plan import load_plan, plan_words
from pausecoach.storage.store import Store

runner = CliRunner()

# name, partner, signal, my place, their place, minutes, who starts, opening,
# keep the suggested don'ts, one more don't, end of list
ANSWERS = "Sam\nAlex\npineapple\nthe garden\nthe study\n30\nSam\nA hug first\ny\nSlam doors\n\n"


def saved_sessions():
    store = Store.open()
    try:
        return store.list_sessions()
    finally:
        store.close()


def saved_plan():
    store = Store.open()
    try:
        return load_plan(store)
    finally:
        store.close()


def test_plan_from_piped_answers_is_saved() -> None:
    result = runner.invoke(app, ["plan"], input=ANSWERS + "n\n")
    assert result.exit_code == 0, result.output
    plan = saved_plan()
    assert plan is not None
    assert (plan.me, plan.partner, plan.signal) == ("Sam", "Alex", "pineapple")
    assert (plan.my_place, plan.partner_place, plan.minutes) == ("the garden", "the study", 30)
    assert plan.who_starts == "Sam" and plan.opening == "A hug first"
    assert plan.not_during == [*plan_words().defaults.not_during, "Slam doors"]
    assert "Saved" in result.output
    # Declined: the break length setting is untouched.
    assert load_settings().settings.break_minutes == 20


def test_enter_keeps_every_suggestion_and_can_set_the_break_length() -> None:
    result = runner.invoke(app, ["plan"], input="\n\n\n\n\n25\n\n\n\n\ny\n")
    assert result.exit_code == 0, result.output
    plan = saved_plan()
    defaults = plan_words().defaults
    assert plan is not None and plan.signal == defaults.signal and plan.minutes == 25
    assert plan.not_during == defaults.not_during
    assert load_settings().settings.break_minutes == 25
    assert "Breaks now start at 25 minutes" in result.output


def test_bad_minutes_are_asked_again() -> None:
    answers = "Sam\nAlex\npineapple\n\n\nabc\n500\n20\n\n\n\n\n"
    result = runner.invoke(app, ["plan"], input=answers)
    assert result.exit_code == 0, result.output
    assert result.output.count("from 1 to 240") == 2
    plan = saved_plan()
    assert plan is not None and plan.minutes == 20


def test_input_ending_early_saves_nothing() -> None:
    result = runner.invoke(app, ["plan"], input="Sam\nAlex\n")
    assert result.exit_code == 1
    assert "nothing was saved" in result.output
    assert "Traceback" not in result.output
    assert saved_plan() is None


def test_running_again_offers_the_saved_answers() -> None:
    runner.invoke(app, ["plan"], input=ANSWERS + "n\n")
    result = runner.invoke(app, ["plan"], input="\n" * 9 + "\n")
    assert result.exit_code == 0, result.output
    assert "[pineapple]" in result.output
    plan = saved_plan()
    assert plan is not None and plan.signal == "pineapple" and plan.minutes == 30


def test_markdown_is_one_page_with_everything_agreed() -> None:
    runner.invoke(app, ["plan"], input=ANSWERS + "n\n")
    result = runner.invoke(app, ["plan", "--markdown"])
    assert result.exit_code == 0
    text = result.output
    assert text.startswith("# Our pause agreement\n")
    for expected in ("Sam and Alex", "**pineapple**", "**Sam:** the garden", "**Alex:** the study"):
        assert expected in text
    assert "**30 minutes**" in text and "- Slam doors" in text and "A hug first" in text
    assert "emergency" in text  # the safety line is always printed
    assert len(text.splitlines()) < 60


def test_show_renders_the_plan() -> None:
    runner.invoke(app, ["plan"], input=ANSWERS + "n\n")
    result = runner.invoke(app, ["plan", "--show"])
    assert result.exit_code == 0
    assert "Our pause agreement" in result.output and "pineapple" in result.output
    assert "# Our" not in result.output  # rendered, not raw Markdown


def test_show_and_markdown_without_a_plan_say_how_to_make_one() -> None:
    for option in ("--show", "--markdown"):
        result = runner.invoke(app, ["plan", option])
        assert result.exit_code == 1
        assert "pausecoach plan" in result.output


def test_plan_does_not_import_textual() -> None:
    from tests.test_lean_imports import run_isolated

    answers = ANSWERS + "n\n"
    result = run_isolated(
        f"""
        import sys
        from typer.testing import CliRunner
        from pausecoach.cli import app
        runner = CliRunner()
        made = runner.invoke(app, ["plan"], input={answers!r})
        shown = runner.invoke(app, ["plan", "--markdown"])
        print("EXIT", made.exit_code, shown.exit_code, "TEXTUAL", "textual" in sys.modules)
        """
    )
    assert "EXIT 0 0 TEXTUAL False" in result.stdout, result.stderr


def test_answers_that_speak_of_danger_bring_the_safety_note() -> None:
    calm = runner.invoke(app, ["plan"], input=ANSWERS + "n\n")
    assert "a pause plan is not enough" not in " ".join(calm.output.split())
    answers = "Sam\nAlex\npineapple\nthe garden\nthe study\n20\n\n\ny\nI am afraid of him\n\n"
    result = runner.invoke(app, ["plan"], input=answers)
    assert result.exit_code == 0, result.output
    assert "a pause plan is not enough" in " ".join(result.output.split())


def test_plain_pause_shows_the_plan_at_the_tell_step() -> None:
    runner.invoke(app, ["plan"], input=ANSWERS + "n\n")
    lines = ["b", "", "", "", "", "", ""]  # break now, start it, then stop at the first question
    result = runner.invoke(app, ["--plain", "--break-seconds", "1"], input="\n".join(lines))
    text = " ".join(result.output.split())
    tell = text[text.index("Say this to your partner") :]
    assert "Signal: “pineapple”" in tell  # lines joined by the split() above
    assert "Sam: the garden. Alex: the study." in tell and "slam doors" in tell
    assert text.count("Agreed not to") == 1  # the words to say are still the tell line
    [session] = saved_sessions()
    assert session.tell_text in catalog_tell_lines(session)


def catalog_tell_lines(session) -> list[str]:
    from pausecoach.core.countdown import format_clock, minutes_in_words

    assert session.return_at is not None
    back = format_clock(session.return_at)
    return [t.format(minutes=minutes_in_words(20), time=back) for t in catalog.flow().tell]
