"""The pack studio's Policy page with real widgets: a rule of every kind added through
its form, a weakening refused, sample posts caught and no longer caught as a rule is
edited, confidential terms added, reviewed and marked as proper names."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from advocate_desktop.paths import demo_pack_dir
from advocate_desktop.policy.loader import parse_policy
from advocate_desktop.services.policy_editing import KINDS, Sample
from advocate_desktop.ui.i18n import install_translators
from advocate_desktop.ui.studio.policy_page import PolicyPage
from advocate_desktop.ui.studio.policy_rule_form import (
    _Checks,
    _Lines,
    _Replacements,
    _Terms,
    _Text,
)
from advocate_desktop.ui.tasks import TaskRunner
from tests.qt import layout_checks
from tests.qt.test_layout import desktop_font

DEMO_TEXT = (demo_pack_dir() / "policy.json").read_text(encoding="utf-8")


def demo() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(DEMO_TEXT)
    return document


@pytest.fixture
def tasks() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait()


def make_page(qtbot: QtBot, tasks: TaskRunner, samples: list[Sample] | None = None) -> PolicyPage:
    page = PolicyPage(tasks, demo(), samples=samples or [])
    qtbot.addWidget(page)
    page.resize(1024, 640)
    page.show()
    qtbot.waitUntil(page.is_ready, timeout=30000)
    return page


def checked(qtbot: QtBot, page: PolicyPage) -> None:
    """Waits for the samples' check that follows the latest change."""
    with qtbot.waitSignal(page.samples_checked, timeout=30000):
        pass


def fill_kind_fields(page: PolicyPage, kind: str) -> None:
    form = page.form
    if kind == "confidential":
        terms = form.editor("terms")
        assert isinstance(terms, _Terms)
        terms.add_row()
        item = terms.table.item(0, 0)
        assert item is not None
        item.setText("Kometa")
    elif kind == "substitution":
        spellings = form.editor("replacements")
        assert isinstance(spellings, _Replacements)
        spellings.add_row()
        for column, text in enumerate(("Nordwick, Nordvic", "Nordvik")):
            cell = spellings.table.item(0, column)
            assert cell is not None
            cell.setText(text)
    elif kind == "pattern":
        pattern = form.editor("pattern")
        assert isinstance(pattern, _Text)
        pattern.line.setText(r"\bNV-[0-9]+\b")
    elif kind == "language":
        lists = form.editor("lists")
        assert isinstance(lists, _Checks)
        lists.boxes["sensitive"].setChecked(True)
    elif kind == "link":
        blocked = form.editor("blocked_domains")
        assert isinstance(blocked, _Lines)
        blocked.editor.setPlainText("competitor.example\n")
    elif kind == "disclosure":
        employer = form.editor("employer")
        assert isinstance(employer, _Text)
        employer.line.setText("Nordvik Group")


@pytest.mark.parametrize("kind", KINDS)
def test_a_rule_of_each_kind_is_added_through_its_form(
    qtbot: QtBot, tasks: TaskRunner, kind: str
) -> None:
    page = make_page(qtbot, tasks)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.is_editing()
    form = page.form
    form.kind_box.setCurrentIndex(form.kind_box.findData(kind))
    assert form.kind() == kind
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)  # nothing filled in yet
    assert page.is_editing()
    assert form.error_text("id") == "Fill this in."
    assert form.error_text("message") == "Write the message in at least one language."
    form.id_line.setText(f"acme.{kind}")
    form.message_edits["en"].setPlainText("Not in our posts: {match}")
    form.message_edits["pl"].setPlainText("Nie w naszych postach: {match}")
    form.severity_box.setCurrentIndex(form.severity_box.findData("block"))
    fill_kind_fields(page, kind)
    form.validate()
    assert form.summary.isHidden(), (form.problems(), form.rule())
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not page.is_editing()
    saved = page.document()
    added = saved["rules"][-1]
    assert (added["id"], added["kind"], added["severity"]) == (f"acme.{kind}", kind, "block")
    assert added["message"]["pl"] == "Nie w naszych postach: {match}"
    assert saved["rules"][:3] == demo()["rules"]  # the others untouched
    assert parse_policy(saved, "studio")[-1].kind == kind
    row = page.rules.rowCount() - 1
    assert page.rules.item(row, 0).data(Qt.ItemDataRole.UserRole) == f"acme.{kind}"  # type: ignore[union-attr]


def test_a_form_shows_the_loaders_refusal_under_its_field(qtbot: QtBot, tasks: TaskRunner) -> None:
    page = make_page(qtbot, tasks)
    page.add_rule("pattern")
    form = page.form
    form.id_line.setText("nordvik.tickets")
    form.message_edits["en"].setPlainText("Ticket {match}")
    pattern = form.editor("pattern")
    assert isinstance(pattern, _Text)
    pattern.line.setText("NV-(")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.error_text("pattern").startswith("Not a valid regular expression: missing )")
    assert len(page.document()["rules"]) == 3
    form.id_line.setText("nordvik.spelling")  # taken
    pattern.line.setText("NV-[0-9]+")
    form.validate()
    assert form.error_text("id") == "Another rule already has the id “nordvik.spelling”."
    assert form.error_text("pattern") == ""


def test_the_form_refuses_to_weaken_a_built_in_rule(qtbot: QtBot, tasks: TaskRunner) -> None:
    page = make_page(qtbot, tasks)
    page.tabs.setCurrentIndex(2)
    names = [
        page.builtin.item(r, 0).data(Qt.ItemDataRole.UserRole)  # type: ignore[union-attr]
        for r in range(page.builtin.rowCount())
    ]
    page.builtin.selectRow(names.index("builtin.profanity"))
    qtbot.mouseClick(page.tighten_button, Qt.MouseButton.LeftButton)
    form = page.form
    assert page.is_editing() and form.id_line.isReadOnly() and not form.kind_box.isEnabled()
    assert "builtin.profanity" in form.note.text()
    form.severity_box.setCurrentIndex(form.severity_box.findData("suggest"))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.error_text("severity") == (
        "Built-in rules can only be tightened: Cannot lower the built-in severity."
    )
    form.exception_phrases.setPlainText("kurde")
    form.severity_box.setCurrentIndex(form.severity_box.findData("block"))
    form.validate()
    assert form.error_text("severity") == ""
    assert form.error_text("exceptions") == (
        "Built-in rules can only be tightened: Cannot add exceptions to a built-in rule."
    )
    assert len(page.document()["rules"]) == 3
    form.exception_phrases.setPlainText("")
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    added = page.document()["rules"][-1]
    assert (added["id"], added["severity"]) == ("builtin.profanity", "block")
    # A rule of another kind under a built-in id checks nothing: refused too.
    page.add_rule("pattern")
    form.id_line.setText("builtin.length")
    form.message_edits["en"].setPlainText("x")
    pattern = form.editor("pattern")
    assert isinstance(pattern, _Text)
    pattern.line.setText("x")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "Built-in rules can only be tightened" in form.error_text("kind")
    # Any disclosure rule tightens the built-in one: its severity cannot go below block.
    page.form.cancelled.emit()
    page.edit_rule(1)
    form.severity_box.setCurrentIndex(form.severity_box.findData("warn"))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "Cannot lower the built-in severity" in form.error_text("severity")
    assert page.document()["rules"][1]["severity"] == "block"


def test_a_sample_is_caught_and_no_longer_caught_as_its_rule_is_edited(
    qtbot: QtBot, tasks: TaskRunner
) -> None:
    samples = [
        Sample("Kornet is our newest client", "en", from_item=False),
        Sample("A walk in the park", "en", from_item=False),
    ]
    page = make_page(qtbot, tasks, samples)
    checked(qtbot, page)
    assert page.caught_samples("nordvik.confidential") == (0,)
    page.rules.selectRow(0)
    assert page.rules.item(0, 4).text() == "1 of 2"  # type: ignore[union-attr]
    listing = page.samples_panel.list
    assert "Caught by: nordvik.confidential" in listing.item(0).text()  # type: ignore[union-attr]
    assert listing.item(0).text().startswith("● ")  # type: ignore[union-attr]
    assert "No rule catches it" in listing.item(1).text()  # type: ignore[union-attr]

    page.edit_rule(0)
    assert not page.tabs.isTabEnabled(1)  # its terms are in the form now
    terms = page.form.editor("terms")
    assert isinstance(terms, _Terms)
    row = next(r for r in range(terms.table.rowCount()) if terms.text(r, 0) == "Kornet")
    terms.table.selectRow(row)
    with qtbot.waitSignal(page.samples_checked, timeout=30000):
        terms.remove_button.click()  # the draft is tried before it is saved
    assert page.caught_samples("nordvik.confidential") == ()
    assert "No rule catches it" in listing.item(0).text()  # type: ignore[union-attr]
    with qtbot.waitSignal(page.samples_checked, timeout=30000):
        page.form.cancelled.emit()  # not saved: the rule catches it again
    assert page.caught_samples("nordvik.confidential") == (0,)
    assert page.tabs.isTabEnabled(1)

    # The sample changes instead: typing in it is tried as well.
    listing.setCurrentRow(0)
    with qtbot.waitSignal(page.samples_checked, timeout=30000):
        page.samples_panel.editor.setPlainText("Kornecie, we are proud of you")
    assert page.caught_samples("nordvik.confidential") == (0,)  # a form of the term
    with qtbot.waitSignal(page.samples_checked, timeout=30000):
        page.samples_panel.editor.setPlainText("Nothing secret here")
    assert page.caught_samples("nordvik.confidential") == ()
    assert page.samples()[0].text == "Nothing secret here"


def select_term(page: PolicyPage, text: str) -> None:
    terms = page.terms.terms
    row = next(
        r
        for r in range(terms.count())
        if terms.item(r).data(Qt.ItemDataRole.UserRole) == text  # type: ignore[union-attr]
    )
    terms.setCurrentRow(row)


def test_a_confidential_term_is_added_and_its_forms_reviewed(
    qtbot: QtBot, tasks: TaskRunner
) -> None:
    page = make_page(qtbot, tasks, [Sample("Świetny tydzień z Kometą!", "pl", from_item=False)])
    checked(qtbot, page)
    assert page.caught_samples("nordvik.confidential") == ()
    page.tabs.setCurrentWidget(page.terms)
    panel = page.terms
    panel.new_term.setText("Kometa")
    with qtbot.waitSignal(panel.forms_shown, timeout=30000):
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(page.document()["rules"][0]["terms"][-1], dict))
    entry = page.document()["rules"][0]["terms"][-1]
    assert entry["term"] == "Kometa" and entry["generated"] == "dictionary"
    assert {"Komecie", "Kometą", "Kometami"} <= set(entry["forms"])
    shown = {
        panel.forms.item(r, 0).text(): panel.forms.item(r, 1).text()  # type: ignore[union-attr]
        for r in range(panel.forms.rowCount())
    }
    assert "singular locative" in shown["Komecie"]
    assert shown["Kometami"] == "plural instrumental"
    checked(qtbot, page)
    assert page.caught_samples("nordvik.confidential") == (0,)  # "Kometą" is caught now

    # The reviewer removes a form: the case it filled is named as missing.
    row = next(
        r for r in range(panel.forms.rowCount()) if panel.forms.item(r, 0).text() == "Kometami"
    )  # type: ignore[union-attr]
    panel.forms.selectRow(row)
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(panel.remove_form_button, Qt.MouseButton.LeftButton)
    assert "Kometami" not in page.document()["rules"][0]["terms"][-1]["forms"]
    assert "plural instrumental (Kometami)" in panel.missing.text()
    # … and edits another by hand.
    item = panel.forms.item(0, 0)
    assert item is not None
    with qtbot.waitSignal(page.changed):
        item.setText("Kometyy")
    assert page.document()["rules"][0]["terms"][-1]["forms"][0] == "Kometyy"
    # A term listed twice is refused; the last term of a rule cannot be removed.
    panel.new_term.setText("kometa")
    panel.add_term()
    assert panel.problem.text() == "“kometa” is already listed."


def test_a_term_marked_as_proper_name_is_caught_only_capitalised(
    qtbot: QtBot, tasks: TaskRunner
) -> None:
    samples = [Sample("Widziałem żubra w Białowieży", "pl", from_item=False)]
    page = make_page(qtbot, tasks, samples)
    checked(qtbot, page)
    assert page.caught_samples("nordvik.confidential") == (0,)
    page.tabs.setCurrentWidget(page.terms)
    select_term(page, "Żubr")
    panel = page.terms
    assert not panel.proper_name.isChecked()
    with qtbot.waitSignal(page.samples_checked, timeout=30000):
        panel.proper_name.setChecked(True)
    terms = page.document()["rules"][0]["terms"]
    entry = next(t for t in terms if isinstance(t, dict) and t.get("term") == "Żubr")
    assert entry["proper_name"] is True and "Żubrem" in entry["forms"]
    assert "proper name" in panel.terms.currentItem().text()  # type: ignore[union-attr]
    assert page.caught_samples("nordvik.confidential") == ()  # "żubra": the animal
    with qtbot.waitSignal(page.samples_checked, timeout=30000):
        page.samples_panel.editor.setPlainText("Spotkanie z Żubrem")
    assert page.caught_samples("nordvik.confidential") == (0,)
    panel.proper_name.setChecked(False)
    entry = next(
        t
        for t in page.document()["rules"][0]["terms"]
        if isinstance(t, dict) and t.get("term") == "Żubr"
    )
    assert "proper_name" not in entry


def test_an_untouched_document_comes_back_as_it_was(qtbot: QtBot, tasks: TaskRunner) -> None:
    page = make_page(qtbot, tasks)
    assert page.document_text() == DEMO_TEXT
    page.edit_rule(2)
    qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)  # saved unchanged
    assert page.document_text() == DEMO_TEXT
    checked(qtbot, page)


def test_a_page_without_a_confidential_rule_offers_one(qtbot: QtBot, tasks: TaskRunner) -> None:
    page = PolicyPage(tasks, {"version": 1, "rules": []})
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentWidget(page.terms)
    assert page.terms.empty.isVisible() and not page.terms.body.isVisible()
    qtbot.mouseClick(page.terms.new_rule_button, Qt.MouseButton.LeftButton)
    assert page.is_editing() and page.form.kind() == "confidential"
    assert page.tabs.currentIndex() == 0
    checked(qtbot, page)


@pytest.fixture(params=["en", "pl", "pseudo"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    code: str = request.param
    before = desktop_font(qapp)
    translators = (
        install_translators(qapp, "en", pseudo=True)
        if code == "pseudo"
        else install_translators(qapp, code)
    )
    yield code
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English))
    qapp.setFont(before)


def test_the_page_fits_1024x640_with_its_form_open(
    qtbot: QtBot, tasks: TaskRunner, language: str
) -> None:
    page = PolicyPage(tasks, demo(), samples=[Sample("Kornet", "pl")])
    qtbot.addWidget(page)
    page.resize(QSize(1024, 640))
    page.show()
    qtbot.waitUntil(page.is_ready, timeout=30000)
    checked(qtbot, page)
    found = [f"rules: {p}" for p in layout_checks.problems(page)]
    page.edit_rule(1)
    found += [f"form: {p}" for p in layout_checks.problems(page)]
    page.form.cancelled.emit()
    page.tabs.setCurrentWidget(page.terms)
    found += [f"terms: {p}" for p in layout_checks.problems(page)]
    assert not found, "\n".join(found)
    named = [w for w in page.findChildren(QPlainTextEdit) + page.findChildren(QCheckBox)]
    assert all(w.accessibleName() or getattr(w, "text", lambda: "")() for w in named)
    checked(qtbot, page)


def test_a_hostile_document_is_shown_without_losing_anything(
    qtbot: QtBot, tasks: TaskRunner
) -> None:
    broken = demo()
    broken["rules"][2]["severity"] = "loud"
    broken["rules"].insert(0, "not a rule")
    broken["x-extra"] = {"kept": [1, 2]}
    page = PolicyPage(tasks, broken, samples=[Sample("Kornet, Nordvick", "en", False)])
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(page.is_ready, timeout=30000)
    checked(qtbot, page)
    marked = [page.rules.item(r, 0).text() for r in range(page.rules.rowCount())]  # type: ignore[union-attr]
    assert marked[0].startswith("⚠") and marked[3].startswith("⚠")
    assert not marked[1].startswith("⚠")
    assert "not used" in page.rules.item(3, 4).text()  # type: ignore[union-attr]
    assert page.caught_samples("nordvik.confidential") == (0,)  # the others still run
    assert page.document() == broken
    page.rules.selectRow(0)
    page.edit_rule()  # not an object: nothing to edit
    assert not page.is_editing()
    page.edit_rule(3)  # the bad severity is marked at once
    assert page.form.error_text("severity") == "Choose one of the severities offered."

    unusable = {"version": 1, "rules": "everything is allowed", "pacing": {}}
    page.set_document(unusable)
    assert page.banner.isVisible() and not page.tabs.isEnabled()
    assert page.document() == unusable
    assert json.loads(page.document_text()) == unusable


def test_a_lint_problem_in_the_policy_chooses_its_rule(qtbot: QtBot, tasks: TaskRunner) -> None:
    page = make_page(qtbot, tasks)
    assert page.rules.rowCount() >= 2
    page.tabs.setCurrentIndex(1)
    page.show_pointer("/rules/1/message/pl")
    assert page.tabs.currentIndex() == 0
    assert {i.row() for i in page.rules.selectedIndexes()} == {1}
    page.show_pointer("/rules/99")  # no such rule: the list, nothing chosen anew
    assert page.tabs.currentIndex() == 0
