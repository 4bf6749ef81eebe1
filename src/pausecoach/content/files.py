"""The content files shipped beside these modules, read as plain files.

importlib.resources would cost ~6 ms of imports (pathlib, tempfile, zipfile and its readers)
on every `check` and before the TUI's first frame, for zip imports pausecoach never uses: it is
installed as files (a wheel or an editable install), and its content files sit beside this one.

The TOML files `check` reads also ship as JSON copies (`parsed/NAME.json`): importing tomllib
and parsing ~80 KB of rules with it costs ~7 ms of CPU, reading the same data as JSON ~0.5 ms.
A copy is used only when it was made from exactly the text of its TOML file, so an edited
file is always read as edited (slower until the copies are remade, never stale).
Remake them: python -m pausecoach.content.checker_cues
"""

from __future__ import annotations

import json
import os
from typing import Any

FOLDER = os.path.dirname(os.path.abspath(__file__))
COPIED = (
    "checker.toml",
    "checker_criticism.toml",
    "checker_contempt.toml",
    "checker_more.toml",
    "feelings.toml",
)


def path_of(name: str) -> str:
    """Where the shipped content file `name` is."""
    return os.path.join(FOLDER, name)


def read_text(name: str) -> str:
    """The text of the shipped content file `name` (UTF-8)."""
    with open(path_of(name), encoding="utf-8") as handle:
        return handle.read()


def copy_name(name: str) -> str:
    """The JSON copy of the TOML file `name`, relative to the content folder."""
    return os.path.join("parsed", name.removesuffix(".toml") + ".json")


def copy_text(name: str, source: str) -> str:
    """The JSON copy of the TOML file `name` whose text is `source`, as it is written."""
    import tomllib

    data = tomllib.loads(source)
    return json.dumps({"source": source, "data": data}, ensure_ascii=False, indent=0) + "\n"


def read_toml(name: str) -> dict[str, Any]:
    """The data of the shipped TOML file `name`: from its JSON copy when that was made from
    exactly this text, else parsed now. A fresh object every call (callers may change it)."""
    source = read_text(name)
    try:
        copy = json.loads(read_text(copy_name(name)))
    except (OSError, ValueError):
        copy = None
    data = copy.get("data") if isinstance(copy, dict) and copy.get("source") == source else None
    if isinstance(data, dict):
        return data
    import tomllib

    return tomllib.loads(source)
