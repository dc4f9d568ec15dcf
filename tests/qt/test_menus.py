"""Menus where people look for them, and the keys they expect."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from advocate_desktop.ui.employee.main_window import MainWindow
from tests.qt.conftest import Harness


def menu_titles(window: MainWindow) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for action in window.menuBar().actions():
        menu = action.menu()
        found[action.text()] = [a.text() for a in menu.actions() if not a.isSeparator()]
    return found


def test_settings_is_in_the_edit_menu_with_find_undo_and_redo(harness: Harness) -> None:
    window = harness.window()
    menus = menu_titles(window)
    assert list(menus) == ["&File", "&Edit", "&Posts", "&Help"]
    assert menus["&Edit"] == ["&Undo", "&Redo", "&Find content…", "&Settings…"]
    assert "&Settings…" not in menus["&Posts"]
    assert menus["&Posts"][:2] == ["&Schedule", "Publish &now"]


def test_the_main_actions_have_shortcuts(harness: Harness) -> None:
    window = harness.window()
    assert QKeySequence("Ctrl+Y") in window.redo_action.shortcuts()
    assert QKeySequence("Ctrl+,") in window.settings_action.shortcuts()
    assert window.find_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    assert window.schedule_action.shortcut() == QKeySequence("Ctrl+Return")
    assert window.publish_now_action.shortcut() == QKeySequence("Ctrl+Shift+Return")


def test_ctrl_y_redoes_what_ctrl_z_undid(harness: Harness, qtbot: QtBot) -> None:
    window = harness.window()
    window.feed.open_row(0)
    harness.idle(window)
    text = window.editor.text
    before = text.toPlainText()
    text.setFocus()
    text.moveCursor(text.textCursor().MoveOperation.End)
    qtbot.keyClicks(text, " dodane")
    assert text.toPlainText() == before + " dodane"
    window.undo_action.trigger()
    assert text.toPlainText() != before + " dodane"
    assert window.redo_action.isEnabled()
    window.redo_action.trigger()
    assert text.toPlainText() == before + " dodane"


def test_ctrl_f_goes_to_the_content_search(harness: Harness, qtbot: QtBot) -> None:
    window = harness.window()
    window.tabs.setCurrentIndex(1)
    window.find_action.trigger()
    assert window.tabs.currentIndex() == 0
    assert QApplication.focusWidget() is window.feed.search or window.feed.search.hasFocus()


def test_tab_leaves_the_post_text_instead_of_typing_a_tab(harness: Harness, qtbot: QtBot) -> None:
    window = harness.window()
    window.feed.open_row(0)
    harness.idle(window)
    text = window.editor.text
    before = text.toPlainText()
    text.setFocus()
    qtbot.keyClick(text, Qt.Key.Key_Tab)
    assert "\t" not in text.toPlainText() and text.toPlainText() == before


def test_a_long_status_message_is_readable_with_its_whole_text_one_click_away(
    harness: Harness, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Status-bar errors were cut off and showed temporary paths."""
    from PySide6.QtWidgets import QMessageBox

    window = harness.window()
    text = (
        "Sharing failed: [Errno 13] Permission denied:"
        " '/tmp/pytest-of-root/pytest-7/share0/clipboard.txt'\\nmore of the story"
    ).replace("\\n", "\n")
    window.show_message(text)
    shown = window.statusBar().currentMessage()
    assert shown == "Sharing failed: [Errno 13] Permission denied: 'clipboard.txt'"
    assert window.details_button.isVisibleTo(window)
    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, body: seen.append(body))
    window.details_button.click()
    assert seen == [text]
    window.show_message("Draft saved")
    assert not window.details_button.isVisibleTo(window)


def test_no_status_message_keeps_an_older_messages_details_button(
    harness: Harness, qtbot: QtBot
) -> None:
    """Loading content wrote to the status bar directly, so *Details…* stayed visible
    beside a message that had none."""
    from pathlib import Path

    import advocate_desktop.ui as ui
    from advocate_desktop.ui.employee.main_window import CloseChoice
    from advocate_desktop.ui.tasks import TaskRunner

    services = harness.services()
    window = MainWindow(services, TaskRunner(), lambda: None)
    window.ask_before_closing = lambda: CloseChoice.QUIT  # type: ignore[method-assign]
    qtbot.addWidget(window)
    window.show()
    window.show_message("Sharing failed\nwith a long story behind it")
    assert window.details_button.isVisibleTo(window)
    with qtbot.waitSignal(window.ready, timeout=30000):
        window.start()
    harness.idle(window)
    harness.opened.append((window, services))
    assert "approved content" in window.statusBar().currentMessage()
    assert not window.details_button.isVisibleTo(window)
    direct = [
        path.name
        for path in Path(ui.__file__).parent.rglob("*.py")
        if "studio" not in path.parts  # the studio's window has its own status bar
        for line in path.read_text(encoding="utf-8").splitlines()
        if "statusBar().showMessage(" in line
    ]
    assert direct == ["main_window.py"], "status messages go through MainWindow.show_message"
