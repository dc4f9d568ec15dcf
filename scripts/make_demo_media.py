"""Draws the demo pack's images (run once; the PNGs are committed).

Usage: python scripts/make_demo_media.py
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QLinearGradient, QPainter

PALETTE = ["#0b6e4f", "#1d4e89", "#b23a48", "#7b2cbf", "#e36414"]


def draw(path: Path, title: str, campaign: str, index: int) -> None:
    image = QImage(640, 360, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    gradient = QLinearGradient(0, 0, 640, 360)
    gradient.setColorAt(0, QColor(PALETTE[index % len(PALETTE)]))
    gradient.setColorAt(1, QColor(PALETTE[(index + 2) % len(PALETTE)]).darker(140))
    painter.fillRect(image.rect(), gradient)
    painter.setPen(QColor(255, 255, 255, 60))
    for step in range(0, 640, 40):
        painter.drawLine(step, 360, step + 200, 0)
    painter.setPen(QColor("white"))
    font = QFont("DejaVu Sans", 14)
    painter.setFont(font)
    painter.drawText(QRectF(32, 28, 576, 30), campaign.upper())
    font.setPointSize(26)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(QRectF(32, 80, 576, 240), Qt.TextFlag.TextWordWrap, title)
    font.setPointSize(12)
    font.setBold(False)
    painter.setFont(font)
    painter.drawText(QRectF(32, 320, 576, 24), "Nordvik · demo")
    painter.end()
    image.save(str(path))


def main() -> int:
    app = QGuiApplication(sys.argv)
    pack = Path(__file__).resolve().parent.parent / "resources" / "demo-pack"
    feed = json.loads((pack / "feed.json").read_text(encoding="utf-8"))
    for index, item in enumerate(feed["items"]):
        draw(pack / item["image"], item["title"], item["_advocacy"]["campaign"], index // 2)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
