"""Private as a diary: owner-only files, no network at all, and a pause that saves nothing."""

from __future__ import annotations

import os
import socket
import stat
from pathlib import Path

import pytest
from tests.reliability.flow import SCREENS_IN_ORDER, walk_whole_flow
from textual.widgets import Static
from typer.testing import CliRunner

from pausecoach.cli import app as cli_app
from pausecoach.clock import FakeClock
from pausecoach.config.settings import Settings
from pausecoach.models import PauseSession
from pausecoach.storage.store import Store
from pausecoach.tui.app import make_app
from pausecoach.tui.widgets.title_bar import TitleBar

SIZE = (80, 24)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_data_dir_and_every_file_are_owner_only(private_home: Path) -> None:
    old = os.umask(0o022)  # a permissive umask, as many systems have
    try:
        store = Store.open()
        store.start_session(PauseSession())
        store.save_session(PauseSession())
        db = store.path
        assert db is not None
        for suffix in ("", "-wal", "-shm"):
            side = db.with_name(db.name + suffix)
            assert side.exists(), side
            assert mode(side) == 0o600, (side, oct(mode(side)))
        assert mode(private_home) == 0o700
        locks = private_home / "locks"
        assert mode(locks) == 0o700
        assert {mode(p) for p in locks.iterdir()} == {0o600}
        store.close()
    finally:
        os.umask(old)


def test_a_loose_file_is_tightened_and_a_loose_home_left_alone(private_home: Path) -> None:
    private_home.mkdir(mode=0o755)
    private_home.chmod(0o755)
    Store.open().close()
    # An existing folder is never chmod-ed: the data goes into a private sub-folder instead.
    assert mode(private_home) == 0o755
    db = private_home / "pausecoach-private" / "pausecoach.db"
    assert mode(db.parent) == 0o700
    db.chmod(0o644)
    Store.open().close()
    assert mode(db) == 0o600


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make every way of opening a network connection fail, and note any attempt.

    Local socket pairs (asyncio's own wake-up pipe) still work: they never leave the machine.
    """
    attempts: list[str] = []
    real_socket = socket.socket

    class NoNetworkSocket(real_socket):  # type: ignore[misc,valid-type]
        def __init__(
            self, family: int = -1, type: int = -1, proto: int = -1, fileno: int | None = None
        ) -> None:
            if fileno is None and family in (-1, socket.AF_INET, socket.AF_INET6):
                attempts.append(f"socket({family})")
                raise OSError("network blocked by test")
            super().__init__(family, type, proto, fileno)

    def refuse(name: str):  # type: ignore[no-untyped-def]
        def blocked(*args: object, **kwargs: object) -> None:
            attempts.append(name)
            raise OSError(f"network blocked by test: {name}")

        return blocked

    monkeypatch.setattr(socket, "socket", NoNetworkSocket)
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    with pytest.raises(OSError):
        socket.create_connection(("192.0.2.1", 80))  # the guard itself works
    with pytest.raises(OSError):
        socket.socket()
    attempts.clear()
    return attempts


async def test_whole_pause_flow_without_any_network(
    no_network: list[str], store: Store, clock: FakeClock, settings: Settings
) -> None:
    app = make_app(settings, store, clock)
    async with app.run_test(size=SIZE) as pilot:
        seen = await walk_whole_flow(pilot, clock)
        session_id = app.record.session.id
    assert tuple(seen) == SCREENS_IN_ORDER
    record = store.get_session(session_id)
    assert record is not None and record.status == "completed"
    assert no_network == []


async def test_no_save_writes_nothing_and_says_so(
    private_home: Path, clock: FakeClock, settings: Settings
) -> None:
    app = make_app(settings, None, clock, saving=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "nothing from this pause is written to disk" in str(
            app.screen.query_one("#no-save", Static).render()
        )
        seen = await walk_whole_flow(pilot, clock)
        assert "not saving" in app.screen.query_one(TitleBar).title_text()
    assert tuple(seen) == SCREENS_IN_ORDER
    assert app.store.path is None
    assert not private_home.exists()


def test_no_save_option_starts_an_unsaved_pause(monkeypatch: pytest.MonkeyPatch) -> None:
    import pausecoach.commands.pause as pause

    calls: list[dict[str, object]] = []
    monkeypatch.setattr(pause, "run_pause", lambda **kw: calls.append(kw))
    result = CliRunner().invoke(cli_app, ["--no-save"])
    assert result.exit_code == 0, result.output
    assert len(calls) == 1 and calls[0]["saving"] is False
    assert "--no-save" in CliRunner().invoke(cli_app, ["--help"]).output


def test_plain_no_save_runs_a_whole_pause_and_writes_nothing(private_home: Path) -> None:
    from tests.cli.test_plain import UNSAVED_PAUSE, answers

    result = CliRunner().invoke(
        cli_app, ["--plain", "--no-save", "--break-seconds", "1"], input=answers(UNSAVED_PAUSE)
    )
    assert result.exit_code == 0, result.output
    assert "Not saving: nothing from this pause is written to disk." in result.output
    assert "Calm, but that was a short break." in result.output
    assert not private_home.exists()


def test_history_and_stats_without_any_network(no_network: list[str], private_home: Path) -> None:
    store = Store.open()
    store.save_session(PauseSession(status="completed", note="walk first"))
    store.close()
    for args in (["history"], ["history", "--json"], ["history", "stats"], ["export"]):
        result = CliRunner().invoke(cli_app, args)
        assert result.exit_code == 0, (args, result.output)
    assert no_network == []


async def test_a_drill_round_without_any_network(
    no_network: list[str], store: Store, clock: FakeClock, settings: Settings
) -> None:
    app = make_app(settings, store, clock, start_at="drill")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press(*"I feel hurt about last night and I need a hug", "ctrl+s")
        await pilot.pause()
        assert type(app.screen).__name__ == "DrillResultScreen"
    assert len(store.list_drills()) == 1
    assert no_network == []
