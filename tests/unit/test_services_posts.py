"""What the Queue, the editor and the window ask of services/posts.py and policy.py:
the actions a post allows, taking a post back to edit it, the pause, and the policy in
force with IT's problem, all without a display."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from advocate_desktop.paths import AppPaths
from advocate_desktop.schedule.actions import QueueAction
from advocate_desktop.schedule.clock import FakeClock
from advocate_desktop.schedule.states import PostState
from advocate_desktop.services.app_services import AppServices, build_services
from advocate_desktop.services.posts import queue_actions
from advocate_desktop.store.posts_repo import PostRow

IT_RULE = {
    "id": "it.tickets",
    "kind": "pattern",
    "severity": "block",
    "pattern": "NV-[0-9]+",
    "message": {"en": "no ticket numbers", "pl": "bez numerów zgłoszeń"},
}


def managed(paths: AppPaths, monkeypatch: pytest.MonkeyPatch, document: object) -> None:
    path = paths.config_dir.parent / "managed.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document), encoding="utf-8")
    monkeypatch.setenv("ADVOCATE_MANAGED_CONFIG", str(path))


@pytest.fixture
def services(paths: AppPaths, clock: FakeClock) -> Iterator[AppServices]:
    built = build_services(paths, clock)
    yield built
    built.db.close()


def draft_of_item(services: AppServices, item_id: str = "2026-volunteering") -> PostRow:
    source_id = services.content.import_demo_pack()
    account = services.accounts.add_outbox_account("Outbox", Path("/tmp/o"), "linkedin")
    return services.posts.post_service.open_draft(
        source_id=source_id,
        item_id=item_id,
        network="linkedin",
        language="pl",
        suggested_text="#pracujęwNordvik text",
        account_id=account.id,
    )


def test_an_expired_item_takes_publish_now_and_reschedule_away(
    services: AppServices, clock: FakeClock
) -> None:
    missed = replace(draft_of_item(services), state=PostState.MISSED.value)
    assert {QueueAction.PUBLISH_NOW, QueueAction.RESCHEDULE} <= queue_actions(missed, None)
    expired = queue_actions(missed, clock.now())
    assert QueueAction.PUBLISH_NOW not in expired and QueueAction.RESCHEDULE not in expired
    assert QueueAction.CANCEL in expired  # it can still be taken out of the queue


def test_the_queue_actions_follow_the_item_as_stored(
    services: AppServices, clock: FakeClock
) -> None:
    post = draft_of_item(services)
    assert QueueAction.EDIT in services.posts.actions(post)
    assert services.posts.expired_item(post) is None
    item = services.content.item_of(post)
    assert item is not None and not services.posts.is_expired(item)
    expiring = replace(item, expires_at=clock.now() + timedelta(minutes=5))
    assert not services.posts.is_expired(expiring)
    clock.advance(timedelta(minutes=5))
    assert services.posts.is_expired(expiring)


def test_a_post_that_is_not_on_a_server_opens_as_it_is(services: AppServices) -> None:
    post = draft_of_item(services)
    assert services.posts.open_for_editing(post.id, post.state) == post
    assert services.posts.open_for_editing("gone", PostState.DRAFT.value) is None


def test_the_pause_is_read_and_locked_as_the_settings_say(
    paths: AppPaths, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = build_services(paths, clock)
    try:
        assert not services.posts.paused() and not services.posts.pause_locked()
        services.posts.set_paused(True)
        assert services.posts.paused()
    finally:
        services.db.close()
    managed(paths, monkeypatch, {"settings": {"paused": False}, "locked": ["paused"]})
    locked = build_services(paths, clock)
    try:
        assert locked.posts.pause_locked() and not locked.posts.paused()
    finally:
        locked.db.close()


def test_the_policy_in_force_layers_its_rules_over_the_built_in_ones(
    paths: AppPaths, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    managed(paths, monkeypatch, {"policy": {"rules": [IT_RULE]}})
    services = build_services(paths, clock)
    try:
        in_force = services.policy.in_force()
        assert in_force.it_problem is None
        assert in_force.it_source.endswith("managed.json")
        assert "it.tickets" in {r.id for r in in_force.engine.policy.rules}
        assert [r.id for r in services.policy.layers()[-1]] == ["it.tickets"]
        first = in_force.engine
        assert services.policy.engine() is first  # built once
        services.policy.invalidate()
        assert services.policy.engine() is not first
    finally:
        services.db.close()


@pytest.mark.allow_log_errors
def test_a_broken_it_policy_is_the_problem_in_force_and_blocks_the_gate(
    paths: AppPaths, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    managed(paths, monkeypatch, {"policy": {"rules": [{**IT_RULE, "kind": "telepathy"}]}})
    services = build_services(paths, clock)
    try:
        in_force = services.policy.in_force()
        assert in_force.it_problem is not None and "/policy/rules/0/kind" in in_force.it_problem
        assert "it.tickets" not in {r.id for r in in_force.engine.policy.rules}
        problem = services.posts.publish_gate(draft_of_item(services))
        assert problem is not None and problem.code == "policy_unavailable"
    finally:
        services.db.close()


def test_a_time_at_or_after_the_items_expiry_cannot_be_chosen() -> None:
    from datetime import UTC, datetime

    from advocate_desktop.feed.model import FeedItem
    from advocate_desktop.services.posts import PostsService

    ends = datetime(2027, 1, 31, 12, 0, tzinfo=UTC)
    item = FeedItem(id="1", title="Launch", language="en", expires_at=ends)
    assert PostsService.expires_by(item, ends - timedelta(minutes=1)) is None
    assert PostsService.expires_by(item, ends) == ends
    assert PostsService.expires_by(item, ends + timedelta(days=1)) == ends
    forever = FeedItem(id="2", title="Always", language="en")
    assert PostsService.expires_by(forever, ends + timedelta(days=3650)) is None
