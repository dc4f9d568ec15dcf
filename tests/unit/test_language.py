"""The language kind: profanity, slurs and sensitive topics from the shipped lists."""

from __future__ import annotations

from typing import Any

import pytest

from advocate_desktop.policy.checks.language import available_lists, load_list
from advocate_desktop.policy.engine import PolicyEngine
from advocate_desktop.policy.loader import PolicyError, builtin_rules, combine, parse_policy


@pytest.fixture(scope="module")
def builtin() -> PolicyEngine:
    return PolicyEngine(combine(builtin_rules()))


def language_findings(
    engine: PolicyEngine, text: str, language: str = "pl"
) -> list[tuple[str, str]]:
    result = engine.check(text, networks=["linkedin"], language=language)
    return [(f.rule, f.text) for f in result.findings if f.kind == "language"]


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("No to kurwa mamy problem", "kurwa"),
        ("Jest KURWĄ pogoda", "KURWĄ"),  # a case form, in capitals
        ("Zajebiste wyniki zespołu!", "Zajebiste"),
        ("Spierdalaj, konkurencjo", "Spierdalaj"),  # a verb form
        ("Pierdolę, wracam do pracy", "Pierdolę"),
        ("#zajebiście było", "zajebiście"),  # inside a hashtag
        ("What the fuck is this", "fuck"),
        ("Total bullshit meeting", "bullshit"),
        ("This shitshow of a launch", "shitshow"),
    ],
)
def test_profanity_in_its_forms(builtin: PolicyEngine, text: str, match: str) -> None:
    assert language_findings(builtin, text) == [("builtin.profanity", match)]


@pytest.mark.parametrize(
    "text",
    [
        "Scunthorpe i Essex to miasta",  # no words inside words
        "Zupa z grzybami shiitake",
        "Jajko, pieprz i sól",  # everyday meanings left out of the list
        "Assessment of the class assignment",
        "Kutno, Huawei i Kurów",
        "Sex education and breast cancer awareness month",  # honest words are not profanity
        "We strike a balance in this price war with our disaster recovery plan",
        "Wojna cenowa na rynku? Wygrywamy jakością.",
        "Talent acquisition and customer acquisition",
    ],
)
def test_words_that_only_look_alike_and_excepted_phrases(builtin: PolicyEngine, text: str) -> None:
    assert language_findings(builtin, text, "en") == []


@pytest.mark.parametrize(
    ("text", "match", "category"),
    [
        (
            "Zwolnienia grupowe w naszej branży",
            "Zwolnienia grupowe",
            "zwolnienia i spory pracownicze",
        ),
        (
            "Po zwolnieniach grupowych jest lepiej",
            "zwolnieniach grupowych",
            "zwolnienia i spory pracownicze",
        ),
        (
            "Kurs akcji poleci po wynikach",
            "Kurs akcji",
            "kurs akcji i nieopublikowane wyniki finansowe",
        ),
        ("Idziemy na wybory!", "wybory", "polityka"),
        ("Głosujcie na Platformę Obywatelską", "Platformę Obywatelską", "polityka"),
        ("Layoffs are coming", "Layoffs", "zwolnienia i spory pracownicze"),
        ("Our share price doubled", "share price", "kurs akcji i nieopublikowane wyniki finansowe"),
    ],
)
def test_sensitive_topics_name_their_category(
    builtin: PolicyEngine, text: str, match: str, category: str
) -> None:
    result = builtin.check(text, networks=["x"], language="pl")
    found = [f for f in result.findings if f.rule == "builtin.sensitive"]
    assert [f.text for f in found] == [match]
    assert category in found[0].message
    assert found[0].severity.value == "suggest"


def test_slurs_are_their_own_category_and_messages_follow_the_reader(builtin: PolicyEngine) -> None:
    result = builtin.check("a faggot joke", networks=["x"], language="en", message_language="en")
    assert [f.message for f in result.findings if f.kind == "language"] == [
        "“faggot” is a slur. Your post still speaks for the company; choose another word."
    ]
    polish = builtin.check("a faggot joke", networks=["x"], language="en", message_language="pl")
    assert "określenie obraźliwe" in polish.findings[0].message


def test_a_policy_extends_a_list_with_its_own_terms_and_categories() -> None:
    pack: dict[str, Any] = {
        "rules": [
            {
                "id": "nordvik.language",
                "kind": "language",
                "severity": "warn",
                "lists": ["sensitive"],
                "categories": ["market"],
                "terms": [
                    {"term": "Kowalczyk", "forms": ["Kowalczyka"], "category": "competitor"},
                    "crypto",
                ],
                "category_labels": {"competitor": {"en": "a competitor", "pl": "konkurent"}},
                "exceptions": ["dywidenda ekologiczna"],
                "message": {"en": "{match}: {category}", "pl": "{match}: {category}"},
            }
        ]
    }
    engine = PolicyEngine(combine(parse_policy(pack, "pack")))
    result = engine.check(
        "Kowalczyka i crypto, dywidenda i dywidenda ekologiczna, ale wybory nie",
        networks=["x"],
        language="pl",
        message_language="en",
    )
    assert [(f.text, f.message) for f in result.findings] == [
        ("Kowalczyka", "Kowalczyka: a competitor"),
        ("crypto", "crypto: custom"),
        ("dywidenda", "dywidenda: share prices and unpublished financial results"),
    ]


@pytest.mark.parametrize(
    ("rule", "pointer"),
    [
        ({"lists": ["swearing"]}, "/rules/0/lists/0"),
        ({}, "/rules/0/lists"),
        ({"lists": "profanity"}, "/rules/0/lists"),
        ({"terms": [{"forms": []}]}, "/rules/0/terms/0"),
        ({"lists": ["profanity"], "category_labels": {"x": "y"}}, "/rules/0/category_labels"),
    ],
)
def test_invalid_language_rules_name_the_pointer(rule: dict[str, Any], pointer: str) -> None:
    document = {
        "rules": [
            {"id": "l", "kind": "language", "severity": "warn", "message": {"en": "x"}, **rule}
        ]
    }
    with pytest.raises(PolicyError) as raised:
        parse_policy(document, "pack")
    assert raised.value.pointer == pointer


def test_the_shipped_lists_are_complete_data() -> None:
    assert available_lists() == {"profanity", "sensitive"}
    for name in available_lists():
        word_list = load_list(name)
        assert len(word_list.phrases) > 200
        assert all(form.strip() == form and form for form, _ in word_list.phrases)
    polish = {form for form, _ in load_list("profanity").phrases}
    assert {"kurwy", "wkurwiony", "spierdalajcie", "zajebistego"} <= polish


@pytest.mark.parametrize(
    ("text", "matches"),
    [
        ("Co za k*rwa dzień", ["k*rwa"]),
        ("What the f**k, #sh*t happens", ["f**k", "sh*t"]),
        ("Zaj*bisty zespół!", ["Zaj*bisty"]),  # a case form of a listed word
        ("This is *important* and **bold**", []),  # emphasis, not a mask
        ("5*3=15, a*b and f*** off", []),  # too little shows to tell which word
        ("Our k*nban board", []),  # a masked word that is no listed word
        ("oh fuc*ß, fu*ß and ß*ßßß", []),  # ß folds to ss: lengths are compared folded
    ],
)
def test_words_masked_with_asterisks(builtin: PolicyEngine, text: str, matches: list[str]) -> None:
    result = builtin.check(text, networks=["x"], language="pl")
    found = [f for f in result.findings if f.rule == "builtin.profanity"]
    assert [f.text for f in found] == matches
    for finding in found:
        assert text[finding.start : finding.end] == finding.text
