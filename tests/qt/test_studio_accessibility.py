"""Every control of the studio has a name a screen reader says, the one its label shows
(the employee screens' check, tests/qt/test_accessibility.py), in English and Polish."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from advocate_desktop.ui.studio.key_dialog import NewKeyDialog
from tests.qt.conftest import Harness
from tests.qt.test_accessibility import language, naming_problems

__all__ = ["language"]  # the fixture: English, then Polish


def test_every_control_of_the_studio_is_named_as_its_label_says(
    harness: Harness, qtbot: QtBot, language: str
) -> None:
    window = harness.window()
    studio = window.open_studio()
    found = [f"no pack: {line}" for line in naming_problems(studio)]
    studio.create_pack("Names")
    qtbot.waitUntil(lambda: studio.document.is_open, timeout=30000)
    harness.idle(window)
    for page in range(studio.tabs.count()):
        studio.tabs.setCurrentIndex(page)
        if studio.tabs.widget(page) is studio.items:
            for sub in range(studio.items.tabs.count()):
                studio.items.tabs.setCurrentIndex(sub)
                name = f"{studio.tabs.tabText(page)}/{studio.items.tabs.tabText(sub)}"
                found += [f"{name}: {line}" for line in naming_problems(studio)]
            continue
        found += [f"{studio.tabs.tabText(page)}: {line}" for line in naming_problems(studio)]
    dialog = NewKeyDialog(studio)
    qtbot.addWidget(dialog)
    for choice in (dialog.keyring, dialog.encrypted, dialog.plain):
        choice.setChecked(True)
        found += [f"new key: {line}" for line in naming_problems(dialog)]
    dialog.close()
    studio.document.open(None, None, None)
    studio.close()
    assert not found, "\n".join(found)
