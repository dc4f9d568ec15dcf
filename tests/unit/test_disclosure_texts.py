"""IT's disclosure wording: required and inserted, never loosening the built-in rule,
and no pack able to set, undo or weaken it."""

from __future__ import annotations

from typing import Any

import pytest

from advocate_desktop.paths import demo_pack_dir
from advocate_desktop.policy.company_wording import company_disclosure_rule
from advocate_desktop.policy.engine import PolicyEngine
from advocate_desktop.policy.loader import (
    PolicyError,
    builtin_rules,
    combine,
    load_policy_file,
    parse_policy,
)
from advocate_desktop.policy.model import Finding, Rule, Severity
from advocate_desktop.settings.disclosure_texts import disclosure_layer
from advocate_desktop.settings.managed import ManagedConfig, read_document

ACME = {"en": "I work at Nordvik.", "pl": "Pracuję w Nordvik."}


def it_layer(texts: Any) -> tuple[ManagedConfig, list[Rule]]:
    managed = read_document({"disclosure_texts": texts}, "managed.json")
    return managed, disclosure_layer(managed)


def engine(*layers: list[Rule]) -> PolicyEngine:
    pack = load_policy_file(demo_pack_dir() / "policy.json")
    return PolicyEngine(combine(builtin_rules(), pack, *layers))


def disclosure(policy: PolicyEngine, text: str, language: str = "en") -> list[Finding]:
    result = policy.check(
        text, networks=["linkedin"], language=language, company_content=True, message_language="en"
    )
    return [f for f in result.findings if f.kind == "disclosure"]


def fixed(text: str, finding: Finding) -> str:
    return text[: finding.start] + finding.suggestions[0] + text[finding.end :]


def test_the_company_wording_is_required_and_inserted() -> None:
    managed, layer = it_layer(ACME)
    assert managed.problems == ()
    policy = engine(layer)
    assert disclosure(policy, "I work at Nordvik. Our new report is out.") == []
    assert disclosure(policy, "Pracuję w Nordvik. Nowy raport.", "pl") == []
    (finding,) = disclosure(policy, "Our new report is out.")
    assert finding.severity is Severity.BLOCK
    assert "I work at Nordvik." in finding.message
    assert fixed("Our new report is out.", finding) == "I work at Nordvik. Our new report is out."


def test_another_label_is_replaced_by_the_company_wording() -> None:
    _, layer = it_layer(ACME)
    policy = engine(layer)
    text = "#IWorkAtNordvik Our new report is out."  # the pack's label: no longer enough
    assert disclosure(engine(), text) == []  # without IT's wording it was
    (finding,) = disclosure(policy, text)
    assert finding.severity is Severity.BLOCK
    assert "own words" in finding.message
    after = fixed(text, finding)
    assert after == "I work at Nordvik. Our new report is out."
    assert disclosure(policy, after) == []


def test_the_item_own_label_no_longer_counts_either() -> None:
    _, layer = it_layer(ACME)
    result = engine(layer).check(
        "#NordvikNews Report out.",
        networks=["linkedin"],
        language="en",
        company_content=True,
        labels={"en": "#NordvikNews"},
    )
    assert [f.kind for f in result.blocking] == ["disclosure"]


def test_the_placement_rule_still_applies_to_the_company_wording() -> None:
    _, layer = it_layer(ACME)
    text = "Our new report on green energy in the Baltic is out now. I work at Nordvik."
    (finding,) = disclosure(engine(layer), text)
    assert fixed(text, finding).startswith("I work at Nordvik. Our new report")


def test_a_language_without_company_wording_keeps_the_usual_labels() -> None:
    _, layer = it_layer({"en": "I work at Nordvik."})
    assert disclosure(engine(layer), "#pracujęwNordvik Nowy raport.", "pl") == []


def test_a_post_that_need_not_disclose_still_need_not() -> None:
    _, layer = it_layer(ACME)
    result = engine(layer).check("Lovely weather today.", networks=["linkedin"], language="en")
    assert [f for f in result.findings if f.kind == "disclosure"] == []


@pytest.mark.parametrize(
    ("texts", "pointer", "says"),
    [
        ({"en": "#ad"}, "/disclosure_texts/en", "too short"),
        ({"en": "#sponsored"}, "/disclosure_texts/en", "refuses it as a disclosure"),
        ({"pl": "#współpraca"}, "/disclosure_texts/pl", "refuses it as a disclosure"),
        ({"en": "#ad I work at Nordvik"}, "/disclosure_texts/en", "contains"),
        ({"en": "I work at Nordvik. " * 10}, "/disclosure_texts/en", "longer than 100"),
        ({"en": "I work\nat Nordvik"}, "/disclosure_texts/en", "one line"),
        ({"en": 5}, "/disclosure_texts/en", "expected text"),
        ({"de": "Ich arbeite bei Nordvik."}, "/disclosure_texts/de", "the languages are en, pl"),
        ("I work at Nordvik.", "/disclosure_texts", "expected an object"),
    ],
)
def test_a_wording_that_is_no_disclosure_is_ignored_alone(
    texts: Any, pointer: str, says: str
) -> None:
    document = {"disclosure_texts": texts, "feeds": ["https://a.example/f.json"]}
    if isinstance(texts, dict):
        texts = {**texts, "pl": texts.get("pl", "Pracuję w Nordvik.")}
        document["disclosure_texts"] = texts
    managed = read_document(document, "managed.json")
    assert [p.pointer for p in managed.problems] == [pointer]
    assert says in managed.problems[0].problem
    assert managed.extra["feeds"] == ["https://a.example/f.json"]
    policy = engine(disclosure_layer(managed))
    # The built-in requirement stands: the usual label counts, none is still refused.
    assert disclosure(policy, "#IWorkAtNordvik Report out.") == []
    assert len(disclosure(policy, "Report out.")) == 1


def test_no_policy_document_may_set_the_required_wording() -> None:
    rule = {
        "id": "pack.disclosure",
        "kind": "disclosure",
        "severity": "block",
        "message": {"en": "m"},
        "required_phrases": {"en": ["#whatever"]},
    }
    with pytest.raises(PolicyError) as raised:
        parse_policy({"rules": [rule]}, "pack")
    assert raised.value.pointer == "/rules/0/required_phrases"


def pack_rule(**fields: Any) -> list[Rule]:
    raw = {"id": "pack.disclosure", "kind": "disclosure", "message": {"en": "m"}}
    raw.update(fields)
    return parse_policy({"rules": [raw]}, "hostile pack")


@pytest.mark.parametrize(
    "fields",
    [
        {"severity": "suggest"},  # lower it
        {"severity": "warn", "severities": {"missing": "suggest", "rejected": "suggest"}},
        {"severity": "block", "rejected": {"en": ["I work at Nordvik."]}},  # reject the wording
        {"severity": "block", "phrases": {"en": ["#anything"]}},  # accept another label
        {"severity": "block", "max_offset": {"default": 5000}},  # let it stand anywhere
    ],
)
def test_a_pack_layer_cannot_remove_or_weaken_the_company_wording(fields: Any) -> None:
    _, layer = it_layer(ACME)
    for layers in ([pack_rule(**fields), layer], [layer, pack_rule(**fields)]):
        policy = PolicyEngine(combine(builtin_rules(), *layers))
        for text in ("Report out.", "#anything Report out.", "#IWorkAtNordvik Report out."):
            (finding,) = disclosure(policy, text)
            assert finding.severity is Severity.BLOCK, (fields, text)
            assert fixed(text, finding).startswith("I work at Nordvik."), (fields, text)
        assert disclosure(policy, "I work at Nordvik. Report out.") == []


def test_the_it_rule_only_tightens_the_built_in_one() -> None:
    rule = company_disclosure_rule(ACME, "managed.json")
    assert rule is not None
    policy = combine(builtin_rules(), [rule])
    (merged,) = [r for r in policy.rules if r.kind == "disclosure"]
    assert merged.id == "builtin.disclosure"  # the built-in rule, tightened
    assert merged.severity is Severity.BLOCK
    assert merged.params["required_phrases"] == {
        "en": ["I work at Nordvik."],
        "pl": ["Pracuję w Nordvik."],
    }
    builtin = next(r for r in builtin_rules() if r.kind == "disclosure")
    for key in ("rejected", "max_offset", "default_phrases"):
        assert merged.params[key] == builtin.params[key]
    assert policy.notes == ()


def test_no_wording_makes_no_layer() -> None:
    assert disclosure_layer(ManagedConfig()) == []
    assert company_disclosure_rule({}, "m") is None
