"""The main window, the settings and the accounts lay out without clipping at 1366×768
and 1024×640, in English, Polish and pseudo-localized (every text 40 % longer), and at
200 % on a 2560×1440 screen (a subprocess: the scale is fixed when Qt starts)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QCoreApplication, QLocale, QRect, QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from advocate_desktop.ui.employee.consent import ConsentDialog
from advocate_desktop.ui.employee.main_window import MainWindow
from advocate_desktop.ui.i18n import install_translators, pseudo_localize
from advocate_desktop.ui.sizing import (
    FRAME_ALLOWANCE,
    GEOMETRY_KEY,
    fitted_geometry,
    kept_on_screen,
    window_settings,
)
from tests.qt import layout_checks
from tests.qt.conftest import Harness

ROOT = Path(__file__).resolve().parents[2]
SIZES = [QSize(1366, 768), QSize(1024, 640)]
LANGUAGES = ["en", "pl", "pseudo"]
# Text that brings out everything the editor can show at once: a blocking finding
# (the reason under the buttons), warnings (the box to tick) and a post too long for X.
STRESS = (
    " Our work with Orbis made this possible. Zajebista robota!"
    " Slides: https://bit.ly/nv-slides " + "More words to make it long. " * 6
)


# The offscreen platform's font is 9 pt; desktops use 10 to 11 pt (GNOME, KDE, Windows
# at 125 %): the layouts are checked with the larger one.
DESKTOP_POINT_SIZE = 11


def desktop_font(app: QApplication) -> QFont:
    """Sets the desktop-sized font; returns the one it replaced."""
    before = app.font()
    font = QFont(before)
    font.setPointSize(DESKTOP_POINT_SIZE)
    app.setFont(font)
    return before


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    app = qapp
    before = desktop_font(app)
    code: str = request.param
    translators = (
        install_translators(app, "en", pseudo=True)
        if code == "pseudo"
        else install_translators(app, code)
    )
    yield code
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English))
    app.setFont(before)


def fill_the_editor(harness: Harness, window: MainWindow) -> None:
    window.feed.open_row(0)
    harness.idle(window)
    editor = window.editor
    editor.text.setPlainText(editor.text.toPlainText() + STRESS)
    editor.run_check()
    harness.idle(window)
    harness.qtbot.waitUntil(lambda: editor.policy.list.count() >= 2, timeout=5000)


def laid_out(window: MainWindow, size: QSize) -> None:
    """Resized, and every layout (and deferred scroll-area fit) has run."""
    window.resize(size)
    for _ in range(5):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
def test_the_main_window_lays_out_without_clipping(
    harness: Harness, language: str, size: QSize
) -> None:
    window = harness.window()
    fill_the_editor(harness, window)
    editor = window.editor
    assert editor.reason.text() and not editor.ack.isHidden()
    laid_out(window, size)
    # The window's minimum size never makes it larger than the screen it is on.
    assert window.size() == size, (window.minimumSizeHint(), size)
    actions = [editor.publish_now_button, editor.schedule_button, editor.reason, editor.ack]
    found = layout_checks.problems(window, actions)
    assert not found, "\n".join(found)
    # The policy panel's heading is whole, the preview chooser lists every network.
    assert editor.policy.heading.height() >= editor.policy.heading.heightForWidth(
        editor.policy.heading.width()
    )
    assert editor.previews.network.count() == len(editor.previews.labels)

    window.tabs.setCurrentWidget(window.queue)
    QApplication.processEvents()
    found = layout_checks.problems(window)
    assert not found, "\n".join(found)


SMALL_SCREEN = QSize(1024, 640) - FRAME_ALLOWANCE


def dialog_problems(dialog: QWidget, room: QSize = SMALL_SCREEN) -> list[str]:
    """A dialog opened at its preferred size as far as ``room`` allows: what does not
    fit, or is clipped, there."""
    minimum = dialog.minimumSizeHint()
    if minimum.width() > room.width() or minimum.height() > room.height():
        return [f"{type(dialog).__name__} needs at least {minimum}, the screen has {room}"]
    size = dialog.sizeHint().boundedTo(room)
    layout = dialog.layout()
    if layout is not None and layout.hasHeightForWidth():
        size.setHeight(max(size.height(), layout.totalHeightForWidth(size.width())))
        if size.height() > room.height():
            return [f"{type(dialog).__name__} needs {size.height()} px of height at its width"]
    dialog.resize(size)
    dialog.show()
    QApplication.processEvents()
    return layout_checks.problems(dialog)


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_the_settings_and_accounts_fit_a_small_screen(
    harness: Harness, qtbot: QtBot, language: str
) -> None:
    window = harness.window()
    dialog = window.settings_dialog()
    qtbot.addWidget(dialog)
    found = []
    for page in range(dialog.pages.count()):
        dialog.pages.setCurrentIndex(page)
        found += [f"{dialog.pages.tabText(page)}: {line}" for line in dialog_problems(dialog)]
    adding = dialog.accounts_page.start_adding()
    qtbot.addWidget(adding)
    found += [f"add account: {line}" for line in dialog_problems(adding)]
    adding.close()
    dialog.close()
    assert not found, "\n".join(found)


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_the_consent_screen_and_the_policy_rules_fit_a_small_screen(
    harness: Harness, qtbot: QtBot, language: str
) -> None:
    consent = ConsentDialog()
    qtbot.addWidget(consent)
    found = [f"consent: {line}" for line in dialog_problems(consent)]
    consent.close()
    window = harness.window()
    window.open_policy_rules()
    harness.idle(window)
    rules = window.policy_rules
    found += [f"policy rules: {line}" for line in dialog_problems(rules)]
    rules.close()
    assert not found, "\n".join(found)


def test_the_checks_find_a_clipped_label_and_a_button_out_of_sight(
    harness: Harness, language: str = "en"
) -> None:
    """The checks themselves: a window squeezed below what it needs is reported."""
    window = harness.window()
    fill_the_editor(harness, window)
    heading = window.editor.policy.heading
    heading.setWordWrap(False)
    heading.setText("A policy heading too long for its width")
    heading.setFixedWidth(60)
    laid_out(window, QSize(1024, 640))
    found = layout_checks.problems(window, [window.editor.schedule_button])
    assert any("policy heading" in line for line in found), found
    window.editor.schedule_button.move(window.width() + 10, 0)
    found = layout_checks.problems(window, [window.editor.schedule_button])
    assert any("not wholly in sight" in line for line in found), found


def test_pseudo_localization_keeps_placeholders_and_lengthens_text() -> None:
    text = "Sync failed; next try at %1 &File %n\n<b>x</b> &amp;"
    pseudo = pseudo_localize(text)
    assert pseudo.startswith("[") and pseudo.endswith("]")
    for kept in ("%1", "&F", "%n", "\n", "<b>", "</b>", "&amp;"):
        assert kept in pseudo
    assert len(pseudo) >= len(text) * 1.4
    assert "Sync" not in pseudo  # accented: "Šýńć"
    assert pseudo_localize("") == ""


def test_the_pseudo_translator_lengthens_every_string_and_counts_plurals(
    qapp: QApplication,
) -> None:
    translators = install_translators(qapp, "en", pseudo=True)
    try:
        one = QCoreApplication.translate("PolicyPanel", "%n warning(s)", "", 1)
        three = QCoreApplication.translate("PolicyPanel", "%n warning(s)", "", 3)
        assert one.startswith("[1 ") and "ŵåřńîńĝ" in one and "ŵåřńîńĝš" not in one
        assert three.startswith("[3 ") and "ŵåřńîńĝš" in three
        cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
        assert cancel.startswith("[Ćåńćéĺ")
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_the_first_start_fits_the_screen_and_a_saved_place_comes_back(
    harness: Harness,
) -> None:
    assert fitted_geometry(QRect(0, 0, 1280, 720)).size() == QSize(1200, 720 - 48)
    assert fitted_geometry(QRect(0, 0, 1920, 1080)).size() == QSize(1200, 760)
    small = fitted_geometry(QRect(0, 0, 1024, 640))
    assert QRect(0, 0, 1024, 640).contains(small)
    # A place saved on a monitor since unplugged comes back on the one there is.
    gone = kept_on_screen(QRect(3000, 200, 1800, 1000), [QRect(0, 0, 1366, 728)])
    assert QRect(0, 0, 1366, 728).contains(gone) and gone.width() <= 1366 - 16
    assert kept_on_screen(QRect(100, 100, 800, 600), [QRect(0, 0, 1920, 1040)]) == QRect(
        100, 100, 800, 600
    )

    window = harness.window()
    available = window.screen().availableGeometry()
    assert available.contains(window.geometry())
    window.setGeometry(QRect(40, 60, 700, 500))
    harness.close(window)
    settings = window_settings(harness.paths.config_dir)
    assert isinstance(settings.value(GEOMETRY_KEY), QByteArray)
    again = harness.window()
    assert again.geometry() == QRect(40, 60, 700, 500)
    harness.close(again)

    # A damaged file is ignored: the window is sized to the screen again.
    settings.setValue(GEOMETRY_KEY, QByteArray(b"not a geometry"))
    settings.sync()
    third = harness.window()
    assert third.geometry() == fitted_geometry(available)


@pytest.mark.parametrize("language", LANGUAGES)
def test_at_200_percent_on_2560x1440_the_window_fits_and_nothing_is_clipped(
    tmp_path: Path, language: str
) -> None:
    screens = tmp_path / "screens.json"
    screens.write_text(
        json.dumps(
            {"screens": [{"name": "qhd", "x": 0, "y": 0, "width": 2560, "height": 1440, "dpr": 1}]}
        )
    )
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM=f"offscreen:configfile={screens}", QT_SCALE_FACTOR="2")
    done = subprocess.run(
        [sys.executable, "-m", "tests.qt.layout_probe", language, str(tmp_path / "profile")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["screen"] == [1280, 720] and report["ratio"] == 2.0
    x, y, width, height = report["window"]
    assert x >= 0 and y >= 0 and x + width <= 1280 and y + height <= 720, report
    assert not report["problems"], "\n".join(report["problems"])
