"""Screenshots of the editor with a post's images (English and Polish), on a throwaway HOME.

Run under Xvfb or offscreen: ``.venv/bin/python scripts/screenshots_images.py [out-dir]``.
Output: docs/screenshots/editor-images.png and editor-images-pl.png (or ``out-dir``).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    scratch = Path(tempfile.mkdtemp(prefix="advocate-image-shots-"))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        os.environ[name] = str(scratch / name.lower())
    os.environ["HOME"] = str(scratch / "home")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PIL import Image, ImageDraw
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from advocate_desktop.paths import AppPaths
    from advocate_desktop.schedule.clock import SystemClock
    from advocate_desktop.services.app_services import build_services
    from advocate_desktop.ui.employee.main_window import MainWindow
    from advocate_desktop.ui.i18n import install_translators
    from advocate_desktop.ui.tasks import TaskRunner

    app = QApplication(sys.argv[:1])
    out.mkdir(parents=True, exist_ok=True)
    photo = scratch / "team.png"
    image = Image.new("RGB", (640, 420), (32, 96, 160))
    drawing = ImageDraw.Draw(image)
    for n in range(6):
        drawing.ellipse((40 + n * 95, 150, 120 + n * 95, 300), fill=(240, 200 - n * 20, 120))
    image.save(photo)

    def settle(window: MainWindow, ms: int = 400) -> None:
        window.tasks.wait()
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()
        window.tasks.wait()
        QCoreApplication.processEvents()

    for language in ("en", "pl"):
        translators = install_translators(app, language)
        suffix = "" if language == "en" else "-pl"
        base = scratch / language
        paths = AppPaths(base / "data", base / "config", base / "cache", ())
        services = build_services(paths, SystemClock())
        services.accounts.add_outbox_account("Outbox (demo)", base / "outbox", "linkedin")
        window = MainWindow(services, TaskRunner(app), lambda: None)
        window.resize(1280, 780)
        window.show()
        window.start()
        settle(window, 600)
        window.feed.open_row(0)
        settle(window, 600)
        window.editor.add_image_files([photo])
        settle(window, 600)
        settle(window, 300)
        window.grab().save(str(out / f"editor-images{suffix}.png"))
        window.quit()
        settle(window)
        services.db.close()
        for translator in translators:
            app.removeTranslator(translator)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
