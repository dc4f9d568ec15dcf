"""Policy layers only tighten: a later rule with a taken id adds and raises, never
removes, loosens or redefines (every field of every kind), and a hostile pack that
reuses the built-in ids switches nothing off."""

from __future__ import annotations

import json
from typing import Any

import pytest

from advocate_desktop.paths import resources_dir
from advocate_desktop.policy.engine import PolicyEngine
from advocate_desktop.policy.layers import MERGES, MISSING
from advocate_desktop.policy.loader import builtin_rules, combine, parse_policy
from advocate_desktop.policy.model import Rule, Severity

COMMON = {"id", "kind", "severity", "severities", "message", "scope", "link", "exceptions"}
PESEL = "44051401359"
CARD = "4111 1111 1111 1111"

# The smallest valid rule of each kind.
BASE: dict[str, dict[str, Any]] = {
    "confidential": {"terms": ["Orbis"]},
    "language": {"lists": ["profanity"]},
    "substitution": {"replacements": [{"wrong": ["Nordwik"], "right": "Nordvik"}]},
    "pattern": {"pattern": "NV-[0-9]+"},
    "link": {},
    "pii": {},
    "secret": {},
    "length": {},
    "disclosure": {"phrases": {"en": ["#IWorkAtNordvik"]}},
}


def rule(kind: str, origin: str, **fields: Any) -> Rule:
    raw = {
        "id": "r",
        "kind": kind,
        "severity": "warn",
        "message": {"en": f"{origin} says"},
        **BASE[kind],
    }
    raw.update({k: v for k, v in fields.items() if v is not MISSING})
    for key in [k for k, v in fields.items() if v is MISSING]:
        raw.pop(key, None)
    (parsed,) = parse_policy({"rules": [raw]}, origin)
    return parsed


def merged(kind: str, field: str, earlier: Any, later: Any) -> tuple[Any, tuple[str, ...]]:
    policy = combine([rule(kind, "pack", **{field: earlier})], [rule(kind, "it", **{field: later})])
    (result,) = policy.rules
    return result.params.get(field, MISSING), policy.notes


# (kind, field, earlier, later, merged, whether the later layer asked for something weaker)
FIELD_CASES: list[tuple[str, str, Any, Any, Any, bool]] = [
    # confidential: more terms, never fewer
    ("confidential", "terms", ["Orbis"], ["Żubr"], ["Orbis", "Żubr"], False),
    ("confidential", "terms", ["Orbis", "Żubr"], ["Żubr"], ["Orbis", "Żubr"], False),
    (
        "confidential",
        "terms",
        [{"term": "Orbis", "forms": ["Orbisu"]}],
        [{"term": "Orbis", "forms": ["Orbisie"]}],
        [{"term": "Orbis", "forms": ["Orbisu"]}, {"term": "Orbis", "forms": ["Orbisie"]}],
        False,
    ),
    # language: more lists and terms; a category filter cannot narrow "all"
    ("language", "lists", ["profanity"], ["sensitive"], ["profanity", "sensitive"], False),
    ("language", "terms", MISSING, ["krowa"], ["krowa"], False),
    ("language", "categories", MISSING, ["slur"], MISSING, True),
    ("language", "categories", ["slur"], ["vulgar"], ["slur", "vulgar"], False),
    ("language", "categories", ["slur"], MISSING, ["slur"], False),
    ("language", "category_labels", {"slur": {"en": "a"}}, {"slur": {"en": "b", "pl": "c"}},
     {"slur": {"en": "a", "pl": "c"}}, False),
    # substitution: more replacements
    (
        "substitution",
        "replacements",
        [{"wrong": ["Nordwik"], "right": "Nordvik"}],
        [{"wrong": ["Nordvick"], "right": "Nordvik"}],
        [{"wrong": ["Nordwik"], "right": "Nordvik"}, {"wrong": ["Nordvick"], "right": "Nordvik"}],
        False,
    ),
    # pattern: never redefined; case-insensitive matching cannot be switched off
    ("pattern", "pattern", "NV-[0-9]+", "nothing-matches-this", "NV-[0-9]+", True),
    ("pattern", "ignore_case", MISSING, False, True, True),
    ("pattern", "ignore_case", False, True, True, False),
    ("pattern", "ignore_case", False, MISSING, False, False),
    # link: more blocked hosts; an allow-list only narrows; http stays flagged
    ("link", "blocked_domains", ["bit.ly"], ["t.co"], ["bit.ly", "t.co"], False),
    ("link", "blocked_domains", ["bit.ly"], [], ["bit.ly"], False),
    ("link", "allowed_domains", MISSING, ["nordvik.example"], ["nordvik.example"], False),
    ("link", "allowed_domains", ["nordvik.example"], MISSING, ["nordvik.example"], False),
    ("link", "allowed_domains", ["nordvik.example", "x.example"], ["nordvik.example"],
     ["nordvik.example"], False),
    ("link", "allowed_domains", ["nordvik.example"], ["evil.example"], [], True),
    ("link", "allowed_domains", ["nordvik.example"], ["careers.nordvik.example"],
     ["careers.nordvik.example"], False),
    ("link", "flag_plain_http", MISSING, False, True, True),
    ("link", "flag_plain_http", False, True, True, False),
    ("link", "flag_plain_http", True, False, True, True),
    ("link", "flag_plain_http", False, MISSING, False, False),
    ("link", "reasons", {"en": {"blocked": "a"}}, {"en": {"blocked": "b"}, "pl": {"blocked": "c"}},
     {"en": {"blocked": "a"}, "pl": {"blocked": "c"}}, False),
    ("link", "utm_message", {"en": "a"}, {"en": "b", "pl": "c"}, {"en": "a", "pl": "c"}, False),
    # pii: more types, never fewer
    ("pii", "types", ["pesel"], ["email"], ["pesel", "email"], False),
    ("pii", "types", ["pesel", "card"], ["email"], ["pesel", "card", "email"], False),
    ("pii", "labels", {"en": {"pesel": "a"}}, {"en": {"pesel": "b"}}, {"en": {"pesel": "a"}},
     False),
    # length: lower hashtag and mention counts win
    ("length", "max_hashtags", MISSING, {"linkedin": 5}, {"linkedin": 5}, False),
    ("length", "max_hashtags", {"linkedin": 5}, {"linkedin": 9}, {"linkedin": 5}, False),
    ("length", "max_mentions", {"default": 10}, {"x": 3}, {"default": 10, "x": 3}, False),
    ("length", "messages", {"hashtags": {"en": "a"}}, {"hashtags": {"en": "b"}},
     {"hashtags": {"en": "a"}}, False),
    # disclosure: more labels, rejected labels and names; placement only tightens
    ("disclosure", "phrases", {"en": ["#IWorkAtNordvik"]},
     {"en": ["#NordvikTeam"], "pl": ["#zespol"]},
     {"en": ["#IWorkAtNordvik", "#NordvikTeam"], "pl": ["#zespol"]}, False),
    ("disclosure", "default_phrases", {"en": ["#work{employer}"]}, {"en": ["#other"]},
     {"en": ["#work{employer}"]}, False),
    ("disclosure", "rejected", {"en": ["#ad"]}, {"en": ["#collab"]},
     {"en": ["#ad", "#collab"]}, False),
    ("disclosure", "about", ["NordvikPay"], ["NordvikGo"], ["NordvikPay", "NordvikGo"], False),
    ("disclosure", "max_offset", {"default": 40}, {"default": 100}, {"default": 40}, False),
    ("disclosure", "max_offset", {"default": 40}, {"linkedin": 100},
     {"default": 40, "linkedin": 40}, False),
    ("disclosure", "max_offset", {"default": 40}, {"x": 20}, {"default": 40, "x": 20}, False),
    ("disclosure", "max_offset", MISSING, {"x": 20}, {"x": 20}, False),
    ("disclosure", "messages", {"too_late": {"en": "a"}}, {"too_late": {"en": "b"}},
     {"too_late": {"en": "a"}}, False),
    ("disclosure", "employer", "Nordvik", "Nordvik Group", "Nordvik Group", False),
    # pii: more countries and typo reports only tighten; the reading region stays
    ("pii", "countries", ["de"], ["cz", "de"], ["de", "cz"], False),
    ("pii", "typos", True, False, True, True),
    ("pii", "typos", False, True, True, False),
    ("pii", "typo_message", {"en": "a"}, {"en": "b"}, {"en": "a"}, False),
    ("pii", "region", "PL", "DE", "PL", False),
]  # fmt: skip


def test_every_field_of_every_kind_has_a_merge_and_a_case() -> None:
    schema = json.loads((resources_dir() / "schema" / "policy.schema.json").read_text())
    fields = set(schema["$defs"]["rule"]["properties"]) - COMMON
    # "category" and "generated" live inside terms, not on a rule.
    assert fields - {"category"} <= set(MERGES), fields - set(MERGES)
    # required_phrases is IT's wording (disclosure_texts), which no policy document may
    # give: tests/unit/test_disclosure_texts.py checks its merge.
    assert {field for _, field, *_ in FIELD_CASES} == set(MERGES) - {"required_phrases"}


@pytest.mark.parametrize(
    ("kind", "field", "earlier", "later", "expected", "weaker"),
    FIELD_CASES,
    ids=[f"{c[0]}-{c[1]}-{i}" for i, c in enumerate(FIELD_CASES)],
)
def test_a_later_layer_only_tightens_each_field(
    kind: str, field: str, earlier: Any, later: Any, expected: Any, weaker: bool
) -> None:
    value, notes = merged(kind, field, earlier, later)
    assert value == expected
    assert bool(notes) is weaker, notes
    for note in notes:
        assert note.startswith(f"it: rule 'r': {field}: ") and note.endswith("; ignored")


@pytest.mark.parametrize("kind", sorted(BASE))
@pytest.mark.parametrize(
    ("earlier", "later", "expected"),
    [("block", "suggest", "block"), ("warn", "block", "block"), ("suggest", "warn", "warn")],
)
def test_severity_only_rises(kind: str, earlier: str, later: str, expected: str) -> None:
    policy = combine([rule(kind, "pack", severity=earlier)], [rule(kind, "it", severity=later)])
    assert policy.rules[0].severity.value == expected
    assert bool(policy.notes) is (Severity(later).rank > Severity(earlier).rank)


@pytest.mark.parametrize("kind", sorted(BASE))
def test_the_kind_cannot_change(kind: str) -> None:
    other = "pattern" if kind != "pattern" else "secret"
    earlier = rule(kind, "pack", severity="block")
    policy = combine([earlier], [rule(other, "it", severity="block")])
    assert policy.rules == (earlier,)
    assert policy.notes == (
        f"it: rule 'r': kind: cannot change from {kind!r} to {other!r}; ignored",
    )


@pytest.mark.parametrize("kind", sorted(BASE))
def test_scope_widens_and_never_narrows(kind: str) -> None:
    everywhere = rule(kind, "pack")
    narrowed = combine([everywhere], [rule(kind, "it", scope={"networks": ["x"]})])
    assert narrowed.rules[0].scope.networks == frozenset()
    assert narrowed.notes == ("it: rule 'r': scope: cannot narrow its networks; ignored",)
    some = rule(kind, "pack", scope={"languages": ["pl"], "networks": ["x"]})
    wider = combine([some], [rule(kind, "it", scope={"languages": ["en"]})]).rules[0].scope
    assert wider.languages == {"pl", "en"} and wider.networks == frozenset()


@pytest.mark.parametrize("kind", sorted(BASE))
def test_exceptions_only_narrow(kind: str) -> None:
    earlier = rule(kind, "pack", exceptions=["Orbis Tower", "Orbis Hotel"])
    kept = combine([earlier], [rule(kind, "it")]).rules[0]
    assert kept.exceptions == ("Orbis Tower", "Orbis Hotel")  # not given: unchanged
    narrowed = combine([earlier], [rule(kind, "it", exceptions=["orbis tower"])])
    assert narrowed.rules[0].exceptions == ("Orbis Tower",)
    assert narrowed.notes == ()
    widened = combine([earlier], [rule(kind, "it", exceptions=["Orbis", "Orbis Tower"])])
    assert widened.rules[0].exceptions == ("Orbis Tower",)
    assert widened.notes == ("it: rule 'r': exceptions: cannot add exceptions; ignored",)
    none_before = combine([rule(kind, "pack")], [rule(kind, "it", exceptions=["Orbis"])])
    assert none_before.rules[0].exceptions == ()


@pytest.mark.parametrize("kind", sorted(BASE))
def test_message_and_link_are_the_earlier_layers_with_gaps_filled(kind: str) -> None:
    earlier = rule(kind, "pack")
    later = rule(kind, "it", message={"en": "it says", "pl": "IT mówi"}, link="https://it.example")
    result = combine([earlier], [later]).rules[0]
    assert result.message == {"en": "pack says", "pl": "IT mówi"}
    assert result.link == "https://it.example"
    linked = rule(kind, "pack", link="https://pack.example")
    assert combine([linked], [later]).rules[0].link == "https://pack.example"


@pytest.mark.parametrize(
    ("earlier", "later", "expected", "weaker"),
    [
        ({}, {"blocked": "block"}, {"blocked": "block"}, False),
        ({"blocked": "block"}, {"blocked": "warn"}, {"blocked": "block"}, True),
        ({"not_allowed": "suggest"}, {"not_allowed": "suggest"}, {"not_allowed": "suggest"}, False),
        ({"not_allowed": "suggest"}, {}, {"not_allowed": "warn"}, False),  # the later rule's own
        ({"not_allowed": "suggest"}, {"not_allowed": "block"}, {"not_allowed": "block"}, False),
        ({}, {"utm": "suggest"}, {"utm": "suggest"}, False),  # the default for campaign links
        ({}, {"internal": "suggest"}, {"internal": "warn"}, True),
    ],
)
def test_severities_per_reason_only_rise(
    earlier: dict[str, str], later: dict[str, str], expected: dict[str, str], weaker: bool
) -> None:
    policy = combine(
        [rule("link", "pack", severities=earlier)], [rule("link", "it", severities=later)]
    )
    assert {k: v.value for k, v in policy.rules[0].severities.items()} == expected
    assert bool(policy.notes) is weaker


def test_an_unknown_field_keeps_the_earlier_value() -> None:
    earlier = rule("pii", "pack", future_switch=True)
    policy = combine([earlier], [rule("pii", "it", future_switch=False)])
    assert policy.rules[0].params["future_switch"] is True
    assert policy.notes == (
        "it: rule 'r': future_switch: this field cannot be changed by a later layer; ignored",
    )


def test_every_disclosure_rule_tightens_the_first_one() -> None:
    pack = parse_policy(
        {
            "rules": [
                {
                    "id": "acme.disclosure",
                    "kind": "disclosure",
                    "severity": "suggest",
                    "message": {"en": "please"},
                    "phrases": {"en": ["#AcmeTeam"]},
                    "employer": "Acme",
                }
            ]
        },
        "pack",
    )
    policy = combine(builtin_rules(), pack)
    disclosures = [r for r in policy.rules if r.kind == "disclosure"]
    assert [(r.id, r.severity) for r in disclosures] == [("builtin.disclosure", Severity.BLOCK)]
    assert disclosures[0].params["phrases"] == {"en": ["#AcmeTeam"]}
    result = PolicyEngine(policy).check("Acme is hiring", networks=["linkedin"], language="en")
    (finding,) = result.findings
    assert finding.rule == "builtin.disclosure" and finding.severity is Severity.BLOCK
    assert finding.suggestions == ("#AcmeTeam ",)


HOSTILE_PACK = {
    "rules": [
        {
            "id": "builtin.pii.identifiers",
            "kind": "pii",
            "severity": "suggest",
            "types": ["email"],
            "message": {"en": "fine"},
            "exceptions": [PESEL, CARD],
        },
        {
            "id": "builtin.length",
            "kind": "pattern",
            "severity": "suggest",
            "pattern": "(?!)",
            "message": {"en": "fine"},
        },
        {
            "id": "builtin.pii.contact",
            "kind": "pii",
            "severity": "suggest",
            "types": [],
            "message": {"en": "fine"},
            "scope": {"networks": ["threads"]},
        },
        {
            "id": "builtin.disclosure",
            "kind": "disclosure",
            "severity": "suggest",
            "phrases": {"en": ["hello"]},
            "max_offset": {"default": 100000},
            "message": {"en": "fine"},
        },
    ]
}


def hostile_post() -> str:
    text = f"Hi, PESEL {PESEL}, card {CARD}. "
    return text + "a" * (369 - len(text))


def test_a_hostile_pack_reusing_built_in_ids_switches_nothing_off() -> None:
    policy = combine(builtin_rules(), parse_policy(HOSTILE_PACK, "unsigned pack"))
    assert len(policy.notes) >= 4
    text = hostile_post()
    assert len(text) == 369
    result = PolicyEngine(policy).check(text, networks=["x"], language="en", company_content=True)
    blocking = {(f.rule, f.text) for f in result.blocking}
    assert ("builtin.pii.identifiers", PESEL) in blocking
    assert ("builtin.pii.identifiers", CARD) in blocking
    assert ("builtin.length", text[280:]) in blocking
    assert ("builtin.disclosure", "") in blocking
