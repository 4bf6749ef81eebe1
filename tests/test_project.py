"""The two commands promised by the README, and CI running exactly the test one."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def readme_commands() -> list[str]:
    """The shell code blocks at the top of the README, in order."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return [block.strip() for block in re.findall(r"```sh\n(.*?)```", text, re.S)]


def test_readme_opens_with_install_and_test_commands() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    first_block = text.index("```sh")
    assert text[:first_block].count("\n") <= 3, "the commands must be the README's first lines"
    install, tests = readme_commands()[:2]
    assert "pip install ." in install and install.endswith("pausecoach")
    assert "[test]" in tests and "pytest" in tests


def test_ci_runs_the_readme_test_command_with_lint_and_types() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert readme_commands()[1] in ci
    assert "ruff check" in ci and "ruff format --check" in ci and "mypy" in ci
