"""The layers of the house, as a test over the import graph (every import, lazy ones included).

core/ imports only the standard library; storage/ never reaches up into a front end or the
commands; screens never import screens (the flow coordinator decides the next one); no cycles.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "pausecoach"
NOT_SCREENS = {"base", "__init__"}


def module_name(path: Path) -> str:
    """The dotted module name of a file in the package."""
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> set[str]:
    """Every module `path` imports, at any depth of the file (TYPE_CHECKING blocks too)."""
    found: set[str] = set()
    here = module_name(path).split(".")
    is_package = path.name == "__init__.py"
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = here if is_package else here[:-1]
                base = base[: len(base) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            found.add(target)
            found.update(f"{target}.{alias.name}" for alias in node.names)
    return found


def graph() -> dict[str, set[str]]:
    """Module -> the package's own modules it imports."""
    files = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    return {
        name: {m for m in imports_of(path) if m in files and m != name}
        for name, path in files.items()
    }


GRAPH = graph()


def test_core_imports_only_the_standard_library() -> None:
    breaches = []
    for name, path in sorted((module_name(p), p) for p in (PACKAGE / "core").rglob("*.py")):
        for target in imports_of(path):
            top = target.split(".")[0]
            inside_core = target.startswith("pausecoach.core")
            if top != "__future__" and not inside_core and top not in sys.stdlib_module_names:
                breaches.append(f"{name} -> {target}")
    assert breaches == []


@pytest.mark.parametrize("upper", ["tui", "plain", "commands"])
def test_storage_never_imports_a_front_end_or_a_command(upper: str) -> None:
    reached = [
        f"{name} -> {target}"
        for name, targets in GRAPH.items()
        if name.startswith("pausecoach.storage")
        for target in targets
        if target.startswith(f"pausecoach.{upper}")
    ]
    assert reached == []


def is_screen(name: str) -> bool:
    """A flow screen module (not the shared base)."""
    return ".tui.screens." in name and name.rsplit(".", 1)[1] not in NOT_SCREENS


def test_screens_never_import_screens() -> None:
    crossing = [
        f"{name} -> {target}"
        for name, targets in GRAPH.items()
        if is_screen(name)
        for target in targets
        if is_screen(target)
    ]
    assert crossing == []


def test_screens_never_import_the_app_class() -> None:
    reaching = [
        name
        for name, targets in GRAPH.items()
        if is_screen(name) and "pausecoach.tui.app" in targets
    ]
    assert reaching == []


def test_no_import_cycles() -> None:
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []
    counter = [0]

    def visit(node: str) -> None:  # Tarjan's strongly connected components
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for nxt in GRAPH.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for node in sorted(GRAPH):
        if node not in index:
            visit(node)
    assert cycles == []


def test_the_graph_is_really_read() -> None:
    # A broken walker would make every test above pass vacuously.
    assert "pausecoach.tui.screens.base" in GRAPH["pausecoach.tui.screens.check"]
    assert "pausecoach.storage.store" in GRAPH["pausecoach.pause.recorder"]
    assert len(GRAPH) > 80
