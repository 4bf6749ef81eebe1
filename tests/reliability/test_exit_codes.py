"""Exit codes say how pausecoach ended: 1 after a crash, 128 + the signal after one (#16 class 16)."""

from __future__ import annotations

import signal

import pytest

from pausecoach.clock import FakeClock
from pausecoach.commands.pause import exit_code
from pausecoach.storage.store import Store
from pausecoach.tui.app import PauseCoachApp
from pausecoach.tui.hangup import _quit_on, exit_signal

SIZE = (80, 24)


@pytest.mark.parametrize(
    ("signum", "code"),
    [(signal.SIGTERM, 143), (signal.SIGINT, 130), (signal.SIGHUP, 129)],
    ids=["SIGTERM", "SIGINT", "SIGHUP"],
)
async def test_a_signal_mid_break_keeps_the_seconds_and_sets_the_exit_code(
    app: PauseCoachApp,
    store: Store,
    clock: FakeClock,
    signum: int,
    code: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import pausecoach.tui.hangup as hangup

    class Watchdog:  # a hard exit would end the test process: noted, never fired
        def __init__(self, *_args: object, **_kwargs: object) -> None:
            self.daemon = True

        def start(self) -> None:
            return None

    monkeypatch.setattr(hangup.threading, "Timer", Watchdog)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("b", "enter")
        await pilot.pause()
        session_id = app.record.session.id
        clock.advance(90)
        await pilot.pause()
        _quit_on(app, signum)  # what the loop's handler runs when the signal arrives
        await pilot.pause()
    assert exit_signal(app) == signum
    assert exit_code(app) == code
    record = store.get_session(session_id)
    assert record is not None and record.status == "interrupted"
    assert record.actual_seconds is not None and record.actual_seconds >= 60


async def test_a_crash_exits_1(app: PauseCoachApp) -> None:
    def boom() -> None:
        raise RuntimeError("a bug")

    with pytest.raises(RuntimeError):
        async with app.run_test(size=SIZE) as pilot:
            app.screen.call_later(boom)
            await pilot.pause()
    assert exit_code(app) == 1


async def test_a_normal_quit_exits_0(app: PauseCoachApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.exit()
    assert exit_code(app) == 0


async def test_a_signal_is_heard_while_the_event_loop_is_stuck(
    app: PauseCoachApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the output pipe's reader gone the loop can block for good; SIGTERM must still
    start the watchdog that ends the process (it was ignored until SIGKILL)."""
    import os
    import threading
    import time

    import pausecoach.tui.hangup as hangup

    armed: list[tuple[float, int]] = []
    monkeypatch.setattr(hangup, "_watchdog", lambda seconds, code: armed.append((seconds, code)))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        threading.Timer(0.2, os.kill, args=(os.getpid(), signal.SIGTERM)).start()
        deadline = time.monotonic() + 5
        while not armed and time.monotonic() < deadline:  # the loop is blocked all this time
            time.sleep(0.05)
        assert armed == [(hangup.QUIT_GRACE_SECONDS, 143)]
        await pilot.pause()
    assert exit_signal(app) == signal.SIGTERM
