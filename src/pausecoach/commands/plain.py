"""`pausecoach --plain`: the pause as plain prompts and printed lines (no full-screen UI)."""

from __future__ import annotations

import sys

from pausecoach.clock import Clock, SystemClock

EXIT_INTERRUPTED = 130  # the shell's code for a ctrl+c
FIRST_RUN_DOC = "first_run"


class Signalled(Exception):
    """SIGTERM or SIGHUP arrived: stop the pause as ctrl+c would, keeping what was done."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _raise_signalled(signum: int, _frame: object) -> None:
    raise Signalled(signum)


def _catch_stop_signals() -> None:
    import signal

    for signum in (signal.SIGTERM, signal.SIGHUP):
        try:
            signal.signal(signum, _raise_signalled)
        except (ValueError, OSError, AttributeError):  # not the main thread, or not POSIX
            continue


def _write(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


def run_plain(
    minutes: int | None = None,
    break_seconds: int | None = None,
    clock: Clock | None = None,
    saving: bool = True,
) -> int:
    """Run one pause as questions and answers on standard input and output; the exit code.

    The record is saved at every step, as in the full-screen flow, and kept as interrupted when
    ctrl+c or the end of input stops it. Without `saving`, nothing touches the disk.
    """
    from pausecoach.commands.common import err, open_store
    from pausecoach.config.settings import load_settings
    from pausecoach.content import catalog
    from pausecoach.documents.baseline import effective_resting
    from pausecoach.documents.plan import load_plan
    from pausecoach.pause.recorder import PauseRecorder
    from pausecoach.plain.flow import PlainOptions, PlainPause, SafetyExit
    from pausecoach.plain.io import InputEnded, Lines, Talk

    clock = clock or SystemClock()
    loaded = load_settings()
    for problem in loaded.problems:
        err().print(f"Settings: {problem} Using defaults.", markup=False)
    settings = loaded.settings
    if saving:
        store = open_store()
    else:
        from pausecoach.storage.store import Store

        store = Store.in_memory()
    first_run = store.get_document(FIRST_RUN_DOC) is None
    if first_run:
        from pausecoach.storage.store import StoreError

        try:
            store.put_document(FIRST_RUN_DOC, {"seen": clock.now().isoformat()})
        except StoreError as exc:
            err().print(str(exc), markup=False)
    resting = effective_resting(settings, store)
    recorder = PauseRecorder(
        store,
        clock,
        pulse_limit=settings.pulse_limit,
        resting_pulse=resting,
        on_error=lambda message: err().print(message, markup=False),
    )
    options = PlainOptions(
        minutes=minutes,
        break_seconds=break_seconds,
        region=catalog.region_for(settings.helpline_region),
        first_run=first_run,
        plan=load_plan(store),
        saving=saving,
    )
    talk = Talk(Lines(sys.stdin), _write)
    pause = PlainPause(talk, recorder, settings, clock, resting, options)
    code = 0
    _catch_stop_signals()
    try:
        pause.run()
    except SafetyExit:
        recorder.finish("safety_exit")
    except (KeyboardInterrupt, InputEnded, Signalled) as exc:
        pause.stopped()
        recorder.close()
        reason = "Input ended" if isinstance(exc, InputEnded) else "Stopped"
        saved = saving and recorder.last_error is None
        kept = " What you did so far is saved." if saved and recorder.session.step != "land" else ""
        _write(f"\n{reason}.{kept}\n")
        if isinstance(exc, Signalled):
            code = 128 + exc.signum
        else:
            code = EXIT_INTERRUPTED if isinstance(exc, KeyboardInterrupt) else 1
    finally:
        recorder.close()
        store.close()
    return code
