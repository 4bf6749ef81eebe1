"""`pausecoach config path | show | keys | set | unset | edit`: see and change settings in config.toml."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from typing import Any

import typer

from pausecoach.commands.common import EXIT_USAGE, err, fail, out
from pausecoach.commands.plain_help import plain_typer

config_app = plain_typer(
    help="See and change your settings (config.toml): `config show` lists every setting, `config keys` every key.",
    no_args_is_help=True,
)


def _shown(value: Any) -> str:
    """A value as it is written in config.toml."""
    import tomlkit

    return "(not set)" if value is None else tomlkit.item(value).as_string()


def _indented(text: str, indent: int, width: int) -> str:
    """Text wrapped to the console, every line indented (no trailing spaces when piped)."""
    import textwrap

    pad = " " * indent
    return textwrap.fill(text, max(width, 40), initial_indent=pad, subsequent_indent=pad)


@config_app.command("path")
def path_command() -> None:
    """Print where the settings file is (it may not exist yet)."""
    from pausecoach.paths import config_path

    typer.echo(str(config_path()))


@config_app.command("show")
def show_command() -> None:
    """List every setting: its value now, its default and what it does, then any problems."""
    from rich.markup import escape

    from pausecoach.config.names import KEY_BINDINGS, THEME_NAMES
    from pausecoach.config.settings import Settings, load_settings

    loaded = load_settings()
    on_defaults = not loaded.ok and loaded.defaults_used
    if loaded.settings.theme not in THEME_NAMES:
        loaded.problems.append(
            f"{loaded.path}: there is no theme called '{loaded.settings.theme}'; "
            "the calm one (pausecoach) is used."
        )
    console = out()
    where = "" if loaded.path.exists() else " (not created yet: all defaults)"
    console.print(f"Settings file: {escape(str(loaded.path))}{where}")
    if loaded.problems:
        note = " (the defaults below are used until fixed)" if on_defaults else ""
        console.print(f"\n[b red]Problems in the file[/]{note}:")
        for problem in loaded.problems:
            console.print(_indented(f"- {problem}", 2, console.width), markup=False)
    console.print()
    defaults = Settings()
    for name, info in Settings.model_fields.items():
        if name == "keys":
            continue
        value, default = getattr(loaded.settings, name), getattr(defaults, name)
        changed = "" if value == default else "   [yellow](changed)[/]"
        console.print(
            f"[b]{name}[/b] = {escape(_shown(value))}   [dim]default {escape(_shown(default))}[/]"
            + changed
        )
        console.print(
            _indented(info.description or "", 4, console.width), style="dim", markup=False
        )
    keys = loaded.settings.keys
    console.print(
        f"[b]keys[/b]   [dim]{len(KEY_BINDINGS)} rebindable keys: pausecoach config keys[/]"
    )
    if not keys:
        console.print("    [dim]none changed (e.g. pausecoach config set keys.quit x)[/]")
    for binding_id, key in keys.items():
        default_key = KEY_BINDINGS[binding_id].default
        console.print(f"    {binding_id} = {escape(_shown(key))}   [dim]default {default_key}[/]")


@config_app.command("keys")
def keys_command() -> None:
    """List every key you can rebind: its id, its key now, and what it does, by screen."""
    from rich.markup import escape

    from pausecoach.config.names import KEY_BINDINGS
    from pausecoach.config.settings import load_settings

    chosen = load_settings().settings.keys
    console = out()
    screen = ""
    for binding_id, binding in KEY_BINDINGS.items():
        if binding.screen != screen:
            screen = binding.screen
            console.print(f"\n[b]{escape(screen)}[/b]")
        key = chosen.get(binding_id, binding.default)
        changed = "" if binding_id not in chosen else "   [yellow](changed)[/]"
        console.print(
            f"  {escape(binding_id)} = {escape(key)}   [dim]{escape(binding.does)}[/]{changed}"
        )
    console.print("\n[dim]Change one with: pausecoach config set keys.<id> <key>[/]")


@config_app.command("set")
def set_command(
    key: str = typer.Argument(..., help="A setting (see `config show`), or keys.<binding-id>."),
    value: str = typer.Argument(..., help="The new value; checked before anything is written."),
) -> None:
    """Change one setting, e.g. `pausecoach config set break_minutes 25`.

    The value is checked first: a bad one is refused and the file is left exactly as it was.
    Comments and layout in the file are kept.
    """
    from pausecoach.config.edit import ConfigEditError, set_setting
    from pausecoach.paths import DataDirError, config_path

    path = config_path()
    try:
        written, problems = set_setting(path, key, value)
    except ConfigEditError as exc:
        fail(str(exc), EXIT_USAGE)
    except (DataDirError, OSError) as exc:
        fail(f"Could not save {path}: {exc}")
    out().print(f"{key} = {_shown(written)}   (saved in {path})", markup=False)
    for problem in problems:
        err().print(
            problem if problem.startswith("Note:") else f"Still to fix: {problem}", markup=False
        )


@config_app.command("unset")
def unset_command(
    key: str = typer.Argument(..., help="A setting, or keys.<binding-id>."),
) -> None:
    """Remove a setting from the file, so its default applies again."""
    from pausecoach.config.edit import ConfigEditError, unset_setting
    from pausecoach.paths import DataDirError, config_path

    try:
        removed = unset_setting(config_path(), key)
    except ConfigEditError as exc:
        fail(str(exc), EXIT_USAGE)
    except (DataDirError, OSError) as exc:
        fail(f"Could not save {config_path()}: {exc}")
    out().print(
        f"{key} is back to its default." if removed else f"{key} was not set: nothing to do.",
        markup=False,
    )


@config_app.command("edit")
def edit_command() -> None:
    """Open the settings file in $VISUAL or $EDITOR, then check it and report problems by line."""
    from pausecoach.config.edit import template, write_atomic
    from pausecoach.config.settings import load_settings
    from pausecoach.paths import DataDirError, config_path

    path = config_path()
    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if not editor:
        fail(
            f"No editor set. Set $VISUAL or $EDITOR (for example `export EDITOR=nano`), edit "
            f"{path} yourself, or change one setting with `pausecoach config set KEY VALUE`."
        )
    try:
        command = shlex.split(editor)
    except ValueError as exc:  # an unclosed quote, say
        command = []
        reason = str(exc).lower()
    else:
        reason = "it is empty"
    if not command:
        fail(
            f"Your editor setting ({editor}) cannot be read as a command ({reason}). Fix $VISUAL "
            "or $EDITOR (for example `export EDITOR=nano`), or use `pausecoach config set`."
        )
    try:
        if not path.exists():
            write_atomic(path, template())
    except (DataDirError, OSError) as exc:
        fail(f"Could not create {path}: {exc}")
    while True:
        try:
            subprocess.run([*command, str(path)], check=False)
        except OSError as exc:
            fail(f"Could not start your editor ({editor}): {exc}")
        if path.exists():
            path.chmod(0o600)  # some editors write a new file with looser permissions
        loaded = load_settings(path)
        if loaded.ok:
            out().print(f"Saved and valid: {path}", markup=False)
            return
        err().print(
            "Problems in the file (pausecoach uses the defaults until fixed):", markup=False
        )
        for problem in loaded.problems:
            err().print(f"  - {problem}", markup=False)
        if not (sys.stdin.isatty() and typer.confirm("Open the editor again?", default=True)):
            raise typer.Exit(1)
