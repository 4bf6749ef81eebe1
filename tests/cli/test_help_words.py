"""Help that an installed user can follow: no type noise, no pointers to files they do not have."""

from __future__ import annotations

import pytest
import typer
from typer.testing import CliRunner

from pausecoach.cli import app

runner = CliRunner()


def command_paths() -> list[list[str]]:
    """Every command and subcommand, as the words typed before --help."""
    root = typer.main.get_command(app)
    paths: list[list[str]] = [[]]

    def walk(group: object, prefix: list[str]) -> None:
        # Typer 0.27+ carries its own copy of click, so groups are known by their commands.
        for name, command in getattr(group, "commands", {}).items():
            paths.append([*prefix, name])
            walk(command, [*prefix, name])

    walk(root, [])
    assert len(paths) > 15
    return paths


@pytest.mark.parametrize("words", command_paths(), ids=lambda words: " ".join(words) or "top")
def test_help_has_no_type_noise_or_repo_paths(words: list[str]) -> None:
    result = runner.invoke(app, [*words, "--help"], terminal_width=100)
    assert result.exit_code == 0, result.output
    assert "<bool>" not in result.output
    assert "docs/" not in result.output and ".md" not in result.output


def test_config_keys_lists_every_rebindable_key() -> None:
    from pausecoach.config.names import KEY_BINDINGS

    result = runner.invoke(app, ["config", "keys"], terminal_width=200)
    assert result.exit_code == 0
    for binding_id in KEY_BINDINGS:
        assert f"{binding_id} = " in result.output


def test_a_wrong_key_id_points_to_config_keys() -> None:
    result = runner.invoke(app, ["config", "set", "keys.no-such-binding", "x"])
    assert result.exit_code == 2
    assert "pausecoach config keys" in " ".join(result.output.split())


def test_resources_does_not_send_you_to_resources() -> None:
    result = runner.invoke(app, ["resources", "--region", "UK"], terminal_width=200)
    assert result.exit_code == 0
    assert "`pausecoach resources` lists" not in result.output
    assert "pausecoach resources --region XX" in result.output  # other regions: that one helps
