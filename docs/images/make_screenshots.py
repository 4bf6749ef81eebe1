"""Export the README screenshots as SVG, from the test app on a fixed fake clock.

    .venv/bin/python docs/images/make_screenshots.py            # README images, 80x24
    .venv/bin/python docs/images/make_screenshots.py --size 60x20 --out /tmp/shots
    .venv/bin/python docs/images/make_screenshots.py --colours 256 --png --out /tmp/shots

`--colours 256` (or 16) draws every colour as a terminal without truecolor shows it, and `--png`
also writes a PNG beside each SVG (needs rsvg-convert, from librsvg2-bin).

Nothing is saved to your own data: the store is in memory.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from textual.pilot import Pilot

from pausecoach.clock import FakeClock
from pausecoach.config.settings import Settings
from pausecoach.documents.fear import remember_no
from pausecoach.storage.store import Store
from pausecoach.tui.app import PauseCoachApp, make_app

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests.colour_depth, for --colours
COLOUR_SYSTEMS = {"truecolor": None, "256": "EIGHT_BIT", "16": "STANDARD"}
Steps = Callable[[Pilot[None], FakeClock], Awaitable[None]]


async def landing(pilot: Pilot[None], clock: FakeClock) -> None:
    """The first screen."""
    await pilot.pause()


async def check(pilot: Pilot[None], clock: FakeClock) -> None:
    """The flooding check with three signs ticked."""
    await pilot.press("enter", "space", "down", "space", "down", "down", "space")


async def verdict(pilot: Pilot[None], clock: FakeClock) -> None:
    """The verdict after ticking three signs."""
    await check(pilot, clock)
    await pilot.press("enter")


async def tell(pilot: Pilot[None], clock: FakeClock) -> None:
    """What to tell your partner."""
    await verdict(pilot, clock)
    await pilot.press("enter")


async def breaktime(pilot: Pilot[None], clock: FakeClock) -> None:
    """The break, mid-exhale, a few minutes in."""
    await tell(pilot, clock)
    await pilot.press("enter")
    clock.advance(3 * 60 + 4.5)
    await pilot.pause(0.4)


async def keys(pilot: Pilot[None], clock: FakeClock) -> None:
    """The key panel (?) on the first screen."""
    await pilot.press("question_mark")
    await pilot.pause()


async def recheck(pilot: Pilot[None], clock: FakeClock) -> None:
    """The re-check after the break, answered."""
    await breaktime(pilot, clock)
    clock.advance(20 * 60)
    await pilot.pause(0.5)
    await pilot.press("7", "enter")


async def comeback(pilot: Pilot[None], clock: FakeClock) -> None:
    """Choosing a gentle opening line."""
    await recheck(pilot, clock)
    await pilot.press("enter")
    await pilot.pause()


SHOTS: dict[str, Steps] = {
    "landing": landing,
    "check": check,
    "verdict": verdict,
    "tell": tell,
    "break": breaktime,
    "keys": keys,
    "recheck": recheck,
    "comeback": comeback,
}


async def shoot(
    name: str,
    steps: Steps,
    size: tuple[int, int],
    out: Path,
    colours: str = "truecolor",
    **settings: object,
) -> Path:
    """Drive a fresh app to a screen and save it as `name`.svg."""
    clock = FakeClock()
    store = Store.in_memory()
    remember_no(store, clock.now())  # the fear question was answered on an earlier day
    app: PauseCoachApp = make_app(
        Settings(bell=False, **settings),  # type: ignore[arg-type]
        store,
        clock,
    )
    system = COLOUR_SYSTEMS[colours]
    if system is not None:
        from rich.color import ColorSystem
        from tests.colour_depth import show_as

        show_as(app, ColorSystem[system])
    async with app.run_test(size=size) as pilot:
        app.mark_first_run_seen()  # a returning user's landing screen
        await steps(pilot, clock)
        app.clear_notifications()  # a toast would hide part of the picture
        await pilot.pause(0.2)
        app.save_screenshot(f"{name}.svg", str(out))
    return out / f"{name}.svg"


def to_png(svg: Path) -> Path:
    """A PNG beside the SVG; spaces are kept (rsvg-convert drops leading ones otherwise)."""
    text = svg.read_text(encoding="utf-8").replace("<svg ", '<svg xml:space="preserve" ', 1)
    png = svg.with_suffix(".png")
    subprocess.run(["rsvg-convert", "-o", str(png)], input=text.encode(), check=True)
    return png


async def main() -> None:
    """Parse options and write every screenshot."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="80x24", help="COLUMNSxROWS (default 80x24)")
    parser.add_argument("--out", type=Path, default=HERE, help="folder for the SVG files")
    parser.add_argument("--only", nargs="*", help="just these screens")
    parser.add_argument("--colours", choices=COLOUR_SYSTEMS, default="truecolor")
    parser.add_argument("--png", action="store_true", help="also write PNGs (rsvg-convert)")
    args = parser.parse_args()
    if args.png and not shutil.which("rsvg-convert"):
        parser.error("--png needs rsvg-convert (apt-get install librsvg2-bin)")
    os.environ["TZ"] = "Europe/London"  # the same clock times on every machine
    time.tzset()
    columns, rows = (int(part) for part in args.size.split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    shots: dict[str, tuple[Steps, dict[str, object]]] = {
        name: (steps, {}) for name, steps in SHOTS.items()
    }
    extras = {
        "contrast-check": (check, {"theme": "pausecoach-contrast"}),
        "contrast-break": (breaktime, {"theme": "pausecoach-contrast"}),
        "contrast-comeback": (comeback, {"theme": "pausecoach-contrast"}),
        "still": (breaktime, {"reduce_motion": True}),
    }
    for name, (steps, settings) in {**shots, **extras}.items():
        if not args.only or name in args.only:
            svg = await shoot(name, steps, (columns, rows), args.out, args.colours, **settings)
            print(to_png(svg) if args.png else svg)


if __name__ == "__main__":
    asyncio.run(main())
