"""The content files shipped beside these modules, read as plain files.

importlib.resources would cost ~6 ms of imports (pathlib, tempfile, zipfile and its readers)
on every `check` and before the first frame, for zip imports pausecoach never uses: it is
installed as files (a wheel or an editable install), and its content files sit beside this one.
"""

from __future__ import annotations

import os

FOLDER = os.path.dirname(os.path.abspath(__file__))


def path_of(name: str) -> str:
    """Where the shipped content file `name` is."""
    return os.path.join(FOLDER, name)


def read_text(name: str) -> str:
    """The text of the shipped content file `name` (UTF-8)."""
    with open(path_of(name), encoding="utf-8") as handle:
        return handle.read()
