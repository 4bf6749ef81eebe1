"""The fear question screen: one short yes/no, by key or by button, readable at 40x12."""

from __future__ import annotations

import pytest
from textual.widgets import Button, Static

from pausecoach.content import help_order
from pausecoach.tui.app import PauseCoachApp
from pausecoach.tui.dialogs.fear import FearQuestionScreen


async def _ask(app: PauseCoachApp, size: tuple[int, int], keys: tuple[str, ...]) -> list[bool]:
    answers: list[bool] = []
    async with app.run_test(size=size) as pilot:
        app.push_screen(FearQuestionScreen(), answers.append)
        await pilot.pause()
        assert isinstance(app.screen, FearQuestionScreen)
        await pilot.press(*keys)
        await pilot.pause()
        assert not isinstance(app.screen, FearQuestionScreen)
    return answers


@pytest.mark.parametrize(("key", "answer"), [("y", True), ("n", False)])
async def test_one_key_answers(app: PauseCoachApp, key: str, answer: bool) -> None:
    assert await _ask(app, (80, 24), (key,)) == [answer]


async def test_escape_and_other_keys_do_not_answer_for_the_user(app: PauseCoachApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(FearQuestionScreen())
        await pilot.pause()
        await pilot.press("escape", "x", "space")
        assert isinstance(app.screen, FearQuestionScreen)


@pytest.mark.parametrize(
    ("button", "answer"), [("#fear-yes-button", True), ("#fear-no-button", False)]
)
async def test_the_buttons_answer_too(app: PauseCoachApp, button: str, answer: bool) -> None:
    answers: list[bool] = []
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(FearQuestionScreen(), answers.append)
        await pilot.pause()
        await pilot.click(button)
        await pilot.pause()
    assert answers == [answer]


async def test_fits_a_40_by_12_terminal(app: PauseCoachApp) -> None:
    words = help_order.fear_question()
    async with app.run_test(size=(40, 12)) as pilot:
        app.push_screen(FearQuestionScreen())
        await pilot.pause()
        screen = app.screen
        detail = screen.query_one("#dialog-detail", Static)
        assert words.question.split()[0] in str(detail.render())
        for button in screen.query(Button):
            region = button.region
            assert region.width > 0 and region.bottom <= 12 and region.right <= 40, button.id
        assert detail.region.y >= 0


def test_the_screen_imports_no_other_screen() -> None:
    import ast
    import inspect

    from pausecoach.tui.dialogs import fear

    tree = ast.parse(inspect.getsource(fear))
    imported = [node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)]
    assert not [name for name in imported if name.startswith("pausecoach.tui")]
