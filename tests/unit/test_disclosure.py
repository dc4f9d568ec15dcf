"""Disclosure placement: at the start, not a weak label, and a fix that still fits."""

from __future__ import annotations

import pytest

from advocate_desktop.policy.engine import PolicyEngine
from advocate_desktop.policy.loader import (
    PolicyError,
    builtin_rules,
    combine,
    parse_policy,
)
from advocate_desktop.policy.model import Finding, Severity


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
        "phrases": {"en": ["#IWorkHere"]},
    }
    for extra, pointer in (
        ({"max_offset": {"x": -1}}, "/rules/0/max_offset"),
        ({"rejected": {"en": "#ad"}}, "/rules/0/rejected/en"),
    ):
        with pytest.raises(PolicyError) as caught:
            parse_policy({"rules": [{**base, **extra}]}, "p")
        assert caught.value.pointer == pointer


def company(
    engine: PolicyEngine, text: str, networks: tuple[str, ...] = ("linkedin",), language: str = "pl"
) -> list[Finding]:
    result = engine.check(
        text, networks=networks, language=language, message_language="en", company_content=True
    )
    return [f for f in result.findings if f.kind == "disclosure"]


def pack_engine(**disclosure: object) -> PolicyEngine:
    rule = {"id": "p.d", "kind": "disclosure", "severity": "warn", "message": {"en": "x"}}
    return PolicyEngine(
        combine(builtin_rules(), parse_policy({"rules": [{**rule, **disclosure}]}, "p"))
    )


@pytest.mark.parametrize(
    ("text", "disclosed"),
    [
        ("#ad Nowa usługa", False),  # "#ad" is only a rejected label
        ("#adwokat poleca", False),
        ("#AcmeTeam rusza", True),
        ("#acmeteam rusza", True),
        ("#ACMETEAM rusza", True),
        ("#AcmeTeamowo rusza", False),  # a longer token is another word
        ("x#AcmeTeam rusza", False),
        ("Nowość (#AcmeTeam)", True),
    ],
)
def test_labels_are_whole_tokens_in_any_case(text: str, disclosed: bool) -> None:
    engine = pack_engine(phrases={"pl": ["#AcmeTeam"]}, employer="Acme")
    assert (company(engine, text) == []) is disclosed


@pytest.mark.parametrize(
    "text",
    [
        "#pracujewNordvik Dziś startuje NordvikPay",
        "#PRACUJEWNORDVIK Dziś startuje NordvikPay",
        "#pracujęwNordvik Dziś startuje NordvikPay",
        "Pracuje w  Nordviku i cieszę się z NordvikPay",
    ],
)
def test_polish_diacritics_are_optional(demo_engine: PolicyEngine, text: str) -> None:
    assert company(demo_engine, text) == []


def test_a_label_written_without_diacritics_in_the_policy_accepts_them_in_the_post() -> None:
    engine = pack_engine(phrases={"pl": ["#zespolNordvik"]}, employer="Nordvik")
    assert company(engine, "#zespółNordvik jedziemy") == []


def test_a_rejected_label_is_a_whole_token_too(demo_engine: PolicyEngine) -> None:
    (finding,) = company(demo_engine, "NordvikPay #adwokat", language="en")
    assert (finding.start, finding.end) == (0, 0)  # missing, not "a weak label"
    (weak,) = company(demo_engine, "NordvikPay #AD", language="en")
    assert weak.text == "NordvikPay #AD" and "does not say" in weak.message


def test_without_a_pack_label_the_defaults_are_in_the_employers_name() -> None:
    engine = pack_engine(employer="Nordvik Group")
    (pl,) = company(engine, "Dziś startujemy")
    assert pl.suggestions == ("#pracujęwNordvikGroup ",)
    assert pl.severity is Severity.BLOCK
    (en,) = company(engine, "We launch today", language="en")
    assert en.suggestions == ("#IWorkAtNordvikGroup ",)
    assert company(engine, "I work at Nordvik Group and we launch today", language="en") == []


def test_without_an_employer_the_generic_defaults_apply_to_company_content() -> None:
    engine = PolicyEngine(combine(builtin_rules()))
    (finding,) = company(engine, "We launch today", language="en")
    assert finding.suggestions == ("#employee ",) and finding.severity is Severity.BLOCK
    assert company(engine, "#employee We launch today", language="en") == []
    own = engine.check("We launch today", networks=["x"], language="en")  # not company content
    assert own.findings == ()


def test_the_employer_and_its_products_require_it_in_the_employees_own_posts() -> None:
    engine = pack_engine(employer="Acme", about=["AcmePay"])
    for text in ("Acme rośnie", "Lubię AcmePay", "Gratulacje dla #AcmeTeam", "Wieści z ACME"):
        result = engine.check(text, networks=["x"], language="pl")
        assert [f.rule for f in result.findings] == ["builtin.disclosure"], text
    assert engine.check("Kupiłem acmeful", networks=["x"], language="pl").findings != ()
    assert engine.check("Ładna pogoda", networks=["x"], language="pl").findings == ()


def test_no_layer_lowers_the_disclosure() -> None:
    engine = pack_engine(
        phrases={"en": ["#AcmeTeam"]},
        employer="Acme",
        severities={"missing": "suggest", "too_late": "suggest"},
        max_offset={"default": 5000},
    )
    (finding,) = company(engine, "Hello " * 20 + "#AcmeTeam", language="en")
    assert finding.severity is Severity.BLOCK  # the built-in 40 characters still hold


def test_when_nothing_fits_the_message_says_how_much_to_cut(demo_engine: PolicyEngine) -> None:
    text = "a" * 278
    (finding,) = company(demo_engine, text, networks=("x",), language="en")
    assert finding.suggestions == ()
    # "#IWorkAtNordvik " is 16 characters; 278 + 16 = 294 on X's 280.
    assert "cut 14 characters" in finding.message
    assert finding.severity is Severity.BLOCK
    polish = demo_engine.check(text, networks=["x"], language="pl", company_content=True)
    (pl,) = [f for f in polish.findings if f.kind == "disclosure"]
    assert "skróć tekst o 15 zn." in pl.message  # "#pracujęwNordvik " is 17


def test_the_fix_takes_the_first_label_that_fits(demo_engine: PolicyEngine) -> None:
    text = "a" * 263  # "#IWorkAtNordvik " fits (279); "I work at Nordvik " would not
    (finding,) = company(demo_engine, text, networks=("x",), language="en")
    assert finding.suggestions == ("#IWorkAtNordvik ",)
    assert len(apply(text, finding)) <= 280


def test_on_instagram_the_label_must_show_before_more() -> None:
    label = (
        "Full disclosure: I work at Acme, and what follows is my own view of the new pay app we"
        " built it"
    )
    assert len(label) == 95  # on Instagram it must start by 125 - 95 = 30
    engine = pack_engine(phrases={"en": [label]}, employer="Acme")
    early = "Big day today. " + label
    assert company(engine, early, ("instagram",), "en") == []
    late = "Big day today, so much to say: " + label  # starts at 31, within the 40
    assert company(engine, late, ("linkedin",), "en") == []
    (folded,) = company(engine, late, ("instagram",), "en")
    assert folded.suggestions == (label + " Big day today, so much to say:",)


def test_the_feed_items_own_label_is_accepted_first_unless_rejected() -> None:
    engine = PolicyEngine(combine(builtin_rules()))  # no pack policy: no employer
    own = {"en": "#IWorkAtAcme", "pl": "#pracujęwAcme"}
    result = engine.check(
        "#IWorkAtAcme We launch", networks=["x"], language="en", company_content=True, labels=own
    )
    assert result.findings == ()
    (missing,) = engine.check(
        "We launch", networks=["x"], language="en", company_content=True, labels=own
    ).findings
    assert missing.suggestions == ("#IWorkAtAcme ",)
    (weak,) = engine.check(
        "#ad We launch", networks=["x"], language="en", company_content=True, labels={"en": "#ad"}
    ).findings
    assert weak.suggestions == ("#employee",) and weak.text == "#ad"


def test_a_layer_cannot_accept_a_rejected_label() -> None:
    engine = pack_engine(phrases={"en": ["#sponsored", "#IWorkAtAcme"]}, employer="Acme")
    (finding,) = company(engine, "#sponsored Acme launches today", language="en")
    assert finding.text == "#sponsored" and finding.suggestions == ("#IWorkAtAcme",)
    assert finding.severity is Severity.BLOCK


@pytest.mark.parametrize("label", ["#", "a", "#me", "I w", "#{employer}"])
def test_a_label_too_short_to_say_anything_is_refused(label: str) -> None:
    rule = {"id": "d", "kind": "disclosure", "severity": "block", "message": {"en": "x"}}
    with pytest.raises(PolicyError) as caught:
        parse_policy({"rules": [{**rule, "phrases": {"en": ["#IWorkAtAcme", label]}}]}, "p")
    assert caught.value.pointer == "/rules/0/phrases/en/1"
    assert "too short" in caught.value.problem


def test_a_feed_label_too_short_is_ignored() -> None:
    engine = PolicyEngine(combine(builtin_rules()))
    result = engine.check(
        "#me We launch", networks=["x"], language="en", company_content=True, labels={"en": "#me"}
    )
    assert [f.suggestions for f in result.findings] == [("#employee ",)]


def test_a_label_inside_a_link_does_not_count(demo_engine: PolicyEngine) -> None:
    text = "https://nordvik.example/#IWorkAtNordvik NordvikPay is live"
    (finding,) = company(demo_engine, text, language="en")
    assert (finding.start, finding.end) == (0, 0)
    assert company(demo_engine, "#IWorkAtNordvik https://nordvik.example/x", language="en") == []
