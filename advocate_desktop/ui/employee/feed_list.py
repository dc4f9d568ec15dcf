"""The approved items: thumbnail, title, campaign, language, and a "new" mark."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QImage, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from advocate_desktop.feed.model import FeedItem
from advocate_desktop.networks.registry import label as network_label
from advocate_desktop.networks.registry import text_targets
from advocate_desktop.text.search import matches, search_key
from advocate_desktop.ui.colors import tone_color
from advocate_desktop.ui.contrast import Tone
from advocate_desktop.ui.plain import plain_tip

THUMB = QSize(96, 54)
ItemRole = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass
class FeedEntry:
    source_id: int
    item: FeedItem
    is_new: bool
    thumbnail: QImage | None
    expired: bool = False
    origin: str = ""  # the source's title
    signer: str | None = None

    @cached_property
    def haystack(self) -> str:
        item = self.item
        return search_key(" ".join((item.title, item.summary, item.campaign, *item.hashtags)))


@dataclass(frozen=True)
class FeedFilters:
    needle: str = ""
    campaign: str | None = None
    language: str | None = None
    network: str | None = None

    def accepts(self, entry: FeedEntry) -> bool:
        item = entry.item
        if self.campaign is not None and item.campaign != self.campaign:
            return False
        if self.language is not None and item.language != self.language:
            return False
        if self.network is not None and self.network not in item.suggested:
            return False
        return matches(entry.haystack, self.needle)


class FeedListModel(QAbstractListModel):
    """All entries, and the ones the current filters let through.

    Filtering is a list comprehension over Python objects; a QSortFilterProxyModel
    would call back into Python once per row and stall the GUI on 10,000 items.
    """

    def __init__(self) -> None:
        super().__init__()
        self._all: list[FeedEntry] = []
        self._entries: list[FeedEntry] = []
        self._filters = FeedFilters()
        self._pixmaps: dict[int, QPixmap] = {}

    @property
    def all_entries(self) -> list[FeedEntry]:
        return self._all

    def set_entries(self, entries: list[FeedEntry]) -> None:
        self._all = entries
        self._apply()

    def set_filters(self, filters: FeedFilters) -> None:
        if filters != self._filters:
            self._filters = filters
            self._apply()

    def _apply(self) -> None:
        self.beginResetModel()
        accepts = self._filters.accepts
        self._entries = [e for e in self._all if accepts(e)]
        self._pixmaps.clear()
        self.endResetModel()

    def set_thumbnails(self, thumbnails: list[QImage | None]) -> None:
        """Thumbnails for the entries shown now (ignored if the list changed meanwhile)."""
        if len(thumbnails) != len(self._all):
            return
        for entry, thumbnail in zip(self._all, thumbnails, strict=True):
            entry.thumbnail = thumbnail
        self._pixmaps.clear()
        if self._entries:
            self.dataChanged.emit(
                self.index(0), self.index(len(self._entries) - 1), [Qt.ItemDataRole.DecorationRole]
            )

    def entry(self, row: int) -> FeedEntry:
        return self._entries[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.item.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(entry.item.summary or entry.item.title)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return entry.item.image_alt
        if role == ItemRole:
            return entry
        if role == Qt.ItemDataRole.DecorationRole:
            if entry.thumbnail is None:
                return None
            pixmap = self._pixmaps.get(index.row())
            if pixmap is None:
                pixmap = QPixmap.fromImage(entry.thumbnail)
                self._pixmaps[index.row()] = pixmap
            return pixmap
        return None


TITLE_LINES = 2


def wrapped_lines(text: str, metrics: QFontMetrics, width: int, most: int) -> list[str]:
    """``text`` broken into at most ``most`` lines of ``width`` pixels at word
    boundaries, the last one elided when the text goes on (…)."""
    lines: list[str] = []
    words = text.split()
    current = ""
    for number, word in enumerate(words):
        trial = f"{current} {word}" if current else word
        if metrics.horizontalAdvance(trial) <= width or not current:
            current = trial
            continue
        lines.append(current)
        current = word
        if len(lines) == most - 1:
            rest = " ".join(words[number:])
            lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
            return lines
    if current:
        lines.append(metrics.elidedText(current, Qt.TextElideMode.ElideRight, width))
    return lines


class FeedDelegate(QStyledItemDelegate):
    """An item as a thumbnail, a title of two lines at most and a line of details; the
    row follows the list's width (no sideways scrolling) and the font's size."""

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        font = QFont(option.font)
        title = QFont(font)
        title.setBold(True)
        text_height = (
            QFontMetrics(title).lineSpacing() * TITLE_LINES
            + QFontMetrics(self._small(font)).lineSpacing()
            + 8
        )
        width = THUMB.width() + 26 + QFontMetrics(font).averageCharWidth() * 12
        return QSize(width, max(THUMB.height(), text_height) + 16)

    @staticmethod
    def _small(font: QFont) -> QFont:
        small = QFont(font)
        small.setPointSizeF(max(small.pointSizeF() * 0.85, 7.0))
        return small

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        entry: FeedEntry = index.data(ItemRole)
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        rect: QRect = option.rect
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        thumb_rect = QRect(rect.left() + 8, rect.top() + 8, THUMB.width(), THUMB.height())
        pixmap = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(pixmap, QPixmap):
            painter.drawPixmap(thumb_rect, pixmap)
        else:
            painter.fillRect(thumb_rect, palette.color(QPalette.ColorRole.Mid))
        left = thumb_rect.right() + 10
        width = max(rect.right() - left - 8, 1)
        title_font = QFont(option.font)
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(text_color)
        title_metrics = QFontMetrics(title_font)
        top = rect.top() + 6
        for line in wrapped_lines(entry.item.title, title_metrics, width, TITLE_LINES):
            painter.drawText(
                QRect(left, top, width, title_metrics.lineSpacing()),
                int(Qt.AlignmentFlag.AlignLeft),
                line,
            )
            top += title_metrics.lineSpacing()
        small = self._small(QFont(option.font))
        painter.setFont(small)
        small_metrics = QFontMetrics(small)
        line_height = small_metrics.lineSpacing()
        meta_rect = QRect(left, rect.bottom() - 6 - line_height, width, line_height)
        badge, tone = "", Tone.SUCCESS
        if entry.expired:
            badge, tone = QCoreApplication.translate("FeedDelegate", "EXPIRED"), Tone.ERROR
        elif entry.is_new:
            badge = QCoreApplication.translate("FeedDelegate", "NEW")
        badge_width = small_metrics.horizontalAdvance(badge) + 8 if badge else 0
        meta = f"{entry.item.language.upper()} · {entry.item.campaign}"
        painter.drawText(
            meta_rect.adjusted(0, 0, -badge_width, 0),
            int(Qt.AlignmentFlag.AlignLeft),
            small_metrics.elidedText(meta, Qt.TextElideMode.ElideRight, width - badge_width),
        )
        if badge:
            painter.setPen(text_color if selected else tone_color(tone, palette))
            painter.drawText(meta_rect, int(Qt.AlignmentFlag.AlignRight), badge)
        painter.restore()


class FeedPanel(QWidget):
    """Search box and list; emits the chosen entry."""

    opened = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FeedListModel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._filling = False
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the approved content…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the approved content"))
        self.search.textChanged.connect(self._filters_changed)
        layout.addWidget(self.search)
        filters = QGridLayout()
        self.campaign = QComboBox()
        self.campaign.setAccessibleName(self.tr("Campaign"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.network = QComboBox()
        self.network.setAccessibleName(self.tr("Network"))
        # Campaign names are long: a full row for them, language and network share one.
        filters.addWidget(self.campaign, 0, 0, 1, 2)
        filters.addWidget(self.language, 1, 0)
        filters.addWidget(self.network, 1, 1)
        for combo in (self.campaign, self.language, self.network):
            combo.currentIndexChanged.connect(self._filters_changed)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        layout.addLayout(filters)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setItemDelegate(FeedDelegate(self.list))
        self.list.setUniformItemSizes(True)
        # Rows follow the list's width: titles wrap and elide, never scroll sideways.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAccessibleName(self.tr("Approved content"))
        self.list.activated.connect(self._activated)
        self.list.clicked.connect(self._activated)
        layout.addWidget(self.list)
        self.empty = QLabel(self.tr("No content yet. Import a content pack from the File menu."))
        self.empty.setWordWrap(True)
        self.empty.setVisible(False)
        layout.addWidget(self.empty)
        # Said when the filters hide everything, with the way back.
        self.no_match = QLabel()
        self.no_match.setWordWrap(True)
        self.no_match.setTextFormat(Qt.TextFormat.PlainText)
        self.no_match.setVisible(False)
        layout.addWidget(self.no_match)
        self.clear_filters = QPushButton(self.tr("Show all content"))
        self.clear_filters.setVisible(False)
        self.clear_filters.clicked.connect(self.reset_filters)
        layout.addWidget(self.clear_filters)

    def set_entries(self, entries: list[FeedEntry]) -> None:
        self._filling = True
        self.model.set_entries(entries)
        self.empty.setVisible(not entries)
        self._fill(
            self.campaign,
            self.tr("All campaigns"),
            sorted({e.item.campaign for e in entries if e.item.campaign}),
            lambda c: c,
        )
        self._fill(
            self.language,
            self.tr("All languages"),
            sorted({e.item.language for e in entries}),
            lambda code: code.upper(),
        )
        known = text_targets()
        networks = sorted({n for e in entries for n in e.item.suggested if n in known})
        self._fill(self.network, self.tr("All networks"), networks, network_label)
        self._filling = False
        self._filters_changed()

    def _fill(
        self, combo: QComboBox, everything: str, values: list[str], label: Callable[[str], str]
    ) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for value in values:
            combo.addItem(label(value), value)
        found = combo.findData(current)
        combo.setCurrentIndex(found if found >= 0 else 0)
        combo.blockSignals(False)

    def _filters_changed(self, *_: object) -> None:
        if self._filling:
            return
        filters = FeedFilters(
            self.search.text().strip(),
            self.campaign.currentData(),
            self.language.currentData(),
            self.network.currentData(),
        )
        self.model.set_filters(filters)
        hidden = bool(self.model.all_entries) and self.model.rowCount() == 0
        if hidden:
            if filters.needle:
                text = self.tr("Nothing matches “%1” with the filters chosen.").replace(
                    "%1", filters.needle
                )
            else:
                text = self.tr("Nothing matches the filters chosen.")
            self.no_match.setText(text)
        self.no_match.setVisible(hidden)
        self.clear_filters.setVisible(hidden)

    def reset_filters(self) -> None:
        """Clear the search and every filter: all content shows again."""
        self._filling = True
        self.search.clear()
        for combo in (self.campaign, self.language, self.network):
            combo.setCurrentIndex(0)
        self._filling = False
        self._filters_changed()

    def _activated(self, index: QModelIndex) -> None:
        self.opened.emit(self.model.entry(index.row()))

    def open_row(self, row: int) -> None:
        """Open the entry at a visible row, as a click would."""
        self._activated(self.model.index(row, 0))
