from __future__ import annotations

import pytest

from advocate_desktop.policy.engine import PolicyEngine
from advocate_desktop.policy.loader import builtin_rules, combine, parse_policy


@pytest.fixture(scope="module")
def engine() -> PolicyEngine:
    return PolicyEngine(combine(builtin_rules()))


def links(engine: PolicyEngine, text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    result = engine.check(text, networks=[], language="en")
    return [
        (f.text, f.message.split(": ", 1)[1].rsplit(". Link", 1)[0], f.suggestions)
        for f in result.findings
        if f.kind == "link"
    ]


SHARING = "a link shortener or file-sharing site the policy does not allow"
INTERNAL = "an internal address nobody outside can open"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "see https://bit.ly/3abc",
            "a link shortener or file-sharing site the policy does not allow",
        ),
        (
            "files https://www.dropbox.com/s/x",
            "a link shortener or file-sharing site the policy does not allow",
        ),
        ("wiki https://wiki.nordvik.internal/page", INTERNAL),
        ("dev http://10.1.2.3/admin", INTERNAL),
        ("home https://intranet/start", INTERNAL),
    ],
)
def test_links_nobody_should_share(engine: PolicyEngine, text: str, reason: str) -> None:
    assert [r for _, r, _ in links(engine, text)] == [reason]


def test_plain_http_gets_an_https_fix(engine: PolicyEngine) -> None:
    assert links(engine, "read http://nordvik.example/news") == [
        (
            "http://nordvik.example/news",
            "an unencrypted http:// link",
            ("https://nordvik.example/news",),
        ),
    ]


def test_ordinary_public_links_pass(engine: PolicyEngine) -> None:
    assert links(engine, "https://nordvik.example/news and www.example.org/x") == []
    assert links(engine, "not-bit.ly.example.com/x https://notbit.ly/x") == []


def test_an_allow_list_limits_links_to_the_companys_sites() -> None:
    rules = parse_policy(
        {
            "rules": [
                {
                    "id": "l",
                    "kind": "link",
                    "severity": "block",
                    "message": {"en": "{host}: {reason}"},
                    "allowed_domains": ["nordvik.example"],
                    "reasons": {"en": {"not_allowed": "not ours"}},
                }
            ]
        },
        "p",
    )
    engine = PolicyEngine(combine(rules))
    result = engine.check(
        "https://news.nordvik.example/a https://other.example/b", networks=[], language="en"
    )
    assert [(f.text, f.message) for f in result.findings] == [
        ("https://other.example/b", "other.example: not ours"),
    ]
