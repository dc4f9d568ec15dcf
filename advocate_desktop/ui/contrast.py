"""The colours that carry meaning (severity, problems, success) and WCAG contrast.

Qt-free, so a unit test can check every colour against the backgrounds it is drawn
on, in light and dark palettes.  ``ui/colors.py`` picks the set that matches the
palette in force.
"""

from __future__ import annotations

from enum import StrEnum

# WCAG 2.x level AA: normal-size text needs 4.5:1 against its background.
AA_TEXT = 4.5


class Tone(StrEnum):
    """What a coloured text means; the colour follows from it and the palette."""

    ERROR = "error"  # blocking findings, problems, a post too long
    WARNING = "warning"
    SUGGESTION = "suggestion"
    SUCCESS = "success"  # the feed's NEW badge


TONES: dict[bool, dict[Tone, str]] = {  # dark? → tone → text colour
    False: {
        Tone.ERROR: "#b71c1c",
        Tone.WARNING: "#9a4a00",
        Tone.SUGGESTION: "#1565c0",
        Tone.SUCCESS: "#0b6e4f",
    },
    True: {
        Tone.ERROR: "#ef9a9a",
        Tone.WARNING: "#ffb74d",
        Tone.SUGGESTION: "#90caf9",
        Tone.SUCCESS: "#81c995",
    },
}
# The banner that says publishing is blocked: (background, text) per palette.
BANNER: dict[bool, tuple[str, str]] = {False: ("#fdecea", "#b71c1c"), True: ("#4a1c1c", "#ffcdd2")}

# Window and base (text field) colours of common desktop palettes the text sits on:
# Fusion, Adwaita, Breeze and Windows, light and dark.
LIGHT_BACKGROUNDS = ("#ffffff", "#f6f5f4", "#efefef", "#eff0f1", "#f0f0f0")
DARK_BACKGROUNDS = ("#141618", "#1e1e1e", "#202020", "#242424", "#2b2b2b", "#303030", "#353535")


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG relative luminance of ``#rrggbb``."""
    text = colour.lstrip("#")
    if len(text) != 6:
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    red, green, blue = (int(text[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(red) + 0.7152 * _channel(green) + 0.0722 * _channel(blue)


def contrast_ratio(first: str, second: str) -> float:
    """WCAG contrast ratio of two ``#rrggbb`` colours, from 1 to 21."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def is_dark_colour(colour: str) -> bool:
    """A background dark enough that light text reads better on it."""
    return relative_luminance(colour) < 0.18
