"""The fear question's memory, and its plain-mode form."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest

from pausecoach.content import help_order
from pausecoach.documents.fear import FEAR_DOC, fear_question_due, forget_no, remember_no
from pausecoach.plain.fear import ask_fear
from pausecoach.plain.io import InputEnded, Lines, Talk
from pausecoach.storage.store import Store

pytestmark = pytest.mark.ask_fear
NOW = datetime(2026, 12, 4, 19, 0, tzinfo=UTC)


def test_asked_until_the_user_says_no(store: Store) -> None:
    assert fear_question_due(store)
    remember_no(store, NOW)
    assert not fear_question_due(store)
    assert store.get_document(FEAR_DOC) == {"answer": "no", "at": "2026-12-04T19:00:00+00:00"}


def test_danger_words_bring_the_question_back(store: Store) -> None:
    remember_no(store, NOW)
    forget_no(store)
    assert fear_question_due(store)
    remember_no(store, NOW)
    assert not fear_question_due(store)


def test_a_damaged_document_means_asking(store: Store) -> None:
    store.put_document(FEAR_DOC, {"answer": 7})
    assert fear_question_due(store)


def _talk(typed: str) -> tuple[Talk, list[str]]:
    shown: list[str] = []
    return Talk(Lines(io.StringIO(typed)), shown.append, width=80), shown


@pytest.mark.parametrize(
    ("typed", "answer"), [("y\n", True), ("YES\n", True), ("n\n", False), ("no.\n", False)]
)
def test_plain_question_takes_yes_or_no(typed: str, answer: bool) -> None:
    talk, shown = _talk(typed)
    assert ask_fear(talk) is answer
    assert help_order.fear_question().question in "".join(shown).replace("\n", " ")


def test_plain_question_asks_again_until_it_gets_an_answer() -> None:
    talk, shown = _talk("maybe\n\ny\n")
    assert ask_fear(talk) is True
    assert "".join(shown).count("Please answer y (yes) or n (no).") == 2


def test_plain_question_shows_help_on_bang_and_asks_again() -> None:
    talk, _shown = _talk("!\nn\n")
    helped: list[bool] = []
    talk.on_help = lambda: helped.append(True)
    assert ask_fear(talk) is False
    assert helped == [True]


def test_plain_question_ends_with_the_input() -> None:
    talk, _shown = _talk("")
    with pytest.raises(InputEnded):
        ask_fear(talk)
