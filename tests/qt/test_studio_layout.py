"""The studio's screens lay out without clipping at 1366×768 and 1024×640, in English,
Polish and pseudo-localized (every text 40 % longer), as the employee screens do
(tests/qt/test_layout.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from advocate_desktop.ui.studio.key_dialog import NewKeyDialog
from advocate_desktop.ui.studio.window import StudioWindow
from tests.qt import layout_checks
from tests.qt.conftest import Harness
from tests.qt.test_layout import LANGUAGES, SIZES, dialog_problems, language

__all__ = ["language"]  # the fixture, shared with the employee screens' checks


def laid_out(window: QWidget, size: QSize) -> None:
    window.resize(size)
    for _ in range(5):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def open_studio(harness: Harness, qtbot: QtBot) -> StudioWindow:
    window = harness.window()
    studio = window.open_studio()
    studio.create_pack("Layout")
    qtbot.waitUntil(lambda: studio.document.is_open, timeout=30000)
    harness.idle(window)
    # Bring out the longest texts: a blocked suggested text and an image without alt text.
    items = studio.items
    items.list.setCurrentRow(0)
    items.tabs.setCurrentIndex(2)
    items.post.text.setPlainText("Orbis " + "words to make it long " * 20)
    qtbot.waitUntil(lambda: items.verdict.text() != "", timeout=30000)
    harness.idle(window)
    return studio


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
def test_every_studio_page_lays_out_without_clipping(
    harness: Harness, qtbot: QtBot, language: str, size: QSize
) -> None:
    studio = open_studio(harness, qtbot)
    laid_out(studio, size)
    assert studio.size() == size, (studio.minimumSizeHint(), size)
    found = []
    for page in range(studio.tabs.count()):
        studio.tabs.setCurrentIndex(page)
        if studio.tabs.widget(page) is studio.items:
            for sub in range(studio.items.tabs.count()):
                studio.items.tabs.setCurrentIndex(sub)
                laid_out(studio, size)
                name = f"{studio.tabs.tabText(page)}/{studio.items.tabs.tabText(sub)}"
                found += [f"{name}: {line}" for line in layout_checks.problems(studio)]
            continue
        laid_out(studio, size)
        found += [f"{studio.tabs.tabText(page)}: {line}" for line in layout_checks.problems(studio)]
    assert not found, "\n".join(found)
    # A label's mnemonic needs a buddy, or the "&" shows as it is.
    bare = [
        label.text()
        for label in studio.findChildren(QLabel)
        if "&" in label.text().replace("&&", "") and label.buddy() is None
    ]
    assert not bare, bare
    studio.document.open(None, None, None)
    studio.close()


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_the_new_key_dialog_fits_a_small_screen(qtbot: QtBot, language: str) -> None:
    dialog = NewKeyDialog()
    qtbot.addWidget(dialog)
    found = [f"keyring: {line}" for line in dialog_problems(dialog)]
    dialog.encrypted.setChecked(True)
    found += [f"encrypted file: {line}" for line in dialog_problems(dialog)]
    dialog.plain.setChecked(True)
    found += [f"plain file: {line}" for line in dialog_problems(dialog)]
    bare = [
        label.text()
        for label in dialog.findChildren(QLabel)
        if "&" in label.text().replace("&&", "") and label.buddy() is None
    ]
    dialog.close()
    assert not found, "\n".join(found)
    assert not bare, bare
