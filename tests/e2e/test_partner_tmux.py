"""Two people's terminals over one shared folder: pair by comparing codes, then `partner status`."""

from __future__ import annotations

import os
import re
import shutil
from datetime import timedelta
from pathlib import Path

import pytest

from pausecoach import link
from pausecoach.clock import utc_now

from .tmux import TmuxSession, installed_command

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]

CODE = re.compile(r"Safety code: (\d{3} \d{3})")


def _env(tmp_path: Path, who: str) -> dict[str, str]:
    return {
        "PAUSECOACH_HOME": str(tmp_path / who),
        "TERM": "xterm-256color",
        "LANG": "C.UTF-8",
        "TZ": "UTC",
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(tmp_path),
    }


def test_two_terminals_pair_and_see_each_others_break(tmp_path: Path) -> None:
    folder = tmp_path / "Sync"
    folder.mkdir()
    alex = TmuxSession("sh", _env(tmp_path, "alex"), width=100)
    sam = TmuxSession("sh", _env(tmp_path, "sam"), width=100)
    try:
        command = f"{installed_command()} partner pair --folder {folder} --wait 30 --name"
        alex.send(f"{command} Alex", "Enter")
        alex.wait_for("Waiting for your partner")
        sam.send(f"{command} Sam", "Enter")
        codes = []
        for terminal in (alex, sam):
            match = CODE.search(terminal.wait_for("same code?"))
            assert match is not None
            codes.append(match.group(1))
        assert codes[0] == codes[1]
        alex.send("y", "Enter")
        alex.wait_for("Once Sam says yes")
        sam.send("y", "Enter")
        sam.wait_for("Linked: breaks on either device")

        now = utc_now()
        back = now + timedelta(minutes=20)
        assert link.publish("break_started", back, now, home=tmp_path / "alex" / "link")
        sam.send("clear", "Enter")
        sam.send(f"{installed_command()} partner status", "Enter")
        sam.wait_for(f"Alex is on a break, back at {back:%H:%M}")

        alex.send(f"{installed_command()} partner unpair", "Enter")
        alex.wait_for("The partner link is stopped")
        sam.send("clear", "Enter")
        sam.send(f"{installed_command()} partner status", "Enter")
        sam.wait_for("Alex has stopped the link")
    finally:
        alex.close()
        sam.close()
