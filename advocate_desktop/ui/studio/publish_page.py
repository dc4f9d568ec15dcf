"""The Sign and publish page: choose or create a signing key, build the reproducible zip,
verify it, then save it, open it in the employee mode, or serve it on loopback.

Keys are kept in the OS keyring by default (services/authoring/keys.py); a key file
protected by a passphrase is asked for its passphrase only when it is used.  The
build runs on a saved folder, so what is signed is exactly what is on disk.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from advocate_desktop.services.authoring.errors import (
    KeyExists,
    LintFailed,
    PassphraseNeeded,
    WrongPassphrase,
)
from advocate_desktop.services.authoring.keys import KeyReference
from advocate_desktop.services.authoring.results import (
    BuildResult,
    KeygenResult,
    Release,
    VerifyResult,
)
from advocate_desktop.services.pack_items import missing_alt
from advocate_desktop.ui.colors import tint
from advocate_desktop.ui.contrast import Tone
from advocate_desktop.ui.plain import plain_label, show_problem
from advocate_desktop.ui.studio.document import StudioDocument
from advocate_desktop.ui.studio.key_dialog import NewKeyDialog
from advocate_desktop.ui.studio.packs_page import signature_text
from advocate_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from advocate_desktop.services.authoring.serve import PreviewServer


class EmployeeApp(Protocol):
    """The employee mode, as the studio uses it: import a pack file, or subscribe to an
    address (a pack served on loopback) and sync it."""

    def preview_file(self, path: Path, public_line: str) -> None: ...

    def preview_address(self, url: str, public_line: str) -> None: ...


class MissingAltText(ValueError):
    """An image without alt text: the studio builds no pack with one."""


@dataclass(frozen=True)
class Built:
    build: BuildResult
    verify: VerifyResult
    public_line: str


def build_and_verify(
    folder: Path,
    out: Path,
    reference: KeyReference,
    passphrase: str | None,
    name: str,
    expires: datetime | None,
    feed: dict[str, object],
) -> Built:
    """Worker: refuse images without alt text, build ``folder`` into ``out`` signed with the
    key, and verify the zip as an employee who trusts that key would."""
    from advocate_desktop.feed.signing import parse_public_key
    from advocate_desktop.services.authoring.keys import load_signing_key
    from advocate_desktop.services.authoring.packs import build_pack
    from advocate_desktop.services.authoring.verify import verify_pack

    missing = missing_alt(feed)
    if missing:
        item, image = missing[0]
        raise MissingAltText(f"/items/{item}: image {image + 1}")
    key = load_signing_key(reference, passphrase)
    line = key.public_line(name)
    built = build_pack(folder, out, key=key, release=Release(expires=expires))
    verified = verify_pack(out, (parse_public_key(line),))
    return Built(built, verified, line)


class PublishPage(QWidget):
    message = Signal(str)
    lint_failed = Signal()  # build refused: the Lint page says why

    def __init__(
        self,
        document: StudioDocument,
        tasks: TaskRunner,
        ensure_saved: Callable[[Callable[[], None]], None],
        app: EmployeeApp | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self._tasks = tasks
        self._ensure_saved = ensure_saved
        self._app = app
        self._built: Built | None = None
        self._build_dir: Path | None = None
        self._server: PreviewServer | None = None  # while serving

        column = QVBoxLayout(self)
        keys = QGroupBox(self.tr("Signing key"))
        form = QFormLayout(keys)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        row = QHBoxLayout()
        self.key = QComboBox()
        self.key.setAccessibleName(self.tr("Signing key"))
        self.key.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.key.setMinimumContentsLength(24)
        self.key.currentIndexChanged.connect(self._update)
        row.addWidget(self.key, 1)
        self.create_key_button = QPushButton(self.tr("Create key…"))
        self.create_key_button.clicked.connect(self.create_key)
        self.key_file_button = QPushButton(self.tr("Use a key file…"))
        self.key_file_button.clicked.connect(self.choose_key_file)
        row.addWidget(self.create_key_button)
        row.addWidget(self.key_file_button)
        label = QLabel(self.tr("&Key:"))
        label.setBuddy(self.key)
        form.addRow(label, row)
        self.signer = QLineEdit()
        self.signer.setAccessibleName(self.tr("Who signs"))
        self.signer.setPlaceholderText(self.tr("e.g. Nordvik Communications"))
        form.addRow(self.tr("&Who signs:"), self.signer)
        self.public = plain_label()
        self.public.setWordWrap(True)
        self.public.setAccessibleDescription(self.tr("The public key to give to IT"))
        self.copy_public = QPushButton(self.tr("Copy public key"))
        self.copy_public.clicked.connect(self._copy_public)
        self.copy_public.setEnabled(False)
        line = QHBoxLayout()
        line.addWidget(self.public, 1)
        line.addWidget(self.copy_public)
        form.addRow(self.tr("Public key:"), line)
        column.addWidget(keys)

        release = QGroupBox(self.tr("Release"))
        release_form = QFormLayout(release)
        expiry = QHBoxLayout()
        self.expires_set = QCheckBox()
        self.expires_set.setAccessibleName(self.tr("The pack expires"))
        self.expires = QDateTimeEdit(QDateTime.currentDateTime().addMonths(3))
        self.expires.setCalendarPopup(True)
        self.expires.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.expires.setAccessibleName(self.tr("Pack expires at"))
        self.expires.setEnabled(False)
        self.expires_set.toggled.connect(self.expires.setEnabled)
        expiry.addWidget(self.expires_set)
        expiry.addWidget(self.expires, 1)
        label = QLabel(self.tr("&Expires at:"))
        label.setBuddy(self.expires_set)
        release_form.addRow(label, expiry)
        column.addWidget(release)

        # Two rows, so the buttons fit a small window in any language.
        building = QHBoxLayout()
        self.build_button = QPushButton(self.tr("&Build and verify"))
        self.build_button.clicked.connect(lambda: self.build())
        building.addWidget(self.build_button)
        self.save_button = QPushButton(self.tr("&Save pack as…"))
        self.save_button.clicked.connect(lambda: self.save_zip())
        building.addWidget(self.save_button)
        building.addStretch(1)
        column.addLayout(building)
        previewing = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open in the app"))
        self.open_button.clicked.connect(self.open_in_app)
        previewing.addWidget(self.open_button)
        self.serve_button = QPushButton(self.tr("Se&rve and open in the app"))
        self.serve_button.clicked.connect(self.serve)
        previewing.addWidget(self.serve_button)
        self.stop_button = QPushButton(self.tr("S&top serving"))
        self.stop_button.clicked.connect(self.stop_serving)
        previewing.addWidget(self.stop_button)
        previewing.addStretch(1)
        column.addLayout(previewing)
        self.result = plain_label()
        self.result.setWordWrap(True)
        self.result.setAccessibleDescription(self.tr("What was built, and its verification"))
        column.addWidget(self.result)
        self.serving = plain_label()
        self.serving.setWordWrap(True)
        column.addWidget(self.serving)
        column.addStretch(1)

        document.opened.connect(self._forget_build)
        document.changed.connect(self._forget_build)
        self._update()

    # -- keys ---------------------------------------------------------------------
    def refresh_keys(self) -> None:
        """The keys the keyring holds (read on a worker)."""
        from advocate_desktop.services.authoring.keys import keyring_key_ids

        def failed(error: BaseException) -> None:
            self.message.emit(
                self.tr("The keyring could not be read: %1").replace("%1", str(error))
            )

        self._tasks.run(keyring_key_ids, self._keyring_keys, failed, context=self)

    def _keyring_keys(self, ids: tuple[str, ...]) -> None:
        for key_id in ids:
            self._add_key(KeyReference(key_id=key_id), select=self.key.count() == 0)

    def _add_key(self, reference: KeyReference, *, select: bool) -> None:
        text = str(reference)
        index = next((i for i in range(self.key.count()) if str(self.key.itemData(i)) == text), -1)
        if index < 0:
            label = (
                self.tr("Keyring: %1").replace("%1", reference.key_id or "")
                if reference.in_keyring
                else self.tr("File: %1").replace("%1", str(reference.path))
            )
            self.key.addItem(label, reference)
            index = self.key.count() - 1
        if select:
            self.key.setCurrentIndex(index)

    def current_key(self) -> KeyReference | None:
        data = self.key.currentData()
        return data if isinstance(data, KeyReference) else None

    def create_key(self) -> None:
        dialog = NewKeyDialog(self)
        dialog.name.setText(self.signer.text())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.create_key_as(
            dialog.storage(),
            dialog.name.text().strip(),
            dialog.key_prefix(),
            dialog.passphrase.text(),
        )

    def create_key_as(
        self, storage: object, name: str, prefix: Path | None, passphrase: str
    ) -> None:
        from advocate_desktop.services.authoring.keys import generate_key
        from advocate_desktop.services.authoring.results import KeyStorage

        assert isinstance(storage, KeyStorage)

        def work() -> KeygenResult:
            return generate_key(
                storage=storage,
                name=name,
                prefix=prefix,
                passphrase=passphrase if storage is KeyStorage.ENCRYPTED_FILE else None,
            )

        def done(result: KeygenResult) -> None:
            self._add_key(KeyReference.parse(result.reference), select=True)
            if name:
                self.signer.setText(name)
            self._show_public(result.public_line)
            self.message.emit(
                self.tr(
                    "Key %1 created. Give its public key to IT so the app trusts the packs."
                ).replace("%1", result.key_id)
            )

        def failed(error: BaseException) -> None:
            title = self.tr("No key created")
            if isinstance(error, KeyExists):
                show_problem(
                    self, title, self.tr("%1. Choose another file.").replace("%1", str(error))
                )
            else:
                show_problem(self, title, str(error))

        self._tasks.run(work, done, failed, context=self)

    def choose_key_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Use a signing key file"), "", self.tr("Signing keys (*.key)")
        )
        if path:
            self._add_key(KeyReference(path=Path(path)), select=True)

    def _show_public(self, line: str) -> None:
        self.public.setText(line)
        self.copy_public.setEnabled(bool(line))

    def _copy_public(self) -> None:
        QGuiApplication.clipboard().setText(self.public.text())
        self.message.emit(self.tr("Public key copied."))

    # -- building ----------------------------------------------------------------------
    def _update(self, *_: object) -> None:
        open_ = self.document.is_open
        self.build_button.setEnabled(open_ and self.current_key() is not None)
        built = self._built is not None and self._built.verify.state.value.startswith("valid")
        self.save_button.setEnabled(built)
        self.open_button.setEnabled(built and self._app is not None)
        self.serve_button.setEnabled(built and self._app is not None and self._server is None)
        self.stop_button.setEnabled(self._server is not None)
        if self._app is None:
            tip = self.tr("Open the studio from the app to preview packs there.")
            self.open_button.setToolTip(tip)
            self.serve_button.setToolTip(tip)

    def _forget_build(self) -> None:
        """The pack changed: what was built is not what is open any more."""
        if self._built is not None:
            self.result.setText(self.tr("The pack changed since it was built: build it again."))
            tint(self.result, Tone.WARNING)
        self._built = None
        self._update()

    def build(self, passphrase: str | None = None) -> None:
        """Save the pack if it has unsaved edits, then build, sign and verify it."""
        reference = self.current_key()
        if reference is None or not self.document.is_open:
            return
        self.build_button.setEnabled(False)
        self.result.setText(self.tr("Building…"))
        tint(self.result, Tone.SUGGESTION)
        self._ensure_saved(lambda: self._build_saved(reference, passphrase))

    def _build_saved(self, reference: KeyReference, passphrase: str | None) -> None:
        folder, model = self.document.folder, self.document.model
        if folder is None or model is None or self.document.dirty:
            self.result.setText(self.tr("Save the pack to build it."))
            self._update()
            return
        feed = dict(model.feed)
        name = self.signer.text().strip()
        expires = (
            datetime.fromtimestamp(self.expires.dateTime().toSecsSinceEpoch()).astimezone()
            if self.expires_set.isChecked()
            else None
        )
        old = self._build_dir if self._server is None else None  # a served one stays
        revision = self.document.revision

        def work() -> tuple[Built, Path]:
            if old is not None:
                shutil.rmtree(old, ignore_errors=True)
            scratch = Path(tempfile.mkdtemp(prefix="advocate-studio-"))
            out = scratch / f"{folder.name or 'pack'}.zip"
            try:
                built = build_and_verify(folder, out, reference, passphrase, name, expires, feed)
                return built, scratch
            except BaseException:
                shutil.rmtree(scratch, ignore_errors=True)
                raise

        def done(outcome: tuple[Built, Path]) -> None:
            built, scratch = outcome
            self._build_dir = scratch
            if revision != self.document.revision:
                self._update()
                return  # edited while it built: that build is of an older pack
            self._built = built
            self._show_public(built.public_line)
            self._show_built(built)
            self._update()

        def failed(error: BaseException) -> None:
            self._update()
            if isinstance(error, PassphraseNeeded | WrongPassphrase):
                asked, ok = QInputDialog.getText(
                    self,
                    self.tr("Passphrase"),
                    (
                        self.tr("The passphrase did not unlock the key. Passphrase of %1:")
                        if isinstance(error, WrongPassphrase)
                        else self.tr("Passphrase of %1:")
                    ).replace("%1", str(reference)),
                    QLineEdit.EchoMode.Password,
                )
                if ok and asked:
                    self.build(asked)
                else:
                    self.result.setText(self.tr("Not built: the key stays locked."))
                return
            tint(self.result, Tone.ERROR)
            if isinstance(error, LintFailed):
                self.result.setText(
                    self.tr(
                        "Not built: %n error(s) to fix first (see Lint).", "", len(error.problems)
                    )
                )
                self.lint_failed.emit()
            elif isinstance(error, MissingAltText):
                self.result.setText(
                    self.tr(
                        "Not built: an image has no alt text (%1). Describe every image in its"
                        " item's language."
                    ).replace("%1", str(error))
                )
            else:
                self.result.setText(self.tr("Not built: %1").replace("%1", str(error)))

        self._tasks.run(work, done, failed, context=self)

    def _show_built(self, built: Built) -> None:
        build = built.build
        lines = [
            self.tr("Built %1: %2 files, %3 KB, version %4.")
            .replace("%1", build.path.name)
            .replace("%2", str(len(build.files)))
            .replace("%3", f"{(build.size + 1023) // 1024:,}")
            .replace("%4", str(build.version)),
            self.tr("SHA-256: %1").replace("%1", build.sha256),
            self.tr("Verified: %1").replace("%1", signature_text(built.verify)),
        ]
        if build.warnings:
            lines.append(self.tr("%n lint warning(s) (see Lint).", "", len(build.warnings)))
        self.result.setText("\n".join(lines))
        tint(
            self.result,
            Tone.SUCCESS if built.verify.state.value.startswith("valid") else Tone.ERROR,
        )

    @property
    def built(self) -> Built | None:
        return self._built

    # -- after building ------------------------------------------------------------------
    def save_zip(self, target: Path | None = None) -> None:
        if self._built is None:
            return
        if target is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the pack"),
                self._built.build.path.name,
                self.tr("Content packs (*.zip)"),
            )
            if not chosen:
                return
            target = Path(chosen)
        source = self._built.build.path

        def work() -> Path:
            from advocate_desktop.services.authoring.inflect import write_atomically

            write_atomically(target, source.read_bytes())
            return target

        def failed(error: BaseException) -> None:
            show_problem(self, self.tr("The pack was not saved"), str(error))

        self._tasks.run(
            work,
            lambda saved: self.message.emit(self.tr("Saved %1").replace("%1", str(saved))),
            failed,
            context=self,
        )

    def open_in_app(self) -> None:
        if self._built is not None and self._app is not None:
            self._app.preview_file(self._built.build.path, self._built.public_line)

    def serve(self) -> None:
        """Serve the built zip on this computer only, and subscribe the app to it."""
        if self._built is None or self._app is None or self._server is not None:
            return
        path, line = self._built.build.path, self._built.public_line

        def work() -> tuple[PreviewServer, str]:
            from advocate_desktop.services.authoring.serve import PreviewServer

            server = PreviewServer(path.parent, port=0, quiet=True)
            server.start()
            host = f"[{server.info.host}]" if ":" in server.info.host else server.info.host
            return server, f"http://{host}:{server.info.port}/{path.name}"

        def done(outcome: tuple[PreviewServer, str]) -> None:
            self._server, url = outcome
            self.serving.setText(
                self.tr("Serving on this computer only at %1 until you stop it.").replace("%1", url)
            )
            self._update()
            if self._app is not None:
                self._app.preview_address(url, line)

        def failed(error: BaseException) -> None:
            show_problem(self, self.tr("Not served"), str(error))

        self._tasks.run(work, done, failed, context=self)

    def stop_serving(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            current = self._build_dir

            def work() -> None:
                server.close()
                if server.info.folder != current:  # a build replaced since: nothing uses it
                    shutil.rmtree(server.info.folder, ignore_errors=True)

            self._tasks.run(work, context=self)
        self.serving.setText("")
        self._update()

    def shut_down(self) -> None:
        """The window closes: stop serving and remove the built files (on a worker)."""
        server, self._server = self._server, None
        folder, self._build_dir = self._build_dir, None

        def work() -> None:
            if server is not None:
                server.close()
                shutil.rmtree(server.info.folder, ignore_errors=True)
            if folder is not None:
                shutil.rmtree(folder, ignore_errors=True)

        self._tasks.run(work)

    def tab_chain(self) -> list[QWidget]:
        return [
            self.key,
            self.create_key_button,
            self.key_file_button,
            self.signer,
            self.copy_public,
            self.expires_set,
            self.expires,
            self.build_button,
            self.save_button,
            self.open_button,
            self.serve_button,
            self.stop_button,
        ]
