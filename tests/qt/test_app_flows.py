"""Consent, autosave across a crash, pause, removing all data, imports, and Polish."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from advocate_desktop.app import first_run
from advocate_desktop.credentials import CredentialStore
from advocate_desktop.paths import AppPaths, demo_pack_dir
from advocate_desktop.schedule.clock import FakeClock
from advocate_desktop.schedule.states import PostState
from advocate_desktop.settings.consent import consent_given
from advocate_desktop.ui.employee.consent import ConsentDialog
from advocate_desktop.ui.employee.main_window import MainWindow
from advocate_desktop.ui.i18n import install_translators
from tests.qt.conftest import Harness


def test_declining_consent_leaves_nothing_behind(
    qtbot: QtBot, paths: AppPaths, clock: FakeClock
) -> None:
    dialog = ConsentDialog()
    qtbot.addWidget(dialog)
    QTimer.singleShot(0, dialog.decline_button.click)
    assert first_run(paths, clock, dialog, lambda: pytest.fail("nothing to lock")) is None
    for folder in (paths.data_dir, paths.config_dir, paths.cache_dir):
        assert not folder.exists()


def test_agreeing_records_consent_and_adds_the_demo_outbox(
    qtbot: QtBot, paths: AppPaths, clock: FakeClock
) -> None:
    dialog = ConsentDialog()
    qtbot.addWidget(dialog)
    QTimer.singleShot(0, dialog.accept_button.click)
    claimed: list[bool] = []
    services = first_run(paths, clock, dialog, lambda: claimed.append(True) or True)
    assert services is not None and claimed == [True]
    assert consent_given(paths.consent_file)
    accounts = services.accounts.repo.all()
    assert [a.network for a in accounts] == ["outbox"]
    services.db.close()


def test_typed_text_survives_a_crash(harness: Harness, qtbot: QtBot, paths: AppPaths) -> None:
    window = harness.window()
    window.feed.open_row(3)
    harness.idle(window)
    editor = window.editor
    post_id = editor.draft.post.id  # type: ignore[union-attr]
    editor.text.setPlainText("My own words, typed just now")
    qtbot.waitUntil(lambda: editor.saved.text() == "Draft saved", timeout=3000)
    harness.idle(window)
    # A crash: nothing is closed or flushed; another process reads the file.
    raw = sqlite3.connect(paths.database)
    text = raw.execute("SELECT text FROM posts WHERE id = ?", (post_id,)).fetchone()[0]
    raw.close()
    assert text == "My own words, typed just now"
    # And the next start reopens that draft.
    again = harness.window()
    harness.idle(again)
    assert again.editor.draft is not None
    assert again.editor.text.toPlainText() == "My own words, typed just now"


def test_pause_holds_every_post_until_it_is_lifted(harness: Harness, qtbot: QtBot) -> None:
    window = harness.window()
    window.pause_action.trigger()
    harness.idle(window)
    assert window.services.settings.get("paused") is True
    assert window.paused_label.text() == "Publishing paused"
    window.feed.open_row(0)
    harness.idle(window)
    window.editor.schedule(now=True)
    harness.idle(window)
    window.scheduler.tick()
    harness.idle(window)
    assert not harness.outbox.exists()
    window.pause_action.trigger()
    harness.idle(window)
    qtbot.waitUntil(
        lambda: harness.outbox.exists() and len(list(harness.outbox.iterdir())) == 1, timeout=5000
    )


def test_cancelling_from_the_queue(harness: Harness, qtbot: QtBot) -> None:
    window = harness.window()
    window.feed.open_row(0)
    harness.idle(window)
    window.editor.set_when(harness.clock.now() + timedelta(hours=1))
    window.editor.schedule(now=False)
    harness.idle(window)
    window.queue.table.selectRow(0)
    assert window.queue.cancel_button.isEnabled()
    window.queue.cancel_button.click()
    harness.idle(window)
    harness.clock.advance(timedelta(hours=2))
    window.scheduler.tick()
    harness.idle(window)
    assert [line.state for line in window.queue.model.loaded_lines()] == [PostState.CANCELLED]
    assert not harness.outbox.exists()


def test_edit_from_the_queue_returns_a_scheduled_post_to_the_editor(
    harness: Harness, qtbot: QtBot
) -> None:
    window = harness.window()
    window.feed.open_row(0)
    harness.idle(window)
    window.editor.set_when(harness.clock.now() + timedelta(hours=1))
    window.editor.schedule(now=False)
    harness.idle(window)
    window.tabs.setCurrentIndex(1)
    window.queue.table.selectRow(0)
    window.queue.edit_button.click()
    harness.idle(window)
    assert window.tabs.currentIndex() == 0
    assert window.editor.draft is not None
    # Opened for editing, it stays scheduled until the employee changes something.
    assert window.editor.draft.post.state == PostState.SCHEDULED


@pytest.mark.keyring
def test_remove_all_my_data_deletes_files_and_credentials(
    harness: Harness, qtbot: QtBot, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    store = CredentialStore()
    if not store.available():
        if os.environ.get("ADVOCATE_REQUIRE_KEYRING") == "1":
            pytest.fail("the real keyring is required here")
        pytest.skip("no real keyring")
    window = harness.window(credentials=lambda: store)
    account = window.services.accounts.repo.all()[0]
    store.set(account.id, "token-123")
    monkeypatch.setattr(QCoreApplication, "quit", lambda: None)
    dialog = window.settings_dialog()
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.remove_all_requested.connect(window.remove_all_data)
    with qtbot.waitSignal(window.quit_requested, timeout=5000):
        dialog.remove_all.click()
    assert store.get(account.id) is None
    for folder in (paths.data_dir, paths.config_dir, paths.cache_dir):
        assert not folder.exists()


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _demo_zip(tmp_path: Path, feed_edit: dict[str, object] | None = None) -> Path:
    path = tmp_path / "pack.zip"
    root = demo_pack_dir()
    feed = json.loads((root / "feed.json").read_text(encoding="utf-8"))
    feed["title"] = "Imported pack"
    for item in feed["items"]:
        item["id"] = "imported-" + item["id"]
    feed.update(feed_edit or {})
    with zipfile.ZipFile(path, "w") as bundle:
        bundle.writestr("feed.json", json.dumps(feed))
        bundle.writestr("policy.json", (root / "policy.json").read_text(encoding="utf-8"))
        for image in (root / "media").iterdir():
            bundle.write(image, f"media/{image.name}")
    return path


def test_importing_a_pack_adds_its_items(harness: Harness, qtbot: QtBot, tmp_path: Path) -> None:
    window = harness.window()
    before = window.feed.model.rowCount()
    harness.clock.advance(timedelta(minutes=1))
    window.import_pack(_demo_zip(tmp_path))
    harness.idle(window)
    assert window.feed.model.rowCount() == before * 2
    assert any(window.feed.model.entry(r).is_new for r in range(window.feed.model.rowCount()))


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda p: _write(p, b"<html>please log in</html>"), "not a zip"),
        (lambda p: _demo_zip(p.parent, {"items": "nope"}), "/items"),
    ],
)
def test_a_bad_pack_is_refused_with_a_clear_message_and_nothing_changes(
    harness: Harness,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    make: object,
    expected: str,
) -> None:
    window = harness.window()
    before = window.feed.model.rowCount()
    shown: list[str] = []
    monkeypatch.setattr(
        "advocate_desktop.ui.employee.main_window.show_problem",
        lambda _parent, _title, text: shown.append(text),
    )
    bad = make(tmp_path / "bad.zip")  # type: ignore[operator]
    window.import_pack(bad)
    harness.idle(window)
    assert len(shown) == 1 and expected in shown[0]
    assert "Nothing was changed" in shown[0]
    assert window.feed.model.rowCount() == before
    assert len(window.services.content.repo.sources()) == 1


def test_the_search_box_filters_the_list(harness: Harness) -> None:
    window = harness.window()
    window.feed.search.setText("gdańsk")
    assert window.feed.model.rowCount() == 2
    window.feed.search.setText("")
    assert window.feed.model.rowCount() == len(window.feed.model.all_entries)


def test_the_search_finds_polish_words_typed_without_their_letters(harness: Harness) -> None:
    window = harness.window()
    window.feed.search.setText("gdańsk")
    with_letters = window.feed.model.rowCount()
    window.feed.search.setText("GDANSK")
    assert with_letters > 0 and window.feed.model.rowCount() == with_letters
    window.feed.search.setText("platnosci")  # "płatności"
    assert window.feed.model.rowCount() >= 1


def test_a_search_that_finds_nothing_says_so_and_offers_the_way_back(harness: Harness) -> None:
    window = harness.window()
    panel = window.feed
    panel.search.setText("zzz-nothing-like-this")
    assert panel.model.rowCount() == 0
    assert not panel.no_match.isHidden() and not panel.clear_filters.isHidden()
    assert "zzz-nothing-like-this" in panel.no_match.text()
    panel.language.setCurrentIndex(1)
    panel.clear_filters.click()
    assert panel.search.text() == "" and panel.language.currentIndex() == 0
    assert panel.model.rowCount() == len(panel.model.all_entries)
    assert panel.no_match.isHidden() and panel.clear_filters.isHidden()


def test_the_interface_speaks_polish(harness: Harness, qtbot: QtBot) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    translators = install_translators(app, "pl")
    try:
        window = harness.window()
        assert window.tabs.tabText(0) == "Pisz"
        assert window.editor.publish_now_button.text() == "Opublikuj teraz"
        window.feed.open_row(0)
        harness.idle(window)
        window.editor.text.setPlainText("#pracujęwNordvik Spotkanie z Orbisem")
        window.editor.run_check()
        harness.idle(window)
        assert "jest poufne" in window.editor.policy.list.item(0).text()
        assert window.editor.policy.summary.text().startswith("1 uwaga blokuje")
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        from PySide6.QtCore import QLocale

        QLocale.setDefault(QLocale(QLocale.Language.English))


def test_a_window_closed_without_a_tray_saves_and_stops(
    harness: Harness, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QCoreApplication, "quit", lambda: None)
    window: MainWindow = harness.window()
    window.feed.open_row(0)
    harness.idle(window)
    window.editor.text.setPlainText("closing")
    window.close()
    window.tasks.wait()
    harness.idle(window)
    assert not window.scheduler.timer.isActive()
    assert window.services.posts.repo.latest_draft().text == "closing"  # type: ignore[union-attr]


def test_markup_in_feed_texts_is_always_shown_as_plain_text(
    harness: Harness, qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt

    from advocate_desktop.ui.plain import plain_tip

    hostile = '<b>Bold</b><script>alert(1)</script><img src="https://evil.example/x.png">'
    feed = json.loads((demo_pack_dir() / "feed.json").read_text(encoding="utf-8"))
    feed["items"] = feed["items"][:1]
    feed["items"][0].update({"id": "html", "title": hostile, "summary": hostile})
    feed["items"][0].pop("image")
    folder = tmp_path / "pack"
    folder.mkdir()
    (folder / "feed.json").write_text(json.dumps(feed), encoding="utf-8")
    window = harness.window()
    window.import_pack(folder)
    harness.idle(window)
    row = next(
        r
        for r in range(window.feed.model.rowCount())
        if window.feed.model.entry(r).item.id == "html"
    )
    tip = window.feed.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "<b>" not in tip and "&lt;b&gt;Bold" in tip
    window.feed.open_row(row)
    harness.idle(window)
    assert window.editor.title.text() == hostile
    assert window.editor.title.textFormat() == Qt.TextFormat.PlainText
    assert window.editor.summary.textFormat() == Qt.TextFormat.PlainText
    assert "<script>" not in plain_tip(hostile) and "<img" not in plain_tip(hostile)


def test_dropping_a_pack_on_the_window_imports_it(
    harness: Harness, qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    window = harness.window()
    before = window.feed.model.rowCount()
    harness.clock.advance(timedelta(minutes=1))
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(_demo_zip(tmp_path)))])
    enter = QDragEnterEvent(
        window.rect().center(),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(window.rect().center()),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    harness.idle(window)
    assert window.feed.model.rowCount() == before * 2
    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile(str(tmp_path / "notes.txt"))])
    refused = QDragEnterEvent(
        window.rect().center(),
        Qt.DropAction.CopyAction,
        other,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    refused.ignore()
    window.dragEnterEvent(refused)
    assert not refused.isAccepted()
