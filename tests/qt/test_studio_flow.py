"""The pack studio end to end, with real widgets, the real keyring and the real Services:
make a pack, add an item with an image and texts, see a suggested text the app would
block shown as blocked, fix it, sign with a keyring key, build, verify, and open the
result in the employee window, which imports it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QImage, QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from advocate_desktop.services.authoring.keys import delete_keyring_key
from advocate_desktop.services.authoring.results import KeyStorage, VerifyState
from advocate_desktop.services.pack_items import images, suggested_texts
from advocate_desktop.ui.employee import main_window
from advocate_desktop.ui.employee.main_window import MainWindow
from advocate_desktop.ui.studio import items_page, publish_page
from advocate_desktop.ui.studio import window as studio_window
from advocate_desktop.ui.studio.window import StudioWindow
from tests.qt.conftest import Harness

BLOCKED_TEXT = "#pracujęwNordvik Nasz projekt dla Orbisu ruszył! https://nordvik.example/news/q"
FIXED_TEXT = "#pracujęwNordvik Nasz nowy projekt ruszył! https://nordvik.example/news/q"


@pytest.fixture
def picture(tmp_path: Path) -> Path:
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    path = tmp_path / "chart.png"
    assert image.save(str(path))
    return path


@pytest.fixture
def studio(harness: Harness, qtbot: QtBot) -> Iterator[tuple[MainWindow, StudioWindow]]:
    window = harness.window()
    studio = window.open_studio()
    made: list[str] = []
    studio.publish.message.connect(lambda text: made.append(text))
    yield window, studio
    studio.document.open(None, None, None)  # nothing unsaved: the window closes quietly
    studio.close()
    window.tasks.wait()
    for number in range(studio.publish.key.count()):
        reference = studio.publish.key.itemData(number)
        if reference.key_id:
            delete_keyring_key(reference.key_id)


def idle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.tasks.pending == 0, timeout=30000)


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Replace the field's text as a person would: select everything, type (key events
    carrying each character: QTest's own key clicks know ASCII only)."""
    widget.setFocus()
    widget.selectAll()  # type: ignore[attr-defined]
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(widget, event)


def test_a_pack_is_written_checked_signed_built_and_opened_in_the_app(
    studio: tuple[MainWindow, StudioWindow],
    qtbot: QtBot,
    tmp_path: Path,
    picture: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, win = studio
    problems: list[str] = []
    for module in (main_window, items_page, publish_page, studio_window):
        monkeypatch.setattr(module, "show_problem", lambda _p, t, x: problems.append(f"{t}: {x}"))
    win.create_pack("Studio test")
    qtbot.waitUntil(lambda: win.document.is_open, timeout=30000)
    idle(qtbot, window)
    assert win.document.dirty  # a new pack is saved nowhere yet
    items = win.items
    before = items.list.count()

    # An item: title, link, an image with alt text.
    items.add_item()
    assert items.list.count() == before + 1
    type_into(qtbot, items.fields["title"], "Nowy projekt")
    type_into(qtbot, items.fields["url"], "https://nordvik.example/news/q")
    items.add_image_files([picture])
    qtbot.waitUntil(lambda: items.images.count() == 1, timeout=30000)
    assert "Image 1 has no alt text" in items.alt_problem.text()
    type_into(qtbot, items.alt["pl"], "Wykres wzrostu sprzedaży")
    assert items.alt_problem.text() == ""
    model = win.document.model
    assert model is not None
    item = model.items[-1]
    assert item["title"] == "Nowy projekt"
    [image] = images(item, "pl")
    assert image.url == "media/chart.png" and image.alt_in("pl") == "Wykres wzrostu sprzedaży"
    assert model.files["media/chart.png"] == picture.read_bytes()

    # A suggested text for X in Polish naming a confidential client: blocked, as in the app.
    items.tabs.setCurrentIndex(2)
    items.new_network.setCurrentIndex(items.new_network.findData("x"))
    items.new_language.setCurrentIndex(items.new_language.findData("pl"))
    items.add_text()
    type_into(qtbot, items.post.text, BLOCKED_TEXT)
    qtbot.waitUntil(lambda: items.verdict.text().startswith("Blocked in the app"), timeout=30000)
    assert "Orbis" in items.verdict.text()
    assert "blocked in the app" in items.texts.currentText()
    assert items.post.policy.list.count() >= 1
    assert items.post.counts.text().startswith("X: ")
    assert [t.text for t in suggested_texts(item)] == [BLOCKED_TEXT]
    idle(qtbot, window)
    qtbot.waitUntil(lambda: "blocked in the app" in win.packs.texts.text(), timeout=30000)

    # Fixed, it passes.
    type_into(qtbot, items.post.text, FIXED_TEXT)
    qtbot.waitUntil(lambda: not items.verdict.text().startswith("Blocked"), timeout=30000)
    assert "blocked" not in items.texts.currentText()

    # Saved into a folder, atomically, then a keyring key, then build and verify.
    folder = tmp_path / "pack"
    win.save_to(folder)
    qtbot.waitUntil(lambda: not win.document.dirty, timeout=30000)
    assert (folder / "feed.json").is_file() and (folder / "media" / "chart.png").is_file()
    win.check_now()  # at once, not after the pause in editing
    idle(qtbot, window)
    assert win.lint.report is not None and not win.lint.report.errors
    publish = win.publish
    publish.create_key_as(KeyStorage.KEYRING, "Studio Test", None, "")
    qtbot.waitUntil(lambda: publish.current_key() is not None, timeout=30000)
    assert publish.current_key().in_keyring  # type: ignore[union-attr]
    assert publish.public.text().startswith("advocate-ed25519 ")
    publish.build()
    qtbot.waitUntil(lambda: publish.built is not None, timeout=30000)
    built = publish.built
    assert built is not None
    assert built.verify.state is VerifyState.VALID_AND_TRUSTED
    assert built.build.signed and "media/chart.png" in built.build.files
    assert "Verified: Signed by Studio Test" in publish.result.text()

    # Saved as a zip elsewhere, byte for byte.
    copy = tmp_path / "out" / "release.zip"
    copy.parent.mkdir()
    publish.save_zip(copy)
    qtbot.waitUntil(copy.exists, timeout=30000)
    assert copy.read_bytes() == built.build.path.read_bytes()

    # Opened in the employee window: the real Services import it.
    asked: list[str] = []

    def trust(_parent: object, title: str, _text: str) -> QMessageBox.StandardButton:
        asked.append(title)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", trust)
    publish.open_in_app()
    qtbot.waitUntil(lambda: bool(problems) or window.tasks.pending == 0, timeout=30000)
    assert problems == []
    assert asked == ["Trust the studio's key?"]  # the employee side trusts it only when asked
    qtbot.waitUntil(
        lambda: any(s.item.title == "Nowy projekt" for s in window.services.content.items()),
        timeout=30000,
    )
    idle(qtbot, window)
    shown = window.feed.list.model()
    titles = [str(shown.index(r, 0).data()) for r in range(shown.rowCount())]
    assert any("Nowy projekt" in t for t in titles)
    assert any(s.signer == "Studio Test" for s in window.services.content.content_sources())

    # Served on loopback: the app subscribes to the address and syncs it.
    publish.serve()
    qtbot.waitUntil(lambda: "127.0.0.1" in publish.serving.text(), timeout=30000)
    qtbot.waitUntil(
        lambda: any(
            s.location.startswith("http://127.0.0.1:") and s.signer == "Studio Test"
            for s in window.services.content.content_sources()
        ),
        timeout=30000,
    )
    assert asked == ["Trust the studio's key?"]  # trusted once, not asked again
    publish.stop_serving()
    idle(qtbot, window)


def test_an_edit_after_the_build_asks_for_a_new_one_and_closing_asks_before_losing_it(
    studio: tuple[MainWindow, StudioWindow],
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, win = studio
    win.create_pack("Closing")
    qtbot.waitUntil(lambda: win.document.is_open, timeout=30000)
    idle(qtbot, window)
    asked: list[str] = []

    def cancel(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[1]))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", cancel)
    assert not win.close()  # unsaved: asked, and the team stayed
    assert asked == ["Unsaved changes"] and win.isVisible() and win.document.dirty

    def save(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        return QMessageBox.StandardButton.Save

    monkeypatch.setattr(QMessageBox, "question", save)
    folder = tmp_path / "kept"
    monkeypatch.setattr(win, "_choose_save_folder", lambda: folder)
    win.close()
    qtbot.waitUntil(lambda: not win.isVisible(), timeout=30000)
    assert (folder / "feed.json").is_file()  # saved first, then closed


def test_a_lint_problem_leads_to_its_field(
    studio: tuple[MainWindow, StudioWindow], qtbot: QtBot
) -> None:
    window, win = studio
    win.create_pack("Lint")
    qtbot.waitUntil(lambda: win.document.is_open, timeout=30000)
    idle(qtbot, window)
    items = win.items
    items.list.setCurrentRow(0)
    items.tabs.setCurrentIndex(1)
    items.images.setCurrentRow(0)
    language = items.language.currentData()
    type_into(qtbot, items.alt[language], "x")
    qtbot.keyClick(items.alt[language], Qt.Key.Key_Backspace)  # the alt text is gone
    win.check_now()
    idle(qtbot, window)
    report = win.lint.report
    assert report is not None
    alt = [p for p in report.problems if "alternative text" in p.message]
    assert alt and alt[0].pointer == "/items/0/image"
    items.tabs.setCurrentIndex(0)
    win.tabs.setCurrentWidget(win.packs)
    win.go_to_problem(alt[0])
    assert win.tabs.currentWidget() is items
    assert items.tabs.currentIndex() == 1 and items.list.currentRow() == 0


def test_a_broken_pack_is_refused_with_its_reason_and_the_open_one_stays(
    studio: tuple[MainWindow, StudioWindow],
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, win = studio
    problems: list[str] = []
    monkeypatch.setattr(studio_window, "show_problem", lambda _p, t, x: problems.append(x))
    win.create_pack("Kept")
    qtbot.waitUntil(lambda: win.document.is_open, timeout=30000)
    idle(qtbot, window)
    model = win.document.model
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "feed.json").write_text('{"title": "x", "items": [', encoding="utf-8")
    not_zip = tmp_path / "pack.zip"
    not_zip.write_bytes(b"PK\x03\x04 but not really a zip")
    # "Kept" is unsaved: asked, the team answers "Discard", then the opening fails.
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Discard
    )
    for number, path in enumerate((broken, not_zip, tmp_path / "gone")):
        win.open_pack(path)
        qtbot.waitUntil(lambda n=number: len(problems) > n, timeout=30000)
    assert "not valid JSON" in problems[0]
    assert "zip" in problems[1] and "does not exist" in problems[2]
    assert win.document.model is model  # the pack that was open is still open, unsaved
    assert win.document.dirty


def test_a_save_that_fails_keeps_every_change(
    studio: tuple[MainWindow, StudioWindow],
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, win = studio
    problems: list[str] = []
    monkeypatch.setattr(studio_window, "show_problem", lambda _p, t, x: problems.append(x))
    win.create_pack("Not saved")
    qtbot.waitUntil(lambda: win.document.is_open, timeout=30000)
    idle(qtbot, window)
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder", encoding="utf-8")
    win.save_to(blocker / "pack")  # a folder cannot be made inside a file
    qtbot.waitUntil(lambda: bool(problems), timeout=30000)
    assert "nothing was lost" in problems[0]
    assert win.document.dirty and win.document.folder is None
    assert win.document.title() == "Not saved"
