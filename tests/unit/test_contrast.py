"""The colours that carry meaning are readable (WCAG AA, 4.5:1) on every background they
are drawn on, in light and dark palettes."""

from __future__ import annotations

import pytest

from advocate_desktop.ui.contrast import (
    AA_TEXT,
    BANNER,
    DARK_BACKGROUNDS,
    LIGHT_BACKGROUNDS,
    TONES,
    Tone,
    contrast_ratio,
    is_dark_colour,
    relative_luminance,
)


def test_the_contrast_formula_gives_the_known_figures() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # just under AA
    assert contrast_ratio("#ffffff", "#767676") == pytest.approx(4.54, abs=0.01)  # just AA
    assert relative_luminance("#ff0000") == pytest.approx(0.2126)
    with pytest.raises(ValueError):
        relative_luminance("#fff")


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize("tone", list(Tone))
def test_every_tone_reads_on_every_background_of_its_palette(tone: Tone, dark: bool) -> None:
    backgrounds = DARK_BACKGROUNDS if dark else LIGHT_BACKGROUNDS
    colour = TONES[dark][tone]
    for background in backgrounds:
        ratio = contrast_ratio(colour, background)
        assert ratio >= AA_TEXT, f"{tone} {colour} on {background}: {ratio:.2f}"


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_the_blocked_banner_reads_in_both_palettes(dark: bool) -> None:
    background, text = BANNER[dark]
    assert contrast_ratio(text, background) >= AA_TEXT
    assert is_dark_colour(background) == dark


def test_the_old_warning_orange_would_fail() -> None:
    """Why the warning colour changed: #ef6c00 on white is under 3:1."""
    assert contrast_ratio("#ef6c00", "#ffffff") < AA_TEXT
    assert all(is_dark_colour(c) for c in DARK_BACKGROUNDS)
    assert not any(is_dark_colour(c) for c in LIGHT_BACKGROUNDS)
