"""An IT policy that cannot be loaded: shown, logged, and publishing fails safe.

Before, an unknown kind or a bad regular expression in managed.json's policy was
dropped with a log line and the app ran without the organisation's rules.
"""

from __future__ import annotations

import json
import logging

import pytest
from pytestqt.qtbot import QtBot

from advocate_desktop.paths import AppPaths
from advocate_desktop.schedule import errors
from advocate_desktop.schedule.states import PostState
from tests.qt.conftest import Harness

pytestmark = [pytest.mark.gui, pytest.mark.allow_log_errors]

GOOD_RULE = {
    "id": "it.tickets",
    "kind": "pattern",
    "severity": "warn",
    "pattern": "NV-[0-9]+",
    "message": {"en": "ticket", "pl": "zgłoszenie"},
}
BROKEN = {
    "an unknown kind": ({**GOOD_RULE, "kind": "telepathy"}, "/policy/rules/0/kind"),
    "a bad regular expression": ({**GOOD_RULE, "pattern": "NV-([0-9]+"}, "/policy/rules/0"),
}


def _managed(paths: AppPaths, monkeypatch: pytest.MonkeyPatch, document: object) -> None:
    path = paths.config_dir.parent / "managed.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document), encoding="utf-8")
    monkeypatch.setenv("ADVOCATE_MANAGED_CONFIG", str(path))


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_broken_it_policy_is_shown_and_blocks_publishing_while_reading_works(
    case: str,
    harness: Harness,
    qtbot: QtBot,
    paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    rule, pointer = BROKEN[case]
    _managed(paths, monkeypatch, {"policy": {"rules": [rule]}})
    window = harness.window()
    qtbot.waitUntil(window.policy_banner.isVisible, timeout=10000)
    assert pointer in window.policy_banner.text()
    assert "nothing can be published until IT fixes it" in window.policy_banner.text()
    logged = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert logged and pointer in logged[0].getMessage()

    # Reading still works: the list is there and an item opens with its draft.
    assert window.feed.model.rowCount() == 10
    window.feed.open_row(0)
    harness.idle(window)
    assert window.editor.draft is not None and window.editor.text.isEnabled()
    assert "policy could not be loaded" in window.editor.reason.text()
    assert not window.editor.schedule_button.isEnabled()
    assert not window.editor.publish_now_button.isEnabled()

    # A post scheduled earlier does not go out either: the gate refuses it.
    services = window.services
    account = services.accounts.repo.all()[0]
    post = services.posts.post_service.open_draft(
        source_id=None,
        item_id=None,
        network="x",
        language="en",
        suggested_text="Proud to work at Nordvik #employee",
        account_id=account.id,
    )
    services.posts.post_service.schedule(
        post.id,
        text=post.text,
        account_id=account.id,
        network="x",
        due_at=harness.clock.now(),
        acknowledged=(),
    )
    window.scheduler.tick()
    harness.idle(window)
    row = services.posts.repo.get(post.id)
    assert row is not None and row.state == PostState.NEEDS_ATTENTION
    assert errors.POLICY_UNAVAILABLE in (row.error or "")
    assert not harness.outbox.exists() or not any(harness.outbox.iterdir())


def test_a_valid_it_policy_shows_no_banner(
    harness: Harness, qtbot: QtBot, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _managed(paths, monkeypatch, {"policy": {"rules": [GOOD_RULE]}})
    window = harness.window()
    harness.idle(window)
    assert not window.policy_banner.isVisible()
    assert window.services.policy.it_policy_problem() is None


def test_invalidating_the_policy_never_waits_for_a_build(harness: Harness) -> None:
    """The GUI thread invalidates; a build holds the lock for seconds (the lemmatizer).

    The builder keeps the lock until the GUI thread has come back from
    refresh_policy; had the GUI thread waited for the lock, the builder's wait
    would end by its time-out instead (a deadlock broken after 10 s).
    """
    import threading

    window = harness.window()
    services = window.services
    before = services.policy.engine()
    holding = threading.Event()
    gui_returned = threading.Event()
    outcome: list[bool] = []

    def slow_build() -> None:
        with services.policy._engine_lock:  # as a build loading the lemmatizer does
            holding.set()
            outcome.append(gui_returned.wait(10))

    builder = threading.Thread(target=slow_build)
    builder.start()
    holding.wait(10)
    window.refresh_policy()  # on the GUI thread
    gui_returned.set()
    builder.join()
    harness.idle(window)
    assert outcome == [True]
    assert services.policy.engine() is not before  # and the next build is a new one
