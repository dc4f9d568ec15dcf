"""The pack studio's window: Packs, Items, Lint, Sign and publish (and the Policy page,
added with :meth:`StudioWindow.add_page`).

It owns the open pack (:class:`StudioDocument`) and everything that reads the disk or
checks the whole pack: opening, saving (atomic, through the authoring service),
linting and the employee-side check of every suggested text run on workers, a short
pause after the last edit.  Closing with unsaved edits asks first.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from advocate_desktop.services.authoring.errors import BadInput
from advocate_desktop.services.pack_checks import TextVerdict
from advocate_desktop.services.pack_items import place_of
from advocate_desktop.services.policy_editing import Sample
from advocate_desktop.services.recent_packs import RecentPacks
from advocate_desktop.services.studio_samples import SampleStore
from advocate_desktop.ui.plain import show_problem
from advocate_desktop.ui.studio.document import StudioDocument
from advocate_desktop.ui.studio.items_page import ItemsPage
from advocate_desktop.ui.studio.lint_page import LintPage
from advocate_desktop.ui.studio.packs_page import PacksPage
from advocate_desktop.ui.studio.policy_page import PolicyPage
from advocate_desktop.ui.studio.publish_page import EmployeeApp, PublishPage
from advocate_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from advocate_desktop.policy.engine import PolicyEngine
    from advocate_desktop.services.authoring.model import PackModel
    from advocate_desktop.services.authoring.results import LintReport, Problem, VerifyResult

log = logging.getLogger(__name__)
#: A pause in editing this long, and the pack is checked again (lint and every text).
CHECK_AFTER_MS = 700
#: Where a page added with add_page goes when no index is given: after Items.
POLICY_PAGE_INDEX = 2


class PolicyEditor(Protocol):
    """What the studio needs of the Policy page (ui/studio/policy_page.py, PolicyPage):
    it shows a policy.json document, says when it edited it, and gives it back."""

    @property
    def changed(self) -> Any: ...  # a Signal() emitted after every edit

    def set_document(self, document: Any) -> None: ...

    def document(self) -> dict[str, Any]: ...


class FolderHoldsAnotherPack(Exception):
    """Save was asked to write into a folder with another pack in it."""


@dataclass(frozen=True)
class PackChecks:
    engine: PolicyEngine | None
    rules: int | None  # the pack policy's rules (None: no policy.json)
    policy_problem: str | None
    verdicts: list[TextVerdict]


def check_pack(policy: dict[str, Any] | None, feed: dict[str, Any], language: str) -> PackChecks:
    """Worker: the pack's engine and the verdict on every suggested text."""
    from advocate_desktop.services.authoring.lint import pack_policy_engine
    from advocate_desktop.services.pack_checks import suggested_verdicts

    try:
        engine = pack_policy_engine(policy)
    except BadInput as error:
        return PackChecks(None, None, str(error), [])
    rules = policy.get("rules") if policy is not None else None
    count = len(rules) if isinstance(rules, list) else None if policy is None else 0
    return PackChecks(engine, count, None, suggested_verdicts(engine, feed, language))


def save_model(model: PackModel, folder: Path, *, replace_other: bool, origin: Path | None) -> Path:
    """Worker: write the pack into ``folder``; refuses a folder holding another pack."""
    from advocate_desktop.services.authoring.model import save_pack_model

    if not replace_other and folder != origin and (folder / "feed.json").exists():
        raise FolderHoldsAnotherPack(str(folder))
    save_pack_model(model, folder)
    return folder


class StudioWindow(QMainWindow):
    closed = Signal()

    def __init__(
        self,
        tasks: TaskRunner,
        config_dir: Path,
        app: EmployeeApp | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pack studio"))
        self.tasks = tasks
        self.recent = RecentPacks(config_dir)
        self.sample_store = SampleStore(config_dir)
        self._samples_edited = False  # the page's samples changed since read or kept
        self.document = StudioDocument(self)
        self._saving = False
        self._after_save: list[Callable[[], None]] = []
        self._checked_revision = -1
        self._closing_confirmed = False
        self.policy_page: QWidget | None = None
        self._showing_policy = False  # the policy page is being given a pack's policy

        self.packs = PacksPage(self.document)
        self.items = ItemsPage(self.document, tasks)
        self.lint = LintPage()
        self.publish = PublishPage(self.document, tasks, self.save_then, app)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Studio pages"))
        self.tabs.addTab(self.packs, self.tr("Packs"))
        self.tabs.addTab(self.items, self.tr("Items"))
        self.tabs.addTab(self.lint, self.tr("Lint"))
        self.tabs.addTab(self.publish, self.tr("Sign and publish"))
        self.setCentralWidget(self.tabs)
        self.resize(1100, 720)

        self.packs.new_requested.connect(self.new_pack)
        self.packs.open_folder_requested.connect(self.choose_folder)
        self.packs.open_zip_requested.connect(self.choose_zip)
        self.packs.recent_chosen.connect(self.open_pack)
        self.lint.problem_activated.connect(self.go_to_problem)
        self.lint.recheck_requested.connect(self.check_now)
        self.publish.lint_failed.connect(lambda: self.tabs.setCurrentWidget(self.lint))
        for page in (self.items, self.publish):
            page.message.connect(self.show_message)

        self._check_timer = QTimer(self, singleShot=True, interval=CHECK_AFTER_MS)
        self._check_timer.timeout.connect(self.check_now)
        self.document.changed.connect(self._check_timer.start)
        self.document.saved_state.connect(self._show_saved_state)
        self.document.opened.connect(self._opened)

        self._build_menus()
        self._set_tab_order()
        self._opened()
        self.tasks.run(self.recent.load, self.packs.set_recent, context=self)
        self.publish.refresh_keys()
        self.add_policy_page(PolicyPage(tasks))

    # -- pages -------------------------------------------------------------------------
    def add_page(self, title: str, widget: QWidget, index: int | None = None) -> int:
        """Add a page (the Policy page goes after Items unless ``index`` says otherwise);
        returns its index."""
        return self.tabs.insertTab(POLICY_PAGE_INDEX if index is None else index, widget, title)

    def add_policy_page(self, page: QWidget) -> None:
        """The Policy page: it edits the open pack's policy.json, and every edit becomes
        the pack's (saved with it, linted, and checked against every suggested text)."""
        editor: PolicyEditor = page  # type: ignore[assignment]
        if self.policy_page is not None:  # another page takes its place
            old: PolicyEditor = self.policy_page  # type: ignore[assignment]
            old.changed.disconnect(self._policy_edited)
            self.tabs.removeTab(self.tabs.indexOf(self.policy_page))
            self.policy_page.deleteLater()
        else:
            self.document.opened.connect(self._show_policy)
            self.document.saved_state.connect(lambda _saved: self._keep_samples())
        self.policy_page = page
        self.add_page(self.tr("Policy"), page, POLICY_PAGE_INDEX)
        editor.changed.connect(self._policy_edited)
        samples_changed = getattr(page, "samples_changed", None)
        if samples_changed is not None:
            samples_changed.connect(self._samples_changed)
        self._show_policy()

    def _show_policy(self) -> None:
        page = self.policy_page
        if page is None:
            return
        model = self.document.model
        self._showing_policy = True
        try:
            page.setEnabled(model is not None)
            editor: PolicyEditor = page  # type: ignore[assignment]
            editor.set_document(model.policy if model is not None else None)
            if isinstance(page, PolicyPage):
                self._samples_edited = False
                page.set_samples([])  # another pack's samples are not this one's
        finally:
            self._showing_policy = False
        self._read_samples()

    def _pack_place(self) -> Path | None:
        return self.document.folder or self.document.origin

    def _read_samples(self) -> None:
        """The open pack's sample posts, kept on this computer, into the Policy page."""
        page = self.policy_page
        place = self._pack_place()
        if place is None or not isinstance(page, PolicyPage):
            return
        store = self.sample_store

        def done(samples: list[Sample]) -> None:
            fresh = self._pack_place() == place and self.policy_page is page
            if fresh and samples and not self._samples_edited:
                page.set_samples(samples)

        self.tasks.run(lambda: store.load(place), done, context=self)

    def _samples_changed(self) -> None:
        self._samples_edited = True
        self._keep_samples()

    def _keep_samples(self) -> None:
        """The sample posts are the team's, never the pack's: kept beside the recent
        packs list, written on a worker (a new pack's once it has a folder)."""
        page = self.policy_page
        place = self._pack_place()
        if place is None or not isinstance(page, PolicyPage) or not self._samples_edited:
            return  # nothing typed since they were read (opening a pack never erases them)
        self._samples_edited = False
        samples = page.samples()
        store = self.sample_store
        self.tasks.run(lambda: store.save(place, samples), context=self)

    def _policy_edited(self) -> None:
        model, page = self.document.model, self.policy_page
        if self._showing_policy or model is None or page is None:
            return
        editor: PolicyEditor = page  # type: ignore[assignment]
        model.policy = editor.document()
        self.document.edited()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for text, slot, key in (
            (self.tr("&New pack…"), self.new_pack, QKeySequence.StandardKey.New),
            (self.tr("Open pack &folder…"), self.choose_folder, QKeySequence.StandardKey.Open),
            (self.tr("Open pack &zip…"), self.choose_zip, None),
            (self.tr("&Save"), self.save, QKeySequence.StandardKey.Save),
            (self.tr("Save &as folder…"), self.save_as, QKeySequence.StandardKey.SaveAs),
            (self.tr("&Close studio"), self.close, QKeySequence.StandardKey.Close),
        ):
            action = QAction(text, self)
            action.triggered.connect(slot)
            if key is not None:
                action.setShortcut(key)
            file_menu.addAction(action)
        self.save_action = file_menu.actions()[3]

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.tabs.tabBar(),
            *self.packs.tab_chain(),
            *self.items.tab_chain(),
            self.lint.list,
            self.lint.go_button,
            self.lint.recheck_button,
            *self.publish.tab_chain(),
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 10000)

    def _show_saved_state(self, saved: bool) -> None:
        title = self.document.title() or self.tr("(untitled)")
        self.setWindowTitle(  # [*]: where Qt marks unsaved changes
            self.tr("%1 — Pack studio").replace("%1", title + "[*]")
            if self.document.is_open
            else self.tr("Pack studio") + "[*]"
        )
        self.setWindowModified(not saved)
        self.save_action.setEnabled(self.document.is_open)

    # -- opening -------------------------------------------------------------------------
    def _ask_to_keep(self, then: Callable[[], None]) -> None:
        """Unsaved edits: Save, Discard or Cancel; ``then`` runs unless cancelled."""
        if not self.document.dirty:
            then()
            return
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The pack “%1” has changes that are not saved. Save them?").replace(
                "%1", self.document.title()
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            self.save_then(then)
        elif answer == QMessageBox.StandardButton.Discard:
            then()

    def new_pack(self) -> None:
        self._ask_to_keep(self._new_pack)

    def _new_pack(self) -> None:
        title, ok = QInputDialog.getText(
            self,
            self.tr("New pack"),
            self.tr("Title of the new pack:"),
            text=self.tr("Our newsroom"),
        )
        if ok:
            self.create_pack(title.strip())

    def create_pack(self, title: str) -> None:
        """A new pack from the template (example items and policy), not saved yet."""
        from advocate_desktop.services.authoring.model import new_pack_model

        self.tasks.run(
            lambda: new_pack_model(title or None),
            lambda model: self.document.open(model, None, None),
            self._open_failed,
            context=self,
        )

    def choose_folder(self) -> None:
        def chosen() -> None:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Open a pack folder"))
            if folder:
                self._open(Path(folder))

        self._ask_to_keep(chosen)

    def choose_zip(self) -> None:
        def chosen() -> None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Open a pack zip"), "", self.tr("Content packs (*.zip)")
            )
            if path:
                self._open(Path(path))

        self._ask_to_keep(chosen)

    def open_pack(self, path: Path) -> None:
        """Open a pack folder or zip (asking first about unsaved edits)."""
        self._ask_to_keep(lambda: self._open(path))

    def _open(self, path: Path) -> None:
        from advocate_desktop.services.authoring.model import load_pack_model

        def work() -> tuple[PackModel, bool]:
            return load_pack_model(path), path.is_dir()

        def done(loaded: tuple[PackModel, bool]) -> None:
            model, is_folder = loaded
            self.document.open(model, path if is_folder else None, path)
            self._remember(path)

        self.tasks.run(work, done, self._open_failed, context=self)

    def _remember(self, path: Path) -> None:
        self.tasks.run(lambda: self.recent.add(path), self.packs.set_recent, context=self)

    def _open_failed(self, error: BaseException) -> None:
        log.warning("pack not opened: %s", error)
        show_problem(self, self.tr("The pack was not opened"), str(error))

    def _opened(self) -> None:
        self.lint.show_report(None)
        self._checked_revision = -1
        self._show_saved_state(not self.document.dirty)
        if self.document.is_open:
            self.tabs.setCurrentWidget(self.items)
            self.check_now()
            self._read_signature()

    def _read_signature(self) -> None:
        origin = self.document.origin
        if origin is None:
            return
        from advocate_desktop.services.authoring.verify import verify_pack

        def done(result: VerifyResult) -> None:
            if self.document.origin == origin:
                self.packs.show_signature(result)

        def failed(error: BaseException) -> None:
            self.packs.show_signature(None, str(error))

        self.tasks.run(lambda: verify_pack(origin), done, failed, context=self)

    # -- checking ------------------------------------------------------------------------
    def check_now(self) -> None:
        """Lint the pack and check every suggested text (on workers)."""
        from advocate_desktop.services.authoring.lint import lint_model
        from advocate_desktop.ui.i18n import ui_language

        self._check_timer.stop()
        model = self.document.model
        if model is None:
            return
        revision = self.document.revision
        copy = model.copy()
        self.lint.show_checking()

        def linted(report: LintReport) -> None:
            if revision == self.document.revision:
                self.lint.show_report(report)
                self.packs.show_lint(len(report.errors), len(report.warnings))

        def lint_failed(error: BaseException) -> None:
            self.lint.show_failure(str(error))

        def checked(checks: PackChecks) -> None:
            if revision != self.document.revision:
                return
            self._checked_revision = revision
            self.packs.show_policy(checks.rules, checks.policy_problem)
            self.packs.show_verdicts(checks.verdicts)
            self.items.set_verdicts(checks.verdicts)
            if checks.engine is not None:
                self.items.set_engine(checks.engine)

        language = ui_language()
        self.tasks.run(lambda: lint_model(copy), linted, lint_failed, context=self)
        self.tasks.run(
            lambda: check_pack(copy.policy, copy.feed, language),
            checked,
            lambda error: self.show_message(str(error)),
            context=self,
        )

    def go_to_problem(self, problem: Problem) -> None:
        place = place_of(problem.file, problem.pointer)
        if place is None:
            policy = self._policy_page()
            if policy is not None:
                self.tabs.setCurrentWidget(policy)
                show = getattr(policy, "show_pointer", None)
                if callable(show):
                    show(problem.pointer)
            return
        if place.item is None:
            self.tabs.setCurrentWidget(self.packs)
            if place.field == "title":
                self.packs.title.setFocus()
            return
        self.tabs.setCurrentWidget(self.items)
        self.items.show_place(place)

    def _policy_page(self) -> QWidget | None:
        return self.policy_page

    # -- saving --------------------------------------------------------------------------
    def save(self) -> None:
        self.save_then(None)

    def save_as(self) -> None:
        folder = self._choose_save_folder()
        if folder is not None:
            self.save_to(folder)

    def save_to(self, folder: Path, then: Callable[[], None] | None = None) -> None:
        """Save the pack into ``folder`` (asking before replacing another pack there)."""
        self._save_into(folder, then, replace_other=False)

    def _choose_save_folder(self) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a folder for the pack (an empty one for a new pack)")
        )
        return Path(chosen) if chosen else None

    def save_then(self, then: Callable[[], None] | None) -> None:
        """Save the pack (asking for a folder when it has none), then run ``then``."""
        if not self.document.is_open:
            return
        if not self.document.dirty and self.document.folder is not None:
            if then is not None:
                then()
            return
        folder = self.document.folder or self._choose_save_folder()
        if folder is None:
            return
        self._save_into(folder, then, replace_other=False)

    def _save_into(
        self, folder: Path, then: Callable[[], None] | None, *, replace_other: bool
    ) -> None:
        model = self.document.model
        if model is None:
            return
        if then is not None:
            self._after_save.append(then)
        if self._saving:
            return
        self._saving = True
        revision = self.document.revision
        copy = model.copy()  # edits made while it is written stay unsaved, never half written
        origin = self.document.folder

        def done(saved: Path) -> None:
            self._saving = False
            self.document.mark_saved(revision, saved)
            self.packs.saved()
            self.show_message(self.tr("Saved in %1").replace("%1", str(saved)))
            self._remember(saved)
            self._read_signature_after_save()
            waiting, self._after_save = self._after_save, []
            for callback in waiting:
                callback()

        def failed(error: BaseException) -> None:
            self._saving = False
            if isinstance(error, FolderHoldsAnotherPack):
                answer = QMessageBox.question(
                    self,
                    self.tr("Replace the pack there?"),
                    self.tr("%1 already holds a pack. Replace its files with this pack's?").replace(
                        "%1", str(folder)
                    ),
                )
                if answer == QMessageBox.StandardButton.Yes:
                    waiting, self._after_save = self._after_save, []
                    self._save_into(folder, None, replace_other=True)
                    self._after_save.extend(waiting)
                    return
            else:
                show_problem(
                    self,
                    self.tr("The pack was not saved"),
                    self.tr("%1\n\nYour changes are still here; nothing was lost.").replace(
                        "%1", str(error)
                    ),
                )
            self._after_save.clear()

        self.tasks.run(
            lambda: save_model(copy, folder, replace_other=replace_other, origin=origin),
            done,
            failed,
            context=self,
        )

    def _read_signature_after_save(self) -> None:
        """A saved folder holds no signature until it is built again."""
        self.document.origin = self.document.folder
        self._read_signature()

    # -- closing ---------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.document.dirty and not self._closing_confirmed:
            event.ignore()

            def close_now() -> None:
                self._closing_confirmed = True
                self.close()

            self._ask_to_keep(close_now)
            return
        self._closing_confirmed = False
        self.publish.shut_down()
        super().closeEvent(event)
        QTimer.singleShot(0, self.closed.emit)  # once the window is really closed
