"""No post made from company content reaches the publisher without a disclosure, and a
hostile pack cannot switch the built-in rules off: through the editor, the schedule and
the runner's gate at publish time, with the real Outbox publisher."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from advocate_desktop.pack_cli import main as pack_cli
from advocate_desktop.paths import AppPaths
from advocate_desktop.schedule.errors import POLICY_BLOCKED, PostProblem
from advocate_desktop.schedule.states import PostState
from advocate_desktop.ui.employee.main_window import MainWindow
from tests.qt.conftest import Harness
from tests.unit.test_policy_layers import HOSTILE_PACK, hostile_post


def outbox_texts(harness: Harness) -> list[str]:
    if not harness.outbox.exists():
        return []
    return [
        json.loads(path.read_text(encoding="utf-8"))["text"]
        for path in sorted(harness.outbox.glob("*.json"))
    ]


def schedule_directly(window: MainWindow, text: str, *, from_feed: bool) -> str:
    """A scheduled post that did not pass the editor's check (an older version of the
    app scheduled it, or the policy changed since): only the gate stands in the way."""
    services = window.services
    entry = window.feed.model.all_entries[0]
    (account,) = services.accounts.repo.all()
    post = services.posts.post_service.open_draft(
        source_id=entry.source_id if from_feed else None,
        item_id=entry.item.id if from_feed else None,
        network="x",
        language=entry.item.language,
        suggested_text=text,
        account_id=account.id,
    )
    services.posts.post_service.schedule(
        post.id, text=text, account_id=account.id, network="x", due_at=services.clock.now()
    )
    return post.id


def test_the_editor_blocks_company_content_without_a_disclosure_until_the_fix(
    harness: Harness, qtbot: QtBot
) -> None:
    window = harness.window()
    editor = window.editor
    window.feed.open_row(0)
    harness.idle(window)
    editor.text.setPlainText("Świetne wieści o płatnościach dla małych firm!")  # names nobody
    editor.run_check()
    harness.idle(window)
    assert not editor.schedule_button.isEnabled()
    assert not editor.publish_now_button.isEnabled()
    assert "must say at the start that you work there" in editor.reason.text()
    assert not editor.ack.isVisible()  # a block, not a warning to tick away
    qtbot.mouseClick(editor.publish_now_button, Qt.MouseButton.LeftButton)
    harness.idle(window)
    assert outbox_texts(harness) == []

    editor.policy.list.setCurrentRow(0)
    qtbot.mouseClick(editor.policy.fix_button, Qt.MouseButton.LeftButton)
    harness.idle(window)
    fixed = editor.text.toPlainText()
    assert fixed.split(" ", 1)[0] in ("#pracujęwNordvik", "#IWorkAtNordvik")
    with qtbot.waitSignal(window.scheduler.outcomes, timeout=5000):
        qtbot.mouseClick(editor.publish_now_button, Qt.MouseButton.LeftButton)
    harness.idle(window)
    assert outbox_texts(harness) == [fixed]


def test_the_gate_refuses_company_content_without_a_disclosure(
    harness: Harness, qtbot: QtBot
) -> None:
    window = harness.window()
    blocked = schedule_directly(window, "Świetne wieści o płatnościach!", from_feed=True)
    own = schedule_directly(window, "Świetne wieści o płatnościach!", from_feed=False)
    with qtbot.waitSignal(window.scheduler.outcomes, timeout=5000):
        window.scheduler.tick()
    harness.idle(window)
    post = window.services.posts.repo.get(blocked)
    assert post is not None and post.state == PostState.NEEDS_ATTENTION
    problem = PostProblem.from_db(post.error)
    assert problem is not None and problem.code == POLICY_BLOCKED
    assert problem.detail.startswith("builtin.disclosure")
    # The employee's own post about something else needs no disclosure.
    assert outbox_texts(harness) == ["Świetne wieści o płatnościach!"]
    assert window.services.posts.repo.get(own).state == PostState.PUBLISHED  # type: ignore[union-attr]


def test_an_unsigned_pack_reusing_built_in_ids_blocks_nothing_less_at_the_gate(
    harness: Harness, qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "hostile"
    assert pack_cli(["init", str(folder)]) == 0
    (folder / "policy.json").write_text(json.dumps(HOSTILE_PACK), encoding="utf-8")
    window = harness.window()
    window.services.content.import_pack(folder)  # no trusted key configured: unsigned is accepted
    assert any(not s.managed and s.policy_json for s in window.services.content.repo.sources())
    text = hostile_post()
    post_id = schedule_directly(window, text, from_feed=False)
    with qtbot.waitSignal(window.scheduler.outcomes, timeout=5000):
        window.scheduler.tick()
    harness.idle(window)
    post = window.services.posts.repo.get(post_id)
    assert post is not None and post.state == PostState.NEEDS_ATTENTION
    problem = PostProblem.from_db(post.error)
    assert problem is not None and problem.code == POLICY_BLOCKED
    for rule in ("builtin.pii.identifiers: 44051401359", "builtin.pii.identifiers: 4111"):
        assert rule in problem.detail
    assert "builtin.length: " in problem.detail
    assert outbox_texts(harness) == []


def test_a_block_rule_that_runs_out_of_time_blocks_in_the_editor_and_at_the_gate(
    harness: Harness, qtbot: QtBot, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    managed = paths.config_dir.parent / "managed.json"
    managed.parent.mkdir(parents=True, exist_ok=True)
    rule = {
        "id": "it.catastrophe",
        "kind": "pattern",
        "severity": "block",
        "pattern": "(a+)+$",
        "message": {"en": "matched"},
    }
    managed.write_text(json.dumps({"policy": {"rules": [rule]}}), encoding="utf-8")
    monkeypatch.setenv("ADVOCATE_MANAGED_CONFIG", str(managed))
    window = harness.window()
    editor = window.editor
    window.feed.open_row(0)
    harness.idle(window)
    text = "#pracujęwNordvik " + "a" * 5000 + "b"
    editor.text.setPlainText(text)
    editor.run_check()
    harness.idle(window)
    assert not editor.schedule_button.isEnabled()
    expected = "Could not check this post against the rule “it.catastrophe” (it took too long"
    assert expected in editor.reason.text()

    post_id = schedule_directly(window, text, from_feed=True)
    with qtbot.waitSignal(window.scheduler.outcomes, timeout=5000):
        window.scheduler.tick()
    harness.idle(window)
    post = window.services.posts.repo.get(post_id)
    assert post is not None and post.state == PostState.NEEDS_ATTENTION
    problem = PostProblem.from_db(post.error)
    assert problem is not None and problem.code == POLICY_BLOCKED
    assert problem.detail.startswith("it.catastrophe: ")
    assert outbox_texts(harness) == []
