"""A sign-in that runs out within a week: told once a day in a notice (tray or the
window's bar), whose action opens that account's sign-in at once."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from advocate_desktop.ui.employee.settings_dialog import SettingsDialog
from tests.qt.conftest import Harness


def test_an_expiring_sign_in_is_told_once_and_its_action_opens_the_sign_in(
    harness: Harness, qtbot: QtBot
) -> None:
    window = harness.window()
    expires = harness.clock.now() + timedelta(days=3, hours=2)
    account = window.services.accounts.repo.add(
        "linkedin",
        "Zofia Łęcka",
        {"author": "urn:li:person:abc", "token_expires_at": expires.isoformat()},
        harness.clock.now(),
    )
    notifier = window.notifier
    notifier._sign_ins_checked = None  # the start's own check found nothing to tell
    notifier.check_sign_ins()
    harness.idle(window)
    bar = notifier.bar
    assert bar.text() == (
        "Sign-in expires soon: The sign-in of Zofia Łęcka (LinkedIn) expires in 4 days."
        " Sign in again so its posts keep going out."
    )
    assert bar.action.text() == "Sign in"
    bar.hide()
    notifier._sign_ins_checked = None
    notifier.check_sign_ins()  # the same day: not again
    harness.idle(window)
    assert not bar.isVisible()
    notifier.check_sign_ins()  # and within the hour it is not even looked at
    harness.idle(window)
    assert not bar.isVisible()
    bar.show()
    with qtbot.waitSignal(notifier.sign_in_account) as asked:
        bar.action.click()
    assert asked.args == [account.id]
    harness.idle(window)
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.pages.currentIndex() == 1
    page = dialog.accounts_page
    qtbot.waitUntil(lambda: page.dialog is not None, timeout=30000)
    assert page.dialog is not None
    assert page.dialog.pages.currentWidget() is page.dialog.oauth_app_page
    page.dialog.reject()
    dialog.reject()
