"""The draft editor: the employee's text, its live policy check, and scheduling.

The text box, its check and previews are the shared post editor
(ui/post_editor.py): they run on a worker, never on the GUI thread, and the newest
text wins.  Scheduling waits for a check of exactly the text being scheduled.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from advocate_desktop.feed.model import FeedItem
from advocate_desktop.networks.registry import DEFAULT_TEXT_TARGET
from advocate_desktop.networks.registry import label as network_label
from advocate_desktop.policy.model import Finding, Severity
from advocate_desktop.schedule.clock import suggested_time
from advocate_desktop.schedule.drafts import Draft, DraftGone
from advocate_desktop.schedule.own_images import ImageRefused
from advocate_desktop.schedule.pacing import PaceReport
from advocate_desktop.schedule.states import PostState
from advocate_desktop.services.accounts import AccountsService
from advocate_desktop.services.content import ContentService
from advocate_desktop.services.posts import PostsService
from advocate_desktop.settings.service import SettingsService
from advocate_desktop.store.accounts_repo import AccountRow
from advocate_desktop.store.drafts_repo import DraftWrite
from advocate_desktop.store.post_media_repo import ImageSpec, PostLink
from advocate_desktop.store.posts_repo import PostRow
from advocate_desktop.store.timestamps import from_db
from advocate_desktop.text.networks import NetworkRules, UnknownNetwork
from advocate_desktop.text.utm import site_of
from advocate_desktop.ui.colors import tint
from advocate_desktop.ui.contrast import Tone
from advocate_desktop.ui.employee.feed_list import FeedEntry
from advocate_desktop.ui.employee.image_strip import ImageStrip, dropped_files
from advocate_desktop.ui.employee.own_words_meter import OwnWordsMeter
from advocate_desktop.ui.employee.schedule_picker import SchedulePicker
from advocate_desktop.ui.employee.share_flow import ShareChoice, ShareFlow
from advocate_desktop.ui.plain import plain_label, plain_tip
from advocate_desktop.ui.post_editor import CheckContext, CheckRequest, PostEditor
from advocate_desktop.ui.sizing import scrolling_column
from advocate_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from advocate_desktop.policy.engine import CheckResult, PolicyEngine

log = logging.getLogger(__name__)
SAVE_DELAY_MS = 300


@dataclass
class OpenDraft:
    post: PostRow
    item: FeedItem | None
    origin: str = ""
    signer: str | None = None
    # The post's images and link card; None: not read yet (the editor reads them).
    images: tuple[ImageSpec, ...] | None = None
    link: PostLink | None = None
    stored: bool = True  # False: opened from an item, nothing edited, nothing written

    def with_media(self, draft: Draft) -> OpenDraft:
        return OpenDraft(
            draft.post, self.item, self.origin, self.signer, draft.images, draft.link, draft.stored
        )


class EditorPanel(QWidget):
    scheduled = Signal(str, bool)  # post id, publish now
    shared = Signal(str)  # post id, posted by the employee on a share page
    message = Signal(str)

    def __init__(
        self,
        *,
        content: ContentService,
        posts: PostsService,
        accounts: AccountsService,
        settings: SettingsService,
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._content_service = content
        self._posts = posts
        self._accounts = accounts
        self._tasks = tasks
        self._draft: OpenDraft | None = None
        self._schedule_when_checked: bool | None = None  # publish now?
        self._loading = False
        self._policy_problem: str | None = None
        self._dirty = False  # edited since the last save began
        self._opened_as = PostState.DRAFT  # a scheduled post stays so until its first edit
        self._time_chosen = False  # the employee picked a time (or the post had one)
        self._saving = False  # a save runs on a worker (saves never overlap)
        self._after_save: list[Callable[[], None]] = []

        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)

        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(splitter)

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        # What is below the text scrolls in a small window (or at 200 %); the reason and
        # the Publish and Schedule buttons stay in sight below it.
        bottom = QVBoxLayout()
        header = QHBoxLayout()
        self.image = QLabel()
        self.image.setFixedSize(192, 108)
        self.image.setScaledContents(True)
        header.addWidget(self.image)
        titles = QVBoxLayout()
        self.title = QLabel(self.tr("Pick an item from the list to write your post."))
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        titles.addWidget(self.title)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        titles.addWidget(self.summary)
        self.origin = QLabel()
        self.origin.setTextFormat(Qt.TextFormat.PlainText)
        self.origin.setWordWrap(True)
        self.origin.setAccessibleDescription(self.tr("Where this content comes from"))
        titles.addWidget(self.origin)
        titles.addStretch(1)
        header.addLayout(titles, 1)
        column.addLayout(header)

        # The text, its length and previews, and the findings: shared with the studio.
        self.post = PostEditor(tasks, self._check_context)
        self.post.checked.connect(self._checked_shown)
        self.post.not_checked.connect(self._update_actions)
        self.post.check_failed.connect(self._check_failed)
        self.text = self.post.text
        self.text.setPlaceholderText(self.tr("Your post, in your own words."))
        self.text.setAccessibleName(self.tr("Post text"))
        self.text.textChanged.connect(self._text_changed)
        self.text.setEnabled(False)
        # Image files dropped on the text go on the post; the text never takes their paths.
        self.text.viewport().installEventFilter(self)
        column.addWidget(self.post, 1)
        self.images = ImageStrip(tasks)
        self.images.changed.connect(self._images_changed)
        self.images.add_requested.connect(self.choose_images)
        self.images.files_dropped.connect(self.add_image_files)
        self.images.setEnabled(False)
        self.post.insert_below(self.text, self.images)
        self.setAcceptDrops(True)

        self.counts = self.post.counts
        self.counts.setAccessibleDescription(self.tr("The post's length on the chosen network"))
        self.own_words = OwnWordsMeter(tasks)
        self.post.insert_below(self.counts, self.own_words)
        self.previews = self.post.previews
        self._preview_labels = self.previews.labels
        self.saved = plain_label()
        self.saved.setAccessibleDescription(self.tr("Whether your draft is saved"))
        column.addWidget(self.saved)

        form = QFormLayout()
        self.account = QComboBox()
        self.account.currentIndexChanged.connect(self._account_picked)
        form.addRow(self.tr("Account:"), self.account)
        self.picker = SchedulePicker(posts, settings, tasks)
        self.picker.changed.connect(self._update_actions)
        self.picker.when.setAccessibleName(self.tr("Publish at"))
        # The time the employee picks is part of the draft (a restart keeps it).
        self.picker.when.dateTimeChanged.connect(self._time_edited)
        self.picker.zone.currentTextChanged.connect(self._time_edited)
        self.picker.later.toggled.connect(self._time_edited)
        self.when = self.picker.when
        form.addRow(self.tr("Publish at:"), self.picker)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        column.addLayout(form)

        self.ack = QCheckBox(self.tr("I have read the warnings and want to publish anyway"))
        self.ack.setVisible(False)
        self.ack.toggled.connect(self._update_actions)
        bottom.addWidget(self.ack)
        self.reason = plain_label()  # shows a policy's message: never rendered as HTML
        self.reason.setWordWrap(True)
        tint(self.reason, Tone.ERROR)
        bottom.addWidget(self.reason)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.publish_now_button = QPushButton(self.tr("Publish now"))
        self.publish_now_button.clicked.connect(lambda: self.schedule(now=True))
        self.schedule_button = QPushButton(self.tr("Schedule"))
        self.schedule_button.setDefault(True)
        self.schedule_button.clicked.connect(lambda: self.schedule(now=False))
        # Any network's share page, in the browser: the path without an account (ui/share_flow).
        self.share = ShareFlow(posts, tasks, self)
        self.share.menu.chosen.connect(self.share_on)
        self.share.message.connect(self.message)
        self.share.handed_off.connect(self._handed_off)
        self.share_button = QPushButton(self.tr("Share on…"))
        self.share_button.setMenu(self.share.menu)
        buttons.addWidget(self.share_button)
        buttons.addWidget(self.publish_now_button)
        buttons.addWidget(self.schedule_button)
        bottom.addLayout(buttons)
        splitter.addWidget(scrolling_column(left, bottom))

        self.policy = self.post.policy
        splitter.addWidget(self.policy)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self._update_actions()

    # -- inputs from the window ------------------------------------------
    def set_engine(self, engine: PolicyEngine) -> None:
        self.post.set_engine(engine)

    def set_policy_problem(self, problem: str | None) -> None:
        """IT's policy does not load: nothing may be scheduled until IT fixes it."""
        self._policy_problem = problem
        self._update_actions()

    def set_accounts(self, accounts: list[AccountRow]) -> None:
        """The accounts to choose from; an open draft keeps its own account (a draft
        restored at start is shown before the accounts are read)."""
        current = self.current_account()
        wanted = current.id if current is not None else None
        if self._draft is not None and self._draft.post.account_id:
            wanted = self._draft.post.account_id
        self.account.blockSignals(True)
        self.account.clear()
        for account in accounts:
            network = network_label(self._accounts.text_network_of(account))
            self.account.addItem(f"{account.display_name} ({network})", account)
        self._select_account(wanted)
        self.account.blockSignals(False)
        self.share.set_accounts(accounts)
        self._account_changed()

    def _select_account(self, account_id: str | None) -> bool:
        for index in range(self.account.count()):
            if self.account.itemData(index).id == account_id:
                self.account.setCurrentIndex(index)
                return True
        return False

    def current_account(self) -> AccountRow | None:
        data = self.account.currentData()
        return data if isinstance(data, AccountRow) else None

    def current_network(self) -> str:
        account = self.current_account()
        return self._accounts.text_network_of(account) if account else DEFAULT_TEXT_TARGET

    def current_rules(self) -> NetworkRules | None:
        """The chosen account's rules: its network's, with its server's own limits.

        None without an account, or for a network without text rules (a damaged
        configuration): the check on the worker then says what is wrong."""
        account = self.current_account()
        if account is None:
            return None
        try:
            return self._accounts.text_rules_of(account)
        except UnknownNetwork:
            return None

    @property
    def draft(self) -> OpenDraft | None:
        return self._draft

    def open_entry(self, entry: FeedEntry) -> None:
        """Open the item's draft, or the suggested text as a draft not written yet: the
        first edit stores it (opening an item never leaves a draft behind)."""
        self.save_now()
        item = entry.item
        account = self.current_account()
        network = self.current_network()
        language = item.language
        content, drafts = self._content_service, self._posts.drafts

        def work() -> OpenDraft:
            # The campaign's (and a job's referral) parameters go on links to its site.
            suggested = content.suggested_text(item, network, language)

            def item_media() -> tuple[tuple[ImageSpec, ...], PostLink | None]:
                media = content.media_for_item(item, language)
                return media.images, media.link

            draft = drafts.for_item(
                source_id=entry.source_id,
                item_id=item.id,
                network=network,
                language=language,
                suggested_text=suggested,
                account_id=account.id if account else None,
                item_media=item_media,
            )
            return OpenDraft(draft.post, item, entry.origin, entry.signer).with_media(draft)

        self._tasks.run(work, self.show_draft, self._failed)
        if entry.thumbnail is not None:
            self.image.setPixmap(QPixmap.fromImage(entry.thumbnail))
        else:
            self.image.clear()
        self.image.setToolTip(plain_tip(item.image_alt))
        self.image.setAccessibleDescription(item.image_alt)

    def show_draft(self, draft: OpenDraft) -> None:
        """Show a draft (or a scheduled post to edit) with everything it keeps: its account,
        text, images and alt texts, and the time picked for it."""
        if self._draft is not None and self._draft.post.id == draft.post.id and self._draft.stored:
            self.text.setFocus()  # already open here, maybe with edits not yet saved: keep them
            return
        if draft.images is None:  # from the Queue or a restart: read its images first
            self._read_media(draft)
            return
        if self._draft is not None and self._draft.post.id != draft.post.id:
            self.save_now()
        self._draft = draft
        self._dirty = False
        self._opened_as = PostState(draft.post.state)
        self._time_chosen = draft.post.due_at is not None
        item = draft.item
        self.title.setText(item.title if item else self.tr("Your own post"))
        self.summary.setText(item.summary if item else "")
        self.origin.setText(self._origin_text(draft))
        if item is None or item.image is None:
            self.image.clear()
        post = draft.post
        self._loading = True
        try:
            self.text.setPlainText(post.text)
            if post.account_id:
                self._select_account(post.account_id)
            self.picker.set_zone(post.zone or self.picker.default_zone())
            planned = from_db(post.due_at) if post.due_at else None
            now = self._posts.clock.now()
            self.set_when(planned if planned is not None and planned > now else suggested_time(now))
            self.images.set_images(draft.images or ())
        finally:
            self._loading = False
        suggested = item.suggested_text(post.network, post.language) if item else ""
        self.own_words.set_reference(suggested, post.text)
        self.text.setEnabled(True)
        self.images.setEnabled(True)
        self.text.setFocus()
        self._account_changed()
        self.ack.setChecked(False)
        self.saved.setText(self._saved_text())
        self.run_check()

    def _read_media(self, draft: OpenDraft) -> None:
        content, drafts = self._content_service, self._posts.drafts
        item, language = draft.item, draft.post.language

        def item_media() -> tuple[tuple[ImageSpec, ...], PostLink | None]:
            assert item is not None
            media = content.media_for_item(item, language)
            return media.images, media.link

        def work() -> OpenDraft:
            stored = drafts.of_post(draft.post, item_media if item else None)
            return draft.with_media(stored)

        self._tasks.run(work, self.show_draft, self._failed, context=self)

    def _saved_text(self) -> str:
        """What the autosave line says: saved, not written yet, or a post kept scheduled."""
        draft = self._draft
        if draft is None:
            return ""
        if not draft.stored:
            return self.tr("Not saved yet: a draft is kept once you change something.")
        if draft.post.state != PostState.DRAFT:
            if draft.post.state == PostState.SCHEDULED and draft.post.due_at:
                return self.tr(
                    "Scheduled for %1. It stays scheduled unless you change it; a change is"
                    " published only once you schedule it again."
                ).replace("%1", self._local(draft.post.due_at))
            return self.tr("A change makes this post a draft until you schedule it again.")
        if draft.post.due_at and self._opened_as is not PostState.DRAFT:
            return self.tr(
                "Draft saved. Not published until you schedule it again (it was planned for %1)."
            ).replace("%1", self._local(draft.post.due_at))
        return self.tr("Draft saved")

    @staticmethod
    def _local(stamp: str) -> str:
        return from_db(stamp).astimezone().strftime("%Y-%m-%d %H:%M")

    def _origin_text(self, draft: OpenDraft) -> str:
        if not draft.origin:
            return ""
        signed = (
            self.tr("signed by %1").replace("%1", draft.signer)
            if draft.signer
            else self.tr("not signed")
        )
        text = self.tr("From %1 · %2").replace("%1", draft.origin).replace("%2", signed)
        if draft.item is not None and draft.item.expires_at is not None:
            until = draft.item.expires_at.astimezone().strftime("%Y-%m-%d %H:%M")
            text += " · " + self.tr("may be shared until %1").replace("%1", until)
        return text

    def set_when(self, moment: datetime) -> None:
        self.picker.set_when(moment)

    def chosen_when(self) -> datetime:
        return self.picker.chosen_when()

    def _picker_context(self) -> None:
        post_id = self._draft.post.id if self._draft is not None else ""
        self.picker.set_context(self.current_account(), self.current_network(), post_id)

    def close_draft(self) -> None:
        self.save_now()
        self._draft = None
        self._dirty = False
        self._schedule_when_checked = None
        self.post.reset()
        self._loading = True
        self.text.clear()
        self.images.set_images(())
        self._loading = False
        self.text.setEnabled(False)
        self.images.setEnabled(False)
        self.title.setText(self.tr("Pick an item from the list to write your post."))
        self.summary.clear()
        self.origin.clear()
        self.image.clear()
        self.own_words.clear()
        self.saved.clear()
        self._update_actions()

    def forget(self, post_id: str) -> None:
        """The post was deleted elsewhere (the Queue): close it without saving it back."""
        if self._draft is not None and self._draft.post.id == post_id:
            self._dirty = False
            self._save_timer.stop()
            self.close_draft()

    # -- editing ------------------------------------------------------------
    def _text_changed(self) -> None:
        if self._loading or self._draft is None:
            return
        self._schedule_when_checked = None  # a schedule asked for before this edit is not
        self._edited()
        self.own_words.update_text(self.text.toPlainText())
        self.post.text_edited()  # a check of the text before this edit is out of date

    def _images_changed(self) -> None:
        if self._loading or self._draft is None:
            return
        self._edited()
        self._update_actions()

    def _time_edited(self, *_: object) -> None:
        if not self._loading and self._draft is not None:
            self._time_chosen = True
            self._edited()

    def _edited(self) -> None:
        """The employee changed the draft: it is written shortly (the first time, made)."""
        self._dirty = True
        self.saved.setText(self.tr("Saving…"))
        self._save_timer.start()

    def _content(self) -> DraftWrite:
        assert self._draft is not None
        post = self._draft.post
        account = self.current_account()
        zone = self.picker.current_zone() or None
        return DraftWrite(
            post_id=post.id,
            source_id=post.source_id,
            item_id=post.item_id,
            account_id=account.id if account is not None else post.account_id,
            network=self.current_network(),
            language=post.language,
            text=self.text.toPlainText(),
            images=self.images.images(),
            link=self._draft.link,
            due_at=self.chosen_when() if zone and self._time_chosen else None,
            zone=zone,
        )

    def save_now(self, then: Callable[[], None] | None = None) -> None:
        """Write the draft now, whole (in a worker); called by the timer, on switch and on
        close.  Nothing is written for a draft nobody changed.  Saves never overlap: one
        asked for while another runs follows it.  ``then`` runs once the draft is stored
        as it is now."""
        self._save_timer.stop()
        if then is not None:
            self._after_save.append(then)
        if self._saving:
            return  # _saved starts the next one
        draft = self._draft
        if draft is None or not self._dirty:
            self._run_after_save()
            return
        self._dirty = False
        self._saving = True
        content = self._content()
        stored, state = draft.stored, draft.post.state
        drafts = self._posts.drafts
        self._tasks.run(
            lambda: drafts.save(content, stored=stored, state=state),
            lambda _ok: self._saved(draft, content),
            lambda error: self._save_failed(draft, error),
            context=self,
        )

    def _saved(self, draft: OpenDraft, content: DraftWrite) -> None:
        self._saving = False
        post = replace(
            draft.post,
            state=PostState.DRAFT.value,
            account_id=content.account_id,
            network=content.network,
            text=content.text,
            zone=content.zone,
        )
        stored = OpenDraft(post, draft.item, draft.origin, draft.signer, content.images, draft.link)
        if self._draft is not None and self._draft.post.id == post.id:
            self._draft = stored
            if not self._dirty:
                self.saved.setText(self._saved_text())
        if self._dirty and self._draft is not None:
            self.save_now()
        else:
            self._run_after_save()

    def _save_failed(self, draft: OpenDraft, error: BaseException) -> None:
        self._saving = False
        self._after_save.clear()  # a schedule waiting for this save is not carried out
        same = self._draft is not None and self._draft.post.id == draft.post.id
        if same:
            self._dirty = True  # the edits are still on screen, to be written
        if same and isinstance(error, DraftGone):
            # It went out, or was deleted, meanwhile: the edits become a new draft.
            copy = self._posts.drafts.unsaved_copy(
                Draft(draft.post, draft.images or (), draft.link, draft.stored)
            )
            self._draft = OpenDraft(
                copy.post, draft.item, draft.origin, draft.signer, copy.images, copy.link, False
            )
            self._opened_as = PostState.DRAFT
            self.message.emit(
                self.tr(
                    "This post changed in the Queue while you edited it (it went out, or"
                    " was deleted). Your text is kept as a new draft."
                )
            )
            self.save_now()
            return
        if not same and isinstance(error, DraftGone):
            log.info("a draft closed meanwhile was deleted before its last save: %s", error)
            return
        self.saved.setText(self.tr("Not saved"))
        self._failed(error)

    def _run_after_save(self) -> None:
        waiting, self._after_save = self._after_save, []
        for callback in waiting:
            callback()

    # -- images -------------------------------------------------------------
    def image_limit(self) -> int | None:
        account = self.current_account()
        return None if account is None else self._accounts.image_limit_of(account)

    def choose_images(self) -> None:
        """ "Add image…": the employee's own pictures from a file dialog."""
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add images to the post"),
            "",
            self.tr("Images (*.jpg *.jpeg *.png *.gif *.webp)"),
        )
        if paths:
            self.add_image_files([Path(p) for p in paths])

    def add_image_files(self, paths: list[Path]) -> None:
        """Check and copy the files into the app's data folder (on a worker), then add
        them; a file refused, or one over the network's limit, is said plainly."""
        if self._draft is None or not paths:
            return
        room = self.images.room()
        over: list[Path] = []
        if room is not None and len(paths) > room:
            paths, over = paths[:room], paths[room:]
        told = [self._over_limit_text(len(over))] if over else []
        if not paths:
            self._tell_images(" ".join(told))
            return
        drafts = self._posts.drafts
        post_id = self._draft.post.id

        def work() -> tuple[list[ImageSpec], list[ImageRefused]]:
            added: list[ImageSpec] = []
            refused: list[ImageRefused] = []
            for path in paths:
                try:
                    added.append(drafts.add_own_image(path))
                except ImageRefused as error:
                    refused.append(error)
                except OSError as error:  # the app's data folder could not take the copy
                    refused.append(ImageRefused("not_copied", path.name, str(error)))
            return added, refused

        def done(result: tuple[list[ImageSpec], list[ImageRefused]]) -> None:
            added, refused = result
            if self._draft is None or self._draft.post.id != post_id:
                return  # another post is open now: these were for the one closed
            if added:
                self.images.add_images(added)
            told.extend(self._refused_text(r) for r in refused)
            if told:  # after the strip's own count, which adding shows
                self._tell_images(" ".join(told))

        self._tasks.run(work, done, self._failed, context=self)

    def _tell_images(self, text: str) -> None:
        self.images.note.setText(text)
        self.message.emit(text)

    def _over_limit_text(self, left_out: int) -> str:
        account = self.current_account()
        name = network_label(account.network) if account else ""
        return (
            self.tr("Image limit per post on %1: %2. Files not added: %3.")
            .replace("%1", name)
            .replace("%2", str(self.image_limit() or 0))
            .replace("%3", str(left_out))
        )

    def _refused_text(self, error: ImageRefused) -> str:
        from advocate_desktop.schedule.own_images import MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS

        texts = {
            "unreadable": self.tr("%1 could not be read (%2)."),
            "not_copied": self.tr("%1 could not be copied into the app's folder (%2)."),
            "too_large": self.tr("%1 is larger than %3 MB, the most a post's image may be."),
            "not_image": self.tr("%1 is not an image, or it is damaged."),
            "unsupported": self.tr("%1 is a %2 image; posts take JPEG, PNG, GIF or WebP images."),
            "too_many_pixels": self.tr(
                "%1 has too many pixels (%2); save it smaller, under %4 megapixels."
            ),
        }
        template = texts.get(error.code, self.tr("%1 cannot go on a post."))
        return (
            template.replace("%1", error.name)
            .replace("%2", error.detail)
            .replace("%3", str(MAX_IMAGE_BYTES // (1024 * 1024)))
            .replace("%4", str(MAX_IMAGE_PIXELS // 1_000_000))
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Image files dragged onto the text go on the post, not into the text."""
        if not isValid(self.text):  # the text box is gone (the window is closing)
            return False
        if watched is self.text.viewport() and self._draft is not None:
            if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
                assert isinstance(event, QDragEnterEvent | QDropEvent)
                if dropped_files(event):
                    event.acceptProposedAction()
                    return True
            elif event.type() == QEvent.Type.Drop:
                assert isinstance(event, QDropEvent)
                paths = dropped_files(event)
                if paths:
                    event.acceptProposedAction()
                    self.add_image_files(paths)
                    return True
        return super().eventFilter(watched, event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._draft is not None and dropped_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()  # a content pack: the window imports it

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_files(event) if self._draft is not None else []
        if paths:
            event.acceptProposedAction()
            self.add_image_files(paths)
        else:
            event.ignore()

    # -- the check (ui/post_editor.py runs it; what is checked comes from here) --
    def _check_context(self) -> CheckContext | None:
        if self._draft is None:
            return None
        item = self._draft.item
        return CheckContext(
            network=self.current_network(),
            language=self._draft.post.language,
            utm=item.utm if item else None,
            site=site_of(item.url) if item else "",
            company_content=self._draft.post.source_id is not None,
            labels=item.disclosure if item else None,
            rules=self.current_rules(),
        )

    def run_check(self) -> None:
        """Ask for a check of the current text; it runs on a worker and reports back."""
        self.post.run_check()

    @property
    def check_pending(self) -> bool:
        """A check is running, or the text changed since the last one."""
        return self.post.check_pending

    # The check's state lives in the post editor; read here under the names the
    # scheduling code has always used.
    @property
    def _engine(self) -> PolicyEngine | None:
        return self.post.engine

    @property
    def _result(self) -> CheckResult | None:
        return self.post.result

    @property
    def _checked(self) -> CheckRequest | None:
        return self.post.checked_request

    @property
    def _too_large(self) -> int | None:
        return self.post.too_large

    @property
    def _checking(self) -> bool:
        return self.post.checking

    def _stale(self) -> bool:
        return self.post.stale()

    def _too_large_text(self, length: int) -> str:
        return self.post.too_large_text(length)

    def _check_failed(self, error: BaseException) -> None:
        self._schedule_when_checked = None
        self._failed(error)

    def _checked_shown(self) -> None:
        """A check of the newest text is shown: a schedule waiting for it goes ahead."""
        self._update_actions()
        publish_now = self._schedule_when_checked
        self._schedule_when_checked = None
        if publish_now is not None:
            self.schedule(now=publish_now)

    def select_finding(self, finding: Finding) -> None:
        self.post.select_finding(finding)

    def apply_fix(self, finding: Finding, replacement: str) -> None:
        """Replace the finding's span with the suggestion, as one undoable edit."""
        self.post.apply_fix(finding, replacement)

    def _account_picked(self, *_: object) -> None:
        if not self._loading and self._draft is not None:
            self._edited()  # the draft keeps its account
        self._account_changed()

    def _account_changed(self, *_: object) -> None:
        self.previews.choose(self.current_network())  # the account's network first
        if self._draft is not None:
            self.run_check()
        self.images.set_limit(self.image_limit())
        self._picker_context()
        self._update_actions()

    # -- scheduling -------------------------------------------------------
    def blocking_reason(self) -> str:
        if self._draft is None:
            return ""
        if self._policy_problem is not None:
            return self.tr(
                "Publishing is blocked: your IT department's policy could not be loaded."
                " Ask IT to fix it; your draft is kept."
            )
        if self.current_account() is None:
            return self.tr("Add an account in Settings to publish.")
        if self._too_large is not None and not self._stale():
            return self._too_large_text(self._too_large)
        if self._engine is None or self._result is None:
            return self.tr("Checking the post…")
        if not self.text.toPlainText().strip():
            return self.tr("The post is empty.")
        item = self._draft.item
        if item is not None and self._posts.is_expired(item):
            return self.tr("This content has expired and can no longer be shared.")
        images = self.image_problem()
        if images:
            return images
        if self._result.blocking:
            return self.tr("Publishing is blocked until you fix: %1").replace(
                "%1", self._result.blocking[0].message
            )
        if self._result.warnings and not self.ack.isChecked():
            return self.tr("Tick the box to confirm you have read the warnings.")
        return ""

    def image_problem(self) -> str:
        """Why the post's images keep it from going out: too many for the account's
        network, or one without alt text (every network the app posts to shows it to
        people who cannot see the image)."""
        count = len(self.images.images())
        limit = self.image_limit()
        if limit is not None and count > limit:
            account = self.current_account()
            return (
                self.tr("Image limit per post on %1: %2; this post has %3. Remove some to publish.")
                .replace("%1", network_label(account.network) if account else "")
                .replace("%2", str(limit))
                .replace("%3", str(count))
            )
        missing = self.images.missing_alt()
        if missing is not None:
            return self.tr(
                "Image %1 has no alt text. Describe it for people who cannot see it."
            ).replace("%1", str(missing + 1))
        return ""

    def _update_actions(self) -> None:
        warnings = bool(self._result and self._result.warnings)
        self.ack.setVisible(warnings)
        reason = self.blocking_reason()
        enabled = self._draft is not None and not reason
        timing = self.picker.blocking_reason() if enabled else ""
        self.reason.setText(reason or timing)
        self.publish_now_button.setEnabled(enabled)
        self.share_button.setEnabled(self._draft is not None and self._policy_problem is None)
        self.schedule_button.setEnabled(enabled and not timing)
        self.picker.setEnabled(self._draft is not None)

    def schedule(self, *, now: bool) -> None:
        """Schedule the post once a check of exactly this text allows it."""
        if self._draft is None:
            return
        if self._checking or self._stale():
            self._schedule_when_checked = now
            self.reason.setText(self.tr("Checking the post…"))
            if not self._checking:
                self.run_check()
            return
        if self.blocking_reason() or self._result is None:
            self._update_actions()
            return
        assert self._checked is not None
        account = self.current_account()
        assert account is not None
        current = self._posts.clock.now()
        if now:
            due = current
        else:
            due = self.chosen_when()
            if due < current - timedelta(minutes=1):
                self.reason.setText(self.tr("Pick a time in the future, or use Publish now."))
                return
        item = self._draft.item
        expires = self._posts.expires_by(item, due) if item is not None else None
        if expires is not None:
            until = expires.astimezone().strftime("%Y-%m-%d %H:%M")
            self.reason.setText(
                self.tr("Pick a time before the content expires (%1).").replace("%1", until)
            )
            return
        acknowledged = tuple(
            sorted({f.rule for f in self._result.findings if f.severity is Severity.WARN})
        )
        post_id = self._draft.post.id
        text, network = self._checked.text, self._checked.network
        posts = self._posts
        service = posts.post_service
        zone = self.picker.current_zone() or None
        self._time_chosen = True
        self._dirty = True  # stored whole first (images, alt texts), exactly as checked

        def work() -> PostRow | PaceReport:
            # The pace again, on the queue as it is now: a post is never moved silently.
            report = posts.pace_report(
                post_id=post_id, account_id=account.id, network=network, at=due, zone=zone or "UTC"
            )
            if report.problems:
                return report
            return service.schedule(
                post_id,
                text=text,
                account_id=account.id,
                network=network,
                due_at=due,
                acknowledged=acknowledged,
                zone=zone,
            )

        def done(result: PostRow | PaceReport) -> None:
            if isinstance(result, PaceReport):
                self.picker.show_report(result)
                self.reason.setText(self.picker.explain(result.problems[0]))
                return
            if self.picker.token_warning() and not now:
                self.message.emit(
                    self.tr(
                        "Scheduled. The sign-in of this account expires before the post's time:"
                        " sign in again before then."
                    )
                )
            self._draft = None
            self.close_draft()
            self.scheduled.emit(post_id, now)

        def stored() -> None:
            if self._draft is not None and self._draft.post.id == post_id:
                self._tasks.run(work, done, self._failed, context=self)

        self.save_now(then=stored)

    def share_on(self, choice: ShareChoice) -> None:
        """Post the text by hand on a network's share page; the checks run first there."""
        if self._draft is None:
            return
        if self._result is not None and self._result.warnings and not self.ack.isChecked():
            self.reason.setText(self.tr("Tick the box to confirm you have read the warnings."))
            return
        post_id, text = self._draft.post.id, self.text.toPlainText()
        self._dirty = True  # stored whole first (an opened item has no row until then)

        def stored() -> None:
            if self._draft is not None and self._draft.post.id == post_id:
                self.share.start(post_id, text, choice)

        self.save_now(then=stored)

    def _handed_off(self, post_id: str) -> None:
        if self._draft is not None and self._draft.post.id == post_id:
            self._draft = None
            self.close_draft()
        self.shared.emit(post_id)

    def _failed(self, error: BaseException) -> None:
        log.error("editor task failed: %r", error)
        self.message.emit(self.tr("Something went wrong: %1").replace("%1", str(error)))
