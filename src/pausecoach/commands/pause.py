"""`pausecoach` with no command: the full-screen pause flow."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pausecoach import paths

if TYPE_CHECKING:
    from pausecoach.core.drill import DrillOptions


def run_pause(
    saving: bool = True,
    start_at: str = "landing",
    minutes: int | None = None,
    pattern: str | None = None,
    drill: DrillOptions | None = None,
    reduce_motion: bool = False,
) -> None:
    """Check the data folder, then run the TUI; settings and store load after the first frame."""
    if saving:
        try:
            paths.ensure_private_dir(paths.data_dir())
        except paths.DataDirError as exc:
            import typer

            from pausecoach.commands.common import fail

            try:
                fail(str(exc))
            except typer.Exit as done:
                # The console script's fast path runs this outside Typer, which would
                # otherwise show typer.Exit as a traceback.
                raise SystemExit(done.exit_code) from None

    from pausecoach.tui.app import make_app

    app = make_app(
        saving=saving,
        start_at=start_at,  # type: ignore[arg-type]
        minutes=minutes,
        pattern=pattern,
        drill=drill,
        reduce_motion=reduce_motion,
    )
    try:
        app.run()
    finally:
        app.close_record()
        if app.store_opened:
            app.store.close()
        for problem in app.problems:
            print(problem)
        if app.crashed:
            print(crash_note(app.saving))


def crash_note(saving: bool) -> str:
    """What to say after an unexpected error (Textual has printed the details above)."""
    kept = (
        "Your pause was kept as interrupted, at the step it reached."
        if saving
        else "Nothing was saved (--no-save)."
    )
    return (
        f"pausecoach met an unexpected problem and closed. {kept} "
        "Run `pausecoach` again to carry on; the details above help if you report it."
    )
