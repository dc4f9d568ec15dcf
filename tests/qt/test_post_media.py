"""A post scheduled from an item with an image carries that image, across a restart,
into the Queue's detail and out to the network."""

from __future__ import annotations

import json
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from advocate_desktop.paths import AppPaths
from advocate_desktop.schedule import errors
from advocate_desktop.schedule.errors import PostProblem
from advocate_desktop.ui.i18n import install_translators
from advocate_desktop.ui.messages import problem_text
from tests.qt.conftest import Harness


def test_scheduling_an_item_with_an_image_stores_it_on_the_post(
    harness: Harness, qtbot: QtBot
) -> None:
    window = harness.window()
    window.feed.open_row(0)
    harness.idle(window)
    draft = window.editor.draft
    assert draft is not None and draft.item is not None and draft.item.image
    item = draft.item
    picture = str(Path(item.image or "").resolve())
    media = window.services.posts.media
    expected = [(picture, item.image_alt)]
    assert [(i.path, i.alt_text) for i in window.editor.images.images()] == expected
    assert media.images(draft.post.id) == []  # opening writes nothing
    # The first edit stores the draft with its image, so a restart cannot drop it.
    window.editor.text.insertPlainText(" ")
    window.editor.save_now()
    harness.idle(window)
    assert [(r.path, r.alt_text) for r in media.images(draft.post.id)] == expected
    harness.close(window)

    window = harness.window()  # the next start reopens the draft
    harness.idle(window)
    reopened = window.editor.draft
    assert reopened is not None and reopened.post.id == draft.post.id
    window.editor.set_when(harness.clock.now() + timedelta(hours=1))
    window.editor.schedule(now=False)
    harness.idle(window)
    media = window.services.posts.media
    post = window.services.posts.repo.get(draft.post.id)
    assert post is not None and post.state == "scheduled"
    assert [(r.path, r.alt_text) for r in media.images(post.id)] == expected
    link = media.link(post.id)
    assert link is not None and (link.url, link.title) == (item.url, item.title)

    window.tabs.setCurrentIndex(1)
    window.queue.select_post(post.id)
    harness.idle(window)
    qtbot.waitUntil(lambda: "Images: 1" in window.queue.detail.text(), timeout=5000)

    harness.clock.advance(timedelta(hours=1))
    window.scheduler.tick()
    harness.idle(window)
    written = harness.outbox / f"post-{post.id}.json"
    qtbot.waitUntil(written.exists, timeout=5000)
    data = json.loads(written.read_text(encoding="utf-8"))
    assert data["images"] == [{"path": picture, "alt_text": item.image_alt}]
    assert data["link"]["url"] == item.url


@pytest.mark.parametrize("language", ["en", "pl"])
def test_every_image_problem_has_its_own_message_naming_the_file(
    qapp: QApplication, language: str
) -> None:
    translators = install_translators(qapp, language)
    try:
        generic = problem_text(PostProblem("no_such_code", "x"))
        for code in sorted(errors.IMAGE_PROBLEMS):
            text = problem_text(PostProblem(code, "/home/ania/biuro.png"))
            assert "/home/ania/biuro.png" in text, code
            assert not text.startswith(generic.split("(")[0]), code  # not the fallback
        missing = problem_text(PostProblem(errors.IMAGE_MISSING, "a.png"))
        assert ("komputerze" if language == "pl" else "computer") in missing
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English))


def test_a_draft_restored_from_before_posts_had_media_gets_them_when_scheduled(
    harness: Harness, paths: AppPaths
) -> None:
    window = harness.window()
    window.feed.open_row(0)
    harness.idle(window)
    draft = window.editor.draft
    assert draft is not None and draft.item is not None
    post_id = draft.post.id
    window.editor.text.insertPlainText(" ")
    window.editor.save_now()
    harness.idle(window)
    harness.close(window)
    # As the previous version left it: a draft with no media and no note of them.
    raw = sqlite3.connect(paths.database)
    raw.execute("PRAGMA foreign_keys = ON")
    raw.execute("DELETE FROM post_images WHERE post_id = ?", (post_id,))
    raw.execute("DELETE FROM post_links WHERE post_id = ?", (post_id,))
    raw.execute("UPDATE posts SET media_attached_at = NULL WHERE id = ?", (post_id,))
    raw.commit()
    raw.close()

    window = harness.window()  # restores the draft without going through the item list
    harness.idle(window)
    assert window.editor.draft is not None and window.editor.draft.post.id == post_id
    assert window.services.posts.media.images(post_id) == []
    window.editor.set_when(harness.clock.now() + timedelta(hours=1))
    window.editor.schedule(now=False)
    harness.idle(window)
    post = window.services.posts.repo.get(post_id)
    assert post is not None and post.state == "scheduled"
    expected = [(str(Path(draft.item.image or "").resolve()), draft.item.image_alt)]
    assert [(r.path, r.alt_text) for r in window.services.posts.media.images(post_id)] == expected
