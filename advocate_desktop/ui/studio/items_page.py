"""The Items page: each item's fields, images with alt text, and suggested texts.

Each suggested text is edited in the shared post editor (ui/post_editor.py) with the
live per-network count, the previews and the employee-side check of the pack's own
policy: a text the app would block is shown blocked here, before anyone ships it.
Every edit goes straight into the pack's model (services/pack_items.py says how a
field is written) and marks the pack unsaved.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from advocate_desktop.networks.registry import label as network_label
from advocate_desktop.services import pack_items
from advocate_desktop.services.pack_checks import TextVerdict, Verdict, text_target
from advocate_desktop.services.pack_items import APP_LANGUAGES, SUGGESTED_KEYS, ItemImage, Place
from advocate_desktop.ui.colors import tint
from advocate_desktop.ui.contrast import Tone
from advocate_desktop.ui.plain import plain_label, show_problem
from advocate_desktop.ui.post_editor import CheckContext, PostEditor
from advocate_desktop.ui.studio.document import StudioDocument
from advocate_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from advocate_desktop.policy.engine import PolicyEngine

THUMBNAIL = 96
TextKey = tuple[str, str]  # (suggested key, language)
DATE_FORMAT = "yyyy-MM-dd HH:mm"


def language_name(code: str) -> str:
    from PySide6.QtCore import QCoreApplication

    names = {
        "pl": QCoreApplication.translate("ItemsPage", "Polish"),
        "en": QCoreApplication.translate("ItemsPage", "English"),
    }
    return names.get(code, code)


def network_name(key: str) -> str:
    from PySide6.QtCore import QCoreApplication

    if key == pack_items.DEFAULT_KEY:
        return QCoreApplication.translate("ItemsPage", "Any network")
    return network_label(key)


def verdict_text(verdict: Verdict) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        Verdict.BLOCKED: QCoreApplication.translate("ItemsPage", "blocked in the app"),
        Verdict.WARNS: QCoreApplication.translate("ItemsPage", "warnings"),
        Verdict.PASSES: QCoreApplication.translate("ItemsPage", "passes the check"),
        Verdict.UNCHECKED: QCoreApplication.translate("ItemsPage", "too long to check"),
    }[verdict]


def _read_image(path: Path) -> tuple[str, bytes]:
    """An image file's name and bytes (worker); refuses what the app refuses."""
    from advocate_desktop.feed.images import MAX_IMAGE_BYTES, image_kind

    size = path.stat().st_size
    if size > MAX_IMAGE_BYTES:
        raise ValueError(f"{path.name}: larger than {MAX_IMAGE_BYTES // 2**20} MB")
    data = path.read_bytes()
    if image_kind(data) is None:
        raise ValueError(f"{path.name}: not a PNG, JPEG, GIF or WebP image")
    return path.name, data


def _thumbnails(files: dict[str, bytes], urls: list[str]) -> list[QImage | None]:
    """Small pictures of the pack's images (worker: QImage is safe off the GUI thread)."""
    found: list[QImage | None] = []
    for url in urls:
        data = files.get(url)
        image = QImage.fromData(data) if data else QImage()
        found.append(
            None
            if image.isNull()
            else image.scaled(
                THUMBNAIL,
                THUMBNAIL,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
    return found


class ItemsPage(QWidget):
    message = Signal(str)

    def __init__(
        self, document: StudioDocument, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self._tasks = tasks
        self._loading = False
        self._index: int | None = None  # the item shown
        self._text: TextKey | None = None  # the suggested text shown
        self._verdicts: dict[tuple[int, str, str], TextVerdict] = {}

        outer = QHBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(splitter)

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("&Items:"))
        column.addWidget(caption)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Items"))
        self.list.setWordWrap(True)
        caption.setBuddy(self.list)
        self.list.currentRowChanged.connect(self._item_chosen)
        column.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add item"))
        self.add_button.clicked.connect(self.add_item)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove item"))
        self.remove_button.clicked.connect(self.remove_item)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        column.addLayout(row)
        splitter.addWidget(left)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Item"))
        self.tabs.addTab(self._details(), self.tr("Details"))
        self.tabs.addTab(self._images(), self.tr("Images"))
        self.tabs.addTab(self._texts(), self.tr("Suggested texts"))
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([200, 800])

        document.opened.connect(self.reload)
        self.reload()

    # -- construction -----------------------------------------------------------------
    def _details(self) -> QWidget:
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fields: dict[str, QLineEdit] = {}
        for name, caption, accessible in (
            ("id", self.tr("I&D:"), self.tr("Item ID")),
            ("title", self.tr("&Title:"), self.tr("Title")),
            ("url", self.tr("&Link:"), self.tr("Link")),
            ("campaign", self.tr("&Campaign:"), self.tr("Campaign")),
        ):
            edit = QLineEdit()
            edit.setAccessibleName(accessible)
            edit.textEdited.connect(lambda value, field=name: self._text_field_edited(field, value))
            self.fields[name] = edit
            form.addRow(caption, edit)
        self.fields["url"].setPlaceholderText("https://")
        self.summary = QPlainTextEdit()
        self.summary.setAccessibleName(self.tr("Summary"))
        self.summary.setTabChangesFocus(True)
        self.summary.setMaximumHeight(self.summary.fontMetrics().lineSpacing() * 4 + 12)
        self.summary.textChanged.connect(self._summary_edited)
        form.insertRow(2, self.tr("&Summary:"), self.summary)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for code in APP_LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.language.currentIndexChanged.connect(self._language_chosen)
        form.addRow(self.tr("Lan&guage:"), self.language)
        self.dates: dict[str, tuple[QCheckBox, QDateTimeEdit]] = {}
        for name, caption, accessible in (
            ("not_before", self.tr("Shown &from:"), self.tr("Not before")),
            ("expires_at", self.tr("&Expires at:"), self.tr("Expires at")),
        ):
            box = QCheckBox()
            box.setAccessibleName(self.tr("%1 is set").replace("%1", accessible))
            when = QDateTimeEdit()
            when.setCalendarPopup(True)
            when.setDisplayFormat(DATE_FORMAT)
            when.setAccessibleName(accessible)
            when.setEnabled(False)
            box.toggled.connect(when.setEnabled)
            box.toggled.connect(lambda _on, field=name: self._date_edited(field))
            when.dateTimeChanged.connect(lambda _moment, field=name: self._date_edited(field))
            self.dates[name] = (box, when)
            line = QHBoxLayout()
            line.addWidget(box)
            line.addWidget(when, 1)
            label = QLabel(caption)
            label.setBuddy(box)  # a row of two: the mnemonic goes to the first
            form.addRow(label, line)
        self.utm = QTableWidget(0, 2)
        self.utm.setAccessibleName(self.tr("Campaign parameters"))
        self.utm.setHorizontalHeaderLabels([self.tr("Parameter"), self.tr("Value")])
        self.utm.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.utm.verticalHeader().setVisible(False)
        self.utm.setMaximumHeight(self.utm.fontMetrics().lineSpacing() * 6 + 16)
        self.utm.itemChanged.connect(self._utm_edited)
        buttons = QHBoxLayout()
        self.add_utm = QPushButton(self.tr("Add parameter"))
        self.add_utm.clicked.connect(self._add_utm_row)
        self.remove_utm = QPushButton(self.tr("Remove parameter"))
        self.remove_utm.clicked.connect(self._remove_utm_row)
        buttons.addWidget(self.add_utm)
        buttons.addWidget(self.remove_utm)
        buttons.addStretch(1)
        holder = QVBoxLayout()
        holder.addWidget(self.utm)
        holder.addLayout(buttons)
        form.addRow(self.tr("UTM parameters:"), holder)
        scroll = QScrollArea()
        scroll.setWidget(form_widget)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not the frame
        return scroll

    def _images(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        self.images = QListWidget()
        self.images.setAccessibleName(self.tr("Images"))
        self.images.setIconSize(QPixmap(THUMBNAIL, THUMBNAIL).size())
        self.images.currentRowChanged.connect(self._image_chosen)
        column.addWidget(self.images, 1)
        row = QHBoxLayout()
        self.add_image_button = QPushButton(self.tr("Add image…"))
        self.add_image_button.clicked.connect(self.choose_images)
        self.remove_image_button = QPushButton(self.tr("Remove image"))
        self.remove_image_button.clicked.connect(self.remove_image)
        row.addWidget(self.add_image_button)
        row.addWidget(self.remove_image_button)
        row.addStretch(1)
        column.addLayout(row)
        form = QFormLayout()
        self.alt: dict[str, QLineEdit] = {}
        for code in APP_LANGUAGES:
            edit = QLineEdit()
            edit.setAccessibleName(self.tr("Alt text (%1)").replace("%1", language_name(code)))
            edit.textEdited.connect(lambda value, language=code: self._alt_edited(language, value))
            self.alt[code] = edit
            form.addRow(self.tr("Alt text (%1):").replace("%1", language_name(code)), edit)
        column.addLayout(form)
        self.alt_problem = plain_label()
        self.alt_problem.setWordWrap(True)
        tint(self.alt_problem, Tone.ERROR)
        column.addWidget(self.alt_problem)
        return page

    def _texts(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        row = QHBoxLayout()
        caption = QLabel(self.tr("Te&xt:"))
        self.texts = QComboBox()
        self.texts.setAccessibleName(self.tr("Suggested text"))
        self.texts.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.texts.setMinimumContentsLength(20)
        caption.setBuddy(self.texts)
        self.texts.currentIndexChanged.connect(self._text_chosen)
        row.addWidget(caption)
        row.addWidget(self.texts, 1)
        self.remove_text_button = QPushButton(self.tr("Remove text"))
        self.remove_text_button.clicked.connect(self.remove_text)
        row.addWidget(self.remove_text_button)
        column.addLayout(row)
        add = QHBoxLayout()
        self.new_network = QComboBox()
        self.new_network.setAccessibleName(self.tr("Network of the new text"))
        for key in SUGGESTED_KEYS:
            self.new_network.addItem(network_name(key), key)
        self.new_language = QComboBox()
        self.new_language.setAccessibleName(self.tr("Language of the new text"))
        for code in APP_LANGUAGES:
            self.new_language.addItem(language_name(code), code)
        self.add_text_button = QPushButton(self.tr("Add text"))
        self.add_text_button.clicked.connect(self.add_text)
        add.addWidget(self.new_network, 1)
        add.addWidget(self.new_language)
        add.addWidget(self.add_text_button)
        column.addLayout(add)
        self.verdict = plain_label()
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleDescription(self.tr("What the app will do with this text"))
        column.addWidget(self.verdict)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.post = PostEditor(self._tasks, self._check_context)
        self.post.text.setAccessibleName(self.tr("Suggested text"))
        self.post.text.setPlaceholderText(
            self.tr("The text employees start from; they rewrite it in their own words.")
        )
        self.post.counts.setAccessibleDescription(self.tr("The text's length on its network"))
        self.post.text.textChanged.connect(self._suggested_edited)
        self.post.checked.connect(self._checked)
        self.post.check_failed.connect(
            lambda error: self.message.emit(
                self.tr("The check failed: %1").replace("%1", str(error))
            )
        )
        splitter.addWidget(self.post)
        splitter.addWidget(self.post.policy)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        column.addWidget(splitter, 1)
        return page

    # -- the items ----------------------------------------------------------------------
    def _items(self) -> list[Any]:
        model = self.document.model
        return model.items if model is not None else []

    def _item(self) -> dict[str, Any] | None:
        items = self._items()
        if self._index is None or not 0 <= self._index < len(items):
            return None
        item = items[self._index]
        return item if isinstance(item, dict) else None

    def _item_label(self, item: Any) -> str:
        if not isinstance(item, dict):
            return "?"
        title = pack_items.text_field(item, "title") or pack_items.text_field(item, "id")
        return title or self.tr("(untitled)")

    def reload(self) -> None:
        """Another pack is open: list its items, show the first."""
        self._loading = True
        self.list.clear()
        for item in self._items():
            entry = QListWidgetItem(self._item_label(item))
            entry.setToolTip(pack_items.text_field(item, "id") if isinstance(item, dict) else "")
            self.list.addItem(entry)
        self._loading = False
        self._index = None
        open_ = self.document.is_open
        for widget in (self.add_button, self.tabs):
            widget.setEnabled(open_)
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self._show_item()

    def _item_chosen(self, row: int) -> None:
        if self._loading:
            return
        self._index = row if row >= 0 else None
        self._show_item()

    def _language_of(self, item: dict[str, Any]) -> str:
        model = self.document.model
        return pack_items.item_language(item, model.feed if model else {})

    def _show_item(self) -> None:
        item = self._item()
        self._loading = True
        try:
            self.tabs.setEnabled(item is not None)
            self.remove_button.setEnabled(item is not None)
            for name, edit in self.fields.items():
                edit.setText(pack_items.text_field(item, name) if item else "")
            self.summary.setPlainText(pack_items.text_field(item, "summary") if item else "")
            language = self._language_of(item) if item else APP_LANGUAGES[0]
            index = self.language.findData(language)
            self.language.setCurrentIndex(max(index, 0))
            for name, (box, when) in self.dates.items():
                moment = pack_items.instant(item, name) if item else None
                box.setChecked(moment is not None)
                when.setEnabled(moment is not None)
                when.setDateTime(
                    QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
                    if moment
                    else QDateTime.currentDateTime()
                )
            self.utm.setRowCount(0)
            for key, value in (pack_items.utm(item) if item else {}).items():
                self._append_utm(key, value)
        finally:
            self._loading = False
        self._show_images()
        self._show_texts()

    def add_item(self) -> None:
        model = self.document.model
        if model is None:
            return
        language = pack_items.item_language({}, model.feed)
        item = pack_items.new_item(model.new_item_id(), language, self.tr("New item"))
        model.items.append(item)
        self.document.edited()
        self.list.addItem(QListWidgetItem(self._item_label(item)))
        self.list.setCurrentRow(self.list.count() - 1)
        self.tabs.setCurrentIndex(0)
        self.fields["title"].setFocus()
        self.fields["title"].selectAll()

    def remove_item(self) -> None:
        model = self.document.model
        if model is None or self._index is None:
            return
        row = self._index
        del model.items[row]
        self.document.edited()
        self._loading = True
        self.list.takeItem(row)
        self._loading = False
        self._index = None
        if self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))
            self._item_chosen(self.list.currentRow())
        else:
            self._show_item()

    # -- editing the fields -----------------------------------------------------------------
    def _text_field_edited(self, name: str, value: str) -> None:
        item = self._item()
        if self._loading or item is None:
            return
        pack_items.set_text_field(item, name, value)
        if name in ("title", "id") and self._index is not None:
            entry = self.list.item(self._index)
            entry.setText(self._item_label(item))
            entry.setToolTip(pack_items.text_field(item, "id"))
        self.document.edited()
        if name == "url":
            self._context_changed()

    def _summary_edited(self) -> None:
        item = self._item()
        if self._loading or item is None:
            return
        pack_items.set_text_field(item, "summary", self.summary.toPlainText())
        self.document.edited()

    def _language_chosen(self, *_: object) -> None:
        item = self._item()
        if self._loading or item is None:
            return
        pack_items.set_text_field(item, "language", str(self.language.currentData()))
        self.document.edited()
        self._show_images()

    def _date_edited(self, name: str) -> None:
        item = self._item()
        if self._loading or item is None:
            return
        box, when = self.dates[name]
        moment: datetime | None = None
        if box.isChecked():
            moment = datetime.fromtimestamp(when.dateTime().toSecsSinceEpoch()).astimezone()
        pack_items.set_instant(item, name, moment)
        self.document.edited()

    def _append_utm(self, key: str, value: str) -> None:
        row = self.utm.rowCount()
        self.utm.insertRow(row)
        self.utm.setItem(row, 0, QTableWidgetItem(key))
        self.utm.setItem(row, 1, QTableWidgetItem(value))

    def _add_utm_row(self) -> None:
        self._loading = True
        self._append_utm("utm_", "")
        self._loading = False
        row = self.utm.rowCount() - 1
        self.utm.setCurrentCell(row, 0)
        cell = self.utm.item(row, 0)
        if cell is not None:
            self.utm.editItem(cell)

    def _remove_utm_row(self) -> None:
        row = self.utm.currentRow()
        if row >= 0:
            self.utm.removeRow(row)
            self._utm_edited()

    def _utm_edited(self, *_: object) -> None:
        item = self._item()
        if self._loading or item is None:
            return
        parameters = {}
        for row in range(self.utm.rowCount()):
            key, value = self.utm.item(row, 0), self.utm.item(row, 1)
            if key is not None and value is not None:
                parameters[key.text()] = value.text()
        pack_items.set_utm(item, parameters)
        self.document.edited()
        self._context_changed()

    # -- images -------------------------------------------------------------------------------
    def _pictures(self) -> list[ItemImage]:
        item = self._item()
        return pack_items.images(item, self._language_of(item)) if item else []

    def _show_images(self, keep_row: int = 0) -> None:
        pictures = self._pictures()
        self._loading = True
        self.images.clear()
        for number, picture in enumerate(pictures):
            entry = QListWidgetItem(
                self.tr("Image %1: %2")
                .replace("%1", str(number + 1))
                .replace("%2", picture.url.rsplit("/", 1)[-1])
            )
            self.images.addItem(entry)
        self._loading = False
        if pictures:
            self.images.setCurrentRow(min(keep_row, len(pictures) - 1))
        self._image_chosen(self.images.currentRow())
        model = self.document.model
        if model is not None and pictures:
            files, urls = dict(model.files), [p.url for p in pictures]
            index = self._index
            self._tasks.run(
                lambda: _thumbnails(files, urls),
                lambda found: self._thumbnails_read(index, urls, found),
                context=self,
            )

    def _thumbnails_read(self, index: int | None, urls: list[str], found: list[Any]) -> None:
        if index != self._index or [p.url for p in self._pictures()] != urls:
            return  # another item, or the images changed meanwhile
        for row, image in enumerate(found):
            if image is not None and row < self.images.count():
                self.images.item(row).setIcon(QIcon(QPixmap.fromImage(image)))

    def _image_chosen(self, row: int) -> None:
        if self._loading:
            return
        pictures = self._pictures()
        picture = pictures[row] if 0 <= row < len(pictures) else None
        self._loading = True
        for code, edit in self.alt.items():
            edit.setEnabled(picture is not None)
            edit.setText(picture.alt.get(code, "") if picture else "")
        self._loading = False
        self.remove_image_button.setEnabled(picture is not None)
        self._show_alt_problem()

    def _show_alt_problem(self) -> None:
        item = self._item()
        language = self._language_of(item) if item else ""
        missing = [
            n + 1 for n, picture in enumerate(self._pictures()) if not picture.alt_in(language)
        ]
        self.alt_problem.setText(
            self.tr(
                "Image %1 has no alt text in %2. The app posts no image without one, and the"
                " studio builds no pack with one."
            )
            .replace("%1", str(missing[0]))
            .replace("%2", language_name(language))
            if missing
            else ""
        )

    def _alt_edited(self, language: str, value: str) -> None:
        item = self._item()
        row = self.images.currentRow()
        pictures = self._pictures()
        if self._loading or item is None or not 0 <= row < len(pictures):
            return
        picture = pictures[row]
        alt = dict(picture.alt)
        own = self._language_of(item)
        if "" in alt and language == own:
            del alt[""]  # written for any language: now for the item's own
        alt[language] = value
        pictures[row] = ItemImage(picture.url, {k: v for k, v in alt.items() if v})
        pack_items.set_images(item, pictures, own)
        self.document.edited()
        self._show_alt_problem()

    def choose_images(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add images to the item"),
            "",
            self.tr("Images (*.jpg *.jpeg *.png *.gif *.webp)"),
        )
        if paths:
            self.add_image_files([Path(p) for p in paths])

    def add_image_files(self, paths: list[Path], then: Callable[[], None] | None = None) -> None:
        """Read the files on a worker, then put them in the pack's media/ and on the item."""
        index = self._index

        def work() -> list[tuple[str, bytes]]:
            return [_read_image(path) for path in paths]

        def done(read: list[tuple[str, bytes]]) -> None:
            model, item = self.document.model, self._item()
            if model is None or item is None or index != self._index:
                return
            pictures = self._pictures()
            for name, data in read:
                pictures.append(ItemImage(model.add_image(name, data)))
            pack_items.set_images(item, pictures, self._language_of(item))
            self.document.edited()
            self._show_images(keep_row=len(pictures) - 1)
            self.alt[self._language_of(item)].setFocus()
            if then is not None:
                then()

        def failed(error: BaseException) -> None:
            show_problem(self, self.tr("Image not added"), str(error))

        self._tasks.run(work, done, failed, context=self)

    def remove_image(self) -> None:
        item = self._item()
        row = self.images.currentRow()
        pictures = self._pictures()
        model = self.document.model
        if item is None or model is None or not 0 <= row < len(pictures):
            return
        gone = pictures.pop(row)
        pack_items.set_images(item, pictures, self._language_of(item))
        if gone.url not in model.image_references():
            model.remove_file(gone.url)  # no other item shows it
        self.document.edited()
        self._show_images(keep_row=row)

    # -- suggested texts --------------------------------------------------------------------------
    def _show_texts(self, keep: TextKey | None = None) -> None:
        item = self._item()
        texts = pack_items.suggested_texts(item) if item else []
        self._loading = True
        self.texts.clear()
        for text in texts:
            self.texts.addItem(self._text_label(text.network, text.language), text)
        self._loading = False
        wanted = 0
        for number, text in enumerate(texts):
            if keep == (text.network, text.language):
                wanted = number
        if texts:
            self.texts.setCurrentIndex(wanted)
        self._text_chosen()

    def _text_label(self, key: str, language: str) -> str:
        label = f"{network_name(key)} · {language_name(language)}"
        verdict = self._verdicts.get((self._index or 0, key, language))
        if verdict is not None:
            label += f" — {verdict_text(verdict.verdict)}"
        return label

    def _text_chosen(self, *_: object) -> None:
        if self._loading:
            return
        chosen = self.texts.currentData()
        self._text = (chosen.network, chosen.language) if chosen is not None else None
        self._loading = True
        self.post.text.setPlainText(chosen.text if chosen is not None else "")
        self._loading = False
        self.post.text.setEnabled(chosen is not None)
        self.remove_text_button.setEnabled(chosen is not None)
        if chosen is None:
            self.post.reset()
            self.verdict.clear()
        else:
            self.post.previews.choose(pack_items.checked_network(chosen.network))
            self.post.run_check()

    def _check_context(self) -> CheckContext | None:
        item, model = self._item(), self.document.model
        if item is None or model is None or self._text is None:
            return None
        key, language = self._text
        target = text_target(model.feed, item, key, language)
        return CheckContext(
            network=target.network,
            language=target.language,
            utm=None,  # the app puts the campaign's parameters on the links itself
            site=target.site,
            company_content=True,
            labels=target.labels,
        )

    def _context_changed(self) -> None:
        if self._text is not None:
            self.post.run_check()

    def _suggested_edited(self) -> None:
        item = self._item()
        if self._loading or item is None or self._text is None:
            return
        pack_items.set_suggested(item, *self._text, self.post.text.toPlainText())
        self.document.edited()
        self.post.text_edited()

    def _checked(self) -> None:
        """The live check of the text shown: blocked, warnings, or passes."""
        result = self.post.result
        if result is None:
            self.verdict.setText(self.post.too_large_text(self.post.too_large or 0))
            tint(self.verdict, Tone.ERROR)
            return
        if result.blocking:
            self.verdict.setText(
                self.tr("Blocked in the app: %1").replace("%1", result.blocking[0].message)
            )
            tint(self.verdict, Tone.ERROR)
        elif result.warnings:
            self.verdict.setText(
                self.tr("Employees must confirm a warning first: %1").replace(
                    "%1", result.warnings[0].message
                )
            )
            tint(self.verdict, Tone.WARNING)
        else:
            self.verdict.setText(self.tr("The app lets employees post this text."))
            tint(self.verdict, Tone.SUCCESS)
        self._verdict_shown(result)

    def _verdict_shown(self, result: Any) -> None:
        """The live check is newer than the last whole-pack check: its verdict counts."""
        if self._index is None or self._text is None:
            return
        verdict = (
            Verdict.BLOCKED
            if result.blocking
            else Verdict.WARNS
            if result.warnings
            else Verdict.PASSES
        )
        key = (self._index, *self._text)
        self._verdicts[key] = TextVerdict(self._index, *self._text, verdict)
        self.texts.setItemText(self.texts.currentIndex(), self._text_label(*self._text))

    def add_text(self) -> None:
        item = self._item()
        if item is None:
            return
        key = str(self.new_network.currentData())
        language = str(self.new_language.currentData())
        existing = {(t.network, t.language) for t in pack_items.suggested_texts(item)}
        if (key, language) not in existing:
            start = pack_items.disclosure(self.document.model.feed if self.document.model else {})
            pack_items.set_suggested(item, key, language, start.get(language, "") + " ")
            self.document.edited()
        self._show_texts(keep=(key, language))
        self.post.text.setFocus()
        self.post.text.moveCursor(self.post.text.textCursor().MoveOperation.End)

    def remove_text(self) -> None:
        item = self._item()
        if item is None or self._text is None:
            return
        pack_items.remove_suggested(item, *self._text)
        self.document.edited()
        self._show_texts()

    # -- from the window -------------------------------------------------------------
    def set_engine(self, engine: PolicyEngine) -> None:
        self.post.set_engine(engine)

    def set_verdicts(self, verdicts: list[TextVerdict]) -> None:
        """The whole pack's check: each text's verdict beside its name."""
        self._verdicts = {(v.item, v.network, v.language): v for v in verdicts}
        for number in range(self.texts.count()):
            text = self.texts.itemData(number)
            self.texts.setItemText(number, self._text_label(text.network, text.language))

    def show_place(self, place: Place) -> None:
        """Go to the field a lint problem names."""
        if place.item is None or not 0 <= place.item < self.list.count():
            return
        self.list.setCurrentRow(place.item)
        if place.field == "images":
            self.tabs.setCurrentIndex(1)
            if place.image is not None and place.image < self.images.count():
                self.images.setCurrentRow(place.image)
            item = self._item()
            self.alt[self._language_of(item) if item else APP_LANGUAGES[0]].setFocus()
        elif place.field == "suggested":
            self.tabs.setCurrentIndex(2)
            for number in range(self.texts.count()):
                text = self.texts.itemData(number)
                if (text.network, text.language) == (place.network, place.language):
                    self.texts.setCurrentIndex(number)
            self.post.text.setFocus()
        else:
            self.tabs.setCurrentIndex(0)
            target: QWidget | None = {
                "summary": self.summary,
                "language": self.language,
                "utm": self.utm,
                "not_before": self.dates["not_before"][1],
                "expires_at": self.dates["expires_at"][1],
            }.get(place.field) or self.fields.get(place.field)
            if target is not None:
                if not target.isEnabled() and place.field in self.dates:
                    self.dates[place.field][0].setFocus()
                else:
                    target.setFocus()

    def tab_chain(self) -> list[QWidget]:
        """The page's controls in reading order, for the window's tab order."""
        return [
            self.list,
            self.add_button,
            self.remove_button,
            self.tabs.tabBar(),
            self.fields["id"],
            self.fields["title"],
            self.summary,
            self.fields["url"],
            self.fields["campaign"],
            self.language,
            *(w for pair in self.dates.values() for w in pair),
            self.utm,
            self.add_utm,
            self.remove_utm,
        ]
