"""How the post reads on each network: a chooser and the chosen network's text.

A row of tabs hid the last networks behind scroll arrows in a narrow window (and
in Polish); a drop-down list never hides one, and a line below names every
network the post is too long for, so nothing is said by colour alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from advocate_desktop.networks.registry import label as network_label
from advocate_desktop.ui.colors import tint
from advocate_desktop.ui.contrast import Tone
from advocate_desktop.ui.plain import plain_label

if TYPE_CHECKING:
    from advocate_desktop.ui.post_editor import PreviewTab

# Lines of preview text shown before it scrolls.
PREVIEW_LINES = 4


class NetworkPreviews(QWidget):
    def __init__(self, networks: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._networks = tuple(networks)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.caption = QLabel(self.tr("Preview on:"))
        self.caption.setWordWrap(True)
        row.addWidget(self.caption)
        self.network = QComboBox()
        self.network.setAccessibleName(self.tr("Preview on"))
        self.network.setAccessibleDescription(
            self.tr("The network whose preview is shown, with the post's length there")
        )
        # Sized to a short name, not to the longest entry, so it never widens the window.
        self.network.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.network.setMinimumContentsLength(14)
        self.caption.setBuddy(self.network)
        row.addWidget(self.network, 1)
        column.addLayout(row)
        self.too_long = plain_label()
        self.too_long.setWordWrap(True)
        self.too_long.setAccessibleDescription(self.tr("Networks the post is too long for"))
        self.too_long.setVisible(False)
        tint(self.too_long, Tone.ERROR)
        column.addWidget(self.too_long)
        self.stack = QStackedWidget()
        self.labels: dict[str, QLabel] = {}
        for network in self._networks:
            label = QLabel()
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleDescription(
                self.tr("Preview on %1").replace("%1", network_label(network))
            )
            scroll = QScrollArea()
            scroll.setWidget(label)
            scroll.setWidgetResizable(True)
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.labels[network] = label
            self.stack.addWidget(scroll)
            self.network.addItem(network_label(network), network)
        lines = self.fontMetrics().lineSpacing() * PREVIEW_LINES + 8
        self.stack.setMinimumHeight(self.fontMetrics().lineSpacing() * 2 + 8)
        self.stack.setMaximumHeight(lines)
        self.stack.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        column.addWidget(self.stack)
        self.network.currentIndexChanged.connect(self.stack.setCurrentIndex)

    def choose(self, network: str) -> None:
        index = self.network.findData(network)
        if index >= 0:
            self.network.setCurrentIndex(index)

    def current_network(self) -> str:
        return str(self.network.currentData() or "")

    def show_previews(self, previews: Sequence[PreviewTab]) -> None:
        """Each network's count against its limit, and the text as it will read there."""
        over = []
        for tab in previews:
            index = self.network.findData(tab.network)
            if index < 0:
                continue
            text = f"{tab.label} {tab.length}/{tab.limit}"
            if not tab.fits:
                text = self.tr("%1 (too long)").replace("%1", text)
                over.append(tab.label)
            self.network.setItemText(index, text)
            self.labels[tab.network].setText(tab.shown)
        self.too_long.setText(
            self.tr("Too long for: %1").replace("%1", ", ".join(over)) if over else ""
        )
        self.too_long.setVisible(bool(over))

    def clear(self) -> None:
        """No preview (no draft, or a text too long to check)."""
        for index, network in enumerate(self._networks):
            self.network.setItemText(index, network_label(network))
            self.labels[network].clear()
        self.too_long.clear()
        self.too_long.setVisible(False)
