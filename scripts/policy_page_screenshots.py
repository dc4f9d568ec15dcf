"""Screenshots of the pack studio's Policy page in English and Polish, at 1024×640.

``python scripts/policy_page_screenshots.py`` (offscreen): the demo pack's policy with
sample posts, the rules list, a rule's form, and a confidential term's forms.
Output: docs/screenshots/studio-policy-*.png
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SIZE = (1024, 640)
SAMPLES = {
    "en": [
        ("#IWorkAtNordvik Our new NordvikPay release is out: try Nordvik pay today!", "en"),
        ("Great day with the Orbis team, more soon", "en"),
        ("#pracujęwNordvik Spotkanie z klientem Orbisem poszło świetnie", "pl"),
    ],
}


def main() -> int:
    scratch = Path(tempfile.mkdtemp(prefix="advocate-policy-shots-"))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        os.environ[name] = str(scratch / name.lower())
    os.environ["HOME"] = str(scratch / "home")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from advocate_desktop.paths import demo_pack_dir
    from advocate_desktop.services.policy_editing import Sample
    from advocate_desktop.ui.i18n import install_translators
    from advocate_desktop.ui.studio.policy_page import PolicyPage
    from advocate_desktop.ui.tasks import TaskRunner

    app = QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    document = json.loads((demo_pack_dir() / "policy.json").read_text(encoding="utf-8"))
    samples = [Sample(text, language) for text, language in SAMPLES["en"]]

    def settle(tasks: TaskRunner, ms: int = 400) -> None:
        for _ in range(200):
            loop = QEventLoop()
            QTimer.singleShot(ms if _ == 0 else 50, loop.quit)
            loop.exec()
            QCoreApplication.processEvents()
            if tasks.pending == 0:
                break
        loop = QEventLoop()
        QTimer.singleShot(200, loop.quit)
        loop.exec()

    def save(widget: QWidget, name: str) -> None:
        widget.grab().save(str(OUT / name))
        print(OUT / name)

    for language in ("en", "pl"):
        translators = install_translators(app, language)
        suffix = "" if language == "en" else "-pl"
        tasks = TaskRunner()
        page = PolicyPage(tasks, document, samples=samples)
        page.resize(*SIZE)
        page.show()
        page.rules.selectRow(0)
        settle(tasks, 1500)
        save(page, f"studio-policy{suffix}.png")
        page.edit_rule(2)
        settle(tasks)
        save(page, f"studio-policy-rule{suffix}.png")
        page.form.cancelled.emit()
        page.tabs.setCurrentWidget(page.terms)
        page.terms.terms.setCurrentRow(4)
        settle(tasks, 1500)
        save(page, f"studio-policy-terms{suffix}.png")
        page.close()
        tasks.wait()
        page.deleteLater()
        settle(tasks, 100)
        for translator in translators:
            app.removeTranslator(translator)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
