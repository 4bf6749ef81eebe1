"""`--help` in plain text, drawn by Click's formatter inside Typer (no Rich).

Typer's Rich help draws the same words in boxed panels, but importing and laying out Rich's
console, tables and panels took 26 of the 80 ms of CPU `pausecoach --help` cost; the plain
layout costs ~2 ms. It also reads better through a screen reader (no box lines) and when
piped. Click would cut each command's line to one sentence with "..."; here the Commands list
shows each command's whole first paragraph, as Typer's Rich help did.
"""

from __future__ import annotations

import inspect
from typing import Any

import typer
from typer.core import TyperGroup

# Every Typer app of pausecoach: no Rich markup in help, Click's plain formatter.
PLAIN: dict[str, Any] = {"rich_markup_mode": None}


def first_paragraph(text: str) -> str:
    """The first paragraph of a command's help, on one line."""
    return " ".join(inspect.cleandoc(text).split("\n\n")[0].split())


class PlainGroup(TyperGroup):
    """A command group whose help lists each command with its whole first paragraph."""

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        rows = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                rows.append((name, first_paragraph(command.short_help or command.help or "")))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


def plain_typer(**settings: Any) -> typer.Typer:
    """A Typer app (or sub-app) drawing its help plainly."""
    return typer.Typer(cls=PlainGroup, **PLAIN, **settings)
