"""Title and notification escape sequences."""

from __future__ import annotations

import pytest

from pausecoach.tui.escapes import notification_sequence, title_sequence


def test_title_sequence_is_osc_2_and_strips_control_characters() -> None:
    assert title_sequence("12:00 left") == "\x1b]2;12:00 left\a"
    assert "\x07" not in title_sequence("evil\x07title")[:-1]


@pytest.mark.parametrize(
    ("environ", "prefix"),
    [
        ({"KITTY_WINDOW_ID": "1"}, "\x1b]99;"),
        ({"TERM_PROGRAM": "iTerm.app"}, "\x1b]9;"),
        ({"WT_SESSION": "abc"}, "\x1b]9;"),
        ({"VTE_VERSION": "7200"}, "\x1b]777;notify;"),
        ({"TERM": "foot"}, "\x1b]777;notify;"),
    ],
)
def test_notification_uses_the_terminal_dialect(environ: dict[str, str], prefix: str) -> None:
    sequence = notification_sequence("pausecoach", "Your break is over.", environ)
    assert sequence is not None and sequence.startswith(prefix)
    assert "Your break is over." in sequence


def test_unknown_terminal_gets_no_notification() -> None:
    assert notification_sequence("pausecoach", "done", {"TERM": "xterm-256color"}) is None


def test_osc_777_fields_cannot_be_split_by_the_message() -> None:
    sequence = notification_sequence("a;b", "c;d", {"VTE_VERSION": "1"})
    assert sequence == "\x1b]777;notify;a,b;c,d\a"
