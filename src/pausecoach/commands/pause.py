"""`pausecoach` with no command: the full-screen pause flow."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pausecoach import paths

if TYPE_CHECKING:
    from pausecoach.core.drill import DrillOptions
    from pausecoach.tui.app import PauseCoachApp


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
            from pausecoach.commands.common import fail

            fail(str(exc))

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
        app.finish_saving(print)
        if app.store_opened:
            app.store.close()
        for problem in app.problems:
            print(problem)
        if app.crashed:
            print(crash_note(app.saving, _save_problem(app)))
    code = exit_code(app)
    if code:
        raise SystemExit(code)


def _save_problem(app: PauseCoachApp) -> str | None:
    """Why the pause is not on disk ("" when no pause had started), or None when it is."""
    recorder = app.recorder
    if recorder is None:
        return ""
    return recorder.unsaved


def exit_code(app: PauseCoachApp) -> int:
    """0 for a normal end, 1 after a crash, 128 + the signal's number after SIGTERM/HUP/INT."""
    from pausecoach.tui.hangup import exit_signal

    received = exit_signal(app)
    if received is not None:
        return 128 + received
    if app.crashed:
        return 1
    return int(app.return_code or 0)


def crash_note(saving: bool, save_problem: str | None = None) -> str:
    """What to say after an unexpected error (Textual has printed the details above).

    It says the pause was kept only when its last save worked.
    """
    if not saving:
        kept = "Nothing was saved (--no-save, or the database could not be used)."
    elif save_problem == "":
        kept = "No pause had started, so there was nothing to keep."
    elif save_problem:
        kept = f"Your pause could not be saved: {save_problem}"
    else:
        kept = "Your pause was kept as interrupted, at the step it reached."
    return (
        f"pausecoach met an unexpected problem and closed. {kept} "
        "Run `pausecoach` again to carry on; the details above help if you report it."
    )
