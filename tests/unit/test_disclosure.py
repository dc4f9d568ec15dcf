"""Disclosure placement: at the start, not a weak label, and a fix that still fits."""

from __future__ import annotations

import pytest

from advocate_desktop.policy.engine import PolicyEngine
from advocate_desktop.policy.loader import (
    PolicyError,
    combine,
    parse_policy,
)
from advocate_desktop.policy.model import Finding


def disclosure(
    demo_engine: PolicyEngine,
    text: str,
    networks: tuple[str, ...] = ("linkedin",),
    language: str = "pl",
) -> list[Finding]:
    result = demo_engine.check(text, networks=networks, language=language, message_language="en")
    return [f for f in result.findings if f.kind == "disclosure"]


def apply(text: str, finding: Finding) -> str:
    return text[: finding.start] + finding.suggestions[0] + text[finding.end :]


def test_a_label_at_the_start_is_enough(demo_engine: PolicyEngine) -> None:
    assert disclosure(demo_engine, "#pracujęwNordvik NordvikPay rusza dziś!") == []
    assert disclosure(demo_engine, "Dziś startuje NordvikPay #pracujęwNordvik") == []  # within 40


def test_a_label_far_from_the_start_is_moved_there(demo_engine: PolicyEngine) -> None:
    text = "Dziś startuje NordvikPay, płatności natychmiastowe dla firm. #pracujęwNordvik"
    (finding,) = disclosure(demo_engine, text)
    assert "at the start" in finding.message
    fixed = apply(text, finding)
    assert fixed.startswith("#pracujęwNordvik Dziś startuje NordvikPay")
    assert disclosure(demo_engine, fixed) == []


def test_x_allows_less_distance_than_other_networks(demo_engine: PolicyEngine) -> None:
    text = "Dziś startuje nowe NordvikPay!!! #pracujęwNordvik"  # label at 33
    assert disclosure(demo_engine, text, ("linkedin",)) == []
    assert len(disclosure(demo_engine, text, ("x",))) == 1


def test_a_weak_label_alone_is_not_a_disclosure(demo_engine: PolicyEngine) -> None:
    text = "NordvikPay rusza! #współpraca"
    (finding,) = disclosure(demo_engine, text)
    assert "does not say that you work" in finding.message
    assert finding.text == text
    fixed = apply(text, finding)
    assert fixed == "#pracujęwNordvik NordvikPay rusza!"
    assert disclosure(demo_engine, fixed) == []


def test_the_inserted_phrase_is_one_that_still_fits() -> None:
    rules = parse_policy(
        {
            "rules": [
                {
                    "id": "d",
                    "kind": "disclosure",
                    "severity": "warn",
                    "message": {"en": "add {phrase}"},
                    "phrases": {
                        "en": ["I work at Nordvik and these views are my own", "#IWorkAtNordvik"]
                    },
                }
            ]
        },
        "p",
    )
    engine = PolicyEngine(combine(rules))
    short = engine.check("Hello", networks=["x"], language="en", company_content=True).findings[0]
    assert short.suggestions == ("I work at Nordvik and these views are my own ",)
    long_text = "a" * 250
    long = engine.check(long_text, networks=["x"], language="en", company_content=True).findings[0]
    assert long.suggestions == ("#IWorkAtNordvik ",)
    assert len(long.suggestions[0]) + len(long_text) <= 280


def test_invalid_placement_settings_name_the_pointer() -> None:
    base = {
        "id": "d",
        "kind": "disclosure",
        "severity": "warn",
        "message": {"en": "x"},
        "phrases": {"en": ["#me"]},
    }
    for extra, pointer in (
        ({"max_offset": {"x": -1}}, "/rules/0/max_offset"),
        ({"rejected": {"en": "#ad"}}, "/rules/0/rejected/en"),
    ):
        with pytest.raises(PolicyError) as caught:
            parse_policy({"rules": [{**base, **extra}]}, "p")
        assert caught.value.pointer == pointer
