"""The Packs page: make or open a pack, the recent ones, and the open pack's state.

The state is what the team needs before publishing: its items, whether its policy
loads as the app loads it, how many suggested texts the app would block, and its
signature (as verify reads the folder or zip it was opened from).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from advocate_desktop.services import pack_items
from advocate_desktop.services.authoring.results import VerifyResult, VerifyState
from advocate_desktop.services.pack_checks import TextVerdict, Verdict
from advocate_desktop.services.pack_items import APP_LANGUAGES
from advocate_desktop.ui.colors import tint
from advocate_desktop.ui.contrast import Tone
from advocate_desktop.ui.plain import plain_label
from advocate_desktop.ui.studio.document import StudioDocument
from advocate_desktop.ui.studio.items_page import language_name

PathRole = Qt.ItemDataRole.UserRole + 1


class PacksPage(QWidget):
    new_requested = Signal()
    open_folder_requested = Signal()
    open_zip_requested = Signal()
    recent_chosen = Signal(object)  # Path

    def __init__(self, document: StudioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._loading = False
        outer = QHBoxLayout(self)

        left = QVBoxLayout()
        self.new_button = QPushButton(self.tr("&New pack…"))
        self.new_button.clicked.connect(self.new_requested)
        self.open_folder_button = QPushButton(self.tr("Open pack &folder…"))
        self.open_folder_button.clicked.connect(self.open_folder_requested)
        self.open_zip_button = QPushButton(self.tr("Open pack &zip…"))
        self.open_zip_button.clicked.connect(self.open_zip_requested)
        for button in (self.new_button, self.open_folder_button, self.open_zip_button):
            left.addWidget(button)
        caption = QLabel(self.tr("&Recent packs:"))
        left.addWidget(caption)
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Recent packs"))
        self.recent.setAccessibleDescription(self.tr("Activate one to open it"))
        self.recent.itemActivated.connect(self._recent_activated)
        caption.setBuddy(self.recent)
        left.addWidget(self.recent, 1)
        outer.addLayout(left, 2)

        self.state = QGroupBox(self.tr("The open pack"))
        form = QFormLayout(self.state)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.location = plain_label()
        self.location.setWordWrap(True)
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Location:"), self.location)
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Pack title"))
        self.title.textEdited.connect(self._title_edited)
        form.addRow(self.tr("&Title:"), self.title)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Pack language"))
        for code in APP_LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.language.currentIndexChanged.connect(self._language_chosen)
        form.addRow(self.tr("&Language:"), self.language)
        self.disclosure: dict[str, QLineEdit] = {}
        for code in APP_LANGUAGES:
            edit = QLineEdit()
            name = self.tr("Disclosure (%1)").replace("%1", language_name(code))
            edit.setAccessibleName(name)
            edit.setPlaceholderText(self.tr("e.g. #IWorkAtNordvik"))
            edit.textEdited.connect(lambda value, language=code: self._disclosure_edited(language))
            self.disclosure[code] = edit
            form.addRow(name + ":", edit)
        self.items = plain_label()
        self.items.setWordWrap(True)
        form.addRow(self.tr("Items:"), self.items)
        self.texts = plain_label()
        self.texts.setWordWrap(True)
        form.addRow(self.tr("Suggested texts:"), self.texts)
        self.policy = plain_label()
        self.policy.setWordWrap(True)
        form.addRow(self.tr("Policy:"), self.policy)
        self.lint = plain_label()
        self.lint.setWordWrap(True)
        form.addRow(self.tr("Problems:"), self.lint)
        self.signature = plain_label()
        self.signature.setWordWrap(True)
        form.addRow(self.tr("Signature:"), self.signature)
        outer.addWidget(self.state, 3)

        document.opened.connect(self.reload)
        document.changed.connect(self._changed)
        self.reload()

    def set_recent(self, packs: list[Path]) -> None:
        self.recent.clear()
        for pack in packs:
            entry = QListWidgetItem(pack.name)
            entry.setToolTip(str(pack))
            entry.setData(PathRole, pack)
            self.recent.addItem(entry)

    def _recent_activated(self, entry: QListWidgetItem) -> None:
        pack = entry.data(PathRole)
        if isinstance(pack, Path):
            self.recent_chosen.emit(pack)

    # -- the open pack --------------------------------------------------------------
    def reload(self) -> None:
        model = self.document.model
        self.state.setEnabled(model is not None)
        self._loading = True
        self.title.setText(self.document.title())
        feed = model.feed if model else {}
        index = self.language.findData(pack_items.item_language({}, feed))
        self.language.setCurrentIndex(max(index, 0))
        phrases = pack_items.disclosure(feed)
        for code, edit in self.disclosure.items():
            edit.setText(phrases.get(code, ""))
        self._loading = False
        self._show_location()
        self._show_items()
        self.texts.clear()
        self.policy.clear()
        self.lint.clear()
        self.signature.setText(self.tr("Reading…") if model and self.document.origin else "")
        if model is not None and self.document.origin is None:
            self.signature.setText(self.tr("Not signed yet: sign it when you build it."))

    def _show_location(self) -> None:
        document = self.document
        if document.model is None:
            self.location.setText(self.tr("No pack is open."))
        elif document.folder is not None:
            self.location.setText(str(document.folder))
        elif document.origin is not None:
            self.location.setText(
                self.tr("%1 (a zip: Save writes the pack into a folder you choose)").replace(
                    "%1", str(document.origin)
                )
            )
        else:
            self.location.setText(self.tr("Not saved yet"))

    def _show_items(self) -> None:
        model = self.document.model
        count = len(model.items) if model else 0
        self.items.setText(self.tr("%n item(s)", "", count) if model else "")

    def _changed(self) -> None:
        self._show_items()
        if self.document.origin is not None and self.signature.property("signed"):
            self.signature.setText(
                self.tr("Changed since it was signed: build it to sign it again.")
            )
            tint(self.signature, Tone.WARNING)

    def saved(self) -> None:
        self._show_location()

    def _title_edited(self, value: str) -> None:
        model = self.document.model
        if self._loading or model is None:
            return
        model.feed["title"] = value
        self.document.edited()

    def _language_chosen(self, *_: object) -> None:
        model = self.document.model
        if self._loading or model is None:
            return
        model.feed["language"] = str(self.language.currentData())
        self.document.edited()

    def _disclosure_edited(self, language: str) -> None:
        model = self.document.model
        if self._loading or model is None:
            return
        pack_items.set_disclosure(model.feed, language, self.disclosure[language].text())
        self.document.edited()

    # -- what the window found ---------------------------------------------------------
    def show_verdicts(self, verdicts: list[TextVerdict]) -> None:
        blocked = sum(1 for v in verdicts if v.verdict is Verdict.BLOCKED)
        warns = sum(1 for v in verdicts if v.verdict is Verdict.WARNS)
        text = self.tr("%n text(s)", "", len(verdicts))
        if blocked:
            text += " · " + self.tr("%n blocked in the app", "", blocked)
        if warns:
            text += " · " + self.tr("%n with warnings", "", warns)
        self.texts.setText(text)
        tint(self.texts, Tone.ERROR if blocked else Tone.WARNING if warns else Tone.SUCCESS)

    def show_policy(self, rules: int | None, problem: str | None) -> None:
        if problem is not None:
            self.policy.setText(
                self.tr("Does not load, so the app would refuse the pack: %1").replace(
                    "%1", problem
                )
            )
            tint(self.policy, Tone.ERROR)
        elif rules is None:
            self.policy.setText(self.tr("No policy.json: only the built-in rules apply."))
            tint(self.policy, Tone.WARNING)
        else:
            self.policy.setText(self.tr("%n rule(s), over the built-in rules", "", rules))
            tint(self.policy, Tone.SUCCESS)

    def show_lint(self, errors: int, warnings: int) -> None:
        self.lint.setText(
            self.tr("%n error(s)", "", errors) + " · " + self.tr("%n warning(s)", "", warnings)
        )
        tint(self.lint, Tone.ERROR if errors else Tone.WARNING if warnings else Tone.SUCCESS)

    def show_signature(self, result: VerifyResult | None, problem: str = "") -> None:
        signed = result is not None and result.state in (
            VerifyState.VALID_AND_TRUSTED,
            VerifyState.VALID_SIGNER_NOT_TRUSTED,
        )
        self.signature.setProperty("signed", signed)
        if result is None:
            self.signature.setText(problem)
            tint(self.signature, Tone.WARNING)
            return
        self.signature.setText(signature_text(result))
        tint(
            self.signature,
            Tone.SUCCESS
            if signed
            else Tone.WARNING
            if result.state is VerifyState.UNSIGNED
            else Tone.ERROR,
        )

    def tab_chain(self) -> list[QWidget]:
        return [
            self.new_button,
            self.open_folder_button,
            self.open_zip_button,
            self.recent,
            self.title,
            self.language,
            *self.disclosure.values(),
        ]


def signature_text(result: VerifyResult) -> str:
    """What verify says of a pack, in a sentence."""
    from PySide6.QtCore import QCoreApplication

    key = result.key_id or ""
    if result.state is VerifyState.VALID_AND_TRUSTED:
        return (
            QCoreApplication.translate("PacksPage", "Signed by %1 (key %2); every file matches.")
            .replace("%1", result.signer or "")
            .replace("%2", key)
        )
    if result.state is VerifyState.VALID_SIGNER_NOT_TRUSTED:
        return QCoreApplication.translate(
            "PacksPage",
            "Signature valid, signed with key %1; every file matches. Employees' apps accept"
            " it once IT trusts that key.",
        ).replace("%1", key)
    if result.state is VerifyState.UNSIGNED:
        return QCoreApplication.translate("PacksPage", "Not signed.")
    if result.state is VerifyState.SIGNER_UNKNOWN:
        return QCoreApplication.translate(
            "PacksPage", "Signed with key %1, which cannot be checked here."
        ).replace("%1", key)
    return QCoreApplication.translate("PacksPage", "NOT VALID: %1").replace(
        "%1", result.problem or ""
    )
