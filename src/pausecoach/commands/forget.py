"""`pausecoach forget`: delete pauses for good (or everything), after asking."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from pausecoach.commands.common import EXIT_USAGE, err, fail, open_store, out
from pausecoach.report.words import plural

if TYPE_CHECKING:
    from pausecoach.models import PauseSession
    from pausecoach.storage.store import Store


def _confirm(question: str, yes: bool) -> None:
    if yes:
        return
    try:
        agreed = typer.confirm(question, default=False, err=True)
    except typer.Abort:  # no answer (end of input, ctrl+c): the prompt line is still open
        err().print()
        agreed = False
    if not agreed:
        err().print("Nothing was deleted.", markup=False)
        raise typer.Exit(1)


def forget_command(
    ids: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[ID]...", help="The pause(s) to delete (the first few characters are enough)."
        ),
    ] = None,
    everything: bool = typer.Option(
        False, "--all", help="Delete everything: pauses, drill attempts, plan, resting pulse."
    ),
    yes: bool = typer.Option(False, "--yes", "-y", help="Do not ask first."),
    compact: bool = typer.Option(
        False, "--compact", help="Only compact the file, so words deleted earlier are gone."
    ),
) -> None:
    """Delete saved pauses for good (the file is compacted so the words are really gone)."""
    from pausecoach.storage.store import StoreError

    if not compact and everything == bool(ids):
        fail("Give the id of a pause to forget (see `pausecoach history`), or --all.", EXIT_USAGE)
    store = open_store()
    try:
        if everything:
            _forget_everything(store, yes)
        elif ids:
            _forget_some(store, ids, yes)
        else:
            store.compact()
            _say_compacted(store, "Nothing was deleted; the database file was compacted.")
    except StoreError as exc:
        fail(str(exc))
    finally:
        store.close()


def _say_compacted(store: Store, done: str) -> None:
    """Say what happened, and whether the deleted words are really gone from the file."""
    if store.compacted:
        out().print(done, markup=False)
        return
    out().print(done.split(" The database file")[0].split("; the database")[0], markup=False)
    fail(
        "Another pausecoach is reading the database right now, so the deleted words are still "
        "inside the file. Close it, then run `pausecoach forget --compact`."
    )


def _forget_everything(store: Store, yes: bool) -> None:
    from pausecoach.storage.dbfile import broken_copies

    copies = broken_copies(store.path) if store.path is not None else []
    extra = (
        f" and {plural(len(copies), 'damaged database file')} "
        "kept aside earlier (they hold your old pauses)"
        if copies
        else ""
    )
    _confirm(
        "Delete everything pausecoach has saved (pauses, drill attempts, your pause plan "
        f"and resting pulse{extra})? This cannot be undone.",
        yes,
    )
    sessions, drills = store.delete_everything()
    removed = []
    for copy in copies:
        try:
            copy.unlink()
            removed.append(copy)
        except OSError as exc:
            err().print(f"Could not delete {copy}: {exc.strerror or exc}", markup=False)
    gone = f", and {plural(len(removed), 'damaged database file')}" if removed else ""
    _say_compacted(
        store,
        f"Deleted {plural(sessions, 'pause')} and {plural(drills, 'drill attempt')}, "
        f"with your pause plan and resting pulse{gone}. The database file was compacted.",
    )
    if len(removed) < len(copies):
        raise typer.Exit(1)


def _forget_some(store: Store, ids: list[str], yes: bool) -> None:
    from pausecoach.report.timefmt import friendly
    from pausecoach.storage.dbfile import broken_copies

    chosen: dict[str, PauseSession] = {}
    for typed in ids:
        session = store.get_session(store.resolve_session_id(typed))
        if session is not None:
            chosen.setdefault(session.id, session)  # the same pause named twice counts once
    labels = [f"{friendly(s.started_at)} ({s.id[:6]})" for s in chosen.values()]
    _confirm(f"Delete the pause{'s' if len(labels) > 1 else ''} of {', '.join(labels)}?", yes)
    from pausecoach.documents.debrief import linked_to

    # Talks and debriefs about these pauses go with them (before the file is compacted).
    store.delete_documents(linked_to(store, set(chosen)))
    removed = store.delete_sessions(list(chosen))
    _say_compacted(store, f"Deleted {plural(removed, 'pause')}: {', '.join(labels)}.")
    if store.path is not None and broken_copies(store.path):
        err().print(
            "Damaged database copies kept aside earlier may still hold these words "
            "(`pausecoach forget --all` deletes them too).",
            markup=False,
        )
