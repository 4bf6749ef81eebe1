"""The calm theme stays calm without truecolor: every colour it makes downgrades to a grey or a soft tint."""

from __future__ import annotations

import colorsys

import pytest
from rich.color import Color as RichColor
from rich.color import ColorSystem
from textual.color import Color
from textual.theme import Theme

from pausecoach.tui.themes import CALM, CONTRAST, THEMES

GREYS_16 = {0, 7, 8, 15}  # black, white, bright black, bright white


def theme_colours(theme: Theme) -> dict[str, Color]:
    """Every colour variable Textual derives from the theme, blended onto the background."""
    background = Color.parse(theme.background or "#000000")
    colours: dict[str, Color] = {}
    for name, value in theme.to_color_system().generate().items():
        try:
            colour = Color.parse(value)
        except Exception:  # text styles, "transparent", ansi_* names
            continue
        colours[name] = background.blend(colour, colour.a) if colour.a < 1 else colour
    return colours


def downgraded(colour: Color, system: ColorSystem) -> RichColor:
    """What Rich sends to a terminal with fewer colours."""
    return RichColor.parse(colour.hex[:7]).downgrade(system)


def chroma(triplet: tuple[int, int, int]) -> int:
    """How far a colour is from grey: 0 for a grey, 255 for a pure hue."""
    return max(triplet) - min(triplet)


def lightness(colour: Color) -> float:
    """HLS lightness, 0 to 1."""
    return colorsys.rgb_to_hls(colour.r / 255, colour.g / 255, colour.b / 255)[1]


def luminance(colour: Color) -> float:
    """WCAG relative luminance."""
    linear = [
        c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in colour.normalized
    ]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(one: Color, two: Color) -> float:
    """The WCAG contrast ratio of two colours."""
    bright, dark = sorted((luminance(one), luminance(two)), reverse=True)
    return (bright + 0.05) / (dark + 0.05)


CALM_COLOURS = theme_colours(CALM)


def test_the_calm_palette_has_its_colours() -> None:
    assert {"background", "panel", "primary", "footer-background"} <= CALM_COLOURS.keys()


def test_256_colours_keep_it_soft() -> None:
    garish = []
    for name, colour in CALM_COLOURS.items():
        eight_bit = downgraded(colour, ColorSystem.EIGHT_BIT).get_truecolor()
        # One step of the 256-colour cube is 40; navy #00005f and teal #005f5f are 95 and more.
        # Dark colours (backgrounds, bars) must become greys outright.
        limit = 0 if lightness(colour) < 0.3 else 80
        if chroma(eight_bit) > limit:
            garish.append(f"{name} {colour.hex} becomes {eight_bit.hex}")
    assert not garish


def test_16_colours_are_greys() -> None:
    numbers = {
        name: downgraded(colour, ColorSystem.STANDARD).number
        for name, colour in CALM_COLOURS.items()
    }
    assert {name: n for name, n in numbers.items() if n not in GREYS_16} == {}


def test_the_old_navy_would_have_failed() -> None:
    """The check itself can fail: the previous background turned navy in 256 colours."""
    old_background = Color.parse("#1B2430")
    assert downgraded(old_background, ColorSystem.EIGHT_BIT).get_truecolor().hex == "#00005f"


@pytest.mark.parametrize("theme", THEMES, ids=lambda theme: theme.name)
@pytest.mark.parametrize(
    "text", ["foreground", "foreground-muted", "primary", "accent", "error", "warning", "success"]
)
def test_text_stays_legible_in_colour_and_monochrome(theme: Theme, text: str) -> None:
    """NO_COLOR: Textual turns every colour into its grey; text must still read on the background."""
    colours = theme_colours(theme)
    for ground in ("background", "surface", "panel"):
        for kind, ratio in (
            ("colour", contrast(colours[text], colours[ground])),
            ("monochrome", contrast(colours[text].monochrome, colours[ground].monochrome)),
        ):
            assert ratio >= 4.5, f"{theme.name}: {text} on {ground} is {ratio:.1f}:1 in {kind}"


def test_contrast_theme_is_white_and_yellow_on_black() -> None:
    """What the README promises: white text, yellow keys and highlights, black background."""
    assert (CONTRAST.foreground, CONTRAST.background) == ("#FFFFFF", "#000000")
    colours = theme_colours(CONTRAST)
    for name in ("accent", "footer-key-foreground", "block-cursor-background"):
        red, green, blue = colours[name].rgb
        assert min(red, green) > 240 and blue < 20, f"{name} is {colours[name].hex}"
