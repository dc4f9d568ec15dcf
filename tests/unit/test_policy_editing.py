"""The studio's policy editing without Qt: lossless round trips of every kind, the
loader's and the layers' refusals, and which sample posts each rule catches."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from advocate_desktop.policy.loader import KNOWN_KINDS, parse_policy
from advocate_desktop.services.policy_editing import (
    KIND_FIELDS,
    KINDS,
    REMOVE,
    PolicyDocument,
    Replacement,
    Sample,
    Shape,
    TermRow,
    edited_rule,
    exception_lists,
    field_value,
    merged_exceptions,
    merged_message,
    merged_replacements,
    merged_scope,
    merged_terms,
    new_rule,
    replacement_rows,
    rule_problems,
    sample_catches,
    serialise,
    term_forms,
    term_row,
    with_forms,
    with_like,
    with_proper_name,
)

MESSAGE = {
    "en": "“{match}” is not for posts.",
    "pl": "„{match}” nie nadaje się do postów.",
    "de": "x",
}

# One rule of every kind with every field a form edits, plus fields it does not
# (wording per reason, "generated", an unknown "x-note") that must survive.
EVERY_KIND: list[dict[str, Any]] = [
    {
        "id": "acme.confidential",
        "kind": "confidential",
        "severity": "block",
        "message": MESSAGE,
        "link": "https://acme.example/policy",
        "scope": {"networks": ["x", "linkedin"], "languages": []},
        "terms": [
            {"term": "Orbis", "forms": ["Orbisu", "Orbisem"], "generated": "dictionary"},
            "Kornet",
            {"term": "Kropka", "proper_name": True},
            {"term": "Vega", "like": "droga"},
        ],
        "exceptions": ["Orbis Tower", {"text": "Kropka Bistro", "proper_name": True}],
        "x-note": {"kept": True},
    },
    {
        "id": "acme.spelling",
        "kind": "substitution",
        "severity": "suggest",
        "message": {"en": "Spelled “{right}”.", "pl": "Piszemy „{right}”."},
        "replacements": [{"wrong": ["Acme pay", "AcmePay!"], "right": "AcmePay"}],
    },
    {
        "id": "acme.disclosure",
        "kind": "disclosure",
        "severity": "block",
        "message": {"en": "Say “{phrase}”.", "pl": "Napisz „{phrase}”."},
        "employer": "Acme",
        "about": ["AcmePay"],
        "phrases": {"pl": ["#pracujęwAcme"], "en": ["#IWorkAtAcme"]},
        "rejected": {"pl": ["#reklama"]},
        "max_offset": {"default": 30, "x": 20},
        "messages": {"too_late": {"en": "Move it.", "pl": "Przenieś."}},
    },
    {
        "id": "acme.pii",
        "kind": "pii",
        "severity": "block",
        "severities": {},
        "message": {"en": "This looks like {type}.", "pl": "To wygląda na {type}."},
        "types": ["email", "national_id"],
        "countries": ["de", "cz"],
        "region": "DE",
        "typos": True,
        "labels": {"en": {"email": "an address"}},
    },
    {
        "id": "acme.secret",
        "kind": "secret",
        "severity": "block",
        "message": {"en": "A key.", "pl": "Klucz."},
        "exceptions": [{"domain": "docs.acme.example"}],
    },
    {
        "id": "acme.links",
        "kind": "link",
        "severity": "warn",
        "severities": {"blocked": "block"},
        "message": {"en": "Link to {host}.", "pl": "Link do {host}."},
        "blocked_domains": ["evil.example"],
        "allowed_domains": ["acme.example"],
        "flag_plain_http": True,
    },
    {
        "id": "acme.language",
        "kind": "language",
        "severity": "warn",
        "message": {"en": "“{match}”: {category}.", "pl": "„{match}”: {category}."},
        "lists": ["sensitive"],
        "categories": ["market"],
        "terms": [{"term": "Kowalczyk", "forms": ["Kowalczyka"], "category": "competitor"}, "x"],
        "category": "custom",
        "category_labels": {"competitor": {"en": "a competitor", "pl": "konkurent"}},
    },
    {
        "id": "acme.pattern",
        "kind": "pattern",
        "severity": "warn",
        "message": {"en": "Ticket {match}.", "pl": "Zgłoszenie {match}."},
        "pattern": "\\bACME-[0-9]+\\b",
        "ignore_case": False,
    },
    {
        "id": "acme.length",
        "kind": "length",
        "severity": "warn",
        "message": {"en": "Long for {network}.", "pl": "Za długi dla {network}."},
        "max_hashtags": {"default": 5, "instagram": 10},
        "max_mentions": {"default": 3},
    },
]


def document() -> dict[str, Any]:
    return {"version": 1, "rules": copy.deepcopy(EVERY_KIND), "pacing": {"gap_minutes": 30}}


def form_edits(rule: dict[str, Any]) -> dict[str, Any]:
    """What a form that changed nothing hands back: every field it shows, read and
    written again through the merge helpers."""
    kind = rule["kind"]
    phrases, domains = exception_lists(rule.get("exceptions"))
    scope = rule.get("scope", {})
    edits: dict[str, Any] = {
        "id": rule["id"],
        "kind": kind,
        "severity": rule["severity"],
        "severities": dict(rule.get("severities", {})),
        "message": merged_message(
            rule["message"], {k: rule["message"].get(k, "") for k in ("en", "pl")}
        ),
        "link": rule.get("link", ""),
        "scope": merged_scope(scope, scope.get("networks", []), scope.get("languages", [])),
        "exceptions": merged_exceptions(rule.get("exceptions"), phrases, domains),
    }
    for spec in KIND_FIELDS[kind]:
        value = field_value(rule, kind, spec.name)
        if spec.shape is Shape.TERMS:
            value = merged_terms(value, [term_row(t) for t in value])
        elif spec.shape is Shape.REPLACEMENTS:
            value = merged_replacements(value, replacement_rows(value))
        elif spec.shape is Shape.OPTIONAL_LINES and value is None:
            value = REMOVE
        edits[spec.name] = value
    return edits


def test_the_table_knows_every_kind_the_loader_knows() -> None:
    assert set(KINDS) == set(KNOWN_KINDS)
    assert {rule["kind"] for rule in EVERY_KIND} == set(KNOWN_KINDS)


def test_a_document_round_trips_byte_for_byte() -> None:
    text = serialise(document())
    assert PolicyDocument.from_text(text).to_text() == text
    parse_policy(document(), "test")  # and the fixture is a valid policy


@pytest.mark.parametrize("rule", EVERY_KIND, ids=lambda r: r["kind"])
def test_every_kind_goes_through_its_form_unchanged(rule: dict[str, Any]) -> None:
    edited = edited_rule(rule, form_edits(rule))
    assert json.dumps(edited, ensure_ascii=False) == json.dumps(rule, ensure_ascii=False)
    assert rule_problems(edited) == []


@pytest.mark.parametrize("kind", KINDS)
def test_a_new_rule_of_every_kind_saves_once_filled(kind: str) -> None:
    filled = next(copy.deepcopy(r) for r in EVERY_KIND if r["kind"] == kind)
    rule = new_rule(kind, filled["id"])
    assert "message" in [p.field for p in rule_problems(rule)]  # to be written
    edits = {k: v for k, v in filled.items() if k not in ("id", "kind")}
    saved = PolicyDocument()
    assert saved.add_rule(edited_rule(rule, edits)) == []
    assert parse_policy(saved.to_json(), "test")[0].kind == kind


def test_an_edit_changes_only_its_field_and_keeps_the_order() -> None:
    doc = PolicyDocument(document())
    rule = doc.rule(5)
    edits = form_edits(rule) | {"blocked_domains": ["evil.example", "worse.example"]}
    assert doc.replace_rule(5, edited_rule(rule, edits)) == []
    after = doc.to_json()
    assert list(after["rules"][5]) == list(rule)
    assert after["rules"][5]["blocked_domains"] == ["evil.example", "worse.example"]
    assert after["rules"][:5] == EVERY_KIND[:5] and after["pacing"] == {"gap_minutes": 30}


def test_defaults_are_not_written_and_removal_removes() -> None:
    rule = {"id": "a", "kind": "link", "severity": "warn", "message": {"en": "x"}}
    same = edited_rule(
        rule,
        {
            "flag_plain_http": True,
            "scope": merged_scope(None, [], []),
            "exceptions": [],
            "link": "",
        },
    )
    assert same == rule
    with_allow = edited_rule(rule, {"allowed_domains": []})
    assert with_allow["allowed_domains"] == []  # given, even empty: an allow-list
    assert "allowed_domains" not in edited_rule(with_allow, {"allowed_domains": REMOVE})


def test_the_loader_refusals_name_their_field() -> None:
    bad_pattern = new_rule("pattern", "acme.p") | {"message": {"en": "x"}, "pattern": "(unclosed"}
    (problem,) = rule_problems(bad_pattern)
    assert (problem.field, problem.weakens) == ("pattern", False)
    assert "invalid pattern" in problem.problem
    short = copy.deepcopy(EVERY_KIND[2])
    short["phrases"]["en"] = ["#me"]
    (problem,) = rule_problems(short)
    assert problem.pointer == "/phrases/en/0"
    (problem,) = rule_problems(new_rule("confidential", "acme.c") | {"message": {"en": "x"}})
    assert problem.field == "terms"


def test_a_taken_id_is_refused() -> None:
    doc = PolicyDocument(document())
    copied = doc.rule(7)
    problems = doc.add_rule(copied)
    assert [p.field for p in problems] == ["id"]
    assert len(doc) == len(EVERY_KIND)


def test_a_rule_that_would_weaken_a_built_in_rule_is_refused() -> None:
    doc = PolicyDocument(document())
    weaker = {
        "id": "builtin.profanity",
        "kind": "language",
        "severity": "suggest",
        "lists": ["profanity"],
        "message": {"en": "x", "pl": "y"},
    }
    (problem,) = doc.add_rule(weaker)
    assert (problem.field, problem.weakens) == ("severity", True)
    assert "cannot lower 'warn' to 'suggest'" in problem.problem
    assert len(doc) == len(EVERY_KIND)  # nothing saved
    assert doc.add_rule(weaker | {"severity": "block"}) == []  # tightening is fine
    renamed = {"id": "builtin.length", "kind": "pattern", "severity": "block"}
    renamed |= {"pattern": "x", "message": {"en": "x"}}
    assert [(p.field, p.weakens) for p in rule_problems(renamed)] == [("kind", True)]


def test_any_disclosure_rule_only_tightens_the_built_in_one() -> None:
    lowered = copy.deepcopy(EVERY_KIND[2]) | {"severity": "warn"}
    assert [(p.field, p.weakens) for p in rule_problems(lowered)] == [("severity", True)]
    narrowed = copy.deepcopy(EVERY_KIND[2]) | {"scope": {"networks": ["x"]}}
    assert [p.field for p in rule_problems(narrowed)] == ["scope"]
    excepted = copy.deepcopy(EVERY_KIND[2]) | {"exceptions": ["I am not employed"]}
    assert [p.field for p in rule_problems(excepted)] == ["exceptions"]


def test_terms_keep_their_forms_and_flags_through_rows() -> None:
    terms = EVERY_KIND[0]["terms"]
    rows = [term_row(t) for t in terms]
    assert rows[2] == TermRow("Kropka", proper_name=True)
    rows[1] = TermRow("Kornet", proper_name=True)
    merged = merged_terms(terms, [*rows, TermRow("Altair"), TermRow("  ")])
    assert merged[0] == terms[0]
    assert merged[1] == {"term": "Kornet", "proper_name": True}
    assert merged[-1] == "Altair"
    assert with_proper_name(merged[1], False) == "Kornet"
    assert with_proper_name("Żubr", True) == {"term": "Żubr", "proper_name": True}
    assert with_forms("Żubr", ["Żubra", "Żubr", "Żubra", " Żubrem "], "dictionary") == {
        "term": "Żubr",
        "forms": ["Żubra", "Żubrem"],
        "generated": "dictionary",
    }
    assert with_like("Vega", "droga") == {"term": "Vega", "like": "droga"}
    assert with_like({"term": "Vega", "like": "droga"}, "") == "Vega"


def test_replacements_and_exceptions_keep_objects_as_written() -> None:
    original = EVERY_KIND[1]["replacements"]
    rows = replacement_rows(original)
    assert rows == [Replacement(("Acme pay", "AcmePay!"), "AcmePay")]
    added = merged_replacements(original, [*rows, Replacement(("Akme",), "Acme")])
    assert added == [*original, {"wrong": ["Akme"], "right": "Acme"}]
    exceptions = EVERY_KIND[0]["exceptions"]
    phrases, domains = exception_lists(exceptions)
    assert (phrases, domains) == (["Orbis Tower", "Kropka Bistro"], [])
    merged = merged_exceptions(exceptions, [*phrases, "Nowy"], ["careers.acme.example"])
    assert merged == [*exceptions, "Nowy", {"domain": "careers.acme.example"}]


SAMPLES = [
    Sample("#pracujęwAcme Świetny dzień z klientem Orbisem!", "pl"),
    Sample("#IWorkAtAcme Try Acme pay today, call +48 600 700 800", "en"),
    Sample("A walk in the park", "en", from_item=False),
    Sample("A walk in the park", "en"),
]


def test_samples_caught_per_rule_and_per_sample() -> None:
    rules = document()["rules"]
    caught = sample_catches(rules, SAMPLES)
    by_id = {r["id"]: caught.caught_by(r) for r in rules}
    assert by_id["acme.confidential"] == (0,)  # "Orbisem" is a form of Orbis
    assert by_id["acme.spelling"] == (1,)
    assert by_id["acme.disclosure"] == (3,)  # reported as the built-in rule it tightens
    assert set(caught.rules_catching(1)) == {"builtin.pii.contact", "acme.spelling"}
    assert caught.rules_catching(2) == ()
    assert caught.skipped == {} and caught.too_long == ()


def test_a_sample_is_no_longer_caught_once_the_rule_changes() -> None:
    rules = document()["rules"]
    rules[0] = edited_rule(
        rules[0], {"terms": merged_terms(rules[0]["terms"], [TermRow("Kornet")])}
    )
    caught = sample_catches(rules, SAMPLES)
    assert caught.caught_by(rules[0]) == ()
    assert caught.rules_catching(0) == ()


def test_a_rule_that_cannot_load_is_skipped_not_fatal() -> None:
    rules = document()["rules"]
    rules[7]["pattern"] = "(oops"
    rules.append(copy.deepcopy(rules[1]))
    caught = sample_catches(rules, SAMPLES[:2])
    assert set(caught.skipped) == {7, len(rules) - 1}
    assert caught.caught_by(rules[1]) == (1,)
    huge = sample_catches([], [Sample("x" * 100_001)])
    assert huge.too_long == (0,) and huge.findings == ((),)


def test_generated_forms_for_review() -> None:
    altair = term_forms({"term": "Altair", "forms": ["Altairu"]})
    assert altair.method == "analogy:Kair"
    assert altair.listed == ("Altairu",)
    assert ("sg", "loc") in {key for key, _forms in altair.missing()}
    assert ("sg", "loc") in altair.cases_of("Altairze")
    bare = term_forms("Żubr")
    assert bare.listed is None and "Żubrem" in bare.shown and bare.missing() == []


def test_an_empty_message_is_refused() -> None:
    rule = new_rule("secret", "acme.s") | {"message": {"en": "A key.", "pl": " "}}
    (problem,) = rule_problems(rule)
    assert (problem.field, problem.pointer) == ("message", "/message/pl")


def test_every_built_in_rule_can_be_tightened_from_its_smallest_copy() -> None:
    from advocate_desktop.services.policy_editing import (
        builtin_documents,
        tightening_rule,
        tightens,
    )

    for written in builtin_documents():
        rule = tightening_rule(written["id"])
        assert rule_problems(rule) == [], written["id"]
        assert tightens(rule, written["id"])
        stricter = rule | {"severity": "block"}
        assert rule_problems(stricter) == []
    assert tightens({"id": "acme.disclosure", "kind": "disclosure"}, "builtin.disclosure")
    assert not tightens({"id": "acme.links", "kind": "link"}, "builtin.links")


def test_every_refused_field_is_named_at_once() -> None:
    rule = {"kind": "pii", "severity": "loud", "message": {}, "region": "Poland"}
    problems = rule_problems(rule | {"countries": ["zz"]})
    assert [p.field for p in problems] == ["id", "severity", "message", "countries", "region"]
    assert not any(p.weakens for p in problems)
    unknown = rule_problems({"id": "a", "kind": "poem", "severity": "warn", "message": {"en": "x"}})
    assert [p.field for p in unknown] == ["kind"]


def _lint_weakening() -> Any:
    """advocate-pack lint's check (in the authoring service once that is merged)."""
    try:
        from advocate_desktop.services.authoring.lint import (  # type: ignore[import-not-found,unused-ignore]
            weakening_rules,
        )
    except ImportError:
        from advocate_desktop.pack_cli import _weakening_rules as weakening_rules
    return weakening_rules


WEAKER = [
    {"id": "builtin.profanity", "kind": "language", "severity": "suggest", "lists": ["profanity"]},
    {"id": "builtin.links", "kind": "link", "severity": "warn", "flag_plain_http": False},
    {"id": "builtin.links", "kind": "link", "severity": "warn", "allowed_domains": ["x.example"]},
    {"id": "builtin.length", "kind": "pattern", "severity": "block", "pattern": "x"},
    {"id": "builtin.secrets", "kind": "secret", "severity": "block", "exceptions": ["ghp_x"]},
    {"id": "acme.disclosure", "kind": "disclosure", "severity": "warn"},
    {"id": "builtin.pii.contact", "kind": "pii", "severity": "warn", "scope": {"networks": ["x"]}},
    {"id": "builtin.sensitive", "kind": "language", "severity": "suggest", "lists": ["sensitive"]},
]


@pytest.mark.parametrize("rule", WEAKER, ids=lambda r: r["id"])
def test_the_form_refuses_exactly_what_lint_warns_about(rule: dict[str, Any]) -> None:
    rule = rule | {"message": {"en": "x", "pl": "y"}}
    document = {"rules": [rule]}
    warned = _lint_weakening()(document, parse_policy(document, "policy.json"))
    refused = [p for p in rule_problems(rule) if p.weakens]
    assert len(refused) == len(warned)
    for problem, (pointer, text, _fix) in zip(refused, warned, strict=True):
        assert pointer == "/rules/0"
        assert f"{problem.pointer.lstrip('/')}: {problem.problem}" in text
