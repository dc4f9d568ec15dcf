"""Lint through the authoring service: dates that do not parse, and suggested texts the
employee-side policy check would block or warn about, each with file, JSON pointer and
a fix; hostile feeds never crash it."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from advocate_desktop.services.authoring.errors import BadInput
from advocate_desktop.services.authoring.lint import (
    disclosure_labels,
    lint_folder,
    lint_model,
    pack_policy_engine,
    parse_instant,
    pointer_of,
    suggested_text_problems,
)
from advocate_desktop.services.authoring.model import load_pack_model
from advocate_desktop.services.authoring.packs import init_pack

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    init_pack(tmp_path / "news")
    return tmp_path / "news"


def edit_feed(folder: Path, change: Any) -> None:
    path = folder / "feed.json"
    feed = json.loads(path.read_text(encoding="utf-8"))
    change(feed)
    path.write_text(json.dumps(feed, ensure_ascii=False), encoding="utf-8")


def problems_at(folder: Path, pointer: str) -> list[tuple[str, str, str]]:
    report = lint_folder(folder, now=NOW)
    return [(p.severity, p.message, p.fix) for p in report.problems if p.pointer == pointer]


def test_the_template_is_clean(folder: Path) -> None:
    report = lint_folder(folder, now=NOW)
    assert report.problems == () and report.ok and report.version is not None


@pytest.mark.parametrize(
    ("value", "why"),
    [
        ("2026-13-45T25:00:00Z", "is not a date and time the app can read"),
        ("tomorrow", "is not a date and time the app can read"),
        ("", "is not a date and time the app can read"),
        ("2027-01-01T00:00:00", "has no time zone offset"),
        ("9999-12-31T23:59:59-05:00", "is out of range"),
        ("2027-02-30T10:00:00+01:00", "is not a date and time the app can read"),
        (20270101, "is not text"),
        (["2027-01-01T00:00:00Z"], "is not text"),
        ("\u0662\u0660\u0662\u0667-01-01T00:00:00Z", "is not a date and time"),  # Arabic digits
        ("2027-01-01T00:00:00Z" + "x" * 100_000, "is not a date and time"),
    ],
)
@pytest.mark.parametrize("key", ["not_before", "expires_at"])
def test_a_date_that_does_not_parse_is_one_error_with_a_fix(
    folder: Path, key: str, value: object, why: str
) -> None:
    edit_feed(folder, lambda feed: feed["items"][1]["_advocacy"].__setitem__(key, value))
    found = problems_at(folder, f"/items/1/_advocacy/{key}")
    assert len(found) == 1, found  # the schema's pattern message is replaced, not repeated
    severity, message, fix = found[0]
    assert severity == "error" and why in message and "leaves the whole item out" in message
    assert "2027-01-31T09:00:00+01:00" in fix
    assert len(message) < 300  # a hostile value is quoted shortened


def test_dates_that_contradict_each_other_or_have_passed_are_warnings(folder: Path) -> None:
    def change(feed: dict[str, Any]) -> None:
        feed["items"][0]["_advocacy"]["not_before"] = "2027-02-01T00:00:00+01:00"
        feed["items"][0]["_advocacy"]["expires_at"] = "2027-01-31T23:00:00Z"  # the same moment
        feed["items"][1]["_advocacy"]["expires_at"] = "2026-11-01T00:00:00Z"
        feed["items"][1]["date_published"] = "last Tuesday"

    edit_feed(folder, change)
    report = lint_folder(folder, now=NOW)
    assert report.ok  # warnings only: build still accepts the folder
    pointers = {(p.pointer, p.severity) for p in report.problems}
    assert pointers == {
        ("/items/0/_advocacy/not_before", "warning"),
        ("/items/1/_advocacy/expires_at", "warning"),
        ("/items/1/date_published", "warning"),
    }
    earlier = lint_folder(folder, now=datetime(2026, 10, 1, tzinfo=UTC))
    assert "/items/1/_advocacy/expires_at" not in {p.pointer for p in earlier.problems}


def test_parse_instant_reads_as_the_app_reads() -> None:
    assert parse_instant("2027-01-31T09:00:00+01:00") == (
        datetime(2027, 1, 31, 8, 0, tzinfo=UTC),
        None,
    )
    assert parse_instant("2027-01-31T09:00Z")[0] == datetime(2027, 1, 31, 9, 0, tzinfo=UTC)
    assert parse_instant(None)[0] is None


def suggested(folder: Path, network: str, language: str, text: str, item: int = 0) -> None:
    def change(feed: dict[str, Any]) -> None:
        feed["items"][item]["_advocacy"]["suggested"].setdefault(network, {})[language] = text

    edit_feed(folder, change)


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("#pracujęwNordvik Rozmowy z Orbisami idą świetnie.", "Orbisami"),
        ("#pracujęwNordvik Gratulacje dla zespołu Żubra!", "Żubra"),
        ("#pracujęwNordvik O KORNECIE mówimy jutro.", "KORNECIE"),
        ("#pracujęwNordvik Project Altair rusza.", "Project Altair"),
    ],
)
def test_a_confidential_name_in_any_form_is_an_error_naming_it(
    folder: Path, text: str, match: str
) -> None:
    suggested(folder, "default", "pl", text)
    found = problems_at(folder, "/items/0/_advocacy/suggested/default/pl")
    assert [s for s, _, _ in found] == ["error"], found
    _, message, fix = found[0]
    assert "(nordvik.confidential)" in message and f"\u201c{match}\u201d" in message
    assert fix == f"remove \u201c{match}\u201d from the text."


def test_a_bare_term_of_the_pack_policy_is_caught_in_its_inflected_forms(folder: Path) -> None:
    policy = json.loads((folder / "policy.json").read_text(encoding="utf-8"))
    policy["rules"].append(
        {
            "id": "team.codenames",
            "kind": "confidential",
            "severity": "block",
            "message": {"en": "{match} is internal.", "pl": "{match} jest wewnętrzne."},
            "terms": ["Zefir"],
        }
    )
    (folder / "policy.json").write_text(json.dumps(policy), encoding="utf-8")
    suggested(folder, "linkedin", "pl", "#pracujęwNordvik Pracujemy z Zefirem od roku.")
    found = problems_at(folder, "/items/0/_advocacy/suggested/linkedin/pl")
    assert [(s, "Zefirem" in m) for s, m, _ in found] == [("error", True)]


def test_a_shortener_and_a_plain_http_link_are_warnings(folder: Path) -> None:
    suggested(
        folder, "x", "en", "#IWorkAtNordvik Read it: https://bit.ly/3abc http://nordvik.example/a"
    )
    found = problems_at(folder, "/items/0/_advocacy/suggested/x/en")
    assert [s for s, _, _ in found] == ["warning", "warning"], found
    assert "bit.ly" in found[0][1] and found[0][2] == "change the text as the message says."
    assert found[1][2] == "use the suggestion 'https://nordvik.example/a'."
    assert lint_folder(folder, now=NOW).ok  # warnings do not stop build


@pytest.mark.parametrize("language", ["PL", "pl-PL"])
def test_a_language_written_otherwise_is_still_checked(folder: Path, language: str) -> None:
    suggested(folder, "default", language, "Rozmowy z Orbisami.")
    found = problems_at(folder, f"/items/0/_advocacy/suggested/default/{language}")
    rules = sorted(m.split("(")[1].split(")")[0] for s, m, _ in found if s == "error")
    assert rules == ["builtin.disclosure", "nordvik.confidential"]


def test_a_name_repeated_in_a_long_text_is_one_problem_with_its_count(folder: Path) -> None:
    suggested(folder, "default", "pl", "#pracujęwNordvik " + "Orbis, orbis. " * 2000)
    found = problems_at(folder, "/items/0/_advocacy/suggested/default/pl")
    blocked = [m for _, m, _ in found if "app blocks this text" in m]
    assert len(blocked) == 1 and "(at \u201cOrbis\u201d, 4000 times)" in blocked[0]
    assert any("maxLength" in m or "too long" in m for _, m, _ in found)  # its length too


def test_a_text_over_the_check_cap_is_reported_for_its_length_only(folder: Path) -> None:
    suggested(folder, "default", "pl", "#pracujęwNordvik " + "Orbis " * 40_000)
    found = problems_at(folder, "/items/0/_advocacy/suggested/default/pl")
    assert found and all("app blocks this text" not in m for _, m, _ in found)


@pytest.mark.parametrize(
    "change",
    [
        lambda feed: feed.__setitem__("items", "not a list"),
        lambda feed: feed["items"].append("a string item"),
        lambda feed: feed["items"][0].__setitem__("_advocacy", ["a", "list"]),
        lambda feed: feed["items"][0]["_advocacy"].__setitem__("suggested", "text"),
        lambda feed: feed["items"][0]["_advocacy"]["suggested"].__setitem__("x", ["t"]),
        lambda feed: feed["items"][0]["_advocacy"]["suggested"]["x"].__setitem__("pl", 42),
        lambda feed: feed["items"][0]["_advocacy"]["suggested"].__setitem__("a/b~c", {"pl": "x"}),
        lambda feed: feed["items"][0]["_advocacy"].__setitem__("disclosure", {"pl": 5}),
        lambda feed: feed.__setitem__("_advocacy", {"disclosure": "not an object"}),
        lambda feed: feed["items"][0]["_advocacy"].__setitem__("not_before", None),
    ],
)
def test_hostile_feeds_give_problems_never_a_crash(folder: Path, change: Any) -> None:
    edit_feed(folder, change)
    report = lint_folder(folder, now=NOW)
    for problem in report.problems:
        assert problem.file and problem.message and problem.fix
        assert problem.pointer == "" or problem.pointer.startswith("/")


def test_a_key_with_a_slash_is_escaped_in_the_pointer() -> None:
    assert pointer_of("items", 0, "a/b~c") == "/items/0/a~1b~0c"


def test_a_broken_policy_is_reported_and_texts_are_not_checked_against_it(folder: Path) -> None:
    (folder / "policy.json").write_text('{"rules": [{"id": 5}]}', encoding="utf-8")
    suggested(folder, "default", "pl", "Rozmowy z Orbisami.")
    report = lint_folder(folder, now=NOW)
    assert any(p.file == "policy.json" and p.severity == "error" for p in report.problems)
    assert not any("app blocks" in p.message for p in report.problems)


def test_lint_of_a_model_is_lint_of_the_saved_folder(folder: Path) -> None:
    suggested(folder, "default", "pl", "Rozmowy z Orbisami.")
    edit_feed(folder, lambda feed: feed["items"][1]["_advocacy"].__setitem__("expires_at", "x"))
    model = load_pack_model(folder)
    from_model = lint_model(model, now=NOW)
    from_folder = lint_folder(folder, now=NOW)
    assert from_model.problems == from_folder.problems and from_model.errors
    assert model.source == folder  # linting never moves the model


def test_lint_of_something_that_is_not_a_folder_is_bad_input(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    for path in (tmp_path / "file", tmp_path / "missing"):
        with pytest.raises(BadInput, match="is not a folder"):
            lint_folder(path)


def test_one_suggested_text_is_checked_as_lint_checks_it(folder: Path) -> None:
    """What the studio asks while a text is edited gives what lint gives for the file."""
    model = load_pack_model(folder)
    engine = pack_policy_engine(model.policy)
    labels = disclosure_labels(model.feed, model.items[0])
    text = "#pracujęwNordvik Rozmowy z Orbisami: https://bit.ly/x"
    live = suggested_text_problems(
        engine,
        text,
        network="default",
        language="pl",
        labels=labels,
        pointer="/items/0/_advocacy/suggested/default/pl",
    )
    suggested(folder, "default", "pl", text)
    assert live == [
        p
        for p in lint_folder(folder, now=NOW).problems
        if p.pointer == "/items/0/_advocacy/suggested/default/pl"
    ]
    assert [p.severity for p in live] == ["error", "warning"]
    assert suggested_text_problems(engine, text, network="x", language="de") == []
    with pytest.raises(BadInput, match="invalid policy"):
        pack_policy_engine({"rules": [{"id": 1}]})


def test_disclosure_labels_take_the_items_over_the_feeds() -> None:
    feed = {"_advocacy": {"disclosure": {"pl": "#feed", "en": "#feed-en"}}}
    item = {"_advocacy": {"disclosure": {"pl": "#item"}}}
    assert disclosure_labels(feed, item) == {"pl": "#item", "en": "#feed-en"}
    assert disclosure_labels("nope", ["nope"]) == {}
