from __future__ import annotations

import pytest

from advocate_desktop.policy.engine import PolicyEngine
from advocate_desktop.policy.loader import (
    PolicyError,
    parse_policy,
)


def spellings(demo_engine: PolicyEngine, text: str) -> list[tuple[str, tuple[str, ...]]]:
    result = demo_engine.check(text, networks=[], language="en")
    return [(f.text, f.suggestions) for f in result.findings if f.kind == "substitution"]


def test_wrong_spellings_get_a_fix(demo_engine: PolicyEngine) -> None:
    assert spellings(demo_engine, "Try Nordvik pay and nordvikpay from Nordwik!") == [
        ("Nordvik pay", ("NordvikPay",)),
        ("nordvikpay", ("NordvikPay",)),
        ("Nordwik", ("Nordvik",)),
    ]


def test_the_right_spelling_and_other_words_are_left_alone(demo_engine: PolicyEngine) -> None:
    assert spellings(demo_engine, "NordvikPay by Nordvik; Nordvik payments") == []


@pytest.mark.parametrize(
    "text",
    [
        "https://nordvik.example/nordvikpay",
        "mail nordvikpay@nordvik.example",
        "follow @nordvikpay",
        "@nordwik@social.example",
    ],
)
def test_links_addresses_and_handles_are_never_changed(
    demo_engine: PolicyEngine, text: str
) -> None:
    assert spellings(demo_engine, text) == []


def test_applying_the_fix_clears_the_finding(demo_engine: PolicyEngine) -> None:
    text = "👩‍💻 Nordvik pay rocks"
    finding = next(
        f
        for f in demo_engine.check(text, networks=[], language="en").findings
        if f.kind == "substitution"
    )
    fixed = text[: finding.start] + finding.suggestions[0] + text[finding.end :]
    assert fixed == "👩‍💻 NordvikPay rocks"
    assert spellings(demo_engine, fixed) == []


def test_invalid_substitution_rules_name_the_pointer() -> None:
    base = {"id": "s", "kind": "substitution", "severity": "suggest", "message": {"en": "x"}}
    for params, pointer in (
        ({}, "/rules/0/replacements"),
        ({"replacements": [{"wrong": []}]}, "/rules/0/replacements/0"),
        ({"replacements": [{"wrong": [], "right": "X"}]}, "/rules/0/replacements/0/wrong"),
    ):
        with pytest.raises(PolicyError) as caught:
            parse_policy({"rules": [{**base, **params}]}, "p")
        assert caught.value.pointer == pointer
