"""Issue 3 in the app: subscriptions synced from a real nginx, signatures, expiry, filters."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from advocate_desktop.feed.pack_build import build_zip, folder_contents, with_manifest
from advocate_desktop.feed.signing import generate_private_key, public_key_line
from advocate_desktop.paths import AppPaths, demo_pack_dir
from advocate_desktop.schedule.states import PostState
from tests.conftest import START
from tests.peers.nginx import Nginx
from tests.qt.conftest import Harness

pytestmark = pytest.mark.integration


def _feed(**changes: object) -> dict[str, object]:
    feed = json.loads((demo_pack_dir() / "feed.json").read_text(encoding="utf-8"))
    feed["title"] = "Nordvik feed"
    for item in feed["items"]:
        item["id"] = "web-" + item["id"]
        item.pop("image")
    feed.update(changes)
    return feed


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Nginx]:
    root = tmp_path / "www"
    root.mkdir()
    (root / "feed.json").write_text(json.dumps(_feed()), encoding="utf-8")
    server = Nginx(root, tmp_path / "nginx")
    yield server
    server.stop()


def _managed(paths: AppPaths, monkeypatch: pytest.MonkeyPatch, document: object) -> None:
    path = paths.config_dir.parent / "managed.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document), encoding="utf-8")
    monkeypatch.setenv("ADVOCATE_MANAGED_CONFIG", str(path))


def test_an_it_feed_is_synced_then_a_failure_keeps_the_content(
    harness: Harness,
    qtbot: QtBot,
    site: Nginx,
    paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _managed(paths, monkeypatch, {"feeds": [site.url("feed.json")]})
    window = harness.window()
    qtbot.waitUntil(lambda: window.feed.model.rowCount() == 20, timeout=10000)
    harness.idle(window)
    assert window.sync_label.text().startswith("Last synced")
    assert not window.sync_progress.isVisible()

    (site.root / "feed.json").write_text("<html>Sign in</html>", encoding="utf-8")
    with qtbot.waitSignal(window.sync.finished, timeout=10000):
        window.sync_action.trigger()
    harness.idle(window)
    assert window.sync_label.text().startswith("Sync failed; next try at")
    assert "web page" in window.sync_label.toolTip()
    assert window.feed.model.rowCount() == 20  # the last good feed stays
    source = next(s for s in window.services.content.repo.sources() if s.kind == "url")
    assert source.managed and source.last_error


def test_subscribing_from_the_menu(
    harness: Harness, qtbot: QtBot, site: Nginx, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    window = harness.window()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (site.url("feed.json"), True))
    with qtbot.waitSignal(window.sync.finished, timeout=10000):
        window._subscribe_address()
    harness.idle(window)
    qtbot.waitUntil(lambda: window.feed.model.rowCount() == 20, timeout=10000)


def test_an_insecure_address_is_refused_with_a_reason(
    harness: Harness, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    window = harness.window()
    shown: list[str] = []
    monkeypatch.setattr(
        QInputDialog, "getText", lambda *a, **k: ("http://feeds.nordvik.example/feed.json", True)
    )
    monkeypatch.setattr(
        "advocate_desktop.ui.employee.main_window.show_problem",
        lambda _p, _t, text: shown.append(text),
    )
    window._subscribe_address()
    harness.idle(window)
    assert shown and "HTTPS only" in shown[0]
    assert [s.kind for s in window.services.content.repo.sources()] == ["demo"]


def test_signed_packs_from_it_keys_and_unsigned_ones_refused(
    harness: Harness,
    qtbot: QtBot,
    paths: AppPaths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pem, raw = generate_private_key()
    _managed(
        paths,
        monkeypatch,
        {"trusted_keys": [{"name": "Nordvik Comms", "key": public_key_line(raw)}]},
    )
    contents = folder_contents(demo_pack_dir())
    feed = json.loads(contents["feed.json"])
    for item in feed["items"]:
        item["id"] = "signed-" + item["id"]
    contents["feed.json"] = json.dumps(feed).encode()
    signed = tmp_path / "signed.zip"
    signed.write_bytes(build_zip(with_manifest(contents, pem)))
    unsigned = tmp_path / "unsigned.zip"
    unsigned.write_bytes(build_zip(contents))
    window = harness.window()
    shown: list[str] = []
    monkeypatch.setattr(
        "advocate_desktop.ui.employee.main_window.show_problem",
        lambda _p, _t, text: shown.append(text),
    )
    window.import_pack(unsigned)
    harness.idle(window)
    assert shown and "not signed" in shown[0]
    window.import_pack(signed)
    harness.idle(window)
    assert window.feed.model.rowCount() == 20
    entry = next(
        window.feed.model.entry(r)
        for r in range(20)
        if window.feed.model.entry(r).item.id.startswith("signed-")
    )
    assert entry.signer == "Nordvik Comms"
    window.editor.open_entry(entry)
    harness.idle(window)
    assert "signed by Nordvik Comms" in window.editor.origin.text()


def test_not_before_hides_and_expiry_blocks(
    harness: Harness, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    feed = _feed()
    items = feed["items"]
    assert isinstance(items, list)
    items[0]["_advocacy"]["not_before"] = (START + timedelta(days=1)).isoformat()
    items[1]["_advocacy"]["expires_at"] = (START - timedelta(hours=1)).isoformat()
    items[2]["_advocacy"]["expires_at"] = (START + timedelta(hours=2)).isoformat()
    folder = tmp_path / "pack"
    folder.mkdir()
    (folder / "feed.json").write_text(json.dumps(feed), encoding="utf-8")
    window = harness.window()
    window.import_pack(folder)
    harness.idle(window)
    ids = [window.feed.model.entry(r).item.id for r in range(window.feed.model.rowCount())]
    assert items[0]["id"] not in ids and items[1]["id"] in ids
    by_id = {
        window.feed.model.entry(r).item.id: window.feed.model.entry(r)
        for r in range(window.feed.model.rowCount())
    }

    window.editor.open_entry(by_id[str(items[1]["id"])])
    harness.idle(window)
    assert by_id[str(items[1]["id"])].expired
    assert not window.editor.schedule_button.isEnabled()
    assert "expired" in window.editor.reason.text()

    window.editor.open_entry(by_id[str(items[2]["id"])])
    harness.idle(window)
    window.editor.ack.setChecked(True)
    window.editor.set_when(START + timedelta(hours=3))
    qtbot.mouseClick(window.editor.schedule_button, Qt.MouseButton.LeftButton)
    assert "before the content expires" in window.editor.reason.text()
    window.editor.set_when(START + timedelta(hours=1))
    qtbot.mouseClick(window.editor.schedule_button, Qt.MouseButton.LeftButton)
    harness.idle(window)
    post = window.services.posts.repo.in_states(["scheduled"])[0]
    # The item's expiry moves earlier in a later version of the pack: the post must not go out.
    items[2]["_advocacy"]["expires_at"] = (START + timedelta(minutes=30)).isoformat()
    (folder / "feed.json").write_text(json.dumps(feed), encoding="utf-8")
    window.import_pack(folder)
    harness.idle(window)
    harness.clock.advance(timedelta(minutes=40))
    # In the Queue the expired post offers neither Publish now nor a new time, and says why.
    window.tabs.setCurrentWidget(window.queue)
    window.queue.refresh()
    harness.idle(window)
    window.queue.select_post(post.id)
    harness.idle(window)
    assert not window.queue.confirm_button.isEnabled()
    assert not window.queue.reschedule_button.isEnabled()
    assert window.queue.cancel_button.isEnabled()
    assert "can no longer be published" in window.queue.detail.text()
    harness.clock.advance(timedelta(minutes=20))
    window.scheduler.tick()
    harness.idle(window)
    stored = window.services.posts.repo.get(post.id)
    assert stored is not None and stored.state == PostState.NEEDS_ATTENTION
    assert "item_expired" in (stored.error or "")
    assert not harness.outbox.exists()


def test_filters_by_campaign_language_and_network(harness: Harness) -> None:
    window = harness.window()
    panel = window.feed
    total = panel.model.rowCount()
    panel.language.setCurrentIndex(panel.language.findData("pl"))
    assert panel.model.rowCount() == total // 2
    panel.network.setCurrentIndex(panel.network.findData("x"))
    assert panel.model.rowCount() == 1
    panel.language.setCurrentIndex(0)
    panel.network.setCurrentIndex(0)
    panel.campaign.setCurrentIndex(panel.campaign.findData("Kariera"))
    assert panel.model.rowCount() == 1


def test_trusting_a_signer_in_settings(
    harness: Harness, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    window = harness.window()
    _, raw = generate_private_key()
    dialog = window.settings_dialog()
    qtbot.addWidget(dialog)
    monkeypatch.setattr(
        QInputDialog, "getText", lambda *a, **k: (public_key_line(raw, "Comms team"), True)
    )
    dialog._add_key()
    harness.idle(window)
    assert dialog.keys.count() == 1 and "Comms team" in dialog.keys.item(0).text()
    assert window.services.trust.current().require_signed  # auto: on once a key is trusted
    dialog.keys.setCurrentRow(0)
    dialog._remove_key()
    harness.idle(window)
    # Removing the last key keeps signed-only on: only "Never" turns it off.
    assert dialog.keys.count() == 0 and window.services.trust.current().require_signed


def test_it_policy_terms_without_forms_use_the_lemmatizer_loaded_on_a_worker(
    harness: Harness, qtbot: QtBot, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from advocate_desktop.policy import lemmas

    # The entries the term needs, as an earlier run stored them: reading the whole
    # dictionary (the first run's cost, measured in benchmarks/) is not this test's
    # subject, and on a busy machine it outlasts the window's start.
    lemmas.lemmatizer_for(["szklana", "pułapka"], lemmas.default_cache_folder())
    loaded_on: list[str] = []
    original = lemmas.Lemmatizer.__init__

    def recording_init(self: lemmas.Lemmatizer, dictionaries: Any) -> None:
        loaded_on.append(threading.current_thread().name)
        original(self, dictionaries)

    monkeypatch.setattr(lemmas.Lemmatizer, "__init__", recording_init)
    monkeypatch.setattr(lemmas, "_made", {})
    _managed(
        paths,
        monkeypatch,
        {
            "policy": {
                "rules": [
                    {
                        "id": "it.clients",
                        "kind": "confidential",
                        "severity": "block",
                        "message": {"en": "“{match}” is a client under NDA."},
                        "terms": ["Szklana Pułapka"],
                    }
                ]
            }
        },
    )
    window = harness.window()
    window.feed.open_row(0)
    harness.idle(window)
    editor = window.editor
    editor.text.moveCursor(editor.text.textCursor().MoveOperation.End)
    editor.text.insertPlainText(" Premiera Szklanej Pułapki!")
    qtbot.waitUntil(
        lambda: any(
            "Szklanej Pułapki" in editor.policy.list.item(i).text()
            for i in range(editor.policy.list.count())
        ),
        timeout=10000,
    )
    assert not editor.schedule_button.isEnabled()
    assert loaded_on and threading.main_thread().name not in loaded_on


def test_the_policy_rules_dialog_lists_every_rule_and_where_it_comes_from(
    harness: Harness, qtbot: QtBot, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    rule = {
        "id": "it.tickets",
        "kind": "pattern",
        "severity": "warn",
        "pattern": "NV-[0-9]+",
        "message": {"en": "“{match}” is an internal ticket.", "pl": "„{match}” to zgłoszenie."},
        "link": "https://intranet.example/policy#tickets",
    }
    _managed(paths, monkeypatch, {"policy": {"rules": [rule]}})
    window = harness.window()
    window.policy_rules_action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "policy_rules", None) is not None, timeout=10000)
    dialog = window.policy_rules
    assert dialog.isVisible()
    rows = [
        [dialog.tree.topLevelItem(i).text(c) for c in range(4)]
        for i in range(dialog.tree.topLevelItemCount())
    ]
    origins = {row[2] for row in rows}
    assert {"Built in", "Your IT department", "Nordvik — newsroom (demo)"} <= origins
    assert [
        "Blocks",
        "Confidential names",
        "Nordvik — newsroom (demo)",
        "5 names, with their forms",
    ] in rows
    assert ["Warning", "Your team's own pattern", "Your IT department", ""] in rows
    # The demo pack's disclosure tightens the built-in one, which stays a block.
    assert [
        "Blocks",
        "Saying that you work here",
        "Built in",
        "#IWorkAtNordvik, #pracujęwNordvik",
    ] in rows
    assert rows[0][0] == "Blocks" and rows[-1][0] == "Suggestion"  # the strictest first
    # The names themselves are never shown: one screenshot away from a leak.
    shown = " ".join(" ".join(row) for row in rows) + dialog.message.text()
    assert "Orbis" not in shown and "Kornet" not in shown
    index = next(i for i, row in enumerate(rows) if row[1] == "Your team's own pattern")
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(index))
    assert dialog.message.text() == "“…” is an internal ticket."
    assert dialog.open_link.isEnabled()
    dialog.close()


def test_removing_a_key_in_settings_unsigns_and_hides_what_it_signed(
    harness: Harness, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    pem, raw = generate_private_key()
    contents = folder_contents(demo_pack_dir())
    feed = json.loads(contents["feed.json"])
    for item in feed["items"]:
        item["id"] = "signed-" + item["id"]
    feed["items"][0]["summary"] = "S" * 10_001  # over the cap: left out, with its pointer
    contents["feed.json"] = json.dumps(feed).encode()
    expires = START + timedelta(days=30)
    signed = tmp_path / "signed.zip"
    signed.write_bytes(build_zip(with_manifest(contents, pem, version=3, expires_at=expires)))
    window = harness.window()
    dialog = window.settings_dialog()
    qtbot.addWidget(dialog)
    monkeypatch.setattr(
        QInputDialog, "getText", lambda *a, **k: (public_key_line(raw, "Comms team"), True)
    )
    dialog._add_key()
    harness.idle(window)
    window.import_pack(signed)
    harness.idle(window)
    assert window.feed.model.rowCount() == 19  # the demo's 10 and 9 of the signed pack
    dialog.refresh_sources()
    harness.idle(window)
    described = [dialog.sources.item(r).text() for r in range(dialog.sources.count())]
    pack = next(text for text in described if "signed.zip" in text)
    assert "Signed by Comms team" in pack and "Version 3" in pack
    assert "Signature valid until" in pack
    assert "1 item(s) left out: /items/0/summary: longer than 10,000 characters" in pack

    dialog.sources_changed.connect(window.reload_entries)
    row = next(r for r in range(dialog.keys.count()) if "Comms team" in dialog.keys.item(r).text())
    dialog.keys.setCurrentRow(row)
    dialog._remove_key()
    harness.idle(window)
    harness.idle(window)
    pack = next(
        dialog.sources.item(r).text()
        for r in range(dialog.sources.count())
        if "signed.zip" in dialog.sources.item(r).text()
    )
    assert "Not signed" in pack and "Signed by" not in pack
    ids = [window.feed.model.entry(r).item.id for r in range(window.feed.model.rowCount())]
    assert ids and not any(i.startswith("signed-") for i in ids)


def test_settings_show_when_it_keys_stop_being_trusted(
    harness: Harness, qtbot: QtBot, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:

    ended, current = (public_key_line(generate_private_key()[1]) for _ in range(2))
    _managed(
        paths,
        monkeypatch,
        {
            "trusted_keys": [
                {"name": "Old comms key", "key": ended, "expires": "2026-01-01"},
                {"name": "New comms key", "key": current, "expires": "2027-06-30T00:00:00Z"},
            ]
        },
    )
    window = harness.window()
    dialog = window.settings_dialog()
    qtbot.addWidget(dialog)
    texts = [dialog.keys.item(r).text() for r in range(dialog.keys.count())]
    assert "Old comms key" in texts[0] and "Trust ended on 2026-01-01" in texts[0]
    assert "New comms key" in texts[1] and "Trusted until 2027-06-3" in texts[1]
