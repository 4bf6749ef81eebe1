"""`pausecoach partner …` as a person types it, with the partner's device stepping alongside."""

from __future__ import annotations

import socket
from datetime import timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

import pausecoach.commands.partner as partner_command
from pausecoach import link
from pausecoach.cli import app
from pausecoach.clock import utc_now
from pausecoach.link import pairing

runner = CliRunner()


@pytest.fixture
def sam_home(tmp_path: Path) -> Path:
    return tmp_path / "sam" / "link"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shared = tmp_path / "Sync"
    shared.mkdir()
    return shared


@pytest.fixture
def sam_steps_while_we_wait(monkeypatch: pytest.MonkeyPatch, sam_home: Path, folder: Path) -> None:
    """Sam's device pairs too; each second we wait, it takes its next step."""
    pairing.start(sam_home, folder, "Sam")
    monkeypatch.setattr(partner_command.time, "sleep", lambda _: pairing.advance(sam_home))


def _pair(folder: Path, answer: str) -> str:
    args = ["partner", "pair", "--folder", str(folder), "--name", "Alex", "--wait", "30"]
    result = runner.invoke(app, args, input=answer + "\n")
    return result.output + f"[exit {result.exit_code}]"


@pytest.mark.usefixtures("sam_steps_while_we_wait")
def test_pair_shows_the_same_code_as_the_partner_and_status_follows(
    sam_home: Path, folder: Path
) -> None:
    output = _pair(folder, "y")
    sam = pairing.advance(sam_home)
    assert sam.code is not None and f"Safety code: {sam.code}" in output
    assert "feel safe with each other" in output and "partner unpair" in output
    assert "Once Sam says yes on their device too" in output and "[exit 0]" in output
    pairing.confirm(sam_home)
    link.publish("break_started", utc_now() + timedelta(minutes=25), utc_now(), home=sam_home)
    result = runner.invoke(app, ["partner", "status"])
    assert result.exit_code == 0
    assert result.output.startswith("Sam is on a break, back at ")
    assert "(in 25 min)" in result.output or "(in 24 min)" in result.output
    shown = runner.invoke(app, ["partner", "pair", "--show"]).output
    assert f"Safety code: {sam.code}" in shown


@pytest.mark.usefixtures("sam_steps_while_we_wait")
def test_saying_no_trusts_nothing_and_removes_the_keys(private_home: Path, folder: Path) -> None:
    output = _pair(folder, "n")
    assert "Not linked" in output and "[exit 1]" in output
    assert not (private_home / "link" / pairing.STATE_FILE).exists()
    assert "No partner link" in runner.invoke(app, ["partner", "status"]).output


def test_no_partner_yet_says_how_to_go_on(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(partner_command.time, "sleep", lambda _: None)
    args = ["partner", "pair", "--folder", str(folder), "--name", "Alex", "--wait", "0"]
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    assert "has not answered yet" in result.output


@pytest.mark.usefixtures("sam_steps_while_we_wait")
def test_unpair_deletes_keys_and_our_files(private_home: Path, folder: Path) -> None:
    _pair(folder, "y")
    result = runner.invoke(app, ["partner", "unpair"])
    assert "The partner link is stopped" in result.output
    assert not (private_home / "link" / pairing.STATE_FILE).exists()
    assert len(list((folder / "pausecoach-link").iterdir())) == 1  # only Sam's side is left
    assert "No partner link" in runner.invoke(app, ["partner", "unpair"]).output


def test_pair_needs_a_folder() -> None:
    result = runner.invoke(app, ["partner", "pair"])
    assert result.exit_code == 2 and "--folder" in result.output


def test_the_link_opens_no_socket(
    monkeypatch: pytest.MonkeyPatch, sam_home: Path, folder: Path
) -> None:
    opened: list[object] = []

    def refuse(*args: object, **kwargs: object) -> socket.socket:
        opened.append(args)
        raise AssertionError("pausecoach tried to open a socket")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "socketpair", refuse)
    pairing.start(sam_home, folder, "Sam")
    monkeypatch.setattr(partner_command.time, "sleep", lambda _: pairing.advance(sam_home))
    assert "[exit 0]" in _pair(folder, "y")
    pairing.confirm(sam_home)
    now = utc_now()
    assert link.publish("break_started", now + timedelta(minutes=20), now, home=sam_home)
    assert link.publish("back", None, now, home=link.link_home())
    assert "Sam is on a break" in runner.invoke(app, ["partner", "status"]).output
    assert link.partner_status(now, home=sam_home) is not None
    assert "stopped" in runner.invoke(app, ["partner", "unpair"]).output
    assert opened == []
