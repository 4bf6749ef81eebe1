"""What the app says to the terminal itself: the window title, the bell, a desktop notification,
and the sound cue at each turn of the breath."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from pausecoach.config.settings import Settings
    from pausecoach.pause.sound import SoundCue

SOUND_ON = "Sound cue on: a soft tone at each turn of the breath."
SOUND_ON_BELL = "Sound cue on: the terminal bell marks each turn (no sound player here)."
SOUND_OFF = "Sound cue off."


class TerminalSignals:
    """Escape sequences written in order with Textual's own output (mixed into the app)."""

    sent_sequences: list[str]
    _title_pushed: bool
    # The cue is made the first time it sounds, so sound.py is never loaded while it is off.
    _sound: SoundCue | None = None
    _sound_on: bool | None = None  # toggled this session (None: as the setting says)
    _driver: Any
    is_headless: bool

    if TYPE_CHECKING:  # provided by the app; declared here for the type checker only

        @property
        def settings(self) -> Settings: ...

    def write_escape(self, sequence: str) -> None:
        """Send an escape sequence to the terminal, in order with Textual's own output."""
        self.sent_sequences.append(sequence)
        # Textual's bell() and copy_to_clipboard() write through the driver the same way.
        if not self.is_headless and self._driver is not None:
            self._driver.write(sequence)

    def set_terminal_title(self, title: str | None) -> None:
        """Show `title` in the window/tab title (None restores the terminal's own)."""
        from pausecoach.tui.escapes import TITLE_POP, TITLE_PUSH, title_sequence

        if title is None:
            if self._title_pushed:
                self.write_escape(TITLE_POP)
                self._title_pushed = False
            return
        if not self._title_pushed:
            self.write_escape(TITLE_PUSH)
            self._title_pushed = True
        self.write_escape(title_sequence(title))

    def announce_break_end(self, message: str = "Your break is over.") -> None:
        """Tell the user the time is up: bell and desktop notification (per settings), and a notice."""
        import os

        from pausecoach.tui.escapes import BELL, notification_sequence

        if self.settings.bell:
            self.write_escape(BELL)
        if self.settings.notify:
            sequence = notification_sequence("pausecoach", message, os.environ)
            if sequence:
                self.write_escape(sequence)
        # The App's own notify: this mixin sits in front of App and must not shadow it.
        cast(Any, self).notify(message, title="pausecoach", timeout=8)

    # ------------------------------------------------------------------ sound cue
    @property
    def sound_cue_on(self) -> bool:
        """Whether a tone marks each turn of the breath: the setting, or the key's last toggle."""
        return self.settings.sound_cue if self._sound_on is None else self._sound_on

    def toggle_sound_cue(self) -> str:
        """Turn the sound cue on or off for this session; returns the notice to show."""
        self._sound_on = not self.sound_cue_on
        if not self._sound_on:
            return SOUND_OFF
        return SOUND_ON_BELL if self.sound_cue().uses_bell else SOUND_ON

    def sound_cue(self) -> SoundCue:
        """The app's one sound cue, found for this system the first time it is needed."""
        if self._sound is None:
            from pausecoach.pause.sound import SoundCue

            self._sound = SoundCue.for_this_system(self._cue_bell, enabled=True)
        return self._sound

    def breath_turned(self, kind: str) -> None:
        """The breath turned to a phase of `kind`: sound it when the cue is on. The player runs
        on its own (about 5 ms to make a tone the first time and start it), nothing waits."""
        if self.sound_cue_on:
            self.sound_cue().play(kind)

    def _cue_bell(self) -> None:
        from pausecoach.tui.escapes import BELL

        self.write_escape(BELL)
