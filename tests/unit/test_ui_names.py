"""The binding ids and theme names `config set` checks stay in step with the app itself."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from textual.binding import Binding
from textual.theme import BUILTIN_THEMES

import pausecoach.tui.dialogs as dialogs
import pausecoach.tui.screens as screens
import pausecoach.tui.widgets as widgets
from pausecoach.config.names import KEY_BINDINGS, OUR_THEMES, TEXTUAL_THEMES
from pausecoach.tui.app import PauseCoachApp
from pausecoach.tui.themes import THEMES


def app_bindings() -> dict[str, str]:
    """Every Binding with an id in the app, its screens and widgets: id -> default keys."""
    classes: list[type] = [PauseCoachApp]
    for package in (screens, dialogs, widgets):
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            classes += [c for _, c in inspect.getmembers(module, inspect.isclass)]
    found: dict[str, str] = {}
    for cls in classes:
        for binding in cls.__dict__.get("BINDINGS", []):
            if isinstance(binding, Binding) and binding.id:
                found[binding.id] = binding.key
    return found


def test_every_binding_id_is_known_with_its_default_key() -> None:
    # A new Binding(id=...) needs a line in ui_names.KEY_BINDINGS (and docs/settings.md).
    assert {k: v.default for k, v in KEY_BINDINGS.items()} == app_bindings()


def test_theme_names_match_the_registered_themes() -> None:
    assert set(OUR_THEMES) == {theme.name for theme in THEMES}
    assert set(TEXTUAL_THEMES) == set(BUILTIN_THEMES)
