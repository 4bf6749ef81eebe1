"""The TOML files `check` reads ship as JSON copies (content/files.py), used only when made
from exactly the file's text: an edited file is always read as edited."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from pausecoach.content import files


@pytest.mark.parametrize("name", files.COPIED)
def test_the_shipped_copies_are_current_and_read_as_the_toml(name: str) -> None:
    """Remake with: python -m pausecoach.content.checker_cues"""
    source = files.read_text(name)
    assert files.read_text(files.copy_name(name)) == files.copy_text(name, source)
    assert files.read_toml(name) == tomllib.loads(source)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(files, "FOLDER", str(tmp_path))
    (tmp_path / "parsed").mkdir()
    (tmp_path / "x.toml").write_text('a = "new"\n', encoding="utf-8")
    return tmp_path


def test_a_copy_made_from_other_text_is_not_used(folder: Path) -> None:
    (folder / "parsed" / "x.json").write_text(
        files.copy_text("x.toml", 'a = "old"\n'), encoding="utf-8"
    )
    assert files.read_toml("x.toml") == {"a": "new"}


@pytest.mark.parametrize("copy", [None, "{not json", '{"source": "a = \\"new\\"\\n"}', "[1]"])
def test_a_missing_or_broken_copy_falls_back_to_the_toml(folder: Path, copy: str | None) -> None:
    if copy is not None:
        (folder / "parsed" / "x.json").write_text(copy, encoding="utf-8")
    assert files.read_toml("x.toml") == {"a": "new"}


def test_a_current_copy_is_used_and_each_call_gets_its_own_data(folder: Path) -> None:
    made = files.copy_text("x.toml", 'a = "new"\n').replace('"a": "new"', '"a": "from the copy"')
    (folder / "parsed" / "x.json").write_text(made, encoding="utf-8")
    first = files.read_toml("x.toml")
    assert first == {"a": "from the copy"}
    first["a"] = "changed by a caller"
    assert files.read_toml("x.toml") == {"a": "from the copy"}


def test_check_reads_no_toml_parser() -> None:
    code = (
        "import sys; from pausecoach.content.checker_rules import check; "
        "r = check('You never listen to me. I feel lonely.'); "
        "assert r.findings, r; assert 'tomllib' not in sys.modules, 'tomllib imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
