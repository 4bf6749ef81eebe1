"""`pausecoach resources`: helplines for your region, and where to look for couples therapy.

No Typer here (cli.py declares the option): `check TEXT` shows these helplines without Typer.
"""

from __future__ import annotations

from collections.abc import Sequence

from pausecoach.commands.common import fail, out

REGION_HELP = "Region code (US, CA, UK, IE, AU, NZ, INTL) instead of the one in your settings."


def show_resources(region: str | None = None) -> None:
    """Helplines for your region, then directories of couples therapists. No network needed."""
    from pausecoach.content import catalog

    known = sorted(catalog.helplines())
    if region is not None:
        code = region.strip().upper()
        if code not in known:
            fail(f"Unknown region '{region}'. Known regions: {', '.join(known)}.", 2)
        how = "chosen with --region"
    else:
        code, how = configured_region()
    console = out()
    print_helplines(code, how)
    console.print()
    _print_directories(code)


def configured_region() -> tuple[str, str]:
    """The helpline region from the settings (or the locale), and how it was chosen."""
    from pausecoach.config.settings import load_settings
    from pausecoach.content import catalog

    setting = load_settings().settings.helpline_region
    how = "from your locale" if setting == "auto" else "from your settings"
    return catalog.region_for(setting), how


def print_helplines(code: str, how: str, categories: Sequence[str] = ()) -> None:
    """The region's helplines: the emergency number first, then the lines that fit `categories`."""
    from rich.markup import escape
    from rich.padding import Padding

    from pausecoach.content import catalog, help_order

    console = out()
    region = catalog.helplines()[code]
    console.print(f"[b]Helplines: {escape(region.name)}[/b]  [dim]({how})[/]")
    console.print(f"[b red]In danger right now? Call {escape(region.emergency)}.[/]\n")
    if region.hint:
        console.print(f"[b]{escape(region.hint)}[/b]\n")
    lead = help_order.helpline_lead(categories)
    if lead is not None:
        console.print(f"[b]{escape(lead.step)}[/b]\n")
    for line in help_order.ordered_lines(code, categories):
        hours = f" · {line.hours}" if line.hours else ""
        console.print(
            f"[b]{escape(line.name)}[/b]  [dim]{catalog.KIND_TITLES[line.kind]}{hours}[/]"
        )
        console.print(Padding(escape(line.contact), (0, 0, 0, 2), expand=False))
        if line.note:
            console.print(Padding(f"[dim]{escape(line.note)}[/]", (0, 0, 0, 2), expand=False))
    if code != "INTL":
        console.print(f"\n[dim]Elsewhere: {escape(help_order.directory_line().contact)}[/]")
    console.print(
        "[dim]Numbers change: check them on the provider's own site. "
        "Other regions: `pausecoach resources --region XX`; "
        "to keep one, `pausecoach config set helpline_region XX`.[/]"
    )


def _print_directories(code: str) -> None:
    from rich.markup import escape
    from rich.padding import Padding

    from pausecoach.content import catalog

    console = out()
    info = catalog.help_directories()
    console.print("[b]Couples therapy[/b]")
    console.print(escape(info.intro) + "\n")
    console.print(f"[i]{escape(info.caution)}[/i]\n")
    for entry in info.for_region(code):
        console.print(f"[b]{escape(entry.name)}[/b]")
        console.print(
            Padding(
                f"{escape(entry.url)}\n[dim]{escape(entry.what)}[/]", (0, 0, 0, 2), expand=False
            )
        )
