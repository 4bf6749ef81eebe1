"""docs/reliability.md: every test it names exists, so every row has a test behind it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pausecoach.commands import pause

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "reliability.md"
REFERENCE = re.compile(r"`(tests/[\w/]+\.py)::(\w+)(?:\[([^\]]+)\])?`")


def references() -> list[tuple[str, str, str | None]]:
    return REFERENCE.findall(DOC.read_text(encoding="utf-8"))


def test_every_table_row_names_a_test() -> None:
    rows = [
        line
        for line in DOC.read_text(encoding="utf-8").splitlines()
        if line.startswith("| ") and not line.startswith(("| Fault", "| Input", "| Promise"))
    ]
    assert len(rows) >= 35
    for row in rows:
        assert REFERENCE.search(row), row


@pytest.mark.parametrize(("path", "name", "param"), references())
def test_named_test_exists(path: str, name: str, param: str | None) -> None:
    source = (ROOT / path).read_text(encoding="utf-8")
    assert re.search(rf"^(async )?def {name}\(", source, re.MULTILINE), f"{path}::{name}"
    if param and not param.startswith("SIG"):
        assert param.split("_")[0] in source, f"{path}::{name}[{param}]"


def test_the_crash_note_keeps_its_promise() -> None:
    assert "kept as interrupted" in pause.crash_note(saving=True)
    assert "Nothing was saved" in pause.crash_note(saving=False)
