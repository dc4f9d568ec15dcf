"""Help → Managed by your organization, and the Settings controls IT locked."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QSpinBox
from pytestqt.qtbot import QtBot

from advocate_desktop.paths import AppPaths, resources_dir
from advocate_desktop.ui.employee.managed_dialog import ManagedDialog
from tests.qt.conftest import Harness

pytestmark = [pytest.mark.gui, pytest.mark.allow_log_errors]

KEY = "advocate-ed25519 dxei0jzKdzl6y8OUXPvaVxtZrS3mYwFQspCZhF7G5Lw="


def _managed(paths: AppPaths, monkeypatch: pytest.MonkeyPatch, document: object) -> None:
    path = paths.config_dir.parent / "managed.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document), encoding="utf-8")
    monkeypatch.setenv("ADVOCATE_MANAGED_CONFIG", str(path))


def _rows(tree: object) -> list[list[str]]:
    return [
        [tree.topLevelItem(i).text(c) for c in range(tree.columnCount())]  # type: ignore[attr-defined]
        for i in range(tree.topLevelItemCount())  # type: ignore[attr-defined]
    ]


def test_the_managed_page_lists_each_ignored_value_with_its_pointer(
    harness: Harness, qtbot: QtBot, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _managed(
        paths,
        monkeypatch,
        {
            "settings": {"grace_minutes": "soon", "sync_minutes": 60},
            "locked": ["sync_minutes", "colour"],
            "trusted_keys": [{"name": "Comms", "key": KEY}, {"name": "Broken"}],
            "company_apps": {"x": {"client_id": "x-app", "client_secret": "TOPSECRET"}},
            "policy": {"rules": [{"id": "it.x", "kind": "telepathy", "severity": "warn"}]},
        },
    )
    window = harness.window()
    assert window.managed_action.text() == "&Managed by your organization…"
    # The status bar says so at once (the policy is checked later, on a worker).
    assert window.managed_button.isVisibleTo(window)
    assert window.managed_button.text() == "Organization settings ignored: 3"
    window.managed_button.click()
    dialog = window.managed_dialog
    assert isinstance(dialog, ManagedDialog) and dialog.isVisible()
    harness.idle(window)  # the policy is loaded on a worker
    problems = _rows(dialog.problems)
    assert [row[0] for row in problems] == [
        "/settings/grace_minutes",
        "/locked/1",
        "/trusted_keys/1",
        "/policy/rules/0/kind",
    ]
    assert problems[0][1] == 'expected a whole number, got "soon"' and problems[0][2] == ""
    assert problems[2][2].startswith("Only signed content is accepted")
    assert problems[3][2].startswith("Nothing is published until this is fixed")
    values = {row[0]: row[1:] for row in _rows(dialog.values)}
    assert values["Check for new content every (sync_minutes)"] == ["60", "Locked"]
    # Failed safe: only signed content, locked.
    assert values["Accept signed content only (require_signed)"] == ['"on"', "Locked"]
    assert "TOPSECRET" not in json.dumps(_rows(dialog.values))
    assert dialog.problems_title.text() == "Ignored values: 4"
    assert dialog.fail_safe.text().splitlines() == [problems[2][2], problems[3][2]]


def test_without_a_managed_configuration_the_page_says_so(harness: Harness) -> None:
    window = harness.window()
    assert not window.managed_button.isVisibleTo(window)
    window.open_managed()
    dialog = window.managed_dialog
    assert dialog.intro.text().startswith("Your organization does not configure")
    assert not dialog.problems.isVisibleTo(dialog) and dialog.values.topLevelItemCount() == 0


def test_the_managed_page_speaks_polish(
    harness: Harness, qapp: QApplication, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _managed(paths, monkeypatch, {"settings": {"grace_minutes": -5}})
    window = harness.window()
    translator = QTranslator()
    assert translator.load(QLocale("pl"), "advocate", "_", str(resources_dir() / "i18n"))
    qapp.installTranslator(translator)
    try:
        window.open_managed()
        dialog = window.managed_dialog
        assert dialog.windowTitle() == "Zarządzane przez Twoją organizację"
        [row] = _rows(dialog.problems)
        assert row[1] == "oczekiwano co najmniej 0, a jest -5"
    finally:
        qapp.removeTranslator(translator)


def test_locked_controls_are_disabled_and_say_who_set_them(
    harness: Harness, qtbot: QtBot, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _managed(
        paths,
        monkeypatch,
        {
            "settings": {"grace_minutes": 15, "require_signed": "on", "pacing_daily_cap": 3},
            "locked": ["grace_minutes", "require_signed", "pacing_daily_cap", "trusted_keys"],
        },
    )
    window = harness.window()
    dialog = window.settings_dialog()
    qtbot.addWidget(dialog)
    harness.idle(window)
    locked = [dialog.grace, dialog.require_signed, dialog.pace.cap, dialog.add_key]
    for control in locked:
        assert not control.isEnabled()
        assert control.toolTip() == "Set by your organization."
    assert dialog.grace.value() == 15 and dialog.pace.cap.value() == 3
    assert dialog.require_signed.currentData() == "on"
    # What IT did not lock stays the employee's, with the table's description.
    for control in (dialog.sync_minutes, dialog.paused, dialog.close_to_tray, dialog.pace.gap):
        assert control.isEnabled()
    assert dialog.sync_minutes.toolTip().startswith("How often subscribed feeds are checked")
    assert isinstance(dialog.language, QComboBox) and dialog.language.count() == 3
    assert isinstance(dialog.grace, QSpinBox) and dialog.grace.suffix() == " min"
    assert isinstance(dialog.paused, QCheckBox)
    dialog.sync_minutes.setValue(45)
    harness.idle(window)
    assert window.services.settings.get("sync_minutes") == 45
    with qtbot.waitSignal(dialog.paused_changed):
        dialog.paused.setChecked(True)
    harness.idle(window)
    assert window.services.settings.get("paused") is True
