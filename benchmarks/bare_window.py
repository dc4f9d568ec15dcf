"""The baseline: a bare PySide6 QMainWindow, shown and painted once."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, lambda: print("ready", file=sys.stderr, flush=True))
        return False


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1200, 760)
    painted = FirstPaint()
    window.installEventFilter(painted)
    window.show()
    window.repaint()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
