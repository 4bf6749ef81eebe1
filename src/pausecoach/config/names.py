"""Names of things in the full-screen app that settings refer to, known without importing Textual.

`config set` checks key-binding ids and theme names against these; tests keep them in step with
the screens' BINDINGS and the registered themes, and docs/settings.md lists them.
"""

from __future__ import annotations

from typing import NamedTuple


class KeyBinding(NamedTuple):
    """A rebindable key: where it works, its default key(s), and what it does."""

    screen: str
    default: str
    does: str


OUR_THEMES = ("pausecoach", "pausecoach-contrast")
# Textual's built-in themes (textual==8.2.8 is pinned, and a test compares the list).
TEXTUAL_THEMES = (
    "ansi-dark", "ansi-light", "atom-one-dark", "atom-one-light", "catppuccin-frappe",
    "catppuccin-latte", "catppuccin-macchiato", "catppuccin-mocha", "dracula", "flexoki",
    "gruvbox", "monokai", "nord", "rose-pine", "rose-pine-dawn", "rose-pine-moon",
    "solarized-dark", "solarized-light", "textual-dark", "textual-light", "tokyo-night",
)  # fmt: skip
THEME_NAMES = OUR_THEMES + TEXTUAL_THEMES

KEY_BINDINGS: dict[str, KeyBinding] = {
    "quit-now": KeyBinding("any screen", "ctrl+c", "Quit at once, keeping what was saved"),
    "quit": KeyBinding("any screen", "q", "Quit (asks first during a break)"),
    "safety": KeyBinding("any screen", "exclamation_mark", "Not safe? Helplines now"),
    "safety-anywhere": KeyBinding(
        "any screen", "ctrl+g", "Not safe? Helplines (in a text box too)"
    ),
    "keys": KeyBinding(
        "any screen", "question_mark", "Show or hide the keys of the current screen, in words"
    ),
    "break-pause": KeyBinding("break / breathe / baseline", "space", "Pause/resume"),
    "break-extend": KeyBinding("break / breathe / baseline", "plus,equals_sign", "+5 min"),
    "break-end": KeyBinding("break / breathe / baseline", "e", "End early"),
    "break-sound": KeyBinding(
        "break / breathe / baseline", "s", "Sound cue on/off (for this session)"
    ),
    "break-pattern-1": KeyBinding("break / breathe / baseline", "1", "Breathing pattern 1"),
    "break-pattern-2": KeyBinding("break / breathe / baseline", "2", "Breathing pattern 2"),
    "break-pattern-3": KeyBinding("break / breathe / baseline", "3", "Breathing pattern 3"),
    "break-pattern-4": KeyBinding("break / breathe / baseline", "4", "Breathing pattern 4"),
    "break-pattern-5": KeyBinding("break / breathe / baseline", "5", "Breathing pattern 5"),
    "break-pattern-6": KeyBinding("break / breathe / baseline", "6", "Breathing pattern 6"),
    "break-pattern-7": KeyBinding("break / breathe / baseline", "7", "Breathing pattern 7"),
    "break-pattern-8": KeyBinding("break / breathe / baseline", "8", "Breathing pattern 8"),
    "break-pattern-9": KeyBinding("break / breathe / baseline", "9", "Breathing pattern 9"),
    "check-done": KeyBinding("flooding check", "enter", "See the verdict"),
    "check-pulse": KeyBinding("flooding check", "c", "Count my pulse"),
    "check-back": KeyBinding("flooding check", "escape", "Back"),
    "comeback-choose": KeyBinding("coming back", "enter", "Choose"),
    "comeback-own": KeyBinding("coming back", "w", "Write my own"),
    "comeback-skip": KeyBinding("coming back", "s", "Skip to summary"),
    "comeback-thanks": KeyBinding("coming back", "a", "Other thanks (partner path)"),
    "confirm-yes": KeyBinding("yes/no question", "y,enter", "Yes"),
    "confirm-no": KeyBinding("yes/no question", "n,escape", "No"),
    "done-close": KeyBinding("done", "enter,escape", "Close"),
    "drill-submit": KeyBinding("drill", "ctrl+s", "Check my rewrite"),
    "drill-end": KeyBinding("drill", "escape", "End round"),
    "drill-safety": KeyBinding(
        "drill", "exclamation_mark", "Not safe? Helplines now, even while typing"
    ),
    "drill-next": KeyBinding("drill result", "enter", "Next"),
    "drill-retry": KeyBinding("drill result", "t", "Try again"),
    "drill-result-end": KeyBinding("drill result", "escape", "End round"),
    "drill-close": KeyBinding("drill summary", "enter", "Close"),
    "drill-again": KeyBinding("drill summary", "n", "Another round"),
    "edit-keep": KeyBinding("editing words", "ctrl+s", "Keep"),
    "edit-cancel": KeyBinding("editing words", "escape", "Cancel"),
    "formula-keep": KeyBinding("writing your own opening", "ctrl+s", "Use this line"),
    "formula-cancel": KeyBinding("writing your own opening", "escape", "Cancel"),
    "landing-check": KeyBinding("first screen", "enter", "Check"),
    "landing-break": KeyBinding("first screen", "b", "Break now"),
    "landing-partner": KeyBinding("first screen", "p", "Partner needs a break"),
    "landing-history": KeyBinding("first screen", "h", "History"),
    "landing-recheck": KeyBinding(
        "first screen", "r", "Re-check last pause (after an interrupted one)"
    ),
    "history-back": KeyBinding("past pauses", "escape,b", "Back"),
    "talk-next": KeyBinding("talking in turns", "enter", "Next: done speaking, said it back, swap"),
    "talk-pause": KeyBinding("talking in turns", "space", "Pause/resume the turn"),
    "talk-repairs": KeyBinding("talking in turns", "r", "Repair phrases"),
    "talk-flooding": KeyBinding("talking in turns", "f", "I'm flooding again (another break)"),
    "talk-end": KeyBinding("talking in turns", "e", "End with one small agreement"),
    "talk-longer": KeyBinding("talking in turns", "plus,equals_sign", "Longer turns (+30 s)"),
    "talk-shorter": KeyBinding("talking in turns", "minus", "Shorter turns (−30 s)"),
    "repair-close": KeyBinding("repair phrases", "escape,r", "Back to the talk"),
    "debrief-next": KeyBinding("debrief", "enter", "Next"),
    "debrief-back": KeyBinding("debrief", "escape", "Back"),
    "partner-yes": KeyBinding("partner stepped away", "y", "They said when"),
    "partner-no": KeyBinding("partner stepped away", "n", "They didn't say"),
    "partner-other": KeyBinding("partner stepped away", "o", "Other words"),
    "partner-type": KeyBinding("partner stepped away", "t", "Type a time"),
    "partner-start": KeyBinding("partner stepped away", "enter", "Start my break"),
    "partner-back": KeyBinding("partner stepped away", "escape", "Back"),
    "pulse-cancel": KeyBinding("pulse count", "escape", "Cancel"),
    "pulse-start": KeyBinding("pulse count", "enter", "Start counting"),
    "pulse-window": KeyBinding("pulse count", "f", "15 s / 30 s"),
    "pulse-type": KeyBinding("pulse count", "t", "I know my bpm"),
    "break-words": KeyBinding("break", "o", "First words"),
    "read-talk": KeyBinding("read aloud", "t", "Talk in turns"),
    "read-done": KeyBinding("read aloud", "enter", "Done"),
    "read-copy": KeyBinding("read aloud", "c,y", "Copy"),
    "read-edit": KeyBinding("read aloud", "e", "Edit"),
    "read-back": KeyBinding("read aloud", "escape", "Other words"),
    "recheck-decide": KeyBinding("re-check", "enter", "Check"),
    "recheck-pulse": KeyBinding("re-check", "c", "Count my pulse"),
    "recheck-more": KeyBinding("re-check", "plus,equals_sign", "+10 min"),
    "recheck-anyway": KeyBinding("re-check", "g", "Go back anyway"),
    "safetycheck-yes": KeyBinding("safety question", "y", "Yes"),
    "safetycheck-no": KeyBinding("safety question", "n,escape", "No"),
    "safety-back": KeyBinding("help now", "escape", "Back"),
    "safety-leave": KeyBinding("help now", "x", "Close pausecoach"),
    "safety-unlink": KeyBinding("help now", "u", "Stop the partner link"),
    "summary-finish": KeyBinding("summary", "enter", "Finish"),
    "summary-note": KeyBinding("summary", "n", "Add a note"),
    "tell-start": KeyBinding("tell your partner", "enter", "Start the break"),
    "tell-next": KeyBinding("tell your partner", "n", "Other words"),
    "tell-longer": KeyBinding("tell your partner", "plus,equals_sign", "+5 min"),
    "tell-shorter": KeyBinding("tell your partner", "minus", "-5 min"),
    "tell-edit": KeyBinding("tell your partner", "e", "Edit"),
    "tell-copy": KeyBinding("tell your partner", "c", "Copy"),
    "tell-back": KeyBinding("tell your partner", "escape", "Back"),
    "verdict-break": KeyBinding("verdict", "enter", "Take a break"),
    "verdict-talk": KeyBinding("verdict", "c", "Talk now"),
    "verdict-back": KeyBinding("verdict", "escape", "Back to the check"),
    "signs-tick": KeyBinding("flooding check", "space", "Tick"),
}
