"""Creating a signing key: in the OS keyring by default, in a passphrase-protected file,
or — only when the team ticks that it understands the risk — in a plain file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from advocate_desktop.services.authoring.keys import MIN_PASSPHRASE
from advocate_desktop.services.authoring.results import KeyStorage
from advocate_desktop.ui.colors import tint
from advocate_desktop.ui.contrast import Tone
from advocate_desktop.ui.plain import plain_label


class NewKeyDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create a signing key"))
        column = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Who signs"))
        self.name.setPlaceholderText(self.tr("e.g. Nordvik Communications"))
        form.addRow(self.tr("&Who signs:"), self.name)
        column.addLayout(form)
        self.keyring = QRadioButton(self.tr("Keep it in this computer's &keyring (recommended)"))
        self.keyring.setChecked(True)
        self.encrypted = QRadioButton(self.tr("Keep it in a file protected by a &passphrase"))
        self.plain = QRadioButton(
            self.tr("Keep it in a plain &file (anyone who copies it can sign)")
        )
        self.plain_ok = QCheckBox(
            self.tr("I understand: the plain file must be kept as secret as a password")
        )
        self.plain_ok.setVisible(False)
        for button in (self.keyring, self.encrypted, self.plain):
            button.toggled.connect(self._update)
            column.addWidget(button)
        column.addWidget(self.plain_ok)
        self.plain_ok.toggled.connect(self._update)
        files = QFormLayout()
        place = QHBoxLayout()
        self.prefix = QLineEdit()
        self.prefix.setAccessibleName(self.tr("Key file"))
        self.prefix.textChanged.connect(self._update)
        self.browse = QPushButton(self.tr("Choose…"))
        self.browse.clicked.connect(self._choose)
        place.addWidget(self.prefix, 1)
        place.addWidget(self.browse)
        label = QLabel(self.tr("Key &file:"))
        label.setBuddy(self.prefix)
        files.addRow(label, place)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.textChanged.connect(self._update)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Passphrase again"))
        self.repeat.textChanged.connect(self._update)
        files.addRow(self.tr("Pass&phrase:"), self.passphrase)
        files.addRow(self.tr("&Again:"), self.repeat)
        self.file_fields = QWidget()
        self.file_fields.setLayout(files)
        column.addWidget(self.file_fields)
        self.problem = plain_label()
        self.problem.setWordWrap(True)
        tint(self.problem, Tone.ERROR)
        column.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create key"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        column.addWidget(self.buttons)
        self._update()

    def storage(self) -> KeyStorage:
        if self.encrypted.isChecked():
            return KeyStorage.ENCRYPTED_FILE
        if self.plain.isChecked():
            return KeyStorage.PLAIN_FILE
        return KeyStorage.KEYRING

    def key_prefix(self) -> Path | None:
        text = self.prefix.text().strip()
        if not text:
            return None
        path = Path(text)
        return path.with_suffix("") if path.suffix in (".key", ".pub") else path

    def _choose(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Where to keep the key"), "", self.tr("Signing keys (*.key)")
        )
        if path:
            self.prefix.setText(path)

    def why_not(self) -> str:
        storage = self.storage()
        if storage is KeyStorage.KEYRING:
            return ""
        if self.key_prefix() is None:
            return self.tr("Choose where to keep the key file.")
        if storage is KeyStorage.PLAIN_FILE and not self.plain_ok.isChecked():
            return self.tr("Tick the box to keep the key in a plain file.")
        if storage is KeyStorage.ENCRYPTED_FILE:
            if len(self.passphrase.text()) < MIN_PASSPHRASE:
                return self.tr("A passphrase has at least %1 characters.").replace(
                    "%1", str(MIN_PASSPHRASE)
                )
            if self.passphrase.text() != self.repeat.text():
                return self.tr("The passphrases differ.")
        return ""

    def _update(self, *_: object) -> None:
        storage = self.storage()
        self.file_fields.setVisible(storage is not KeyStorage.KEYRING)
        self.plain_ok.setVisible(storage is KeyStorage.PLAIN_FILE)
        self.passphrase.setEnabled(storage is KeyStorage.ENCRYPTED_FILE)
        self.repeat.setEnabled(storage is KeyStorage.ENCRYPTED_FILE)
        reason = self.why_not()
        self.problem.setText(reason)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not reason)
