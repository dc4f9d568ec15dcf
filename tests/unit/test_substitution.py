from __future__ import annotations

import pytest

from advocate_desktop.paths import demo_pack_dir
from advocate_desktop.policy.engine import PolicyEngine
from advocate_desktop.policy.loader import (
    PolicyError,
    builtin_rules,
    combine,
    load_policy_file,
    parse_policy,
)


@pytest.fixture(scope="module")
def engine() -> PolicyEngine:
    return PolicyEngine(combine(builtin_rules(), load_policy_file(demo_pack_dir() / "policy.json")))


def spellings(engine: PolicyEngine, text: str) -> list[tuple[str, tuple[str, ...]]]:
    result = engine.check(text, networks=[], language="en")
    return [(f.text, f.suggestions) for f in result.findings if f.kind == "substitution"]


def test_wrong_spellings_get_a_fix(engine: PolicyEngine) -> None:
    assert spellings(engine, "Try Nordvik pay and nordvikpay from Nordwik!") == [
        ("Nordvik pay", ("NordvikPay",)),
        ("nordvikpay", ("NordvikPay",)),
        ("Nordwik", ("Nordvik",)),
    ]


def test_the_right_spelling_and_other_words_are_left_alone(engine: PolicyEngine) -> None:
    assert spellings(engine, "NordvikPay by Nordvik; Nordvik payments") == []


@pytest.mark.parametrize(
    "text",
    [
        "https://nordvik.example/nordvikpay",
        "mail nordvikpay@nordvik.example",
        "follow @nordvikpay",
        "@nordwik@social.example",
    ],
)
def test_links_addresses_and_handles_are_never_changed(engine: PolicyEngine, text: str) -> None:
    assert spellings(engine, text) == []


def test_applying_the_fix_clears_the_finding(engine: PolicyEngine) -> None:
    text = "👩‍💻 Nordvik pay rocks"
    finding = next(
        f
        for f in engine.check(text, networks=[], language="en").findings
        if f.kind == "substitution"
    )
    fixed = text[: finding.start] + finding.suggestions[0] + text[finding.end :]
    assert fixed == "👩‍💻 NordvikPay rocks"
    assert spellings(engine, fixed) == []


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
