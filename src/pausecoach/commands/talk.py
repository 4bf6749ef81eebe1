"""`pausecoach talk` and `pausecoach debrief`: talking in turns, and looking back on a calm day."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import typer

from pausecoach.commands.common import err, fail, open_store

if TYPE_CHECKING:
    from pausecoach.clock import Clock
    from pausecoach.storage.store import Store

PAUSE_HELP = "The pause it follows (the first few characters of its id; see `pausecoach history`)."
EXIT_INTERRUPTED = 130


def _write(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


def _pause(store: Store, given: str | None, latest: bool) -> tuple[str | None, str]:
    """The linked pause's id and when it was ("" when none); a bad id ends with a message."""
    from pausecoach.report.timefmt import friendly
    from pausecoach.storage.store import SessionFilter, StoreError

    if given is None:
        if not latest:
            return None, ""
        recent = store.list_sessions(SessionFilter(kind="pause", limit=1))
        return (
            (recent[0].id, f"the pause of {friendly(recent[0].started_at)}")
            if recent
            else (
                None,
                "",
            )
        )
    try:
        session = store.get_session(store.resolve_session_id(given))
    except StoreError as exc:
        store.close()
        fail(str(exc))
    assert session is not None
    return session.id, f"the pause of {friendly(session.started_at)}"


def talk_command(
    pause_id: str | None = typer.Argument(None, metavar="[PAUSE_ID]", help=PAUSE_HELP),
    turn: float = typer.Option(
        2.5, "--turn", "-t", min=1, max=5, help="Minutes each person speaks per turn (1-5)."
    ),
    plain: bool = typer.Option(False, "--plain", help="As printed lines and typed answers."),
) -> None:
    """Talk in turns after a break: one speaks, the other says back what they heard, then swap."""
    run("talk", pause_id, plain, turn_seconds=round(turn * 60))


def debrief_command(
    pause_id: str | None = typer.Argument(
        None, metavar="[PAUSE_ID]", help=PAUSE_HELP + " Default: your latest pause."
    ),
    plain: bool = typer.Option(False, "--plain", help="As printed lines and typed answers."),
) -> None:
    """On a calm day, look back on a fight: what each felt and saw, what it touched, my part."""
    run("debrief", pause_id, plain)


def run(
    mode: str,
    pause_id: str | None,
    plain: bool,
    turn_seconds: int = 150,
    clock: Clock | None = None,
) -> None:
    """Open the talk or the debrief (full screen, or plain), linked to a pause."""
    from pausecoach.clock import SystemClock

    clock = clock or SystemClock()
    store = open_store()
    linked, about = _pause(store, pause_id, latest=mode == "debrief")
    if plain:
        code = _run_plain(mode, store, clock, linked, about, turn_seconds)
        if code:
            raise typer.Exit(code)
        return
    from pausecoach.tui.app import make_app
    from pausecoach.tui.talk_start import TalkOptions

    options = TalkOptions(
        mode="debrief" if mode == "debrief" else "talk",
        pause_id=linked,
        about=about,
        turn_seconds=turn_seconds,
    )
    app = make_app(store=store, clock=clock, start_at=options.mode, talk=options)
    try:
        app.run()
    finally:
        app.finish_saving(print)
        store.close()
        for problem in app.problems:
            print(problem)
        if app.new_return:
            print(f"Another break: you'll be back at {app.new_return}. Run `pausecoach` for it.")


def _run_plain(
    mode: str, store: Store, clock: Clock, linked: str | None, about: str, turn_seconds: int
) -> int:
    from pausecoach.config.settings import load_settings
    from pausecoach.content import catalog
    from pausecoach.plain.io import InputEnded, Lines
    from pausecoach.plain.talk import PlainTalk, SafetyFirst

    settings = load_settings().settings
    region = catalog.region_for(settings.helpline_region)
    lines = Lines(sys.stdin)
    report = lambda message: err().print(message, markup=False)  # noqa: E731
    try:
        if mode == "debrief":
            from pausecoach.plain.debrief import PlainDebrief

            debrief = PlainDebrief(
                lines,
                _write,
                store,
                clock,
                region=region,
                pause_id=linked,
                about=about,
                on_error=report,
            )
            try:
                debrief.run()
            except (KeyboardInterrupt, InputEnded) as exc:
                debrief.keep()
                _write("\nStopped. What you answered so far is saved.\n")
                return EXIT_INTERRUPTED if isinstance(exc, KeyboardInterrupt) else 1
            except SafetyFirst:
                return 0
            return 0
        talk = PlainTalk(
            lines,
            _write,
            store,
            clock,
            region=region,
            break_minutes=settings.break_minutes,
            pause_id=linked,
            turn_seconds=turn_seconds,
            on_error=report,
        )
        try:
            talk.run()
        except (KeyboardInterrupt, InputEnded) as exc:
            _write("\nStopped. What you said so far is saved.\n")
            return EXIT_INTERRUPTED if isinstance(exc, KeyboardInterrupt) else 1
        return 0
    finally:
        store.close()
