from __future__ import annotations

import pytest

from advocate_desktop.policy.engine import PolicyEngine
from advocate_desktop.policy.loader import PolicyError, builtin_rules, combine, parse_policy

GITHUB = "ghp_" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8"
JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"


@pytest.fixture(scope="module")
def engine() -> PolicyEngine:
    return PolicyEngine(combine(builtin_rules()))


def secrets(engine: PolicyEngine, text: str, language: str = "en") -> list[tuple[str, str]]:
    result = engine.check(text, networks=[], language=language)
    return [(f.text, f.message) for f in result.findings if f.kind == "secret"]


@pytest.mark.parametrize(
    ("token", "label"),
    [
        (GITHUB, "a GitHub token"),
        ("AKIAIOSFODNN7EXAMPLE", "an AWS access key"),
        ("xoxb-123456789012-abcdefghijkl", "a Slack token"),
        ("AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q", "a Google API key"),
        (JWT, "a JSON Web Token"),
        ("-----BEGIN OPENSSH PRIVATE KEY-----", "a private key"),
        ("sk_live_4eC39HqLyjWDarjtT1zdp7dc", "a Stripe key"),
    ],
)
def test_credentials_block_with_their_kind_named(
    engine: PolicyEngine, token: str, label: str
) -> None:
    text = f"👩‍💻 oops: {token} sorry"
    found = secrets(engine, text)
    assert [t for t, _ in found] == [token]
    assert found[0][1].startswith(f"This looks like {label}.")
    result = engine.check(text, networks=[], language="en")
    finding = next(f for f in result.findings if f.kind == "secret")
    assert text[finding.start : finding.end] == token and finding.severity.value == "block"


def test_messages_in_polish(engine: PolicyEngine) -> None:
    ((_, message),) = secrets(engine, f"token {GITHUB}", language="pl")
    assert message.startswith("To wygląda na: token GitHub.")


@pytest.mark.parametrize(
    "text",
    [
        "Zażółć gęślą jaźń, konstantynopolitańczykowianeczka!",
        "Nasz zespół AKIA-work i ghp_short nie są sekretami",
        "Kod rabatowy NORDVIK2026 i numer sk_test na blogu",
    ],
)
def test_ordinary_prose_is_not_a_secret(engine: PolicyEngine, text: str) -> None:
    assert secrets(engine, text) == []


def _pattern_engine(pattern: str, severity: str = "warn") -> PolicyEngine:
    return PolicyEngine(
        combine(
            parse_policy(
                {
                    "rules": [
                        {
                            "id": "team.pattern",
                            "kind": "pattern",
                            "severity": severity,
                            "message": {"en": "matched {match}"},
                            "pattern": pattern,
                        }
                    ]
                },
                "p",
            )
        )
    )


def test_a_custom_pattern_finds_its_matches() -> None:
    result = _pattern_engine(r"\bprojekt\s+\d{3}\b").check(
        "Projekt 123 i projekt 45", networks=[], language="pl"
    )
    assert [(f.text, f.message) for f in result.findings] == [
        ("Projekt 123", "matched Projekt 123")
    ]


@pytest.mark.parametrize("severity", ["block", "warn", "suggest"])
def test_a_catastrophic_pattern_is_a_finding_at_its_severity_not_a_pass(severity: str) -> None:
    engine = _pattern_engine(r"(a+)+$", severity)
    result = engine.check("a" * 5000 + "b", networks=[], language="en")
    (finding,) = result.findings
    assert (finding.rule, finding.severity.value) == ("team.pattern", severity)
    assert finding.message.startswith("Could not check this post against the rule “team.pattern”")
    assert "took too long" in finding.message
    assert bool(result.blocking) is (severity == "block")
    polish = engine.check("a" * 5000 + "b", networks=[], language="pl").findings[0].message
    assert polish.startswith("Nie udało się sprawdzić posta regułą „team.pattern”")


def test_an_invalid_pattern_is_a_located_error_naming_the_rule() -> None:
    with pytest.raises(PolicyError) as caught:
        _pattern_engine("([unclosed")
    assert caught.value.pointer == "/rules/0/pattern"
    assert "team.pattern" in caught.value.problem
