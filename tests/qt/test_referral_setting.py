"""Settings → General → Job offers: the referral parameter is off by default, stored
only when valid, and new drafts of job offers carry it once it is on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from advocate_desktop.ui.employee.main_window import MainWindow
from tests.qt.conftest import Harness


def _open_item(window: MainWindow, harness: Harness, item_id: str) -> str:
    model = window.feed.model
    row = next(r for r in range(model.rowCount()) if model.entry(r).item.id == item_id)
    window.feed.open_row(row)
    harness.idle(window)
    return window.editor.text.toPlainText()


def test_the_referral_goes_on_new_job_drafts_only_once_turned_on(
    harness: Harness, qtbot: QtBot
) -> None:
    window = harness.window()
    settings = window.services.settings
    _open_item(window, harness, "2026-careers-gdansk-en")
    window.editor.text.appendPlainText("Apply!")  # an edit: the draft is kept from here on
    window.editor.save_now()
    harness.idle(window)
    before = window.editor.text.toPlainText()
    assert "ref=" not in before

    dialog = window.settings_dialog()
    qtbot.addWidget(dialog)
    referral = dialog.referral
    assert not referral.enabled.isChecked() and referral.parameter.text() == ""
    referral.enabled.setChecked(True)  # nothing typed yet: it stays off
    assert not referral.enabled.isChecked()
    assert referral.problem.text() == "Type your referral parameter first."

    qtbot.keyClicks(referral.parameter, "ref=j kowalska")
    assert "Write it as name=value" in referral.problem.text()
    qtbot.keyClick(referral.parameter, Qt.Key.Key_Return)
    harness.idle(window)
    assert settings.get("referral_parameter") == ""  # an invalid value is never stored
    referral.enabled.setChecked(True)
    assert not referral.enabled.isChecked()

    referral.parameter.selectAll()
    qtbot.keyClicks(referral.parameter, "ref=jkowalska")
    assert "Only on links to the company's own site" in referral.note.text()
    qtbot.keyClick(referral.parameter, Qt.Key.Key_Return)
    referral.enabled.setChecked(True)
    assert referral.enabled.isChecked()
    harness.idle(window)
    assert settings.get("referral_parameter") == "ref=jkowalska"
    assert settings.get("referral_enabled") is True
    dialog.close()

    window.editor.close_draft()
    harness.idle(window)
    # The draft made before keeps its text; a new job offer's draft gets the parameter.
    assert _open_item(window, harness, "2026-careers-gdansk-en") == before
    job = _open_item(window, harness, "2026-careers-gdansk")
    assert "https://nordvik.example/kariera/gdansk?" in job and job.endswith("&ref=jkowalska")
    news = _open_item(window, harness, "2026-launch-nordvikpay")
    assert "ref=jkowalska" not in news
