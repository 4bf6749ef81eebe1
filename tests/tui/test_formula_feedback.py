"""The build-your-own formula in the come-back step: live, debounced checker feedback."""

from __future__ import annotations

from pausecoach.tui.app import PauseCoachApp
from pausecoach.tui.dialogs.formula import FEEDBACK_DELAY, FormulaScreen
from pausecoach.tui.widgets.feedback import PhraseFeedback, feedback_markup

WAIT = FEEDBACK_DELAY + 0.3


def feedback(app: PauseCoachApp) -> str:
    return str(app.screen.query_one(PhraseFeedback).render())


async def test_feedback_waits_for_a_pause_in_typing_then_checks_the_sentence(
    app: PauseCoachApp,
) -> None:
    kept: list[str | None] = []
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(FormulaScreen(), kept.append)
        await pilot.pause()
        await pilot.press(*"hurt")
        assert feedback(app) == ""  # debounced: nothing yet while typing
        await pilot.pause(WAIT)
        assert "Gentle so far · 75/100 · still to add: a specific situation, what you need." in (
            feedback(app)
        )

        await pilot.press("enter", *"you always ignore me at dinner")
        await pilot.pause(WAIT)
        note = feedback(app)
        assert "Always / never" in note and "“you always”" in note
        assert "Try: Name one time instead." in note

        await pilot.press("ctrl+a", "ctrl+k", *"you looked away at dinner last night")
        await pilot.press("enter", *"to talk for ten minutes after the kids are in bed")
        await pilot.pause(WAIT)
        note = feedback(app)
        assert "Gentle so far · 100/100" in note
        assert "All three parts are there." in note
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert kept == [
        "I feel hurt when you looked away at dinner last night, and I need to talk for ten "
        "minutes after the kids are in bed."
    ]


async def test_feedback_points_to_help_when_the_words_speak_of_danger(app: PauseCoachApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(FormulaScreen())
        await pilot.pause()
        await pilot.press(*"scared", "enter", *"he hit me")
        await pilot.pause(WAIT)
        note = feedback(app)
        assert "may not be safe" in note and "Press ! for help now" in note
        assert "so far" not in note


def test_harsh_sentence_shows_the_worst_finding_first() -> None:
    note = feedback_markup("I feel like you're an idiot.", ["a specific situation"])
    assert note.startswith("[b $warning]Still harsh so far")
    assert "still to add: a specific situation." in note.splitlines()[0]
    assert "Name-calling" in note.splitlines()[1]  # the heaviest penalty beats the fake I


def test_a_need_said_as_stop_is_pointed_out() -> None:
    note = feedback_markup("I feel hurt, and I need stop doing that.", ["a specific situation"])
    assert "Need said as 'stop'" in note
