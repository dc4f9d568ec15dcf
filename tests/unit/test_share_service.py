"""Sharing a post on a share page, below the GUI: the checks before publishing stop it,
the page carries the post's link, and the employee's "posted" is recorded as
``handed_off`` with the time, out of the runner's reach."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta

import pytest

from advocate_desktop.networks.mastodon.limits import InstanceLimits
from advocate_desktop.networks.share import BadInstance, Placement, SharePage
from advocate_desktop.paths import AppPaths
from advocate_desktop.schedule import errors
from advocate_desktop.schedule.clock import FakeClock
from advocate_desktop.schedule.errors import PostProblem
from advocate_desktop.schedule.pacing import ACTIVE_STATES
from advocate_desktop.schedule.service import SHARED_BY_EMPLOYEE
from advocate_desktop.schedule.states import IllegalTransition, PostState
from advocate_desktop.services.app_services import AppServices, build_services
from advocate_desktop.store.posts_repo import PostRow, QueueFilter
from advocate_desktop.store.timestamps import to_db

DISCLOSED = "#pracujęwNordvik Świetne wieści o płatnościach dla małych firm!"
UNDISCLOSED = "Świetne wieści o płatnościach dla małych firm!"


@pytest.fixture
def services(paths: AppPaths, clock: FakeClock) -> Iterator[AppServices]:
    built = build_services(paths, clock)
    built.content.import_demo_pack()
    yield built
    built.db.close()


def draft_of_item(services: AppServices, text: str) -> PostRow:
    stored = services.content.items()[0]
    item = stored.item
    media = services.content.media_for_item(item, item.language)
    assert media.link is not None  # the demo items have a link card
    return services.posts.post_service.open_draft(
        source_id=stored.source_id,
        item_id=item.id,
        network="linkedin",
        language=item.language,
        suggested_text=text,
        account_id=None,
        images=media.images,
        link=media.link,
    )


def test_a_checked_post_gets_its_page_with_the_items_link(services: AppServices) -> None:
    post = draft_of_item(services, DISCLOSED)
    link = services.posts.media.link(post.id)
    assert link is not None
    page = services.posts.prepare_share(post.id, DISCLOSED, "x")
    assert isinstance(page, SharePage) and page.placement is Placement.IN_ADDRESS
    assert page.text == f"{DISCLOSED} {link.url}"
    page = services.posts.prepare_share(post.id, DISCLOSED, "linkedin")
    assert isinstance(page, SharePage) and page.clipboard == DISCLOSED
    assert page.address.startswith("https://www.linkedin.com/sharing/share-offsite/?url=https%3A")


def test_the_policy_blocks_a_share_as_it_blocks_publishing(services: AppServices) -> None:
    post = draft_of_item(services, UNDISCLOSED)
    for network in ("x", "bluesky", "linkedin", "facebook", "instagram", "threads"):
        problem = services.posts.prepare_share(post.id, UNDISCLOSED, network)
        assert isinstance(problem, PostProblem), network
        assert problem.code == errors.POLICY_BLOCKED
        assert problem.detail.startswith("builtin.disclosure")
    stored = services.posts.repo.get(post.id)
    assert stored is not None and stored.state == PostState.DRAFT  # nothing recorded


def test_the_target_networks_length_is_checked(services: AppServices) -> None:
    text = DISCLOSED + " Więcej szczegółów." * 20  # about 440 characters
    post = draft_of_item(services, text)
    blocked = services.posts.prepare_share(post.id, text, "x")
    assert isinstance(blocked, PostProblem) and "builtin.length" in blocked.detail
    assert isinstance(services.posts.prepare_share(post.id, text, "linkedin"), SharePage)


@pytest.mark.allow_log_errors
def test_nothing_is_shared_while_its_policy_does_not_load(
    paths: AppPaths, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    managed = paths.config_dir.parent / "managed.json"
    managed.parent.mkdir(parents=True, exist_ok=True)
    rule = {"id": "it.x", "kind": "telepathy", "severity": "block", "message": {"en": "x"}}
    managed.write_text(json.dumps({"policy": {"rules": [rule]}}), encoding="utf-8")
    monkeypatch.setenv("ADVOCATE_MANAGED_CONFIG", str(managed))
    services = build_services(paths, clock)
    try:
        services.content.import_demo_pack()
        post = draft_of_item(services, DISCLOSED)
        problem = services.posts.prepare_share(post.id, DISCLOSED, "bluesky")
        assert isinstance(problem, PostProblem) and problem.code == errors.POLICY_UNAVAILABLE
    finally:
        services.db.close()


def test_a_mastodon_accounts_server_and_limits(services: AppServices, clock: FakeClock) -> None:
    account = services.accounts.repo.add(
        "mastodon",
        "Ala",
        {
            "instance": "https://social.example",
            "remote_account_id": "1",
            "limits": InstanceLimits(max_characters=1000).to_config(),
        },
        clock.now(),
    )
    text = DISCLOSED + " Więcej szczegółów." * 30  # over 500, within 1,000
    post = draft_of_item(services, text)
    page = services.posts.prepare_share(post.id, text, "mastodon", account_id=account.id)
    assert isinstance(page, SharePage) and page.placement is Placement.IN_ADDRESS
    assert page.address.startswith("https://social.example/share?text=%23pracuj%C4%99")
    # Without the account, the network's 500 characters apply: the check stops it.
    problem = services.posts.prepare_share(post.id, text, "mastodon", instance="social.example")
    assert isinstance(problem, PostProblem) and "builtin.length" in problem.detail
    with pytest.raises(BadInstance):
        services.posts.prepare_share(
            post.id, DISCLOSED, "mastodon", instance="http://social.example"
        )
    outbox = services.accounts.add_outbox_account("Outbox", services.paths.data_dir / "out", "x")
    with pytest.raises(BadInstance):  # only a Mastodon account has a server to share on
        services.posts.prepare_share(post.id, DISCLOSED, "mastodon", account_id=outbox.id)


def test_posted_is_recorded_as_handed_off_with_the_time(
    services: AppServices, clock: FakeClock
) -> None:
    post = draft_of_item(services, DISCLOSED)
    clock.advance(timedelta(minutes=7))
    shared = services.posts.post_service.hand_off(post.id, text=DISCLOSED + " !", network="bluesky")
    assert shared.state == PostState.HANDED_OFF
    assert shared.due_at == to_db(clock.now()) == shared.updated_at
    assert (shared.text, shared.network, shared.account_id) == (DISCLOSED + " !", "bluesky", None)
    last = services.posts.repo.events(post.id)[-1]
    assert (last.from_state, last.to_state, last.detail) == (
        "draft",
        "handed_off",
        SHARED_BY_EMPLOYEE,
    )
    assert last.at == to_db(clock.now())
    # Never the runner's, never published by the app, and final.
    clock.advance(timedelta(days=1))
    assert services.posts.runner.run_due() == []
    after = services.posts.repo.get(post.id)
    assert after is not None and after.state == PostState.HANDED_OFF and after.remote_id is None
    with pytest.raises(IllegalTransition):
        services.posts.post_service.cancel(post.id)
    with pytest.raises(IllegalTransition):
        services.posts.post_service.hand_off(post.id, text=DISCLOSED, network="x")
    # It counts toward the employee's pace, and the Queue lists it under its own state.
    assert "handed_off" in ACTIVE_STATES
    lines = services.posts.repo.queue_page(QueueFilter(state="handed_off"), 0, 10)
    assert [line.id for line in lines] == [post.id]
    assert services.posts.repo.queue_facets().states == {"handed_off": 1}


def test_a_post_the_runner_may_take_is_never_handed_off(
    services: AppServices, clock: FakeClock
) -> None:
    account = services.accounts.add_outbox_account("Outbox", services.paths.data_dir / "out", "x")
    post = draft_of_item(services, DISCLOSED)
    services.posts.post_service.schedule(
        post.id,
        text=DISCLOSED,
        account_id=account.id,
        network="x",
        due_at=clock.now() + timedelta(hours=1),
    )
    with pytest.raises(IllegalTransition):
        services.posts.post_service.hand_off(post.id, text=DISCLOSED, network="x")
    stored = services.posts.repo.get(post.id)
    assert stored is not None and stored.state == PostState.SCHEDULED
    # Missed (its time passed with the app closed), it waits for the employee: sharing
    # it by hand is their choice.
    assert services.posts.repo.transition(post.id, ["scheduled"], "missed", clock.now(), "overdue")
    shared = services.posts.post_service.hand_off(post.id, text=DISCLOSED, network="threads")
    assert shared.state == PostState.HANDED_OFF and shared.account_id is None
