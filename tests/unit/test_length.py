"""Network limits beyond length: Instagram's 30 hashtags and 20 mentions, and a policy's own."""

from __future__ import annotations

import pytest

from advocate_desktop.policy.engine import PolicyEngine
from advocate_desktop.policy.loader import PolicyError, builtin_rules, combine, parse_policy
from advocate_desktop.policy.model import Finding, Severity


def lengths(engine: PolicyEngine, text: str, network: str, language: str = "en") -> list[Finding]:
    result = engine.check(text, networks=[network], language=language)
    return [f for f in result.findings if f.kind == "length"]


@pytest.fixture(scope="module")
def engine() -> PolicyEngine:
    return PolicyEngine(combine(builtin_rules()))


def tags(count: int) -> str:
    return " ".join(f"#tag{n}" for n in range(count))


def test_instagram_takes_thirty_hashtags(engine: PolicyEngine) -> None:
    assert lengths(engine, "Our day " + tags(30), "instagram") == []
    text = "Our day " + tags(32)
    (finding,) = lengths(engine, text, "instagram")
    assert finding.text == "#tag30 #tag31"
    assert text[finding.start : finding.end] == finding.text
    assert finding.severity is Severity.BLOCK
    assert (
        finding.message == "Too many hashtags for Instagram: 32 of 30. Remove the highlighted ones."
    )
    polish = lengths(engine, text, "instagram", "pl")[0].message
    assert polish == "Za dużo hashtagów dla Instagram: 32 z 30. Usuń zaznaczone."


def test_other_networks_set_no_hashtag_limit(engine: PolicyEngine) -> None:
    assert lengths(engine, tags(40), "linkedin") == []


def test_instagram_takes_twenty_mentions(engine: PolicyEngine) -> None:
    mentions = " ".join(f"@user{n}" for n in range(21))
    (finding,) = lengths(engine, mentions, "instagram")
    assert finding.text == "@user20" and "20" in finding.message


def test_not_hashtags(engine: PolicyEngine) -> None:
    text = "Room #1 and #2, C# and F#, x#y, &#39; " * 10  # none is a hashtag
    assert lengths(engine, text, "instagram") == []


def test_a_policy_may_lower_the_counts_and_a_layer_may_not_raise_them() -> None:
    own = {"id": "builtin.length", "kind": "length", "severity": "block", "message": {"en": "x"}}
    pack = parse_policy({"rules": [{**own, "max_hashtags": {"default": 3, "instagram": 60}}]}, "p")
    engine = PolicyEngine(combine(builtin_rules(), pack))
    assert [f.text for f in lengths(engine, tags(5), "linkedin")] == ["#tag3 #tag4"]
    assert lengths(engine, tags(5), "instagram") == []  # the pack's own 60, within 30
    assert len(lengths(engine, tags(31), "instagram")) == 1
    hashtag_room = parse_policy({"rules": [{**own, "max_hashtags": {"instagram": 60}}]}, "p")
    relaxed = PolicyEngine(combine(builtin_rules(), hashtag_room))
    assert len(lengths(relaxed, tags(31), "instagram")) == 1  # 30 is Instagram's own


def test_a_hashtag_limit_must_be_a_count() -> None:
    rule = {"id": "l", "kind": "length", "severity": "block", "message": {"en": "x"}}
    with pytest.raises(PolicyError) as caught:
        parse_policy({"rules": [{**rule, "max_hashtags": {"x": -1}}]}, "p")
    assert caught.value.pointer == "/rules/0/max_hashtags"


def test_severities_per_reason_for_length() -> None:
    rule = {
        "id": "l",
        "kind": "length",
        "severity": "block",
        "severities": {"hashtags": "warn"},
        "message": {"en": "x"},
    }
    engine = PolicyEngine(combine(parse_policy({"rules": [rule]}, "p")))
    found = lengths(engine, tags(31) + " " + "a" * 2200, "instagram")
    assert sorted(f.severity.value for f in found) == ["block", "warn"]
