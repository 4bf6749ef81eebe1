"""Words of the screen furniture (key panel, too-small notice), from content/screen.toml."""

from __future__ import annotations

from functools import cache

from pausecoach.checked import Field
from pausecoach.content.catalog import Content, read_toml


class KeysWords(Content):
    title: str
    this_step: str
    anywhere: str
    close: str
    pattern: str
    words: dict[str, str] = Field(default_factory=dict)


class TooSmallWords(Content):
    title: str
    plain: str
    size: str
    keys: str


class ScreenFile(Content):
    keys: KeysWords
    too_small: TooSmallWords


@cache
def screen_words() -> ScreenFile:
    """The key panel's and the too-small notice's words, validated once."""
    return ScreenFile.model_validate(read_toml("screen.toml"))
