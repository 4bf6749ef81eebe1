"""The first frame of `pausecoach` is drawn before the checked models, SQLite and Typer load.

Someone flooded types `pausecoach` and waits; the footer asking the landing screen which keys
apply once pulled in the store during that first frame and made it three times slower.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

HEAVY = (
    "pausecoach.checked",  # the records', settings' and content models
    "sqlite3",
    "typer",
    "pausecoach.storage.store",
    "pausecoach.models",
    "pausecoach.pause.sound",  # the sound cue loads only when it first sounds
    # The landing has no text box: Textual's TextArea (~10 ms to import) waits for one that does.
    "textual.widgets._text_area",
)

PROBE = """
import sys
from pausecoach.tui.app import make_app

app = make_app(saving=True)
seen = {}

def first_frame():
    seen["loaded"] = sorted(m for m in HEAVY if m in sys.modules)
    app.exit()

app._after_first_frame = first_frame  # what would run next is what may load the heavy parts
app.run(headless=True, size=(80, 24))
print("LOADED", seen["loaded"])
"""


def test_nothing_heavy_loads_before_the_first_frame(tmp_path: Path) -> None:
    code = f"HEAVY = {HEAVY!r}\n" + textwrap.dedent(PROBE)
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={"PAUSECOACH_HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin", "TERM": "xterm"},
    )
    assert result.returncode == 0, result.stderr
    assert "LOADED []" in result.stdout, result.stdout
