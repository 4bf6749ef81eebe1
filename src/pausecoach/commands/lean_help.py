"""Typer's rich help without loading rich.markdown and rich.traceback, which help never uses.

`typer.rich_utils` imports both at its top (and markdown-it and Pygments with them: about a
third of the time `pausecoach --help` takes), yet uses Markdown only in rich_markup_mode
"markdown" (ours is "rich") and Traceback only to print a crash. While typer.rich_utils loads,
those two names are bound to stand-ins that import the real class at first use, so the help
looks exactly the same and a crash still prints Rich's traceback.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import sys
import types
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    import importlib.abc

TARGET = "typer.rich_utils"
DEFERRED = {"rich.markdown": "Markdown", "rich.traceback": "Traceback"}


class Deferred(type):
    """The type of a stand-in class: calls and attributes go to the real class, imported then."""

    _module: str

    def real(cls) -> Any:
        """The real class (imported now if it is not yet)."""
        return getattr(importlib.import_module(cls._module), cls.__name__)

    def __call__(cls, *args: Any, **kwargs: Any) -> Any:
        return cls.real()(*args, **kwargs)

    def __getattr__(cls, name: str) -> Any:
        return getattr(cls.real(), name)


def stand_in(module: str, name: str) -> types.ModuleType:
    """A module holding only a stand-in for `module.name`."""
    stub = types.ModuleType(module)
    setattr(stub, name, Deferred(name, (), {"_module": module}))
    return stub


class _Loader:
    """Runs typer.rich_utils with the stand-ins in sys.modules, then takes them out again.

    (Not an importlib.abc.Loader subclass: importing importlib.abc costs more than it saves.)
    """

    def __init__(self, real: Any) -> None:
        self.real = real

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType | None:
        module: types.ModuleType | None = self.real.create_module(spec)
        return module

    def exec_module(self, module: types.ModuleType) -> None:
        stubs = {m: stand_in(m, name) for m, name in DEFERRED.items() if m not in sys.modules}
        sys.modules.update(stubs)
        try:
            self.real.exec_module(module)
        finally:
            # Out again at once: anyone importing rich.markdown later gets the real module.
            for name, stub in stubs.items():
                if sys.modules.get(name) is stub:
                    del sys.modules[name]

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)


class _Finder:
    """Finds typer.rich_utils as usual but loads it through _Loader (once; then steps aside)."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: types.ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname != TARGET:
            return None
        sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is not None and spec.loader is not None:
            spec.loader = cast("importlib.abc.Loader", _Loader(spec.loader))
        return spec


def install() -> None:
    """Load typer.rich_utils lean when Typer first needs it (for help or an error message)."""
    if TARGET not in sys.modules and not any(isinstance(f, _Finder) for f in sys.meta_path):
        sys.meta_path.insert(0, _Finder())
