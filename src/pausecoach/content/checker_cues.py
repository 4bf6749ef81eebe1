"""Cue formulas for the checker's and the danger screen's patterns (core/cues.py).

A pattern whose cue formula a text fails cannot match it, so it is neither compiled nor run.
Working the formulas out means parsing every pattern (as slow as compiling them), so they are
worked out here once and shipped: the checker's in checker_cues.json, the danger screen's in
core/danger_cues.py (core reads no files). tests/unit/test_checker_api.py and
tests/unit/test_danger_cues.py fail when either is stale. The same command remakes the JSON
copies of the TOML files `check` reads (content/files.py; tests/unit/test_content_copies.py).
Regenerate all: python -m pausecoach.content.checker_cues
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from pausecoach.content.checker_rules import CUES_FILE, expanded_patterns, load_checker_data
from pausecoach.content.files import COPIED, copy_name, copy_text, path_of, read_text
from pausecoach.core import cues as cue_formulas
from pausecoach.core.danger_rules import RULES

DANGER_FILE = Path(cue_formulas.__file__).with_name("danger_cues.py")
DANGER_HEAD = '''"""Cue formulas of the danger rules (core/cues.py), by pattern: generated, do not edit.

Regenerate: python -m pausecoach.content.checker_cues (tests/unit/test_danger_cues.py fails
when this is stale). A pattern missing here is always run: slower, never wrong.
"""

from typing import Any

# fmt: off
CUES: dict[str, Any] = {
'''


def generate() -> dict[str, cue_formulas.Formula]:
    """The formula of every shipped checker pattern, keyed by its expanded source."""
    out: dict[str, cue_formulas.Formula] = {}
    for source in expanded_patterns(load_checker_data()):
        re.compile(source, re.IGNORECASE)  # a broken pattern fails here, not at a user's check
        out[source] = cue_formulas.formula(source, re.IGNORECASE)
    return out


def generate_danger() -> dict[str, cue_formulas.Formula]:
    """The formula of every danger rule's pattern (matched case-sensitively on lower case)."""
    return {pattern: cue_formulas.formula(pattern) for _, _, pattern, _ in RULES}


def danger_module_text() -> str:
    """core/danger_cues.py as it should read now."""
    found = generate_danger()
    lines = (f"    {k!r}: {cue_formulas.frozen(found[k])!r}," for k in sorted(found))
    return DANGER_HEAD + "\n".join(lines) + "\n}\n# fmt: on\n"


def main() -> None:
    """Rewrite checker_cues.json next to the rule files, core/danger_cues.py and the copies."""
    path = Path(path_of(CUES_FILE))
    cues = generate()
    lines = (f"{json.dumps(k, ensure_ascii=False)}: {json.dumps(cues[k])}" for k in sorted(cues))
    path.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")  # a pattern a line
    DANGER_FILE.write_text(danger_module_text(), encoding="utf-8")
    for name in COPIED:
        copy = Path(path_of(copy_name(name)))
        copy.parent.mkdir(exist_ok=True)
        copy.write_text(copy_text(name, read_text(name)), encoding="utf-8")
    print(f"wrote {path}, {DANGER_FILE} and {len(COPIED)} copies in {copy.parent}")


if __name__ == "__main__":
    main()
