"""`pausecoach cycle` (made from piped answers, shown, shared) and `pausecoach resources`."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from pausecoach.cli import app
from pausecoach.content import catalog
from pausecoach.documents.cycle import CYCLE_DOC, load_cycle
from pausecoach.storage.store import Store

runner = CliRunner()
ANSWERS = (
    "I push for an answer.\nscared\nto know we're okay\nHe goes quiet.\nblamed\nPush harder!\n"
)
SENTENCE = (
    "When I push for an answer, you go quiet, and then I push harder: "
    "this cycle is what hurts us, not you or me."
)


def flat(text: str) -> str:
    return " ".join(text.split())


def saved_document() -> dict[str, object] | None:
    store = Store.open()
    try:
        return store.get_document(CYCLE_DOC)
    finally:
        store.close()


def test_cycle_from_piped_answers_ends_with_the_sentence_and_is_saved() -> None:
    result = runner.invoke(app, ["cycle"], input=ANSWERS)
    assert result.exit_code == 0, result.output
    assert SENTENCE in flat(result.output)
    for question in catalog.cycle_texts().questions:
        assert question.ask in flat(result.output)
    body = saved_document()
    assert body is not None
    assert body["their_move"] == "go quiet" and body["my_next"] == "push harder"


def test_cycle_show_and_markdown_print_the_saved_map() -> None:
    runner.invoke(app, ["cycle"], input=ANSWERS)
    shown = flat(runner.invoke(app, ["cycle", "--show"]).output)
    assert "Then you go quiet." in shown and SENTENCE in shown
    result = runner.invoke(app, ["cycle", "--markdown"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0] == "# Our cycle"
    assert "- Then you **go quiet**." in lines
    assert "- Underneath, you may feel **blamed**." in lines
    assert f"> {SENTENCE}" in lines


def test_without_a_map_show_and_markdown_say_how_to_make_one() -> None:
    for flag in ("--show", "--markdown"):
        result = runner.invoke(app, ["cycle", flag])
        assert result.exit_code == 1
        assert "pausecoach cycle" in result.output and "calm day" in result.output


def test_input_ending_early_saves_nothing() -> None:
    result = runner.invoke(app, ["cycle"], input="I push\nscared\n")
    assert result.exit_code == 1
    assert "nothing was saved" in result.output
    assert "Traceback" not in result.output
    assert saved_document() is None


def test_a_blank_answer_is_asked_again() -> None:
    result = runner.invoke(app, ["cycle"], input="\n...\n" + ANSWERS)
    assert result.exit_code == 0
    assert result.output.count("needs an answer") == 2
    assert SENTENCE in flat(result.output)


def test_a_second_map_keeps_earlier_answers_on_enter() -> None:
    runner.invoke(app, ["cycle"], input=ANSWERS)
    result = runner.invoke(app, ["cycle"], input="\n\n\nshe leaves the room\n\n\n")
    assert result.exit_code == 0, result.output
    store = Store.open()
    cycle = load_cycle(store)
    store.close()
    assert cycle is not None
    assert cycle.my_move == "push for an answer" and cycle.their_move == "leave the room"


def test_answers_that_speak_of_harm_lead_to_help_not_to_a_shared_loop() -> None:
    unsafe = ANSWERS.replace("He goes quiet.", "He threatens me")
    result = runner.invoke(app, ["cycle"], input=unsafe)
    assert result.exit_code == 1
    assert "pausecoach resources" in result.output
    assert "not you or me" not in result.output
    assert saved_document() is None


def test_resources_for_a_chosen_region_lists_helplines_then_directories() -> None:
    result = runner.invoke(app, ["resources", "--region", "uk"])
    assert result.exit_code == 0, result.output
    text = flat(result.output)
    assert "Call 999" in text and "Samaritans" in text
    assert "Gottman Referral Network" in text and "BACP" in text
    assert "Psychology Today (US)" not in text
    assert text.index("Samaritans") < text.index("Gottman")
    assert "afraid of your partner" in text


def test_resources_uses_the_region_in_the_settings(private_home: Path) -> None:
    private_home.mkdir(parents=True, exist_ok=True)
    (private_home / "config.toml").write_text('helpline_region = "AU"\n')
    text = flat(runner.invoke(app, ["resources"]).output)
    assert "Australia" in text and "from your settings" in text
    assert "Relationships Australia" in text


def test_resources_refuses_an_unknown_region_and_lists_the_known_ones() -> None:
    result = runner.invoke(app, ["resources", "--region", "XX"])
    assert result.exit_code == 2
    assert "Unknown region 'XX'" in result.output
    for code in catalog.helplines():
        assert code in result.output
