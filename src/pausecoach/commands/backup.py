"""`pausecoach export` and `pausecoach import`: a complete JSON backup, and merging one back."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from pausecoach.commands.common import EXIT_USAGE, err, fail, open_store
from pausecoach.report.words import plural

if TYPE_CHECKING:
    from pausecoach.models import DrillAttempt, PauseSession
    from pausecoach.storage.store import Store

FORMAT = "pausecoach-export"
VERSION = 1


def _document_loaders() -> dict[str, Callable[[Store], object | None]]:
    """What a person made on a calm day and would miss: name -> its loader (None if malformed)."""
    from pausecoach.documents.baseline import BASELINE_DOC, load_baseline
    from pausecoach.documents.cycle import CYCLE_DOC, load_cycle
    from pausecoach.documents.plan import PLAN_DOC, load_plan

    return {PLAN_DOC: load_plan, BASELINE_DOC: load_baseline, CYCLE_DOC: load_cycle}


def export_text(
    sessions: Sequence[str],
    drills: Sequence[str],
    now: datetime,
    documents: Mapping[str, Any] | None = None,
) -> str:
    """The backup document, built from the stored JSON of each record (no re-encoding)."""
    head = json.dumps(
        {
            "format": FORMAT,
            "version": VERSION,
            "exported_at": now.isoformat(),
            "documents": dict(documents or {}),
        }
    )
    return (
        head[:-1]
        + ',\n"sessions": [\n'
        + ",\n".join(sessions)
        + '\n],\n"drills": [\n'
        + ",\n".join(drills)
        + "\n]}\n"
    )


def export_command(
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write to this file (owner-only), not the screen."),
    ] = None,
) -> None:
    """A complete backup as JSON: every pause and drill attempt, your plan, resting pulse and cycle map."""
    store = open_store()
    try:
        sessions, drills = store.session_json(), store.drill_json()
        documents = {name: store.get_document(name) for name in _document_loaders()}
        from pausecoach.documents.debrief import linked_documents

        documents.update(linked_documents(store))  # talks and debriefs, linked to their pauses
    finally:
        store.close()
    saved = {name: body for name, body in documents.items() if body is not None}
    text = export_text(sessions, drills, datetime.now(UTC).replace(microsecond=0), saved)
    if output is None or str(output) == "-":
        sys.stdout.write(text)
        return
    from pausecoach.paths import NotRegularFile, write_private

    try:
        write_private(output.expanduser(), text)
    except NotRegularFile as exc:
        fail(f"Nothing was written: {exc}.")
    except OSError as exc:
        fail(f"Could not write {output}: {exc.strerror or exc}.")
    err().print(
        f"Saved {plural(len(sessions), 'pause')} and {plural(len(drills), 'drill attempt')} "
        f"to {output} (only you can read it).",
        markup=False,
    )


class ImportProblem(ValueError):
    """Why a backup file cannot be imported (worded for the user)."""


MAX_DEPTH = 40  # a real export nests 5 deep; deeper is not one (and could exhaust the stack)


def _depth_ok(text: str) -> bool:
    """False when brackets nest deeper than MAX_DEPTH (counted outside strings, no recursion)."""
    depth = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return False
        elif ch in "]}":
            depth -= 1
    return True


def _read(path: Path) -> dict[str, Any]:
    from pausecoach.core.safetext import clean_tree

    try:
        # utf-8-sig: a byte-order mark (Windows editors add one) is read past, not refused.
        text = path.read_text(encoding="utf-8-sig")
        if not _depth_ok(text):
            raise ImportProblem(
                f"{path} nests data more than {MAX_DEPTH} levels deep, so it is not a "
                "pausecoach export. Nothing was imported."
            )
        data = clean_tree(json.loads(text))
    except ImportProblem:
        raise
    except RecursionError:
        raise ImportProblem(
            f"{path} nests data too deeply to read. Nothing was imported."
        ) from None
    except FileNotFoundError:
        raise ImportProblem(f"There is no file {path}.") from None
    except UnicodeDecodeError:
        raise ImportProblem(f"{path} is not a text file, so not a pausecoach export.") from None
    except json.JSONDecodeError as exc:
        raise ImportProblem(
            f"{path} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})."
        ) from None
    except ValueError as exc:  # a number of thousands of digits, past Python's safe limit
        raise ImportProblem(
            f"{path} holds a value pausecoach cannot read ({str(exc).split(':')[0]}). "
            "Nothing was imported."
        ) from None
    except OSError as exc:
        raise ImportProblem(f"Could not read {path}: {exc.strerror or exc}.") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ImportProblem(f"{path} is not a pausecoach export (made by `pausecoach export`).")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ImportProblem(f"{path} has no valid format version.")
    if version > VERSION:
        raise ImportProblem(
            f"{path} was made by a newer pausecoach (format version {version}; this one reads "
            f"version {VERSION}). Update pausecoach, then import it."
        )
    return data


def _where(section: str, index: int, item: Any) -> str:
    ident = item.get("id") if isinstance(item, dict) else None
    return f"{section} record {index + 1}" + (f" (id {ident})" if isinstance(ident, str) else "")


def parse_documents(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The plan, baseline and cycle map in a backup, each checked by the loader that reads it."""
    from pausecoach.storage.store import Store

    documents = data.get("documents", {})
    if not isinstance(documents, dict):
        raise ImportProblem("'documents' should be an object. Nothing was imported.")
    loaders = _document_loaders()
    scratch = Store.in_memory()
    try:
        from pausecoach.documents.debrief import linked_document_valid

        for name, body in documents.items():
            linked = linked_document_valid(name, body)
            if linked is not None:
                if not linked:
                    raise ImportProblem(f"The {name} is not valid. Nothing was imported.")
                continue
            if name not in loaders:
                known = ", ".join(loaders)
                raise ImportProblem(
                    f"The document '{name}' is not one pausecoach keeps ({known}). "
                    "Nothing was imported."
                )
            if not isinstance(body, dict):
                raise ImportProblem(f"The document '{name}' is not valid. Nothing was imported.")
            scratch.put_document(name, body)
            if loaders[name](scratch) is None:
                raise ImportProblem(f"The document '{name}' is not valid. Nothing was imported.")
    finally:
        scratch.close()
    return documents


def parse_export(
    data: dict[str, Any],
) -> tuple[list[PauseSession], list[DrillAttempt]]:
    """Every record validated; the first bad one is named in an ImportProblem."""
    from pausecoach.checked import ValidationError
    from pausecoach.models import DrillAttempt, PauseSession

    parsed: dict[str, list[Any]] = {}
    for section, model in (("sessions", PauseSession), ("drills", DrillAttempt)):
        items = data.get(section, [])
        if not isinstance(items, list):
            raise ImportProblem(f"'{section}' should be a list of records.")
        parsed[section] = []
        for index, item in enumerate(items):
            try:
                parsed[section].append(model.model_validate(item))
            except ValidationError as exc:
                first = exc.errors()[0]
                field = ".".join(str(p) for p in first["loc"]) or "record"
                raise ImportProblem(
                    f"The {_where(section, index, item)} is not valid: {field}: {first['msg']}. "
                    "Nothing was imported."
                ) from None
    return parsed["sessions"], parsed["drills"]


def import_command(
    file: Annotated[Path, typer.Argument(help="A file made by `pausecoach export`.")],
) -> None:
    """Merge a backup back in: all records or none; ids already here are skipped."""
    from pausecoach.storage.store import StoreError

    try:
        data = _read(file.expanduser())
        sessions, drills = parse_export(data)
        documents = parse_documents(data)
    except ImportProblem as exc:
        fail(str(exc), EXIT_USAGE if "no file" in str(exc) else 1)
    store = open_store()
    try:
        added_sessions, added_drills = store.import_records(sessions, drills, documents)
    except StoreError as exc:
        fail(f"{exc} Nothing was imported.")
    finally:
        store.close()
    skipped = len(sessions) + len(drills) - added_sessions - added_drills
    line = (
        f"Imported {plural(added_sessions, 'pause')} and {plural(added_drills, 'drill attempt')}."
    )
    if skipped:
        line += f" {plural(skipped, 'record')} already here {'was' if skipped == 1 else 'were'} skipped."
    err().print(line, markup=False)
