"""Confidential names in every form: cases, bare codenames, hidden letters, proper names."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from advocate_desktop.pack_cli import main
from advocate_desktop.policy import lemmas
from advocate_desktop.policy.checks.confidential import bare_forms
from advocate_desktop.policy.checks.lookalike import INVISIBLE, skeleton
from advocate_desktop.policy.engine import PolicyEngine
from advocate_desktop.policy.loader import PolicyError, combine, parse_policy


def confidential(terms: list[Any], exceptions: list[Any] | None = None) -> PolicyEngine:
    rule: dict[str, Any] = {
        "id": "c",
        "kind": "confidential",
        "severity": "block",
        "message": {"en": "{match}"},
        "terms": terms,
    }
    if exceptions is not None:
        rule["exceptions"] = exceptions
    return PolicyEngine(combine(parse_policy({"rules": [rule]}, "test")))


def found(engine: PolicyEngine, text: str) -> list[str]:
    result = engine.check(text, networks=["linkedin"], language="pl")
    for finding in result.findings:
        assert text[finding.start : finding.end] == finding.text
    return [f.text for f in result.findings if f.rule == "c"]


# -- the reproducers, through the command line ------------------------
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Rozmowy z Orbisami i Zubrem", ["Orbisami", "Zubrem"]),
        ("spotkanie z Orbisami i Kornetami", ["Orbisami", "Kornetami"]),
    ],
)
def test_advocate_pack_check_reports_every_name(
    text: str, names: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--json", "--lang", "pl", "--text", text]) == 1
    report = json.loads(capsys.readouterr().out)
    confidential = [f["text"] for f in report["findings"] if f["rule"] == "nordvik.confidential"]
    assert confidential == names


# -- bare terms: analogy forms at compile time, no dictionary -----------------
CODENAMES = [
    ("Kometa", "Pracujemy przy Komecie od maja.", "Komecie"),  # -ta → -cie
    ("Wega", "O Wedze opowiem jutro.", "Wedze"),  # -ga → -dze
    ("Perła", "W Perle jest nowy moduł.", "Perle"),  # -ła → -le
    ("Gala", "Na Gali pokażemy demo.", "Gali"),  # -la → -li
    ("Lumka", "Dzięki Lumce jest szybciej.", "Lumce"),  # -ka → -ce
    ("Mantis", "W Mantisie poprawiono błąd.", "Mantisie"),  # -is → -isie
    ("Zaptid", "Przy Zaptidzie siedzimy do nocy.", "Zaptidzie"),  # -d → -dzie
    ("Kwarst", "O Kwarście nie piszemy.", "Kwarście"),  # -st → -ście
    ("Altair", "Start w Altairze.", "Altairze"),  # -r → -rze
    ("Kanał", "W Kanale testy.", "Kanale"),  # -ł → -le
    ("Pomysł", "W Pomyśle jest błąd.", "Pomyśle"),  # -sł → -śle
    ("Wektra", "We Wektrze nowy ekran.", "Wektrze"),  # -ra → -rze
    ("Tunda", "W Tundzie jest wszystko.", "Tundzie"),  # -da → -dzie
    ("Klosna", "W Klośnie też.", "Klośnie"),  # -sna → -śnie
    ("Pracha", "O Prasze cicho.", "Prasze"),  # -cha → -sze
    ("Kornet", "Z Kornetami i w Kornecie.", "Kornetami"),  # plural instrumental
    ("Orbis", "Orbisom i Orbisach.", "Orbisom"),  # plural dative
]


@pytest.fixture(scope="module")
def codenames() -> PolicyEngine:
    return confidential([term for term, _text, _match in CODENAMES])


@pytest.mark.parametrize(("term", "text", "match"), CODENAMES)
def test_bare_codenames_are_declined_by_analogy_in_the_app(
    codenames: PolicyEngine, term: str, text: str, match: str
) -> None:
    assert match in bare_forms(term)  # by analogy alone, not only by the lemmatizer
    assert match in found(codenames, text)


def test_bare_forms_need_no_morfeusz() -> None:
    script = (
        "import sys\n"
        "from advocate_desktop.policy.checks.confidential import bare_forms\n"
        "forms = bare_forms('Kometa') + bare_forms('Mantis') + bare_forms('Wega')\n"
        "assert {'Komecie', 'Kometami', 'Mantisie', 'Mantisami', 'Wedze'} <= set(forms), forms\n"
        "assert 'morfeusz2' not in sys.modules\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr.decode()


def test_a_bare_term_may_name_a_stored_model() -> None:
    engine = confidential([{"term": "Vega", "like": "droga"}])
    assert found(engine, "Przy Vedze i o Vegach.") == ["Vedze", "Vegach"]


# -- text that hides a name ----------------------------------------------------
@pytest.mark.parametrize("invisible", list(INVISIBLE))
def test_invisible_characters_inside_a_name(invisible: str) -> None:
    engine = confidential([{"term": "Orbis", "forms": ["Orbisem"]}])
    text = f"Umowa z Or{invisible}bis{invisible}em podpisana."
    assert found(engine, text) == [f"Or{invisible}bis{invisible}em"]


@pytest.mark.parametrize(
    "written",
    [
        "\u041erbis",  # Cyrillic О
        "Orbi\u0455",  # Cyrillic ѕ
        "\u039fr\u03b2is",  # Greek Ο; β is no b, so this one is not caught
        "\uff2f\uff52\uff42\uff49\uff53",  # fullwidth
        "ORBİS",  # Turkish dotted capital I
    ],
)
def test_look_alike_letters(written: str) -> None:
    engine = confidential([{"term": "Orbis", "forms": []}])
    expected = [] if "\u03b2" in written else [written]
    assert found(engine, f"Pozdrowienia dla {written}!") == expected


def test_missing_diacritics_and_the_fix_removes_the_whole_name() -> None:
    engine = confidential([{"term": "Żubr", "forms": ["Żubrem", "Żubrze"]}])
    text = "Rozmowa z Zu\u00adbrem i o ZUBRZE."
    result = engine.check(text, networks=["linkedin"], language="pl")
    assert [f.text for f in result.findings] == ["Zu\u00adbrem", "ZUBRZE"]
    fixed = text
    for finding in sorted(result.findings, key=lambda f: -f.start):
        assert finding.suggestions == ("",)
        fixed = fixed[: finding.start] + finding.suggestions[0] + fixed[finding.end :]
    assert fixed == "Rozmowa z  i o ."
    assert found(engine, fixed) == []


@pytest.mark.parametrize(
    "text",
    [
        "Orbita, orbitrek i Orbisowo-Tower.",  # longer words
        "Żubrówka z sokiem jabłkowym.",
        "Привет из Киева, Καλημέρα!",  # other scripts, nothing imitated
        "1 0rbis 0RB1S",  # digits are not letters
        "👩\u200d💻 i 🏳\ufe0f\u200d🌈",  # joiners between emoji are not words
    ],
)
def test_no_false_positives_from_folding(text: str) -> None:
    engine = confidential([{"term": "Orbis", "forms": ["Orbisu"]}, "Żubr"])
    assert found(engine, text) == []


def test_skeleton() -> None:
    assert skeleton("Zażółć GĘŚLĄ jaźń") == "zazolc gesla jazn"
    assert skeleton("\u041a\u043ernet") == "kornet"
    assert skeleton("Or\u200b\u00adbis") == "orbis"
    assert skeleton("l1I0O") == "l1i0o"  # ASCII is never remapped


# -- proper names ------------------------------------------------------------
def test_a_proper_name_matches_only_with_a_capital() -> None:
    engine = confidential([{"term": "Kropka", "proper_name": True}])
    assert found(engine, "Spotkanie z Kropką, a KROPKA podpisała.") == ["Kropką", "KROPKA"]
    assert found(engine, "Postaw kropkę, nie dwie kropki.") == []


def test_a_proper_name_with_forms_and_a_proper_exception() -> None:
    engine = confidential(
        [{"term": "Kropka", "forms": ["Kropką", "Kropce"], "proper_name": True}],
        exceptions=["kropka nad i"],
    )
    assert found(engine, "Obiad z Kropką, nie w kropce.") == ["Kropką"]
    assert found(engine, "Kropka nad i.") == []


def test_an_exception_marked_as_a_proper_name_needs_its_capital() -> None:
    engine = confidential(
        [{"term": "Kropka", "forms": ["Kropką"]}],
        exceptions=[{"text": "Kropka Bistro", "proper_name": True}],
    )
    assert found(engine, "Obiad w Kropka Bistro z Kropką.") == ["Kropką"]
    assert found(engine, "kropka bistro to nie nazwa") == ["kropka"]


def test_loader_refuses_bad_marks() -> None:
    bad: list[tuple[dict[str, Any], str]] = [
        ({"terms": [{"term": "K", "proper_name": "yes"}]}, "/rules/0/terms/0/proper_name"),
        (
            {"terms": ["K"], "exceptions": [{"text": "a", "domain": "b.example"}]},
            "/rules/0/exceptions/0",
        ),
        (
            {"terms": ["K"], "exceptions": [{"domain": "not a domain"}]},
            "/rules/0/exceptions/0/domain",
        ),
        (
            {"terms": ["K"], "exceptions": [{"text": "a", "proper_name": 1}]},
            "/rules/0/exceptions/0/proper_name",
        ),
        ({"terms": ["K"], "exceptions": [{"phrase": "a"}]}, "/rules/0/exceptions/0"),
        ({"terms": ["K"], "exceptions": "a"}, "/rules/0/exceptions"),
    ]
    for extra, pointer in bad:
        rule = {"id": "c", "kind": "confidential", "severity": "block", "message": {"en": "m"}}
        with pytest.raises(PolicyError) as caught:
            parse_policy({"rules": [{**rule, **extra}]}, "p.json")
        assert caught.value.pointer == pointer


# -- exceptions for a whole domain --------------------------------------------
def test_a_domain_exception_allows_addresses_and_links_there_only() -> None:
    policy = {
        "rules": [
            {
                "id": "mail",
                "kind": "pii",
                "severity": "warn",
                "types": ["email"],
                "message": {"en": "{type}"},
                "exceptions": [{"domain": "careers.acme.example"}],
            },
            {
                "id": "links",
                "kind": "link",
                "severity": "warn",
                "blocked_domains": ["acme.example"],
                "flag_plain_http": False,
                "message": {"en": "{host}"},
                "exceptions": [{"domain": "careers.acme.example"}],
            },
        ]
    }
    engine = PolicyEngine(combine(parse_policy(policy, "p")))

    def flagged(text: str) -> list[tuple[str, str]]:
        result = engine.check(text, networks=["linkedin"], language="en")
        return [(f.rule, f.text) for f in result.findings]

    allowed = (
        "Apply: jobs@careers.acme.example, Jobs@EU.Careers.Acme.Example, "
        "https://careers.acme.example/apply and https://eu.careers.acme.example/x."
    )
    assert flagged(allowed) == []
    assert flagged("Write to ceo@acme.example") == [("mail", "ceo@acme.example")]
    assert flagged("See https://acme.example/careers.acme.example") == [
        ("links", "https://acme.example/careers.acme.example")
    ]
    assert flagged("x@careers.acme.example.evil.example") == [
        ("mail", "x@careers.acme.example.evil.example")
    ]
    assert flagged("hr@notcareers.acme.example") == [("mail", "hr@notcareers.acme.example")]


# -- the lemmatizer's entries for a policy, cached -----------------------------
def test_lemma_entries_are_cached_for_the_next_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    words = ["klient", "zefir"]
    first = lemmas.lemmatizer_for(words, tmp_path)
    assert first.lemma("klientami", "pl") == "klient"
    stored = list(tmp_path.glob("*.json"))
    assert len(stored) == 1
    assert stored[0].stat().st_size < 200_000  # the entries it needs, not the dictionary

    # A new process: nothing in memory, and the full dictionary must not be read.
    monkeypatch.setattr(lemmas, "_made", {})

    def no_full_dictionary(_words: tuple[str, ...]) -> dict[str, dict[str, str]]:
        raise AssertionError("the cache was not used")

    monkeypatch.setattr(lemmas, "_entries_for", no_full_dictionary)
    again = lemmas.lemmatizer_for(words, tmp_path)
    assert again.lemma("zefirze", "pl") == "zefir"  # the check looks up case-folded words
    assert again.lemma("klienci", "pl") == "klient"

    # A damaged cache file is read again from the dictionary, not trusted.
    stored[0].write_text("{", encoding="utf-8")
    monkeypatch.setattr(lemmas, "_made", {})
    monkeypatch.setattr(lemmas, "_entries_for", lambda w: {"pl": {"x": "y"}, "en": {}})
    assert lemmas.lemmatizer_for(words, tmp_path).lemma("x", "pl") == "y"


def test_an_unwritable_cache_only_costs_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setattr(lemmas, "_made", {})
    monkeypatch.setattr(lemmas, "_entries_for", lambda w: {"pl": {"ala": "ala"}, "en": {}})
    assert lemmas.lemmatizer_for(["ala"], blocked / "lemmas").lemma("ala", "pl") == "ala"
