"""Where files live: PAUSECOACH_HOME, the platform folders, and a clear message when unwritable."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from pausecoach import paths


def test_pausecoach_home_holds_data_and_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PAUSECOACH_HOME", str(tmp_path / "pc"))
    assert paths.data_dir() == paths.config_dir() == tmp_path / "pc"
    assert paths.database_path() == tmp_path / "pc" / "pausecoach.db"
    assert paths.config_path() == tmp_path / "pc" / "config.toml"
    assert not (tmp_path / "pc").exists()  # looking up a path creates nothing


def test_tilde_is_expanded(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("PAUSECOACH_HOME", "~/.pausecoach")
    assert paths.data_dir() == tmp_path / ".pausecoach"


@pytest.mark.parametrize("value", ["", "   "])
def test_blank_override_uses_the_platform_folders(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, value: str
) -> None:
    monkeypatch.setenv("PAUSECOACH_HOME", value)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    assert paths.data_dir() == tmp_path / "xdg-data" / "pausecoach"
    assert paths.config_dir() == tmp_path / "xdg-config" / "pausecoach"


def test_ensure_private_dir_creates_owner_only(tmp_path: Path) -> None:
    made = paths.ensure_private_dir(tmp_path / "a" / "b")
    assert made.is_dir() and stat.S_IMODE(made.stat().st_mode) == 0o700


def test_unwritable_place_names_the_path_and_the_way_out(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    target = blocker / "pausecoach"
    with pytest.raises(paths.DataDirError) as caught:
        paths.ensure_private_dir(target)
    message = str(caught.value)
    assert str(target) in message
    assert "PAUSECOACH_HOME" in message and "export PAUSECOACH_HOME=" in message
    assert caught.value.path == target
