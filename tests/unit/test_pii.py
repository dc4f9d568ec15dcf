"""PII findings: only numbers whose checksums hold; spans right after emoji; not in links."""

from __future__ import annotations

import pytest

from advocate_desktop.policy.checks.pii import (
    iban_valid,
    luhn_valid,
    nip_valid,
    pesel_valid,
    regon_valid,
)
from advocate_desktop.policy.engine import PolicyEngine
from advocate_desktop.policy.loader import builtin_rules, combine


@pytest.fixture(scope="module")
def engine() -> PolicyEngine:
    return PolicyEngine(combine(builtin_rules()))


def pii(engine: PolicyEngine, text: str) -> list[tuple[str, str, str]]:
    result = engine.check(text, networks=[], language="pl", message_language="en")
    return [
        (f.text, f.severity.value, f.message.split(".")[0])
        for f in result.findings
        if f.kind == "pii"
    ]


@pytest.mark.parametrize(
    ("valid", "invalid", "check"),
    [
        ("44051401359", "44051401358", pesel_valid),
        ("02270803624", "02270803625", pesel_valid),  # born 2002: month + 20
        ("5260250274", "5260250275", nip_valid),
        ("123456785", "123456784", regon_valid),
        ("12345678512347", "12345678512346", regon_valid),
        ("PL61109010140000071219812874", "PL61109010140000071219812875", iban_valid),
        ("GB82 WEST 1234 5698 7654 32", "GB82 WEST 1234 5698 7654 33", iban_valid),
        ("4111111111111111", "4111111111111112", luhn_valid),
    ],
)
def test_checksums(valid: str, invalid: str, check: object) -> None:
    assert check(valid)  # type: ignore[operator]
    assert not check(invalid)  # type: ignore[operator]


def test_a_pesel_with_an_impossible_date_is_not_a_pesel() -> None:
    assert not pesel_valid("44133101359")  # month 13
    assert not pesel_valid("00000000000")  # the checksum holds, but day 0 is no date


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Mój PESEL to 44051401359, pilne!",
            ("44051401359", "block", "This looks like a PESEL number"),
        ),
        (
            "Przelew na PL61 1090 1014 0000 0712 1981 2874 dzisiaj",
            (
                "PL61 1090 1014 0000 0712 1981 2874",
                "block",
                "This looks like a bank account number (IBAN)",
            ),
        ),
        (
            "karta 4111 1111 1111 1111 ok",
            ("4111 1111 1111 1111", "block", "This looks like a payment card number"),
        ),
        (
            "Pisz: jan.kowalski@nordvik.example",
            ("jan.kowalski@nordvik.example", "warn", "This looks like an e-mail address"),
        ),
        ("Zadzwoń: +48 601 234 567", ("+48 601 234 567", "warn", "This looks like a phone number")),
        ("tel. 601-234-567.", ("601-234-567", "warn", "This looks like a phone number")),
        ("biuro (22) 123 45 67", ("(22) 123 45 67", "warn", "This looks like a phone number")),
        ("call +44 20 7946 0958.", ("+44 20 7946 0958", "warn", "This looks like a phone number")),
        ("US: +1 (555) 010-0199", ("+1 (555) 010-0199", "warn", "This looks like a phone number")),
        ("NIP 526-025-02-74", ("526-025-02-74", "warn", "This looks like a NIP tax number")),
    ],
)
def test_findings(engine: PolicyEngine, text: str, found: tuple[str, str, str]) -> None:
    assert pii(engine, text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        "Numer zamówienia 44051401358 (zła suma kontrolna)",
        "Rok 2026, kwota 1 000 000 zł, 15% więcej",
        "Link: https://nordvik.example/a/44051401359?card=4111111111111111",
        "Kod 4111111111111112 nie jest kartą",
        "@jan@social.example to konto, nie e-mail?",
    ],
)
def test_no_false_positives(engine: PolicyEngine, text: str) -> None:
    assert pii(engine, text) == []


def test_spans_stay_right_after_emoji_and_combining_marks(engine: PolicyEngine) -> None:
    text = "👩‍💻 e\u0301 PESEL 44051401359 🇵🇱"
    result = engine.check(text, networks=[], language="pl")
    finding = next(f for f in result.findings if f.kind == "pii")
    assert text[finding.start : finding.end] == "44051401359"


def test_a_policy_may_choose_types_and_refuses_unknown_ones() -> None:
    from advocate_desktop.policy.loader import PolicyError, parse_policy

    rule = {
        "id": "p",
        "kind": "pii",
        "severity": "warn",
        "message": {"en": "{type}"},
        "types": ["email", "fax"],
    }
    with pytest.raises(PolicyError) as caught:
        parse_policy({"rules": [rule]}, "p.json")
    assert caught.value.pointer == "/rules/0/types/1"
