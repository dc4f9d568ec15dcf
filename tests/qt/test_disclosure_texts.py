"""IT's disclosure wording in the real window: the editor requires it, Fix puts it in
place of the pack's label, and what goes out carries it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.qt.conftest import Harness
from tests.qt.test_disclosure_guarantee import outbox_texts

WORDING = {"en": "I work at Nordvik.", "pl": "Pracuję w Nordvik."}

pytestmark = [pytest.mark.gui]


@pytest.fixture(autouse=True)
def it_wording(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "managed.json"
    path.write_text(json.dumps({"disclosure_texts": WORDING}), encoding="utf-8")
    monkeypatch.setenv("ADVOCATE_MANAGED_CONFIG", str(path))


def test_the_editor_asks_for_the_company_wording_and_fix_puts_it_in(
    harness: Harness, qtbot: QtBot
) -> None:
    window = harness.window()
    editor = window.editor
    window.feed.open_row(1)
    harness.idle(window)
    language = editor.draft.post.language if editor.draft else "en"  # type: ignore[union-attr]
    label = "#IWorkAtNordvik" if language == "en" else "#pracujęwNordvik"
    editor.text.setPlainText(f"{label} NordvikPay is out!")  # the pack's label: not enough
    editor.run_check()
    harness.idle(window)
    assert not editor.schedule_button.isEnabled()
    assert not editor.publish_now_button.isEnabled()
    editor.policy.list.setCurrentRow(0)
    qtbot.mouseClick(editor.policy.fix_button, Qt.MouseButton.LeftButton)
    harness.idle(window)
    fixed = editor.text.toPlainText()
    assert fixed == f"{WORDING[language]} NordvikPay is out!"
    assert editor.policy.list.count() == 0
    with qtbot.waitSignal(window.scheduler.outcomes, timeout=5000):
        qtbot.mouseClick(editor.publish_now_button, Qt.MouseButton.LeftButton)
    harness.idle(window)
    assert outbox_texts(harness) == [fixed]


def test_the_policy_rules_list_shows_the_company_wording(harness: Harness, qtbot: QtBot) -> None:
    window = harness.window()
    window.policy_rules_action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "policy_rules", None) is not None, timeout=10000)
    dialog = window.policy_rules
    rows = [
        [dialog.tree.topLevelItem(i).text(c) for c in range(4)]
        for i in range(dialog.tree.topLevelItemCount())
    ]
    assert [
        "Blocks",
        "Saying that you work here",
        "Built in",
        "I work at Nordvik., Pracuję w Nordvik.",
    ] in rows
