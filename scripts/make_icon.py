"""Draws the application icon PNGs from the SVG-like design.

Without arguments: the two PNGs the app loads (resources/icons, committed).
With ``--hicolor DIR``: the icon at every standard size of the freedesktop hicolor theme,
as DIR/<N>x<N>/apps/org.advocate_desktop.AdvocateDesktop.png (packaging/linux/build-deb.sh).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    p.setBrush(QBrush(QColor("#0b6e4f")))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 48 * s, 48 * s)
    bubble = QPainterPath()
    bubble.addRoundedRect(QRectF(48 * s, 56 * s, 160 * s, 112 * s), 28 * s, 28 * s)
    tail = QPainterPath()
    tail.moveTo(QPointF(84 * s, 160 * s))
    tail.lineTo(QPointF(72 * s, 204 * s))
    tail.lineTo(QPointF(120 * s, 164 * s))
    tail.closeSubpath()
    p.setBrush(QBrush(QColor("white")))
    p.drawPath(bubble.united(tail))
    p.setPen(QPen(QColor("#0b6e4f"), 14 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.drawLine(QPointF(88 * s, 112 * s), QPointF(116 * s, 138 * s))
    p.drawLine(QPointF(116 * s, 138 * s), QPointF(170 * s, 88 * s))
    p.end()
    return image


HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICON_NAME = "org.advocate_desktop.AdvocateDesktop"


def write_hicolor(root: Path) -> list[Path]:
    written = []
    for size in HICOLOR_SIZES:
        folder = root / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{ICON_NAME}.png"
        if not draw(size).save(str(target)):
            raise OSError(f"cannot write {target}")
        written.append(target)
    return written


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    if len(sys.argv) == 3 and sys.argv[1] == "--hicolor":
        write_hicolor(Path(sys.argv[2]))
        del app
        return 0
    icons = Path(__file__).resolve().parent.parent / "resources" / "icons"
    icons.mkdir(parents=True, exist_ok=True)
    draw(256).save(str(icons / "advocate-desktop.png"))
    draw(64).save(str(icons / "advocate-desktop-64.png"))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
