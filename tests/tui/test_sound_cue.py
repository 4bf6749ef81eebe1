"""The sound cue in the app: a tone at each turn of the breath when on, none when off, `s` toggles.

The system's player is replaced by a recorder: the real cue writes its wav files and "starts" the
player, and no sound is made.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from tests.pilot_time import catch_up

from pausecoach.clock import FakeClock
from pausecoach.config.settings import Settings
from pausecoach.pause.sound import SoundCue
from pausecoach.storage.store import Store
from pausecoach.tui.app import make_app
from pausecoach.tui.escapes import BELL
from pausecoach.tui.widgets.keys_panel import key_rows

SIZE = (80, 24)


class Player:
    """Stands in for subprocess.Popen: remembers what it was asked to play."""

    def __init__(self) -> None:
        self.played: list[str] = []

    def __call__(self, command: list[str], **_: Any) -> Any:
        self.played.append(Path(command[-1]).stem)
        return subprocess.Popen([sys.executable, "-c", "pass"])  # a real, silent process


@pytest.fixture
def player(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Player:
    fake = Player()

    def for_this_system(cls: type[SoundCue], bell: Any, *, enabled: bool = False) -> SoundCue:
        return cls(bell, enabled=enabled, player=["player"], folder=tmp_path, popen=fake)

    monkeypatch.setattr(SoundCue, "for_this_system", classmethod(for_this_system))
    return fake


async def breathe_box(store: Store, clock: FakeClock, *, on: bool) -> None:
    """Run 4-4-4-4 breathing through two turns (in → hold → out)."""
    settings = Settings(sound_cue=on, bell=False, notify=False)
    app = make_app(settings, store, clock, start_at="breathe", minutes=3, pattern="box")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for _ in range(2):
            clock.advance(4)
            await catch_up(pilot)


async def test_with_the_setting_on_each_turn_of_the_breath_plays_its_tone(
    store: Store, clock: FakeClock, player: Player
) -> None:
    await breathe_box(store, clock, on=True)
    assert player.played == ["hold", "exhale"]


async def test_on_the_break_too(store: Store, clock: FakeClock, player: Player) -> None:
    settings = Settings(sound_cue=True, bell=False, notify=False)
    app = make_app(settings, store, clock, minutes=20, pattern="box")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("b", "enter")
        await pilot.pause(0.3)
        assert type(app.screen).__name__ == "BreakScreen"
        clock.advance(4)
        await catch_up(pilot)
    assert player.played == ["hold"]


async def test_with_the_setting_off_nothing_plays_and_sound_is_not_even_loaded(
    store: Store, clock: FakeClock, player: Player
) -> None:
    settings = Settings(bell=False, notify=False)
    app = make_app(settings, store, clock, start_at="breathe", minutes=3, pattern="box")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for _ in range(3):
            clock.advance(4)
            await catch_up(pilot)
        assert app._sound is None  # no cue was made, so no player was looked for
    assert player.played == []
    assert BELL not in app.sent_sequences


async def test_s_turns_it_on_and_off_with_a_notice(
    store: Store, clock: FakeClock, player: Player
) -> None:
    settings = Settings(bell=False, notify=False)
    app = make_app(settings, store, clock, start_at="baseline")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        assert [n.message for n in app._notifications][-1].startswith("Sound cue on")
        clock.advance(5)  # baseline breathes 5-5
        await catch_up(pilot)
        assert player.played == ["exhale"]
        await pilot.press("s")
        await pilot.pause()
        assert [n.message for n in app._notifications][-1] == "Sound cue off."
        assert len(app._notifications) == 1  # one notice, not a pile
        clock.advance(5)
        await catch_up(pilot)
        assert player.played == ["exhale"]
        rows = {row.words: row.keys for row in key_rows(app.screen)}
        assert rows["Sound cue on or off (a tone at each turn of the breath)"] == ["s"]


async def test_without_a_player_the_bell_marks_the_turn(
    store: Store, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("pausecoach.pause.sound.find_player", lambda: None)
    settings = Settings(bell=False, notify=False)
    app = make_app(settings, store, clock, start_at="breathe", minutes=3, pattern="box")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        assert "terminal bell" in [n.message for n in app._notifications][-1]
        clock.advance(4)
        await catch_up(pilot)
    assert app.sent_sequences.count(BELL) == 1
