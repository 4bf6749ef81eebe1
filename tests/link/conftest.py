"""Two devices (two link homes) over one shared folder, paired the way people pair them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from pausecoach.link import pairing
from pausecoach.link.pairing import Pairing


@dataclass
class Device:
    """One person's pausecoach: its private link folder and the shared folder it syncs."""

    home: Path
    folder: Path
    name: str

    def pairing(self) -> Pairing:
        found = pairing.load(self.home)
        assert found is not None
        return found


def pair(a: Device, b: Device) -> str:
    """Run both sides of pairing to the end, both saying yes; return the code both saw."""
    pairing.start(a.home, a.folder, a.name)
    pairing.start(b.home, b.folder, b.name)
    for _ in range(3):  # each side needs the other's files: a few rounds, as a real folder would
        pairing.advance(a.home)
        pairing.advance(b.home)
    code_a, code_b = a.pairing().code, b.pairing().code
    assert code_a is not None and code_a == code_b
    pairing.confirm(a.home)
    pairing.confirm(b.home)
    return code_a


@pytest.fixture
def shared_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "Sync"
    folder.mkdir()
    return folder


@pytest.fixture
def alex(tmp_path: Path, shared_folder: Path) -> Device:
    return Device(tmp_path / "alex-home" / "link", shared_folder, "Alex")


@pytest.fixture
def sam(tmp_path: Path, shared_folder: Path) -> Device:
    return Device(tmp_path / "sam-home" / "link", shared_folder, "Sam")


@pytest.fixture
def linked(alex: Device, sam: Device) -> tuple[Device, Device]:
    pair(alex, sam)
    return alex, sam
