"""HTML in every text that comes from a feed, pack, policy, server or post stays text.

One hostile string goes into item titles, summaries, campaigns, image alt texts,
source titles, policy messages and origins, sync errors, account names, post
texts and signer names; then every window the employee can open is walked:
each label that shows it is plain text, each tooltip escapes it, no link exists.
"""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from advocate_desktop.feed.pack_build import folder_contents, with_manifest
from advocate_desktop.feed.signing import generate_private_key, public_key_line
from advocate_desktop.feed.sync import SyncResult
from advocate_desktop.paths import AppPaths, demo_pack_dir
from advocate_desktop.ui.employee.main_window import MainWindow
from advocate_desktop.ui.plain import plain_notification
from tests.qt.conftest import Harness

pytestmark = pytest.mark.gui
HOSTILE = '<h1>X</h1><a href="https://evil.example/">Forbidden</a>'
MARK = "evil.example"


def _hostile_pack(folder: Path, pem: bytes) -> None:
    feed = json.loads((demo_pack_dir() / "feed.json").read_text(encoding="utf-8"))
    feed["title"] = HOSTILE
    feed["items"] = feed["items"][:2]
    for index, item in enumerate(feed["items"]):
        item["id"] = f"hostile-{index}"
        item["title"] = HOSTILE
        item["summary"] = HOSTILE
        item.pop("image", None)
        extension = item.setdefault("_advocacy", {})
        extension.pop("images", None)
        extension["campaign"] = HOSTILE
        extension["image_alt"] = HOSTILE
        extension["suggested"] = {"default": {"en": f"Forbidden {HOSTILE}", "pl": HOSTILE}}
        item["language"] = "en"
    rule = {
        "id": "hostile.rule",
        "kind": "pattern",
        "severity": "block",
        "pattern": "Forbidden",
        "message": {"en": HOSTILE, "pl": HOSTILE},
        "link": "https://evil.example/policy",
    }
    contents = folder_contents(demo_pack_dir())
    contents = {k: v for k, v in contents.items() if k.startswith("media/")}
    contents["feed.json"] = json.dumps(feed).encode()
    contents["policy.json"] = json.dumps({"version": 1, "rules": [rule]}).encode()
    for name, data in with_manifest(contents, pem).items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)


def _count(method: object) -> int:
    """rowCount/columnCount; a list model's columnCount is private in the binding: 1."""
    for arguments in ((), (QModelIndex(),)):
        try:
            return int(method(*arguments))  # type: ignore[operator]
        except TypeError:
            continue
    return 1


def _texts_of_model(model: QAbstractItemModel) -> list[tuple[int, str]]:
    found = []
    for row in range(_count(model.rowCount)):
        for column in range(_count(model.columnCount)):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if isinstance(value, str) and MARK in value:
                    found.append((int(role.value), value))
    return found


def _inspect(widgets: list[QWidget]) -> int:
    """Assert no widget may render the hostile text; return how many showed it."""
    seen = 0
    for widget in widgets:
        tip = widget.toolTip()
        if MARK in tip:
            seen += 1
            assert "<h1>" not in tip and "<a " not in tip, (widget, tip)
        if isinstance(widget, QLabel) and MARK in widget.text():
            seen += 1
            assert widget.textFormat() == Qt.TextFormat.PlainText, (widget, widget.text())
            assert not widget.openExternalLinks()
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            for role, value in _texts_of_model(widget.model()):
                seen += 1
                if role == Qt.ItemDataRole.ToolTipRole.value:
                    assert "<h1>" not in value and "<a " not in value, (widget, value)
    return seen


def _all_widgets(window: MainWindow) -> list[QWidget]:
    return [w for w in QApplication.allWidgets() if w is window or window.isAncestorOf(w)]


def test_html_from_every_source_is_shown_as_plain_text(
    harness: Harness,
    qtbot: QtBot,
    paths: AppPaths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pem, raw = generate_private_key()
    folder = tmp_path / "pack"
    _hostile_pack(folder, pem)
    window = harness.window()
    services = window.services
    services.trust.add_trusted_key(public_key_line(raw, HOSTILE))  # the signer's name
    services.accounts.add_outbox_account(HOSTILE, tmp_path / "outbox", "x")  # an account's name
    window.refresh_accounts()
    window.import_pack(folder)
    harness.idle(window)
    qtbot.waitUntil(lambda: window.feed.model.rowCount() >= 2, timeout=10000)
    url = "https://feeds.example/feed.json"
    services.content.repo.subscribe(url, harness.clock.now())
    later = harness.clock.now() + timedelta(minutes=5)
    services.content.repo.record_error(url, HOSTILE, harness.clock.now(), later)  # a server's error
    window._synced([SyncResult(0, url, "failed", problem=HOSTILE, next_attempt=later)])
    post = services.posts.post_service.open_draft(
        source_id=None,
        item_id=None,
        network="x",
        language="en",
        suggested_text=HOSTILE,
        account_id=None,
    )
    window.queue.refresh()
    harness.idle(window)

    # The editor, with its policy panel: the item, its origin and signer, the block.
    row = next(
        r
        for r in range(window.feed.model.rowCount())
        if window.feed.model.entry(r).item.id == "hostile-0"
    )
    window.feed.open_row(row)
    harness.idle(window)
    qtbot.waitUntil(lambda: window.editor.policy.list.count() > 0, timeout=10000)
    # The built-in disclosure blocks first; add the label so the pack's own rule shows.
    result = window.editor._result
    assert result is not None
    for finding in result.blocking:
        if finding.rule == "builtin.disclosure":
            text = window.editor.text.toPlainText()
            fixed = text[: finding.start] + finding.suggestions[0] + text[finding.end :]
            window.editor.text.setPlainText(fixed)
    window.editor.run_check()
    qtbot.waitUntil(lambda: HOSTILE in window.editor.reason.text(), timeout=10000)
    assert HOSTILE in window.editor.reason.text()  # "Publishing is blocked until you fix: …"
    assert HOSTILE in window.editor.origin.text()
    assert not window.editor.schedule_button.isEnabled()
    seen = _inspect(_all_widgets(window))
    assert seen >= 8

    # The queue: the post's text, the account's name.
    window.tabs.setCurrentIndex(1)
    window.queue.select_post(post.id)
    assert _inspect(_all_widgets(window)) >= 2

    # Help → Policy rules: the rule's message, its origin (the pack's title).
    window.policy_rules_action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "policy_rules", None) is not None, timeout=10000)
    dialog = window.policy_rules
    rules = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    index = next(i for i, item in enumerate(rules) if "hostile.rule" in item.toolTip(1))
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(index))
    assert dialog.message.text() == HOSTILE
    assert _inspect([dialog, *dialog.findChildren(QWidget)]) >= 3
    dialog.close()

    # Settings → Content and Accounts: source titles, errors, signers, account names.
    window.open_settings()
    from advocate_desktop.ui.employee.settings_dialog import SettingsDialog

    settings = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog))
    harness.idle(window)
    shown = [settings.sources.item(i).text() for i in range(settings.sources.count())]
    assert any(HOSTILE in text and "Next try at" in text for text in shown)
    assert any(HOSTILE in settings.keys.item(i).text() for i in range(settings.keys.count()))
    assert _inspect([settings, *settings.findChildren(QWidget)]) >= 4
    settings.close()

    # An error in a message box: a pack whose problem quotes the hostile text.
    boxes: list[tuple[Qt.TextFormat, str]] = []

    def close_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            boxes.append((box.textFormat(), box.text()))
            box.close()
        else:
            QTimer.singleShot(50, close_box)

    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "feed.json").write_text(
        json.dumps({"version": HOSTILE, "title": HOSTILE, "items": []}), encoding="utf-8"
    )
    QTimer.singleShot(50, close_box)
    window.import_pack(broken)
    qtbot.waitUntil(lambda: bool(boxes), timeout=10000)
    assert boxes[0][0] == Qt.TextFormat.PlainText


def test_notifications_escape_markup() -> None:
    assert "<a " not in plain_notification(HOSTILE)
    assert "&lt;h1&gt;X&lt;/h1&gt;" in plain_notification(HOSTILE)
