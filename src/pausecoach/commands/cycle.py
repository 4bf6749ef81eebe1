"""`pausecoach cycle`: map the loop you two get stuck in, on a calm day; show it or share it."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

import typer

from pausecoach.commands.common import err, fail, open_store, out

if TYPE_CHECKING:
    from pausecoach.content.catalog import CycleFile
    from pausecoach.core.cycle import CycleMap
    from pausecoach.storage.store import Store


def cycle_command(
    show: bool = typer.Option(False, "--show", help="Show the saved cycle map."),
    markdown: bool = typer.Option(
        False, "--markdown", help="Print the saved map as Markdown, to share with your partner."
    ),
) -> None:
    """Map the loop you two get stuck in (on a calm day): my move, their move, what is underneath.

    It ends with one sentence naming the loop, not either of you, as the problem.

    Answers can be piped in, one per line. A short reminder appears during your breaks.
    """
    from pausecoach.content import catalog
    from pausecoach.documents.cycle import load_cycle

    texts = catalog.cycle_texts()
    store = open_store()
    try:
        if show or markdown:
            saved = load_cycle(store)
            if saved is None:
                fail("No cycle map yet. Make one with `pausecoach cycle` on a calm day.")
            if markdown:
                typer.echo(cycle_markdown(saved, texts), nl=False)
            else:
                _print_map(saved, texts)
            return
        _make_map(store, texts)
    finally:
        store.close()


def _make_map(store: Store, texts: CycleFile) -> None:
    from rich.markup import escape

    from pausecoach.core.cycle import MAX_ANSWER, CycleError, CycleMap, cycle_sentence
    from pausecoach.core.safety import is_unsafe
    from pausecoach.documents.cycle import load_cycle, save_cycle

    console = out()
    console.print(texts.intro + "\n")
    earlier = load_cycle(store)
    if earlier is not None:
        console.print("[dim]Press enter to keep an earlier answer.[/]")
    answers: dict[str, str] = {}
    for number, question in enumerate(texts.questions, 1):
        console.print(
            f"[b]{number}. {escape(question.ask)}[/b]  [dim](e.g. {escape(question.example)})[/]"
        )
        default = getattr(earlier, question.id) if earlier is not None else None
        answers[question.id] = _ask(default)[:MAX_ANSWER]
    if any(is_unsafe(text) for text in answers.values()):
        err().print(texts.unsafe, markup=False)
        raise typer.Exit(1)
    try:
        cycle = CycleMap.from_answers(answers, datetime.now(UTC))
    except CycleError as exc:
        fail(str(exc))
    save_cycle(store, cycle)
    console.print(f"\n[b]{escape(cycle_sentence(cycle, texts.sentence))}[/b]\n")
    console.print(texts.saved, markup=False)


def _ask(default: str | None) -> str:
    """One answer from the terminal or a pipe; the end of input stops without saving."""
    from pausecoach.core.cycle import tidy

    while True:
        try:
            answer = typer.prompt(
                ">", default=default or "", show_default=bool(default), prompt_suffix=" "
            )
        except typer.Abort:
            fail("Stopped before the last question; nothing was saved.")
        if tidy(str(answer)):
            return str(answer)
        err().print("A few words are enough, but this one needs an answer.", markup=False)


def _print_map(cycle: CycleMap, texts: CycleFile) -> None:
    from rich.markup import escape

    from pausecoach.core.cycle import cycle_sentence

    console = out()
    made = cycle.made_at.astimezone()
    when = f"{made.day} {made:%b %Y}"
    console.print(f"[b]{escape(texts.title)}[/b]  [dim](made {when})[/]\n")
    for question, answer in zip(texts.questions, cycle.texts(), strict=True):
        console.print(f"{escape(question.label)} [b]{escape(answer)}[/b].")
    console.print(f"\n[b]{escape(cycle_sentence(cycle, texts.sentence))}[/b]")


def cycle_markdown(cycle: CycleMap, texts: CycleFile) -> str:
    """The map as Markdown, to paste into a message or a note."""
    from pausecoach.core.cycle import cycle_sentence

    made = cycle.made_at.astimezone()
    when = f"{made.day} {made:%B %Y}"
    lines = [f"# {texts.title}", "", f"*{when}, made with pausecoach*", ""]
    for question, answer in zip(texts.questions, cycle.texts(), strict=True):
        lines.append(f"- {question.label} **{answer}**.")
    lines += ["", f"> {cycle_sentence(cycle, texts.sentence)}", ""]
    return "\n".join(lines)
