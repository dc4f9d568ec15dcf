"""The editor's images and drafts as the employee meets them: a draft only once something
is changed, everything it holds kept across a restart, images added from a file or by
dropping them, checked, limited, described; drafts deleted from the Queue with an undo;
a scheduled post edited keeps its time."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from advocate_desktop.schedule.own_images import OWN_IMAGES_DIR
from advocate_desktop.schedule.states import PostState
from advocate_desktop.store.timestamps import from_db
from advocate_desktop.ui.employee.main_window import MainWindow
from tests.qt.conftest import Harness


def picture(path: Path, color: tuple[int, int, int] = (200, 40, 40)) -> Path:
    Image.new("RGB", (48, 32), color).save(path, "PNG")
    return path


def pictures(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [picture(folder / f"photo-{n}.png", (n * 40 % 256, 90, 120)) for n in range(count)]


def open_item(harness: Harness, window: MainWindow, row: int = 0) -> None:
    window.feed.open_row(row)
    harness.idle(window)
    assert window.editor.draft is not None


def add_files(harness: Harness, window: MainWindow, paths: list[Path]) -> None:
    window.editor.add_image_files(paths)
    harness.idle(window)


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` as keystrokes (QTest's keyClicks knows ASCII only, not "ó")."""
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(widget, event)


def describe(qtbot: QtBot, window: MainWindow, position: int, alt: str) -> None:
    strip = window.editor.images
    strip.list.setCurrentRow(position)
    strip.alt.clear()
    type_text(strip.alt, alt)


def saved(harness: Harness, window: MainWindow) -> None:
    window.editor.save_now()
    harness.idle(window)


def drop(target: object, paths: list[Path]) -> tuple[bool, bool]:
    """Drag ``paths`` over ``target`` and drop them; whether each step was accepted."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, enter)  # type: ignore[arg-type]
    dropped = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, dropped)  # type: ignore[arg-type]
    return enter.isAccepted(), dropped.isAccepted()


# -- a draft only on the first edit ---------------------------------------------------


def test_opening_items_makes_no_draft_until_something_is_changed(harness: Harness) -> None:
    window = harness.window()
    open_item(harness, window, 0)
    open_item(harness, window, 1)
    window.editor.save_now()
    harness.idle(window)
    assert window.services.posts.repo.all() == []
    assert window.editor.saved.text().startswith("Not saved yet")
    window.editor.text.insertPlainText("Moje słowa. ")
    saved(harness, window)
    (post,) = window.services.posts.repo.all()
    assert post.state == PostState.DRAFT and post.text.startswith("Moje słowa. ")
    assert post.item_id == window.editor.draft.item.id  # type: ignore[union-attr]
    assert window.editor.saved.text() == "Draft saved"


# -- everything a draft holds survives a restart --------------------------------------


def test_a_restored_draft_keeps_its_account_text_images_alt_texts_and_time(
    harness: Harness, qtbot: QtBot, tmp_path: Path
) -> None:
    window = harness.window()
    services = window.services
    second = services.accounts.add_outbox_account("Second", tmp_path / "second", "mastodon")
    window.refresh_accounts()
    harness.idle(window)
    open_item(harness, window, 0)
    editor = window.editor
    item_images = editor.images.images()
    assert len(item_images) == 1 and item_images[0].alt_text  # the item's, with its alt text
    editor.account.setCurrentIndex(editor.account.findText("Second (Mastodon)"))
    (own,) = pictures(tmp_path / "mine", 1)
    add_files(harness, window, [own])
    describe(qtbot, window, 1, "Nasz zespół przy tablicy")
    editor.images.move_selected(-1)  # the employee's own picture first
    editor.text.selectAll()
    type_text(editor.text, "#pracujęwNordvik Mój tekst")
    when = harness.clock.now() + timedelta(days=2, hours=3)
    editor.set_when(when)
    saved(harness, window)
    post_id = editor.draft.post.id  # type: ignore[union-attr]
    kept = editor.images.images()
    assert [i.alt_text for i in kept] == ["Nasz zespół przy tablicy", item_images[0].alt_text]
    harness.close(window)

    window = harness.window()  # the next start restores it, as after a crash
    editor = window.editor
    qtbot.waitUntil(lambda: editor.draft is not None, timeout=5000)
    harness.idle(window)
    assert editor.draft is not None and editor.draft.post.id == post_id
    assert editor.current_account() is not None
    assert editor.current_account().id == second.id  # type: ignore[union-attr]
    assert editor.text.toPlainText() == "#pracujęwNordvik Mój tekst"
    assert editor.images.images() == kept
    assert editor.chosen_when() == when.replace(second=0, microsecond=0)
    assert Path(kept[0].path).parent == harness.paths.data_dir / OWN_IMAGES_DIR


# -- images: from a file, dropped, checked, limited, described --------------------------


def test_an_own_image_from_the_file_dialog_is_copied_and_goes_out_after_the_original_is_gone(
    harness: Harness, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = harness.window()
    open_item(harness, window, 0)
    editor = window.editor
    (own,) = pictures(tmp_path / "Downloads", 1)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([str(own)], "Images"))
    qtbot.mouseClick(editor.images.add_button, Qt.MouseButton.LeftButton)
    harness.idle(window)
    assert len(editor.images.images()) == 2
    copy = Path(editor.images.images()[1].path)
    assert copy.parent == harness.paths.data_dir / OWN_IMAGES_DIR
    assert copy.read_bytes() == own.read_bytes()
    assert editor.images.list.currentRow() == 1  # the new one, to describe
    describe(qtbot, window, 1, "Biuro w Gdańsku")
    harness.idle(window)
    post_id = editor.draft.post.id  # type: ignore[union-attr]
    editor.set_when(harness.clock.now() + timedelta(hours=1))
    qtbot.waitUntil(editor.schedule_button.isEnabled, timeout=5000)
    qtbot.mouseClick(editor.schedule_button, Qt.MouseButton.LeftButton)
    harness.idle(window)
    post = window.services.posts.repo.get(post_id)
    assert post is not None and post.state == PostState.SCHEDULED
    own.unlink()  # moved away after scheduling: the post has its own copy

    harness.clock.advance(timedelta(hours=1))
    window.scheduler.tick()
    harness.idle(window)
    written = harness.outbox / f"post-{post_id}.json"
    qtbot.waitUntil(written.exists, timeout=5000)
    images = json.loads(written.read_text(encoding="utf-8"))["images"]
    assert images[1] == {"path": str(copy), "alt_text": "Biuro w Gdańsku"}


def test_a_file_that_is_no_image_is_refused_with_a_reason(harness: Harness, tmp_path: Path) -> None:
    window = harness.window()
    open_item(harness, window, 0)
    editor = window.editor
    fake = tmp_path / "wakacje.png"
    fake.write_text("not a picture", encoding="utf-8")
    add_files(harness, window, [fake])
    assert len(editor.images.images()) == 1  # only the item's
    assert editor.images.note.text() == "wakacje.png is not an image, or it is damaged."
    assert window.statusBar().currentMessage() == editor.images.note.text()
    assert window.services.posts.repo.all() == []  # a refused file is no edit


def test_the_networks_image_limit_is_kept_with_a_message(harness: Harness, tmp_path: Path) -> None:
    window = harness.window()
    open_item(harness, window, 0)
    editor = window.editor
    add_files(harness, window, pictures(tmp_path / "many", 5))
    assert len(editor.images.images()) == 4  # the Outbox takes what the networks take
    assert editor.images.note.text() == ("Image limit per post on Outbox: 4. Files not added: 2.")
    assert not editor.images.add_button.isEnabled()

    # A Mastodon server that takes one image per post: said, and nothing goes out.
    window.services.accounts.repo.add(
        "mastodon",
        "Masto",
        {"instance": "https://social.example", "limits": {"max_media_attachments": 1}},
        harness.clock.now(),
    )
    window.refresh_accounts()
    harness.idle(window)
    editor.account.setCurrentIndex(editor.account.findText("Masto (Mastodon)"))
    harness.idle(window)
    assert editor.images.note.text() == (
        "Image limit per post for this account: 1. Remove 3 to publish."
    )
    assert editor.reason.text() == (
        "Image limit per post on Mastodon: 1; this post has 4. Remove some to publish."
    )
    assert not editor.schedule_button.isEnabled()
    assert not editor.publish_now_button.isEnabled()


def test_alt_text_is_required_before_scheduling_or_publishing(
    harness: Harness, qtbot: QtBot, tmp_path: Path
) -> None:
    window = harness.window()
    open_item(harness, window, 0)
    editor = window.editor
    harness.idle(window)
    assert editor.schedule_button.isEnabled()
    add_files(harness, window, pictures(tmp_path / "mine", 1))
    expected = "Image 2 has no alt text. Describe it for people who cannot see it."
    assert editor.reason.text() == expected
    assert not editor.schedule_button.isEnabled()
    assert not editor.publish_now_button.isEnabled()
    assert "no alt text" in editor.images.list.item(1).text()
    editor.schedule(now=True)  # asked anyway (the menu's shortcut): refused, and says why
    harness.idle(window)
    assert editor.draft is not None and editor.reason.text() == expected
    post = window.services.posts.repo.get(editor.draft.post.id)
    assert post is None or post.state == PostState.DRAFT
    describe(qtbot, window, 1, "Wykres sprzedaży")
    assert editor.reason.text() == ""
    assert editor.schedule_button.isEnabled()


def test_image_files_dropped_on_the_editor_go_on_the_post_not_into_the_text(
    harness: Harness, tmp_path: Path
) -> None:
    window = harness.window()
    open_item(harness, window, 0)
    editor = window.editor
    text = editor.text.toPlainText()
    files = pictures(tmp_path / "dropped", 2)
    assert drop(editor.text.viewport(), files) == (True, True)
    harness.idle(window)
    assert editor.text.toPlainText() == text
    assert len(editor.images.images()) == 3
    assert drop(editor.images, files[:1]) == (True, True)  # on the strip itself too
    harness.idle(window)
    assert len(editor.images.images()) == 4
    pack = tmp_path / "content.zip"
    pack.write_bytes(b"PK")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(pack))])
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    editor.images.dragEnterEvent(enter)
    assert not enter.isAccepted()  # a content pack is left to the window, which imports it


def test_removing_and_reordering_images_is_what_gets_saved(
    harness: Harness, qtbot: QtBot, tmp_path: Path
) -> None:
    window = harness.window()
    open_item(harness, window, 0)
    editor = window.editor
    strip = editor.images
    add_files(harness, window, pictures(tmp_path / "mine", 2))
    describe(qtbot, window, 1, "Pierwsze")
    describe(qtbot, window, 2, "Drugie")
    item_image, _first, second = strip.images()
    strip.list.setCurrentRow(2)
    strip.move_selected(-1)
    strip.move_selected(-1)
    strip.list.setCurrentRow(2)
    qtbot.mouseClick(strip.remove_button, Qt.MouseButton.LeftButton)
    assert strip.images() == (second, item_image)
    saved(harness, window)
    rows = window.services.posts.media.images(editor.draft.post.id)  # type: ignore[union-attr]
    assert [(r.path, r.alt_text) for r in rows] == [
        (second.path, "Drugie"),
        (item_image.path, item_image.alt_text),
    ]


# -- drafts deleted from the Queue, with an undo ---------------------------------------


def test_a_draft_deleted_in_the_queue_comes_back_with_undo(
    harness: Harness, qtbot: QtBot, tmp_path: Path
) -> None:
    window = harness.window()
    open_item(harness, window, 0)
    add_files(harness, window, pictures(tmp_path / "mine", 1))
    describe(qtbot, window, 1, "Zespół")
    saved(harness, window)
    editor = window.editor
    post_id = editor.draft.post.id  # type: ignore[union-attr]
    media = window.services.posts.media
    images = [(r.path, r.alt_text) for r in media.images(post_id)]
    assert len(images) == 2

    window.tabs.setCurrentWidget(window.queue)
    window.queue.select_post(post_id)
    harness.idle(window)
    assert window.queue.delete_button.isEnabled()
    qtbot.mouseClick(window.queue.delete_button, Qt.MouseButton.LeftButton)
    harness.idle(window)
    assert window.services.posts.repo.get(post_id) is None
    assert editor.draft is None  # the editor let go of it, and never writes it back
    assert window.queue.undo_bar.isVisible()
    assert window.queue.undo_label.text().startswith("Draft deleted: “")
    assert window.queue.model.rowCount() == 0

    assert window.undo_action.isEnabled()
    window.undo_action.trigger()  # Edit → Undo, Ctrl+Z, in the Queue
    harness.idle(window)
    post = window.services.posts.repo.get(post_id)
    assert post is not None and post.state == PostState.DRAFT
    assert [(r.path, r.alt_text) for r in media.images(post_id)] == images
    assert not window.queue.undo_bar.isVisible()
    assert window.queue.selected() is not None and window.queue.selected().id == post_id  # type: ignore[union-attr]
    assert all(Path(p).is_file() for p, _ in images)

    # Deleted again, Undo in the bar brings it back the same way.
    qtbot.mouseClick(window.queue.delete_button, Qt.MouseButton.LeftButton)
    harness.idle(window)
    assert window.services.posts.repo.get(post_id) is None
    qtbot.mouseClick(window.queue.undo_button, Qt.MouseButton.LeftButton)
    harness.idle(window)
    assert [(r.path, r.alt_text) for r in media.images(post_id)] == images


def test_undo_in_the_editor_still_undoes_typing(harness: Harness, qtbot: QtBot) -> None:
    window = harness.window()
    open_item(harness, window, 0)
    text = window.editor.text.toPlainText()
    qtbot.keyClicks(window.editor.text, "x")
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert window.editor.text.toPlainText() == text


# -- editing a scheduled post -----------------------------------------------------------


def test_edit_keeps_a_scheduled_post_at_its_time_unless_changed(
    harness: Harness, qtbot: QtBot
) -> None:
    window = harness.window()
    open_item(harness, window, 0)
    editor = window.editor
    due = (harness.clock.now() + timedelta(hours=3)).replace(second=0, microsecond=0)
    editor.set_when(due)
    post_id = editor.draft.post.id  # type: ignore[union-attr]
    qtbot.waitUntil(editor.schedule_button.isEnabled, timeout=5000)
    qtbot.mouseClick(editor.schedule_button, Qt.MouseButton.LeftButton)
    harness.idle(window)
    posts = window.services.posts.repo

    def state() -> tuple[str, str | None]:
        post = posts.get(post_id)
        assert post is not None
        return post.state, post.due_at

    scheduled = state()
    assert scheduled[0] == PostState.SCHEDULED

    # Opened from the Queue and left unchanged: still scheduled, at its time.
    window.tabs.setCurrentWidget(window.queue)
    window.queue.select_post(post_id)
    harness.idle(window)
    qtbot.mouseClick(window.queue.edit_button, Qt.MouseButton.LeftButton)
    harness.idle(window)
    assert editor.draft is not None and editor.draft.post.id == post_id
    assert editor.chosen_when() == due
    assert editor.saved.text().startswith("Scheduled for ")
    open_item(harness, window, 1)  # on to another item, nothing changed
    assert state() == scheduled
    assert len(posts.all()) == 1

    # Changed: a draft at once, its time kept, never published half edited.
    window.tabs.setCurrentWidget(window.queue)
    window.queue.select_post(post_id)
    harness.idle(window)
    qtbot.mouseClick(window.queue.edit_button, Qt.MouseButton.LeftButton)
    harness.idle(window)
    editor.text.moveCursor(editor.text.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.text, " Dzieki Orbisowi!")
    saved(harness, window)
    assert state() == (PostState.DRAFT, scheduled[1])
    assert editor.saved.text().startswith("Draft saved. Not published until you schedule")
    # The policy check runs again: the confidential name blocks scheduling.
    qtbot.waitUntil(lambda: "Orbisowi" in editor.reason.text(), timeout=5000)
    assert not editor.schedule_button.isEnabled()
    editor.schedule(now=False)
    harness.idle(window)
    assert state()[0] == PostState.DRAFT

    # Fixed and scheduled again: at the time it had.
    for _ in " Dzieki Orbisowi!":
        qtbot.keyClick(editor.text, Qt.Key.Key_Backspace)
    qtbot.waitUntil(editor.schedule_button.isEnabled, timeout=5000)
    assert editor.chosen_when() == due
    qtbot.mouseClick(editor.schedule_button, Qt.MouseButton.LeftButton)
    harness.idle(window)
    assert state() == (PostState.SCHEDULED, scheduled[1])
    assert from_db(scheduled[1] or "") == due


# -- tab counts after publishing ----------------------------------------------------------


def test_counts_follow_a_post_that_is_published(harness: Harness, qtbot: QtBot) -> None:
    window = harness.window()
    open_item(harness, window, 0)
    editor = window.editor
    qtbot.waitUntil(editor.publish_now_button.isEnabled, timeout=5000)
    assert "/" in editor.previews.network.itemText(0)  # "X 190/280" while the post is open
    qtbot.mouseClick(editor.publish_now_button, Qt.MouseButton.LeftButton)
    harness.idle(window)
    qtbot.waitUntil(lambda: harness.outbox.exists() and any(harness.outbox.iterdir()), timeout=5000)
    harness.idle(window)
    assert editor.previews.network.itemText(0) == "X"  # no counts of a post that went
    filters = window.queue.state_filter
    labels = [filters.itemText(n) for n in range(filters.count())]
    qtbot.waitUntil(
        lambda: (
            [filters.itemText(n) for n in range(filters.count())][:2]
            == ["All states (1)", "Published (1)"]
        ),
        timeout=5000,
    )
    assert labels


def test_the_image_messages_read_in_polish(
    qapp: QApplication, qtbot: QtBot, harness: Harness
) -> None:
    from PySide6.QtCore import QLocale

    from advocate_desktop.schedule.own_images import ImageRefused
    from advocate_desktop.store.post_media_repo import ImageSpec
    from advocate_desktop.ui.employee.image_strip import ImageStrip
    from advocate_desktop.ui.i18n import install_translators

    window = harness.window()
    translators = install_translators(qapp, "pl")
    try:
        strip = ImageStrip(window.tasks)
        qtbot.addWidget(strip)
        strip.set_limit(1)
        strip.set_images([ImageSpec("/nie/ma/a.png", "Opis"), ImageSpec("/nie/ma/b.png")])
        assert strip.note.text() == (
            "Limit zdjęć w jednym poście na tym koncie: 1. Usuń nadmiarowe (1), aby opublikować."
        )
        assert strip.list.item(1).text() == "2 · brak tekstu alternatywnego"
        assert strip.add_button.text() == "Dodaj zdjęcie…"
        harness.idle(window)
        codes = ("unreadable", "not_copied", "too_large", "not_image", "unsupported")
        texts = {c: window.editor._refused_text(ImageRefused(c, "x.png", "y")) for c in codes}
        assert len(set(texts.values())) == len(codes)  # each its own sentence
        for code, text in texts.items():
            assert text.startswith(("Nie udało", "Plik x.png")), (code, text)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English))


def test_edit_in_the_queue_of_the_draft_being_written_keeps_what_was_typed(
    harness: Harness, qtbot: QtBot
) -> None:
    window = harness.window()
    open_item(harness, window, 0)
    editor = window.editor
    qtbot.keyClicks(editor.text, "A")
    saved(harness, window)
    post_id = editor.draft.post.id  # type: ignore[union-attr]
    qtbot.keyClicks(editor.text, "B")  # not saved yet: the autosave waits a moment
    typed = editor.text.toPlainText()
    window.tabs.setCurrentWidget(window.queue)
    window.queue.select_post(post_id)
    harness.idle(window)
    qtbot.mouseClick(window.queue.edit_button, Qt.MouseButton.LeftButton)
    harness.idle(window)
    assert window.tabs.currentIndex() == 0
    assert editor.text.toPlainText() == typed
    saved(harness, window)
    post = window.services.posts.repo.get(post_id)
    assert post is not None and post.text == typed
