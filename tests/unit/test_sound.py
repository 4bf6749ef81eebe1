"""The breath sound cue: a valid soft wav, the system's player, the bell when there is none."""

from __future__ import annotations

import stat
import struct
import subprocess
import wave
from pathlib import Path
from typing import Any

import pytest

from pausecoach.config.settings import Settings
from pausecoach.pause.sound import RATE, TONES, VOLUME, SoundCue, find_player


class Bell:
    def __init__(self) -> None:
        self.rings = 0

    def __call__(self) -> None:
        self.rings += 1


class FakePopen:
    """Records the commands it was asked to start."""

    def __init__(self) -> None:
        self.started: list[list[str]] = []

    def __call__(self, args: list[str], **kwargs: Any) -> Any:
        assert kwargs["stdin"] is subprocess.DEVNULL and kwargs["start_new_session"]
        self.started.append(args)
        return self

    def poll(self) -> int:
        return 0


def only(*names: str) -> Any:
    return lambda name: f"/usr/bin/{name}" if name in names else None


def test_off_by_default() -> None:
    assert Settings().sound_cue is False
    bell, popen = Bell(), FakePopen()
    SoundCue(bell, player=["/usr/bin/paplay"], popen=popen).play("inhale")
    assert (bell.rings, popen.started) == (0, [])


@pytest.mark.parametrize("kind", sorted(TONES))
def test_each_phase_is_a_short_soft_valid_wav(tmp_path: Path, kind: str) -> None:
    path = SoundCue(Bell(), folder=tmp_path).tone_file(kind)
    with wave.open(str(path), "rb") as tone:
        assert (tone.getnchannels(), tone.getsampwidth(), tone.getframerate()) == (1, 2, RATE)
        frames = tone.readframes(tone.getnframes())
        assert 0.1 < tone.getnframes() / RATE < 1.0
    samples = struct.unpack(f"<{len(frames) // 2}h", frames)
    assert max(abs(s) for s in samples) <= 32767 * VOLUME + 1
    assert max(abs(s) for s in samples) > 32767 * VOLUME * 0.8  # audible, not silence
    assert abs(samples[0]) < 200 and abs(samples[-1]) < 200  # faded: no click


def test_in_and_out_breaths_sound_different(tmp_path: Path) -> None:
    cue = SoundCue(Bell(), folder=tmp_path)
    assert cue.tone_file("inhale").read_bytes() != cue.tone_file("exhale").read_bytes()


def test_the_tone_is_written_once(tmp_path: Path) -> None:
    popen = FakePopen()
    cue = SoundCue(Bell(), enabled=True, player=["/usr/bin/paplay"], folder=tmp_path, popen=popen)
    cue.play("inhale")
    first = (tmp_path / "inhale.wav").stat().st_mtime_ns
    (tmp_path / "inhale.wav").touch()
    touched = (tmp_path / "inhale.wav").stat().st_mtime_ns
    cue.play("inhale")
    assert (tmp_path / "inhale.wav").stat().st_mtime_ns == touched >= first
    assert popen.started == [["/usr/bin/paplay", str(tmp_path / "inhale.wav")]] * 2


def test_the_folder_is_private_by_default() -> None:
    path = SoundCue(Bell()).tone_file("exhale")
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


@pytest.mark.parametrize(
    ("installed", "expected"),
    [
        (("afplay", "paplay"), ["/usr/bin/afplay"]),
        (("paplay", "aplay", "pw-play"), ["/usr/bin/pw-play"]),
        (("aplay", "paplay"), ["/usr/bin/paplay"]),
        (("aplay",), ["/usr/bin/aplay", "-q"]),
        ((), None),
    ],
)
def test_the_player_is_the_first_one_found(
    installed: tuple[str, ...], expected: list[str] | None
) -> None:
    assert find_player(only(*installed), environ={}) == expected


def test_over_ssh_the_bell_is_used() -> None:
    """A player would sound in the server room; the bell travels to the user's terminal."""
    assert find_player(only("paplay"), environ={"SSH_CONNECTION": "1 2 3 4"}) is None


def test_no_player_rings_the_bell() -> None:
    bell = Bell()
    cue = SoundCue(bell, enabled=True, player=None)
    assert cue.uses_bell
    cue.play("exhale")
    assert bell.rings == 1


def test_a_missing_player_falls_back_to_the_bell_without_raising(tmp_path: Path) -> None:
    bell = Bell()
    cue = SoundCue(bell, enabled=True, player=[str(tmp_path / "no-such-player")], folder=tmp_path)
    cue.play("inhale")  # the real subprocess.Popen: FileNotFoundError inside, caught
    cue.play("exhale")
    assert bell.rings == 2
    assert cue.uses_bell


def test_a_failing_bell_raises_nothing() -> None:
    def broken() -> None:
        raise OSError("terminal gone")

    SoundCue(broken, enabled=True).play("hold")


def test_toggle() -> None:
    cue = SoundCue(Bell())
    assert cue.toggle() is True and cue.enabled
    assert cue.toggle() is False


def test_an_unknown_phase_gets_the_steady_tone(tmp_path: Path) -> None:
    assert SoundCue(Bell(), folder=tmp_path).tone_file("sideways").name == "hold.wav"
