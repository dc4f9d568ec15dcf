"""PII findings: only numbers whose checksums hold; spans right after emoji; not in links."""

from __future__ import annotations

import pytest

from advocate_desktop.policy.checks.pii import (
    iban_valid,
    id_card_valid,
    luhn_valid,
    nip_valid,
    passport_valid,
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


# -- identity documents, typos, other countries, phone numbers in text --------
def pii_engine(**params: object) -> PolicyEngine:
    from advocate_desktop.policy.loader import parse_policy

    rule = {"id": "p", "kind": "pii", "severity": "block", "message": {"en": "{type}"}}
    return PolicyEngine(combine(parse_policy({"rules": [{**rule, **params}]}, "p.json")))


def findings_of(engine: PolicyEngine, text: str) -> list[tuple[str, str, str]]:
    result = engine.check(text, networks=[], language="en")
    for finding in result.findings:
        assert text[finding.start : finding.end] == finding.text
    return [(f.text, f.severity.value, f.message) for f in result.findings]


@pytest.mark.parametrize(
    ("valid", "invalid", "check"),
    [
        ("ABA300000", "ABA300001", id_card_valid),
        ("ABA 300000", "AB0300000", id_card_valid),
        ("ZS0000177", "ZS0000178", passport_valid),
        ("ZS 0000177", "ZSA000177", passport_valid),
    ],
)
def test_polish_documents(valid: str, invalid: str, check: object) -> None:
    assert check(valid)  # type: ignore[operator]
    assert not check(invalid)  # type: ignore[operator]


def test_documents_are_found_only_when_their_check_digit_holds(engine: PolicyEngine) -> None:
    assert pii(engine, "Dowód ABA300000 i paszport ZS0000177.") == [
        ("ABA300000", "block", "This looks like a Polish identity card number"),
        ("ZS0000177", "block", "This looks like a Polish passport number"),
    ]
    assert pii(engine, "Kody ABA300001, ZS0000178, XABA300000, ABA3000000.") == []


def test_typos_are_suggested_only_when_asked() -> None:
    text = "PESEL 44051401358, IBAN PL61 1090 1014 0000 0712 1981 2875, nr 12345678901."
    assert findings_of(pii_engine(types=["pesel", "iban"]), text) == []
    asked = findings_of(pii_engine(types=["pesel", "iban"], typos=True), text)
    assert [(t, s) for t, s, _ in asked] == [
        ("44051401358", "suggest"),  # a real date of birth, a wrong check digit
        ("PL61 1090 1014 0000 0712 1981 2875", "suggest"),
    ]  # 12345678901 has no date of birth in it: no PESEL, not even a mistyped one
    assert "typo" in asked[0][2]
    worded = pii_engine(types=["pesel"], typos=True, typo_message={"en": "{type}, a typo?"})
    typo = ("44051401358", "suggest", "pesel, a typo?")
    assert findings_of(worded, "PESEL 44051401358") == [typo]


def test_an_iban_is_checked_against_its_countrys_length() -> None:
    engine = pii_engine(types=["iban"], typos=True)
    assert findings_of(engine, "GB82 WEST 1234 5698 7654 32")[0][1] == "block"
    # The right checksum on a number one digit too short for Poland is no IBAN.
    assert findings_of(engine, "PL61 1090 1014 0000 0712 1981 287") == []


@pytest.mark.parametrize(
    ("country", "number"),
    [
        ("de", "86095742719"),  # Steuer-ID
        ("cz", "710319/2745"),  # rodné číslo
        ("se", "811228-9874"),  # personnummer
        ("it", "RCCMNL83S18D969H"),  # codice fiscale
        ("es", "54362315K"),  # DNI
        ("fi", "131052-308T"),  # henkilötunnus
    ],
)
def test_national_identifiers_of_the_countries_a_policy_names(country: str, number: str) -> None:
    text = f"Mój numer: {number}."
    assert findings_of(pii_engine(types=["national_id"]), text) == []
    named = pii_engine(types=["national_id"], countries=[country])
    assert findings_of(named, text) == [(number, "block", "national_id")]
    broken = number[:-1] + ("0" if number[-1] != "0" else "1")
    assert findings_of(named, f"Mój numer: {broken}.") == []


def test_phone_numbers_are_read_for_the_rules_region() -> None:
    polish = pii_engine(types=["phone"])
    german = pii_engine(types=["phone"], region="DE")
    text = "Ruf an: 030 22610, Büro 601 234 567."
    assert [t for t, _, _ in findings_of(polish, text)] == ["601 234 567"]
    assert [t for t, _, _ in findings_of(german, text)] == ["030 22610"]
    assert findings_of(polish, "Wersja 2.3.4 ma 123456 linii, 12.12.2026 o 10:00.") == []


@pytest.mark.parametrize(
    ("params", "pointer"),
    [
        ({"countries": ["xx"]}, "/rules/0/countries"),
        ({"countries": "de"}, "/rules/0/countries"),
        ({"region": "Poland"}, "/rules/0/region"),
        ({"typos": "yes"}, "/rules/0/typos"),
        ({"typo_message": "a typo"}, "/rules/0/typo_message"),
    ],
)
def test_pii_options_are_checked(params: dict[str, object], pointer: str) -> None:
    from advocate_desktop.policy.loader import PolicyError

    with pytest.raises(PolicyError) as caught:
        pii_engine(**params)
    assert caught.value.pointer == pointer
