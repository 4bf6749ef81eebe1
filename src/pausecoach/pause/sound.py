"""A soft tone at each change of breath, for breathing with the eyes closed (off by default).

The tones are made here with the standard library (`wave`), written once to a private
temporary folder, and played by whatever player the system has, without waiting for it.
With no player (or over ssh, where a player would sound on the far machine) the terminal
bell stands in. Nothing here raises: a cue that cannot sound is simply skipped.
"""

from __future__ import annotations

import atexit
import math
import os
import shutil
import struct
import subprocess
import tempfile
import wave
from collections.abc import Callable, Mapping
from pathlib import Path

RATE = 22050
VOLUME = 0.22  # of full scale: a soft tone, not an alarm
SECONDS = 0.35
FADE = 0.06  # seconds of fade in and out, so the tone has no click
# (start Hz, end Hz) per phase kind: rising on the way in, falling on the way out.
TONES: dict[str, tuple[float, float]] = {
    "inhale": (392.0, 523.25),
    "top_up": (523.25, 587.33),
    "hold": (440.0, 440.0),
    "exhale": (523.25, 392.0),
    "rest": (349.23, 349.23),
}
# First found wins: macOS, PipeWire, PulseAudio, ALSA. Each plays a wav file given as argument.
PLAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("afplay", ()),
    ("pw-play", ()),
    ("paplay", ()),
    ("aplay", ("-q",)),
)


def tone_frames(start_hz: float, end_hz: float, seconds: float = SECONDS) -> bytes:
    """16-bit mono samples of a sine gliding from start_hz to end_hz, faded at both ends."""
    count = int(RATE * seconds)
    fade = int(RATE * FADE)
    phase = 0.0
    samples = bytearray()
    for index in range(count):
        hz = start_hz + (end_hz - start_hz) * index / count
        phase += 2 * math.pi * hz / RATE
        envelope = min(1.0, index / fade, (count - 1 - index) / fade)
        samples += struct.pack("<h", round(32767 * VOLUME * envelope * math.sin(phase)))
    return bytes(samples)


def write_tone(path: Path, start_hz: float, end_hz: float) -> Path:
    """Write one tone as a wav file."""
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(tone_frames(start_hz, end_hz))
    return path


def find_player(
    which: Callable[[str], str | None] = shutil.which,
    environ: Mapping[str, str] = os.environ,
) -> list[str] | None:
    """The command that plays a wav file here, or None (then the bell is used)."""
    if environ.get("SSH_CONNECTION") or environ.get("SSH_TTY"):
        return None  # a player would sound on the remote machine; the bell reaches the user
    for name, options in PLAYERS:
        path = which(name)
        if path:
            return [path, *options]
    return None


class SoundCue:
    """Plays a tone per breath phase through a system player, or rings the bell."""

    def __init__(
        self,
        bell: Callable[[], None],
        *,
        enabled: bool = False,
        player: list[str] | None = None,
        folder: Path | None = None,
        popen: Callable[..., subprocess.Popen[bytes]] = subprocess.Popen,
    ) -> None:
        self.enabled = enabled
        self.player = player
        self._bell = bell
        self._folder = folder
        self._popen = popen
        self._files: dict[str, Path] = {}
        self._playing: subprocess.Popen[bytes] | None = None

    @classmethod
    def for_this_system(cls, bell: Callable[[], None], *, enabled: bool = False) -> SoundCue:
        """A cue using the first player found on this system (or the bell)."""
        return cls(bell, enabled=enabled, player=find_player())

    @property
    def uses_bell(self) -> bool:
        """True when cues ring the terminal bell rather than play a tone."""
        return self.player is None

    def toggle(self) -> bool:
        """Turn the cue on or off; returns whether it is now on."""
        self.enabled = not self.enabled
        return self.enabled

    def play(self, phase: str) -> None:
        """Sound the cue for a breath phase ("inhale", "exhale", ...) if the cue is on."""
        if not self.enabled:
            return
        if self.player is not None:
            try:
                self._start(self.tone_file(phase))
                return
            except (OSError, ValueError, subprocess.SubprocessError, wave.Error):
                self.player = None  # broken or gone: the bell from now on, without retrying
        try:
            self._bell()
        except Exception:  # a cue must never take the break down with it
            return

    def tone_file(self, phase: str) -> Path:
        """The wav file for this phase, written the first time it is needed."""
        kind = phase if phase in TONES else "hold"
        if kind not in self._files:
            if self._folder is None:
                self._folder = _private_folder()
            self._files[kind] = write_tone(self._folder / f"{kind}.wav", *TONES[kind])
        return self._files[kind]

    def _start(self, path: Path) -> None:
        assert self.player is not None
        if self._playing is not None:
            self._playing.poll()  # collect the last one, so no zombie is left behind
        self._playing = self._popen(
            [*self.player, str(path)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # ctrl+c in the terminal is for pausecoach, not the player
        )


def _private_folder() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="pausecoach-sound-"))  # mode 0700: ours alone
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder
