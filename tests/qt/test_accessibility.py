"""What a screen reader hears: every control named as it is labelled, a logical Tab order,
findings announced, and colours readable (WCAG AA) in light and dark palettes."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QColor, QPalette
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLabel, QStyleFactory, QWidget
from pytestqt.qtbot import QtBot

from advocate_desktop.policy.model import Severity
from advocate_desktop.ui.colors import (
    apply_color_scheme,
    dark_palette,
    is_dark,
    severity_color,
    tone_color,
)
from advocate_desktop.ui.contrast import AA_TEXT, Tone, contrast_ratio
from advocate_desktop.ui.employee.main_window import MainWindow
from advocate_desktop.ui.i18n import install_translators
from tests.qt.conftest import Harness
from tests.qt.test_layout import STRESS, fill_the_editor


def _plain(text: str) -> str:
    """A label's words as heard: no accelerator '&', no trailing colon, one space."""
    return re.sub(r"\s+", " ", text.replace("&&", "\0").replace("&", "").replace("\0", "&")).strip(
        " :"
    )


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, widget
    return interface.text(QAccessible.Text.Name)


def heard_names(widget: QWidget) -> list[str]:
    """The names a screen reader may say for ``widget``: its own, and the labels it
    is "labelled by" (on Linux a drop-down list's name is its current choice, and
    its label comes by that relation)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, widget
    names = [interface.text(QAccessible.Text.Name), widget.accessibleName()]
    for other, _relation in interface.relations(QAccessible.RelationFlag.Label):
        names.append(other.text(QAccessible.Text.Name))
    return [name for name in names if name.strip()]


def naming_problems(top: QWidget) -> list[str]:
    """Every control reachable by Tab has a name; a control with a visible label is
    named as the label says; a label is heard as it reads."""
    found = []
    buddies = {
        id(label.buddy()): label
        for label in top.findChildren(QLabel)
        if label.buddy() is not None and label.isVisibleTo(top)
    }
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top):
            continue
        parent = widget.parentWidget()
        if parent is not None and (
            parent.focusProxy() is widget
            or widget.focusProxy() is parent
            or isinstance(parent, QAbstractSpinBox)
        ):
            continue  # a spin box's or combo box's own field: the box is what is named
        where = f"{type(widget).__name__} {widget.objectName()!r} in {type(parent).__name__}"
        names = heard_names(widget)
        focusable = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if focusable and not names:
            found.append(f"{where} has no accessible name")
        label = buddies.get(id(widget))
        wanted = _plain(label.text()).casefold() if label is not None else ""
        if wanted and not any(wanted in _plain(name).casefold() for name in names):
            found.append(f"{where} is labelled {label.text()!r} but named {names!r}")
        own = widget.accessibleName()
        if (
            isinstance(widget, QLabel)
            and widget.text()
            and own
            and _plain(own) != _plain(widget.text())
        ):
            found.append(f"label {widget.text()[:50]!r} is heard as {own!r}")
    return found


@pytest.fixture(params=["en", "pl"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translators = install_translators(qapp, request.param)
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English))


def test_every_control_of_the_main_window_has_its_label_as_name(
    harness: Harness, language: str
) -> None:
    window = harness.window()
    found = naming_problems(window)  # nothing open yet
    assert not found, "\n".join(found)
    fill_the_editor(harness, window)
    assert not window.editor.ack.isHidden()
    found = naming_problems(window)
    window.tabs.setCurrentWidget(window.queue)
    QApplication.processEvents()
    found += naming_problems(window)
    assert not found, "\n".join(found)
    # What the issue heard: the search field nameless, labels heard by a fixed word.
    assert accessible_name(window.feed.search)
    assert accessible_name(window.editor.counts) == window.editor.counts.text()
    assert accessible_name(window.editor.saved) == window.editor.saved.text()


def test_every_control_of_the_settings_and_accounts_has_a_name(
    harness: Harness, qtbot: QtBot, language: str
) -> None:
    window = harness.window()
    dialog = window.settings_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    found = []
    for page in range(dialog.pages.count()):
        dialog.pages.setCurrentIndex(page)
        harness.idle(window)
        found += [f"{dialog.pages.tabText(page)}: {line}" for line in naming_problems(dialog)]
    adding = dialog.accounts_page.start_adding()
    qtbot.addWidget(adding)
    found += [f"add account: {line}" for line in naming_problems(adding)]
    adding.close()
    dialog.close()
    assert not found, "\n".join(found)


def test_the_checks_find_a_nameless_control_and_a_label_heard_wrongly(harness: Harness) -> None:
    window = harness.window()
    window.feed.search.setPlaceholderText("")
    window.feed.search.setAccessibleName("")
    window.editor.saved.setText("Draft saved")
    window.editor.saved.setAccessibleName("Autosave state")
    found = naming_problems(window)
    assert any("QLineEdit" in line and "no accessible name" in line for line in found), found
    assert any("heard as 'Autosave state'" in line for line in found), found


def test_tab_goes_through_the_write_tab_in_reading_order(harness: Harness) -> None:
    window: MainWindow = harness.window()
    fill_the_editor(harness, window)
    feed, editor = window.feed, window.editor
    expected = [
        window.tabs.tabBar(),
        feed.search,
        feed.campaign,
        feed.language,
        feed.network,
        feed.list,
        editor.text,
        editor.previews.network,
        editor.account,
        editor.picker.when,
        editor.picker.zone,
        editor.ack,
        editor.policy.list,
    ]
    window.activateWindow()
    window.tabs.tabBar().setFocus(Qt.FocusReason.TabFocusReason)
    reached: list[QWidget] = []
    widget: QWidget = window.tabs.tabBar()
    for _ in range(60):
        if widget in expected and widget not in reached:
            reached.append(widget)
        widget = widget.nextInFocusChain()
        if widget is window.tabs.tabBar():
            break
    assert reached == expected
    # Every control of the Write tab is in that chain (none skipped by Tab).
    chain, widget = [], window.tabs.tabBar().nextInFocusChain()
    while widget is not window.tabs.tabBar():
        chain.append(widget)
        widget = widget.nextInFocusChain()
    for control in (editor.publish_now_button, editor.schedule_button, editor.policy.fix_button):
        assert control in chain
        assert chain.index(editor.ack) < chain.index(control) or control is editor.policy.fix_button


def test_findings_are_announced_to_a_screen_reader(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    announced: list[tuple[QAccessible.Event, str]] = []

    def record(event: QAccessibleEvent) -> None:
        message = event.message() if hasattr(event, "message") else ""
        announced.append((event.type(), message))

    monkeypatch.setattr(QAccessible, "isActive", staticmethod(lambda: True))
    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(record))
    window = harness.window()
    window.feed.open_row(0)
    harness.idle(window)
    editor = window.editor
    editor.text.setPlainText(editor.text.toPlainText() + STRESS)
    editor.run_check()
    harness.idle(window)
    harness.qtbot.waitUntil(lambda: editor.policy.list.count() >= 2, timeout=5000)
    said = [m for kind, m in announced if kind == QAccessible.Event.Announcement]
    assert said and said[-1] == editor.policy.summary.text()
    assert "block publishing" in said[-1]
    # The same result again is not said twice.
    count = len(said)
    editor.run_check()
    harness.idle(window)
    assert len([m for k, m in announced if k == QAccessible.Event.Announcement]) == count


def test_colours_follow_the_system_switching_to_dark_mode(
    harness: Harness, qapp: QApplication
) -> None:
    window = harness.window()
    fill_the_editor(harness, window)
    light = qapp.palette()
    assert not is_dark(light)
    reason = window.editor.reason
    finding = window.editor.policy.list.item(0)

    def readable(colour: QColor, background: QColor) -> bool:
        return contrast_ratio(colour.name(), background.name()) >= AA_TEXT

    assert readable(reason.palette().color(QPalette.ColorRole.WindowText), light.window().color())
    try:
        qapp.setPalette(dark_palette())  # what Qt does when the system turns dark
        QApplication.processEvents()
        dark = qapp.palette()
        assert is_dark(dark)
        colour = reason.palette().color(QPalette.ColorRole.WindowText)
        assert colour == tone_color(Tone.ERROR, dark)
        assert readable(colour, dark.window().color())
        foreground = finding.foreground().color()
        assert readable(foreground, dark.base().color()), foreground.name()
        banner = window.policy_banner.palette()
        assert readable(
            banner.color(QPalette.ColorRole.WindowText), banner.color(QPalette.ColorRole.Window)
        )
    finally:
        qapp.setPalette(light)
        QApplication.processEvents()
    assert reason.palette().color(QPalette.ColorRole.WindowText) == tone_color(Tone.ERROR, light)
    for severity in Severity:
        assert readable(severity_color(severity, light), light.base().color())


def test_no_hard_coded_colour_is_left_in_the_interface() -> None:
    """Colours come from ui/contrast.py (checked for contrast) or the palette."""
    from pathlib import Path

    ui = Path(__file__).resolve().parents[2] / "advocate_desktop" / "ui"
    allowed = {"contrast.py", "accounts_page.py"}  # network badges: white on their brand colour
    offenders = [
        f"{path.name}: {line.strip()}"
        for path in sorted(ui.glob("*.py"))
        if path.name not in allowed
        for line in path.read_text(encoding="utf-8").splitlines()
        if re.search(r"(QColor\(\"#|setStyleSheet\(.*(color|background))", line)
    ]
    assert not offenders, "\n".join(offenders)


_ = QCoreApplication  # the tests above install translators on the running application


def test_a_style_that_stays_light_in_dark_mode_is_replaced(
    harness: Harness, qapp: QApplication
) -> None:
    """The classic Windows style keeps a light palette when the system turns dark:
    the app then takes Fusion with a dark palette, and back."""
    window = harness.window()
    fill_the_editor(harness, window)
    style, light = qapp.style().name(), qapp.palette()
    try:
        apply_color_scheme(qapp, Qt.ColorScheme.Dark)
        QApplication.processEvents()
        assert is_dark(qapp.palette())
        reason = window.editor.reason.palette().color(QPalette.ColorRole.WindowText)
        assert reason == tone_color(Tone.ERROR, qapp.palette())
        apply_color_scheme(qapp, Qt.ColorScheme.Dark)  # already dark: nothing changes
        apply_color_scheme(qapp, Qt.ColorScheme.Light)
        assert not is_dark(qapp.palette())
    finally:
        qapp.setStyle(QStyleFactory.create(style))
        qapp.setPalette(light)
        QApplication.processEvents()


def test_tab_goes_through_the_queue_in_reading_order(harness: Harness) -> None:
    window: MainWindow = harness.window()
    queue = window.queue
    expected = [
        queue.state_filter,
        queue.account_filter,
        queue.network_filter,
        queue.table,
        queue.post_text,
        queue.history,
        queue.confirm_button,
        queue.reschedule_button,
        queue.cancel_button,
        queue.edit_button,
        queue.open_button,
    ]
    chain: list[QWidget] = []
    widget = window.tabs.tabBar().nextInFocusChain()
    while widget is not window.tabs.tabBar():
        chain.append(widget)
        widget = widget.nextInFocusChain()
    assert all(control in chain for control in expected)
    assert [c for c in chain if c in expected] == expected
