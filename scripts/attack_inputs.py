"""Bad input to every command and option, on standard input, and inside files it reads."""

from __future__ import annotations

import json
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from attack_common import (
    ALLOWED_EXITS,
    HOSTILE,
    Run,
    Tally,
    answer_fear_no,
    env_for,
    export_file,
    export_record,
    judge,
    run,
)

CHECK_EXITS = {0, 1, 2, 3, 4, 5}  # check: 4 plain (could be warmer), 5 not English; see its --help

# Arguments and options; {} is the hostile text. "tui": a value it accepts opens a screen.
ARGUMENTS: list[tuple[list[str], bool]] = [
    (["history", "show", "{}"], False),
    (["history", "--limit", "{}"], False),
    (["history", "--since", "{}"], False),
    (["history", "--status", "{}"], False),
    (["history", "--role", "{}"], False),
    (["history", "--kind", "{}"], False),
    (["history", "--csv", "--since", "{}"], False),
    (["history", "stats", "--since", "{}"], False),
    (["check", "{}"], False),
    (["check", "--json", "{}"], False),
    (["breathe", "--pattern", "{}"], True),
    (["breathe", "--minutes", "{}"], True),
    (["drill", "--topic", "{}"], True),
    (["drill", "--count", "{}"], True),
    (["resources", "--region", "{}"], False),
    (["config", "set", "{}", "5"], False),
    (["config", "set", "break_minutes", "{}"], False),
    (["config", "set", "region", "{}"], False),
    (["config", "set", "keys.quit", "{}"], False),
    (["config", "unset", "{}"], False),
    (["import", "{}"], False),
    (["forget", "{}", "--yes"], False),
    (["talk", "--turn", "{}"], True),
    (["--minutes", "{}"], True),
    (["--plain", "--minutes", "{}"], True),
    (["baseline", "{}"], False),
    (["partner", "{}"], False),
]

# Standard input: every answer is the hostile text.
STDIN: list[tuple[list[str], Callable[[str], str]]] = [
    (["check", "-"], lambda h: (h + "\n") * 3),
    (["check", "--json", "-"], lambda h: (h + "\n") * 3),
    (["plan"], lambda h: (h + "\n") * 30),
    (["--plain"], lambda h: (h + "\n") * 30),  # the first question, then asked again
    (["--plain"], lambda h: "\n" + (h + "\n") * 30),  # signs, pulse, ...
    (["--plain", "-m", "1"], lambda h: "b\n" + (h + "\n") * 30),  # the tell, the break
    (["talk", "--plain"], lambda h: (h + "\n") * 30),
    (["debrief", "--plain"], lambda h: (h + "\n") * 30),
    (["forget", "--all"], lambda h: h + "\n"),
]


def import_files(hostile: str) -> list[tuple[str, str]]:
    """(name, text) of files to import; some good, some bad."""
    evil = export_record("a1" + "b" * 30, note=hostile, tell_text=hostile, signs=[hostile])
    return [
        ("escapes", json.dumps(export_file([evil]))),
        ("bom", "\ufeff" + json.dumps(export_file([export_record("c" * 32)]))),
        ("deep", json.dumps(export_file([export_record("d" * 32, note="@")])).replace('"@"', "[" * 3000 + "]" * 3000)),
        ("huge-int", json.dumps(export_file([export_record("e" * 32)])).replace('"kind"', '"x": ' + "9" * 5000 + ', "kind"')),
        ("unknown-field", json.dumps(export_file([export_record("f" * 32, from_the_future=True)]))),
        ("odd-ids", json.dumps(export_file([export_record(" UPPER🙂"), export_record("[/x]"), export_record("\x1b[2J")]))),
        ("dupes", json.dumps(export_file([export_record("g" * 32), export_record("g" * 32)]))),
        ("not-json", hostile),
        ("null", "null"),
        ("list", "[[[[[]]]]]"),
    ]  # fmt: skip


def config_files(hostile: str) -> list[tuple[str, str]]:
    quoted = json.dumps(hostile)  # a TOML basic string is close enough to JSON's
    return [
        ("bom", "\ufeffbreak_minutes = 25\n"),
        ("deep", "a = " + "[" * 500 + "]" * 500 + "\n"),
        ("hostile-value", f"region = {quoted}\nbreak_minutes = {quoted}\n"),
        ("hostile-key", f"{quoted} = 1\n"),
        ("hostile-binding", f"[keys]\nquit = {quoted}\nhelp = {quoted}\n"),
        ("huge", "break_minutes = " + "9" * 5000 + "\n"),
        ("binary", "\x00\x01\x02"),
    ]


def _with_hostile(template: list[str], hostile: str) -> list[str]:
    return [hostile if part == "{}" else part for part in template]


def attack_inputs(tally: Tally, base: Path) -> None:
    home = base / "home" / "data"
    home.parent.mkdir(parents=True)
    work = base / "w" / "a" / "b" / "c"  # so a relative ../../x stays inside the scratch folder
    work.mkdir(parents=True)
    env = env_for(home)
    answer_fear_no(env)
    kept = base / "kept.json"
    kept.write_text(json.dumps(export_file([export_record("feedface" * 4)])), encoding="utf-8")
    run(["import", str(kept)], env)
    jobs: list[tuple[str, Callable[[], Run]]] = []
    for hostile in HOSTILE:
        for template, tui in ARGUMENTS:
            args = _with_hostile(template, hostile)
            jobs.append((f"{template} {hostile[:30]!r}", _job(args, env, None, 12 if tui else 20)))
        for template, feed in STDIN:
            jobs.append(
                (f"{template} <stdin {hostile[:30]!r}", _job(template, env, feed(hostile), 8))
            )
        out = str(work / "exports" / hostile) if hostile else ""
        jobs.append((f"export -o {hostile[:30]!r}", _job(["export", "-o", out], env, None, 20)))
        odd_home = {**env, "PAUSECOACH_HOME": hostile}
        jobs.append(
            (
                f"PAUSECOACH_HOME={hostile[:30]!r} history",
                _job(["history"], odd_home, None, 20, work),
            )
        )
        odd_editor = {**env, "EDITOR": hostile, "VISUAL": hostile}
        jobs.append(
            (
                f"EDITOR={hostile[:30]!r} config edit",
                _job(["config", "edit"], odd_editor, None, 8, work),
            )
        )
    with ThreadPoolExecutor(max_workers=2) as pool:
        for label, result in zip(
            [j[0] for j in jobs], pool.map(lambda j: j[1](), jobs), strict=True
        ):
            tally.inputs += 1
            judge(
                tally, label, result, CHECK_EXITS if label.startswith("['check'") else ALLOWED_EXITS
            )
    listed = run(["history", "--json"], env).out
    tally.check("feedface" in listed, "a record was deleted by `forget <hostile id> --yes`")
    _attack_files(tally, base, env)


def _job(
    args: list[str], env: dict[str, str], stdin: str | None, timeout: float, cwd: Path | None = None
) -> Callable[[], Run]:
    def go() -> Run:
        return run(args, env, stdin, timeout, cwd)

    return go


def _attack_files(tally: Tally, base: Path, env: dict[str, str]) -> None:
    """Import files and settings files holding the hostile text."""
    for hostile in [*HOSTILE[2:14:3], HOSTILE[14], HOSTILE[19]]:
        for name, text in import_files(hostile):
            fhome = base / f"imp-{name}" / "data"
            fhome.parent.mkdir(parents=True, exist_ok=True)
            fenv = {**env, "PAUSECOACH_HOME": str(fhome)}
            path = fhome.parent / "in.json"
            path.write_text(text, encoding="utf-8", errors="surrogateescape")
            for args in (
                ["import", str(path)],
                ["history"],
                ["history", "--json"],
                ["history", "--csv"],
                ["history", "stats"],
                ["history", "show", "a1"],
                ["history", "show", " upper"],
                ["forget", "[/x]", "--yes"],
                ["export", "-o", "-"],
            ):
                tally.inputs += 1
                result = run(args, fenv)
                judge(tally, f"import file {name} ({hostile[:20]!r}) then {args}", result)
                if args[:2] == ["history", "--csv"]:
                    for line in result.out.splitlines()[1:]:
                        if any(cell.startswith(("=", "+", "@")) for cell in line.split(",")):
                            tally.defect(f"csv after import {name}: formula cell {line[:60]!r}")
        for name, text in config_files(hostile):
            chome = base / f"cfg-{name}" / "data"
            chome.mkdir(parents=True, exist_ok=True)
            (chome / "config.toml").write_text(text, encoding="utf-8", errors="surrogateescape")
            cenv = {**env, "PAUSECOACH_HOME": str(chome)}
            for args in (["config", "show"], ["config", "keys"], ["resources"], ["history"]):
                tally.inputs += 1
                judge(tally, f"config.toml {name} ({hostile[:20]!r}) then {args}", run(args, cenv))
            tally.inputs += 1
            judge(
                tally,
                f"config.toml {name} then breathe",
                run(["breathe", "-m", "1"], cenv, None, 6),
            )
