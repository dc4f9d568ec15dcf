"""The Policy page's slot in the studio: the page is given the open pack's policy, and
an edit it makes becomes the pack's — unsaved, linted, and checked against every
suggested text at once.

The real page (ui/studio/policy_page.py) arrives from another branch; this test drives
the slot with a small page of the same interface (a ``changed`` signal,
``set_document`` and ``document``)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from advocate_desktop.services import pack_items
from tests.qt.conftest import Harness


class PolicyPageDouble(QWidget):
    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[Any] = []
        self._document: dict[str, Any] = {}

    def set_document(self, document: Any) -> None:
        self.shown.append(document)
        self._document = copy.deepcopy(document) if document is not None else {"rules": []}

    def document(self) -> dict[str, Any]:
        return copy.deepcopy(self._document)

    def add_confidential(self, term: str) -> None:
        self._document.setdefault("rules", []).append(
            {
                "id": "test.codename",
                "kind": "confidential",
                "severity": "block",
                "message": {"en": "“{match}” is a codename.", "pl": "„{match}” to nazwa kodowa."},
                "terms": [term],
            }
        )
        self.changed.emit()


def test_the_policy_page_edits_the_packs_policy_and_the_texts_are_checked_with_it(
    harness: Harness, qtbot: QtBot
) -> None:
    window = harness.window()
    studio = window.open_studio()
    page = PolicyPageDouble()
    studio.add_policy_page(page)
    assert studio.tabs.tabText(2) == "Policy" and studio.tabs.widget(2) is page
    assert page.shown == [None] and not page.isEnabled()  # no pack open yet
    studio.create_pack("Policy")
    qtbot.waitUntil(lambda: studio.document.is_open, timeout=30000)
    harness.idle(window)
    model = studio.document.model
    assert model is not None and page.shown[-1] == model.policy and page.isEnabled()
    items = studio.items
    items.list.setCurrentRow(0)
    items.tabs.setCurrentIndex(2)
    text = pack_items.suggested_texts(model.items[0])[0]
    assert "blocked" not in items.texts.currentText()
    before = studio.document.revision

    page.add_confidential("NordvikPay")  # every suggested text of item 0 names it
    assert studio.document.revision == before + 1 and studio.document.dirty
    assert model.policy is not None
    assert any(r["id"] == "test.codename" for r in model.policy["rules"])
    qtbot.waitUntil(lambda: "blocked in the app" in items.texts.currentText(), timeout=30000)
    qtbot.waitUntil(lambda: items.verdict.text().startswith("Blocked in the app"), timeout=30000)
    assert "NordvikPay" in items.verdict.text() and text.network in ("default", "x")
    studio.document.open(None, None, None)
    assert page.shown[-1] is None and not page.isEnabled()
    studio.close()


def test_the_studios_own_policy_page_edits_the_open_packs_policy(
    harness: Harness, qtbot: QtBot
) -> None:
    """The real Policy page sits in the studio: a term added on it becomes the pack's,
    and a suggested text naming it shows as blocked in the app."""
    from PySide6.QtCore import Qt

    from advocate_desktop.ui.studio.policy_page import PolicyPage

    window = harness.window()
    studio = window.open_studio()
    page = studio.policy_page
    assert isinstance(page, PolicyPage)
    assert studio.tabs.tabText(2) == "Policy" and studio.tabs.widget(2) is page
    studio.create_pack("Policy")
    qtbot.waitUntil(lambda: studio.document.is_open, timeout=30000)
    harness.idle(window)
    model = studio.document.model
    assert model is not None and page.isEnabled()
    assert page.document() == model.policy
    items = studio.items
    items.list.setCurrentRow(0)
    items.tabs.setCurrentIndex(2)
    assert "blocked" not in items.texts.currentText()
    before = studio.document.revision

    studio.tabs.setCurrentWidget(page)
    page.tabs.setCurrentWidget(page.terms)
    page.terms.new_term.setText("NordvikPay")  # every suggested text of item 0 names it
    with qtbot.waitSignal(page.changed, timeout=30000):
        qtbot.mouseClick(page.terms.add_button, Qt.MouseButton.LeftButton)
    assert studio.document.revision > before and studio.document.dirty
    assert model.policy is not None
    terms = [
        t if isinstance(t, str) else t["term"]
        for r in model.policy["rules"]
        if r["kind"] == "confidential"
        for t in r["terms"]
    ]
    assert "NordvikPay" in terms
    qtbot.waitUntil(lambda: "blocked in the app" in items.texts.currentText(), timeout=30000)
    studio.document.open(None, None, None)
    assert not page.isEnabled()
    studio.close()


def test_the_teams_sample_posts_are_kept_for_their_pack_and_never_shipped(
    harness: Harness, qtbot: QtBot, tmp_path: Path
) -> None:
    from advocate_desktop.ui.studio.policy_page import PolicyPage

    window = harness.window()
    studio = window.open_studio()
    page = studio.policy_page
    assert isinstance(page, PolicyPage)
    studio.create_pack("Samples")
    qtbot.waitUntil(lambda: studio.document.is_open, timeout=30000)
    folder = tmp_path / "pack"
    studio.save_to(folder)
    qtbot.waitUntil(lambda: not studio.document.dirty, timeout=30000)
    page.samples_panel.add_sample("Próbny wpis 7Q2 z Orbisem!")
    harness.idle(window)
    kept = studio.sample_store.path_for(folder)
    qtbot.waitUntil(kept.exists, timeout=30000)
    assert "7Q2" not in "".join(
        p.read_text(encoding="utf-8", errors="replace") for p in folder.rglob("*") if p.is_file()
    )

    studio.document.open(None, None, None)  # another pack (none): its samples go
    harness.idle(window)
    assert page.samples() == []
    studio.open_pack(folder)
    qtbot.waitUntil(
        lambda: [s.text for s in page.samples()] == ["Próbny wpis 7Q2 z Orbisem!"],
        timeout=30000,
    )
    harness.idle(window)
    assert kept.exists()  # opening the pack (its saved state) never erases its samples
    studio.close()
