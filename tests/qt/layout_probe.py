"""Starts the main window as on a first start and reports what is clipped, as JSON.

``python -m tests.qt.layout_probe LANGUAGE PROFILE`` (en, pl or pseudo); run by
tests/qt/test_layout.py with QT_SCALE_FACTOR=2 on an offscreen 2560×1440 screen.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main(language: str, profile: Path) -> int:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from advocate_desktop.paths import AppPaths
    from advocate_desktop.schedule.clock import SystemClock
    from advocate_desktop.services.app_services import build_services
    from advocate_desktop.ui.employee.main_window import MainWindow
    from advocate_desktop.ui.i18n import install_translators
    from advocate_desktop.ui.tasks import TaskRunner
    from tests.qt import layout_checks
    from tests.qt.test_layout import STRESS, desktop_font

    app = QApplication(sys.argv[:1])
    desktop_font(app)
    pseudo = language == "pseudo"
    translators = install_translators(app, "en" if pseudo else language, pseudo=pseudo)
    paths = AppPaths(profile / "data", profile / "config", profile / "cache", ())
    paths.ensure()
    services = build_services(paths, SystemClock())
    services.accounts.add_outbox_account("Outbox", profile / "outbox", "x")
    tasks = TaskRunner(app)
    window = MainWindow(services, tasks, lambda: None)
    window.show()
    window.start()

    def settle(ms: int) -> None:
        tasks.wait()
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()
        tasks.wait()
        app.processEvents()

    settle(500)
    window.feed.open_row(0)
    settle(400)
    editor = window.editor
    editor.text.setPlainText(editor.text.toPlainText() + STRESS)
    editor.run_check()
    settle(600)
    editor = window.editor
    found = layout_checks.problems(
        window, [editor.publish_now_button, editor.schedule_button, editor.reason]
    )
    window.tabs.setCurrentWidget(window.queue)
    app.processEvents()
    found += layout_checks.problems(window)
    screen = window.screen()
    geometry = window.geometry()
    report = {
        "screen": [screen.availableGeometry().width(), screen.availableGeometry().height()],
        "ratio": screen.devicePixelRatio(),
        "window": [geometry.x(), geometry.y(), geometry.width(), geometry.height()],
        "problems": found,
    }
    window.quit()
    tasks.wait()
    services.db.close()
    del translators
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], Path(sys.argv[2])))
