"""`pausecoach --plain`: the pause as plain prompts and printed lines (no full-screen UI)."""

from __future__ import annotations

import sys

from pausecoach.clock import Clock, SystemClock

EXIT_INTERRUPTED = 130  # the shell's code for a ctrl+c


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


def _partner_line(clock: Clock) -> str | None:
    """The linked partner's break in one line, when there is one to tell."""
    from pausecoach import link

    status = link.partner_status(clock.now())
    return status.line if status is not None and status.state != "quiet" else None


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
    from pausecoach.content import catalog
    from pausecoach.documents.baseline import effective_resting
    from pausecoach.documents.plan import load_plan
    from pausecoach.pause.setup import (
        first_run_due,
        mark_first_run,
        new_recorder,
        settings_with_problems,
    )
    from pausecoach.pause.steps import PauseRules
    from pausecoach.plain.flow import PlainOptions, PlainPause, SafetyExit
    from pausecoach.plain.io import InputEnded, Lines, Talk

    clock = clock or SystemClock()
    settings, problems = settings_with_problems()
    for problem in problems:
        err().print(problem, markup=False)
    if saving:
        store = open_store()
    else:
        from pausecoach.storage.store import Store

        store = Store.in_memory()
    first_run = first_run_due(store)
    unsaved = mark_first_run(store, clock) if first_run else None
    if unsaved:
        err().print(unsaved, markup=False)
    resting = effective_resting(settings, store)
    recorder = new_recorder(
        store,
        clock,
        settings,
        resting,
        lambda message: err().print(message, markup=False),
        linked=saving,
    )
    options = PlainOptions(
        break_seconds=break_seconds,
        region=catalog.region_for(settings.helpline_region),
        first_run=first_run,
        plan=load_plan(store),
        saving=saving,
        partner_line=_partner_line(clock) if saving else None,
    )
    talk = Talk(Lines(sys.stdin), _write)
    rules = PauseRules(settings, resting, minutes)
    pause = PlainPause(talk, recorder, rules, clock, options)
    code = 0
    _catch_stop_signals()
    try:
        pause.run()
    except SafetyExit:
        recorder.finish("safety_exit")
    except (KeyboardInterrupt, InputEnded, Signalled) as exc:
        pause.stopped()
        recorder.close()
        recorder.finish_saving(lambda line: err().print(line, markup=False))
        reason = "Input ended" if isinstance(exc, InputEnded) else "Stopped"
        saved = saving and recorder.unsaved is None
        kept = " What you did so far is saved." if saved and recorder.session.step != "land" else ""
        _write(f"\n{reason}.{kept}\n")
        if isinstance(exc, Signalled):
            code = 128 + exc.signum
        else:
            code = EXIT_INTERRUPTED if isinstance(exc, KeyboardInterrupt) else 1
    finally:
        recorder.close()
        recorder.finish_saving(lambda line: err().print(line, markup=False))
        store.close()
    return code
