"""Help → What my company can see: the real configuration, listed as plain text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from advocate_desktop.ui.employee.data_flows_dialog import DataFlowsDialog
from advocate_desktop.ui.employee.main_window import MainWindow
from tests.qt.conftest import Harness


def shown(window: MainWindow, qtbot: QtBot) -> list[str]:
    window.data_flows_action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "data_flows_dialog", None) is not None, timeout=5000)
    dialog: DataFlowsDialog = window.data_flows_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    text = dialog.lines()
    # Every line is a label showing exactly its text, never HTML.
    assert [label.text() for label in dialog.labels] == [t.strip() for t in text]
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in dialog.labels)
    dialog.close()
    window.data_flows_dialog = None  # type: ignore[assignment]
    return text


def test_the_panel_lists_what_leaves_and_to_whom(harness: Harness, qtbot: QtBot) -> None:
    window = harness.window()
    assert window.data_flows_action.text() == "&What my company can see…"
    text = shown(window, qtbot)
    assert text[0] == "Your employer"
    assert text[1].startswith("  Nothing is sent to your employer")
    assert "  No feed is subscribed: nothing is downloaded." in text
    assert any(t.startswith("  Outbox (Outbox): files in ") for t in text)  # nothing leaves
    assert "  No sign-in is stored." in text
    assert not any("referral" in t for t in text)

    services = window.services
    services.content.subscribe("https://news.nordvik.example/feed.json")
    services.accounts.repo.add(
        "mastodon",
        "<b>Ala</b>",
        {"instance": "https://social.example", "server_scheduling": True},
        services.clock.now(),
    )
    services.settings.set("referral_parameter", "ref=ala")
    services.settings.set("referral_enabled", True)
    text = shown(window, qtbot)
    assert "  https://news.nordvik.example/feed.json → news.nordvik.example" in text
    assert "    Asked for news every 30 minutes." in text
    assert "  <b>Ala</b> on Mastodon → social.example" in text  # plain text, never HTML
    assert "    Is asked once a day how long posts may be there." in text
    assert "    Holds your scheduled posts before their time, to publish them." in text
    assert any("(ref=ala) is on" in t for t in text)
    assert any(t.startswith("  Sign-ins (tokens, app passwords) of 1 account,") for t in text)


def test_the_panel_names_its_proxy(
    harness: Harness, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "managed.json"
    path.write_text(json.dumps({"proxy": "http://proxy.nordvik.example:3128"}), encoding="utf-8")
    monkeypatch.setenv("ADVOCATE_MANAGED_CONFIG", str(path))
    window = harness.window()
    text = shown(window, qtbot)
    (line,) = [t for t in text if "organization's proxy" in t]
    assert line.startswith("  Your organization's proxy (proxy.nordvik.example:3128) relays")
    assert "which servers the app contacts" in line
