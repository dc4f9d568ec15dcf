"""X's weighted length against twitter-text's own conformance suite (config v3).

tests/data/twitter-text/ holds validate.yml from twitter/twitter-text (Apache-2.0,
see LICENSE and SOURCE there). WeightedTweetsCounterTest uses the older v2
configuration (emoji not discounted) and does not apply to X's current rules.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from advocate_desktop.text.counting import Analysis, x_weighted_length
from advocate_desktop.text.networks import measure_analysis, rules_for

DATA = Path(__file__).resolve().parents[1] / "data" / "twitter-text" / "validate.yml"
SUITES = ("WeightedTweetsWithDiscountedEmojiCounterTest", "UnicodeDirectionalMarkerCounterTest")


def _cases() -> list[Any]:
    document = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    return [
        pytest.param(case, id=f"{suite}: {case['description'][:60]}")
        for suite in SUITES
        for case in document["tests"][suite]
    ]


@pytest.mark.parametrize("case", _cases())
def test_weighted_length_validity_and_valid_range(case: dict[str, Any]) -> None:
    text, expected = case["text"], case["expected"]
    assert x_weighted_length(text) == expected["weightedLength"]
    measure, overflow = measure_analysis(rules_for("x"), Analysis(text), 280)
    assert measure.fits == expected["valid"]
    # twitter-text counts offsets in UTF-16 units and gives the last valid index.
    last_valid = len(text[:overflow].encode("utf-16-le")) // 2 - 1
    assert last_valid == expected["validRangeEnd"]
