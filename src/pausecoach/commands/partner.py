"""`pausecoach partner pair --folder PATH | pair --show | status | unpair`: the partner link."""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from pausecoach.commands.common import err, fail
from pausecoach.commands.plain_help import plain_typer

if TYPE_CHECKING:
    from pausecoach.link.pairing import Pairing

partner_app = plain_typer(
    help="Link your pausecoach to your partner's through a folder you both sync: only break times travel, encrypted.",
    no_args_is_help=True,
)

POLL_SECONDS = 1.0


def _say(text: str) -> None:
    typer.echo(text)


@partner_app.command("pair")
def pair_command(
    folder: Annotated[
        Path | None,
        typer.Option(
            "--folder", help="A folder you and your partner both sync (Syncthing or any)."
        ),
    ] = None,
    show: bool = typer.Option(False, "--show", help="Show the safety code again."),
    name: str | None = typer.Option(
        None, "--name", help="Your first name, as your partner sees it."
    ),
    wait: int = typer.Option(
        300, "--wait", min=0, max=3600, help="Seconds to wait for your partner's device."
    ),
) -> None:
    """Pair with your partner on a calm day: both run this, compare a short code, both say yes."""
    from pausecoach.link import link_home
    from pausecoach.link.pairing import LinkError, advance, load
    from pausecoach.link.words import link_words

    words = link_words().pairing
    home = link_home()
    try:
        if show:
            _show(home)
            return
        if folder is None:
            fail("Give the shared folder: `pausecoach partner pair --folder PATH`.", 2)
        existing = load(home)
        if existing is not None and existing.confirmed:
            fail("This device is already paired. See `pausecoach partner status`.")
        if existing is not None and existing.path != folder.expanduser().resolve():
            fail(
                f"This device is pairing through {existing.folder}. To use another folder, "
                "run `pausecoach partner unpair` first."
            )
        _say(words.intro + "\n\n" + words.safety + "\n")
        pairing = existing or _start(home, folder.expanduser(), name)
        pairing = advance(home)
        if pairing.code is None:
            _say(words.waiting.format(seconds=wait))
            deadline = time.monotonic() + wait
            while pairing.code is None and time.monotonic() < deadline:
                time.sleep(POLL_SECONDS)
                pairing = advance(home)
        if pairing.code is None:
            _say(words.gave_up)
            raise typer.Exit(1)
        _ask_to_confirm(home, pairing)
    except LinkError as exc:
        fail(str(exc))


def _start(home: Path, folder: Path, name: str | None) -> Pairing:
    from pausecoach.link.pairing import start

    chosen = name or str(typer.prompt("Your first name, as your partner will see it")).strip()
    return start(home, folder, chosen)


def _ask_to_confirm(home: Path, pairing: Pairing) -> None:
    from pausecoach.link.pairing import confirm, stage, unpair
    from pausecoach.link.words import link_words

    words = link_words().pairing
    partner = pairing.partner_name or "your partner"
    _say("\n" + words.code.format(code=pairing.code))
    _say(words.compare.format(name=partner))
    try:
        agreed = typer.confirm(words.question.format(name=partner), default=False)
    except typer.Abort:
        agreed = False
    if not agreed:
        unpair(home)
        _say(words.declined)
        raise typer.Exit(1)
    pairing = confirm(home)
    _say(words.confirmed)
    if stage(pairing) == "linked":
        _say(words.both)
    else:
        _say(words.wait_for_yes.format(name=partner))


def _show(home: Path) -> None:
    from pausecoach.link import partner_status
    from pausecoach.link.pairing import load
    from pausecoach.link.words import link_words

    words = link_words().pairing
    pairing = load(home)
    if pairing is None:
        _say(words.not_paired)
        return
    if pairing.code is not None:
        _say(words.code.format(code=pairing.code))
    status = partner_status(_now())
    if status is not None:
        _say(status.line)


def _now() -> datetime:
    from pausecoach.clock import utc_now

    return utc_now()


@partner_app.command("status")
def status_command() -> None:
    """One line: is your partner on a break, and when will they be back."""
    from pausecoach.link import partner_status
    from pausecoach.link.words import link_words

    status = partner_status(_now())
    if status is None:
        _say(link_words().pairing.not_paired)
        return
    _say(status.line)
    words = link_words().status
    for reason in status.refused:
        err().print(words.refused.format(reason=reason), markup=False)


@partner_app.command("unpair")
def unpair_command() -> None:
    """Stop the link at once: this device's keys are deleted. Either of you can do it alone."""
    from pausecoach.link import link_home
    from pausecoach.link.pairing import unpair
    from pausecoach.link.words import link_words

    words = link_words().pairing
    cleaned = unpair(link_home())
    if cleaned is None:
        _say(words.not_paired)
        return
    _say(words.unpaired)
    if not cleaned:
        _say(words.folder_left)
