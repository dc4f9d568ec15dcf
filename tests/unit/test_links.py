from __future__ import annotations

from pathlib import Path

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


def test_one_rule_gives_each_reason_its_own_severity_and_reports_a_link_once() -> None:
    rules = parse_policy(
        {
            "rules": [
                {
                    "id": "l",
                    "kind": "link",
                    "severity": "warn",
                    "severities": {"blocked": "block", "internal": "block"},
                    "message": {"en": "{host}: {reason}"},
                    "blocked_domains": ["bit.ly"],
                    "allowed_domains": ["nordvik.example"],
                }
            ]
        },
        "p",
    )
    engine = PolicyEngine(combine(rules))
    text = "https://bit.ly/x https://other.example/b https://nordvik.example/ok http://wiki.corp/"
    result = engine.check(text, networks=[], language="en")
    assert [(f.text, f.severity.value) for f in result.findings] == [
        ("https://bit.ly/x", "block"),
        ("https://other.example/b", "warn"),
        ("http://wiki.corp/", "block"),
    ]


def test_an_empty_allow_list_allows_no_site() -> None:
    rule = {"id": "l", "kind": "link", "severity": "warn", "message": {"en": "{host}"}}
    engine = PolicyEngine(combine(parse_policy({"rules": [{**rule, "allowed_domains": []}]}, "p")))
    result = engine.check("https://nordvik.example/a", networks=[], language="en")
    assert [f.text for f in result.findings] == ["https://nordvik.example/a"]


def test_an_unknown_reason_is_a_located_error() -> None:
    from advocate_desktop.policy.loader import PolicyError

    rule = {"id": "l", "kind": "link", "severity": "warn", "message": {"en": "x"}}
    with pytest.raises(PolicyError) as caught:
        parse_policy({"rules": [{**rule, "severities": {"blokced": "block"}}]}, "p")
    assert caught.value.pointer == "/rules/0/severities/blokced"
    with pytest.raises(PolicyError) as caught:
        parse_policy({"rules": [{**rule, "severities": {"blocked": "fatal"}}]}, "p")
    assert caught.value.pointer == "/rules/0/severities/blocked"


# -- campaign (UTM) parameters ----------------------------------------------
UTM = {"utm_source": "advocate-desktop", "utm_campaign": "launch"}


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://nordvik.example/pay",
            "https://nordvik.example/pay?utm_source=advocate-desktop&utm_campaign=launch",
        ),
        (  # existing parameters and the fragment stay where they are
            "https://www.nordvik.example/pay?ref=1#top",
            "https://www.nordvik.example/pay?ref=1&utm_source=advocate-desktop&utm_campaign=launch#top",
        ),
        (  # a parameter already set is not changed
            "https://nordvik.example/?utm_campaign=mine",
            "https://nordvik.example/?utm_campaign=mine&utm_source=advocate-desktop",
        ),
        (
            "nordvik.example/pay",
            "nordvik.example/pay?utm_source=advocate-desktop&utm_campaign=launch",
        ),
        (
            "https://nordvik.example/x?a=%C5%BC",
            "https://nordvik.example/x?a=%C5%BC&utm_source=advocate-desktop&utm_campaign=launch",
        ),
    ],
)
def test_with_utm_appends_only_what_is_missing(url: str, expected: str) -> None:
    from advocate_desktop.text.utm import with_utm

    assert with_utm(url, UTM) == expected


def test_add_utm_touches_only_links_to_the_items_site() -> None:
    from advocate_desktop.text.utm import add_utm, site_of

    site = site_of("https://www.nordvik.example/news/1")
    assert site == "nordvik.example"
    text = "Nowość 👩‍💻 https://nordvik.example/pay, https://blog.nordvik.example/a i https://other.example/b."
    assert add_utm(text, {"utm_source": "a"}, site) == (
        "Nowość 👩‍💻 https://nordvik.example/pay?utm_source=a, "
        "https://blog.nordvik.example/a?utm_source=a i https://other.example/b."
    )
    assert add_utm(text, {}, site) == text
    assert add_utm(text, {"utm_source": "a"}, "") == text
    assert add_utm("https://notnordvik.example/x", {"utm_source": "a"}, site).endswith("/x")
    # A link typed without its scheme keeps looking that way.
    assert add_utm("Zobacz www.nordvik.pl/pay!", {"utm_source": "a"}, "nordvik.pl") == (
        "Zobacz www.nordvik.pl/pay?utm_source=a!"
    )


def test_a_link_to_the_site_without_the_campaign_gets_a_suggestion_with_the_fix(
    engine: PolicyEngine,
) -> None:
    text = "Zobacz https://nordvik.example/pay oraz https://nordvik.example/ok?utm_source=advocate-desktop&utm_campaign=launch"
    result = engine.check(
        text, networks=["x"], language="pl", message_language="pl", utm=UTM, site="nordvik.example"
    )
    found = [f for f in result.findings if f.kind == "link"]
    assert len(found) == 1
    assert found[0].text == "https://nordvik.example/pay"
    assert found[0].severity.value == "suggest"
    assert found[0].suggestions == (
        "https://nordvik.example/pay?utm_source=advocate-desktop&utm_campaign=launch",
    )
    assert (
        "utm_campaign, utm_source" in found[0].message and "parametrów kampanii" in found[0].message
    )
    # Without the item's campaign (a post not from the feed) nothing is suggested.
    assert not [
        f for f in engine.check(text, networks=["x"], language="pl").findings if f.kind == "link"
    ]


def test_lint_measures_suggested_texts_with_their_campaign_parameters(tmp_path: Path) -> None:
    import json

    from advocate_desktop.pack_cli import main

    folder = tmp_path / "pack"
    assert main(["init", str(folder)]) == 0
    feed = json.loads((folder / "feed.json").read_text(encoding="utf-8"))
    item = feed["items"][0]
    # 290 graphemes plus a link: fits Bluesky's 300 only without the parameters.
    link = "https://nordvik.example/p"
    item["_advocacy"]["suggested"] = {
        "bluesky": {"pl": "#pracujęwNordvik " + "a" * (299 - 17 - len(link) - 1) + " " + link}
    }
    item["_advocacy"]["utm"] = {"utm_campaign": "x" * 20}
    (folder / "feed.json").write_text(json.dumps(feed, ensure_ascii=False), encoding="utf-8")
    assert main(["lint", str(folder)]) == 1
    del item["_advocacy"]["utm"]
    feed["_advocacy"].pop("utm", None)
    (folder / "feed.json").write_text(json.dumps(feed, ensure_ascii=False), encoding="utf-8")
    assert main(["lint", str(folder)]) == 0


def test_parameters_are_left_off_when_they_would_push_the_text_over_the_limit() -> None:
    from advocate_desktop.text.utm import add_utm_if_it_fits

    link = "https://nordvik.example/pay"
    text = "#pracujęwNordvik " + "a" * 450 + " " + link  # 495 graphemes
    utm = {"utm_campaign": "launch"}
    # Threads counts the link's every character: 515 would not fit, so no parameters.
    assert add_utm_if_it_fits(text, utm, "nordvik.example", "threads") == text
    # X counts any link as 23: they fit.
    assert add_utm_if_it_fits(text, utm, "nordvik.example", "x").endswith("?utm_campaign=launch")
    # Bluesky stores a long link shortened (host, 13 characters, "..."): 287 becomes
    # 299 graphemes, which fits.
    short = "#pracujęwNordvik " + "a" * 250 + " " + link
    assert add_utm_if_it_fits(short, utm, "nordvik.example", "bluesky").endswith("=launch")
    # A text already too long gets them anyway: it has to be shortened regardless.
    longer = "b" * 500 + " " + link
    assert add_utm_if_it_fits(longer, utm, "nordvik.example", "threads").endswith("=launch")
