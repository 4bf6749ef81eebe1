"""`pausecoach forget`: delete pauses for good (or everything), after asking."""

from __future__ import annotations

from typing import Annotated

import typer

from pausecoach.commands.common import EXIT_USAGE, err, fail, open_store, out
from pausecoach.report.words import plural


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
) -> None:
    """Delete saved pauses for good (the file is compacted so the words are really gone)."""
    from pausecoach.report.timefmt import friendly
    from pausecoach.storage.store import StoreError

    if everything == bool(ids):
        fail("Give the id of a pause to forget (see `pausecoach history`), or --all.", EXIT_USAGE)
    store = open_store()
    try:
        if everything:
            _confirm(
                "Delete everything pausecoach has saved (pauses, drill attempts, your pause plan "
                "and resting pulse)? This cannot be undone.",
                yes,
            )
            sessions, drills = store.delete_everything()
            out().print(
                f"Deleted {plural(sessions, 'pause')} and {plural(drills, 'drill attempt')}, "
                "with your pause plan and resting pulse. The database file was compacted.",
                markup=False,
            )
            return
        try:
            chosen = [store.get_session(store.resolve_session_id(i)) for i in ids or []]
        except StoreError as exc:
            fail(str(exc))
        labels = [f"{friendly(s.started_at)} ({s.id[:6]})" for s in chosen if s is not None]
        _confirm(f"Delete the pause{'s' if len(labels) > 1 else ''} of {', '.join(labels)}?", yes)
        from pausecoach.documents.debrief import linked_to

        pause_ids = {s.id for s in chosen if s is not None}
        # Talks and debriefs about these pauses go with them (before the file is compacted).
        store.delete_documents(linked_to(store, pause_ids))
        removed = store.delete_sessions(sorted(pause_ids))
        out().print(f"Deleted {plural(removed, 'pause')}: {', '.join(labels)}.", markup=False)
    except StoreError as exc:
        fail(str(exc))
    finally:
        store.close()
