"""`pausecoach plan`: make a pause agreement on a calm day, show it, or print it as Markdown."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from pausecoach.commands.common import err, fail, open_store, out

if TYPE_CHECKING:
    from pausecoach.documents.plan import PausePlan
    from pausecoach.storage.store import Store

MAX_LENGTH = 200
MAX_EXTRA = 12


def plan_command(
    show: bool = typer.Option(False, "--show", help="Show the saved agreement."),
    markdown: bool = typer.Option(
        False, "--markdown", help="Print the agreement as one page of Markdown, to share or print."
    ),
) -> None:
    """Make a pause agreement together on a calm day, then show or print it.

    It asks for the signal, where each of you goes, how long, how you come back, and what
    neither of you will do during a break. Run it again to change the plan: your answers are
    offered as the suggestions. Answers can be piped in, one per line.
    """
    from pausecoach.documents.plan import load_plan, plan_markdown

    if show and markdown:
        fail("Choose one of --show and --markdown.", 2)
    store = open_store()
    try:
        if not (show or markdown):
            _make_plan(store)
            return
        plan = load_plan(store)
    finally:
        store.close()
    if plan is None:
        fail("No pause agreement yet. Make one with `pausecoach plan` on a calm day.")
    if markdown:
        from pausecoach.core.safetext import visible

        typer.echo(visible(plan_markdown(plan)), nl=False)
    else:
        from rich.markdown import Markdown

        out().print(Markdown(plan_markdown(plan)))


def _ask(prompt: str, default: str) -> str:
    """One line of text; enter keeps the suggestion, and overly long answers are asked again.

    Control characters become spaces (typed, pasted or in an imported plan offered again).
    """
    from pausecoach.core.safetext import visible
    from pausecoach.core.text import clean_text

    default = clean_text(default)
    while True:
        answer = clean_text(str(typer.prompt(visible(prompt), default=default)), MAX_LENGTH + 1)
        if not answer:
            return default
        if len(answer) <= MAX_LENGTH:
            return answer
        err().print(f"Please keep it under {MAX_LENGTH} characters.", markup=False)


def _ask_minutes(prompt: str, default: int) -> int:
    """A break length in whole minutes, asked again until it is in range."""
    from pausecoach.core.limits import MAX_MINUTES, MIN_MINUTES
    from pausecoach.core.numbers import whole_number

    while True:
        answer = str(typer.prompt(prompt, default=str(default)))
        minutes = whole_number(answer, MIN_MINUTES, MAX_MINUTES)
        if minutes is not None:
            return minutes
        err().print(
            f"Type a whole number of minutes from {MIN_MINUTES} to {MAX_MINUTES}.", markup=False
        )


def _make_plan(store: Store) -> None:
    from datetime import UTC, datetime

    from pausecoach.config.settings import load_settings
    from pausecoach.documents.plan import default_plan, load_plan, plan_words
    from pausecoach.storage.store import StoreError

    words = plan_words()
    p = words.prompts
    setting = load_settings().settings.break_minutes
    now = datetime.now(UTC).replace(microsecond=0)
    base = load_plan(store) or default_plan(setting, now)
    out().print(words.intro + "\n", markup=False)
    try:
        me = _ask(p.me, base.me)
        partner = _ask(p.partner, base.partner)
        signal = _ask(p.signal, base.signal)
        named_me = p.me_unnamed if me == words.defaults.me else me
        named_partner = p.partner_unnamed if partner == words.defaults.partner else partner
        my_place = _ask(p.my_place.format(me=named_me), base.my_place)
        partner_place = _ask(p.partner_place.format(partner=named_partner), base.partner_place)
        minutes = _ask_minutes(p.minutes, base.minutes)
        who_starts = _ask(p.who_starts, base.who_starts)
        opening = _ask(p.opening, base.opening)
        not_during = _ask_not_during(base)
    except typer.Abort:
        err().print("\nStopped before the end: nothing was saved.", markup=False)
        raise typer.Exit(1) from None
    from pausecoach.documents.plan import PausePlan, save_plan, speaks_of_danger

    plan = PausePlan(
        me=me,
        partner=partner,
        signal=signal,
        my_place=my_place,
        partner_place=partner_place,
        minutes=minutes,
        who_starts=who_starts,
        opening=opening,
        not_during=not_during,
        made_at=now,
    )
    try:
        save_plan(store, plan)
    except StoreError as exc:
        fail(str(exc))
    out().print("\n" + words.saved, markup=False)
    from pausecoach import link

    if link.publish_agreement(plan.model_dump(mode="json"), now):
        out().print("Sent to your partner's pausecoach through the partner link.", markup=False)
    if speaks_of_danger(plan):
        err().print("\n" + words.safety_note + "\n", markup=False, style="bold")
    if minutes != setting:
        _offer_break_length(words.minutes_hint.format(setting=setting, minutes=minutes), minutes)
    typer.echo("See it: pausecoach plan --show   Print it: pausecoach plan --markdown")


def _offer_break_length(question: str, minutes: int) -> None:
    """Offer to make the agreed length the length every break starts with."""
    from pausecoach.config.edit import ConfigEditError, set_setting
    from pausecoach.paths import DataDirError, config_path

    try:
        if not typer.confirm(question, default=True):
            return
        set_setting(config_path(), "break_minutes", str(minutes))
    except typer.Abort:
        return
    except (ConfigEditError, DataDirError, OSError) as exc:
        err().print(f"The break length was not changed: {exc}", markup=False)
        return
    typer.echo(f"Breaks now start at {minutes} minutes.")


def _ask_not_during(base: PausePlan) -> list[str]:
    """The agreed don'ts: keep the current list or drop it, then add any of your own."""
    from pausecoach.core.text import clean_text
    from pausecoach.documents.plan import plan_words

    p = plan_words().prompts
    items = [kept for kept in (clean_text(x) for x in base.not_during) if kept]
    if items:
        typer.echo(
            "\nDuring a break, neither of you will:\n" + "\n".join(f"  - {x}" for x in items)
        )
        if not typer.confirm(p.keep_not_during, default=True):
            items = []
    while len(items) < MAX_EXTRA:
        extra = clean_text(str(typer.prompt(p.add_not_during, default="", show_default=False)))
        if not extra:
            break
        items.append(extra[:MAX_LENGTH])
    return items
