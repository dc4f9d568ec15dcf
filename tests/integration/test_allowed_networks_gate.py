"""IT's allowed_networks at publish time, through the real services and runner: an
account connected before IT changed the list publishes nothing, whether its post was
scheduled or the employee presses Publish now; a share page of a network IT does not
allow never opens; and adding such an account is refused below the dialog too."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from advocate_desktop.accounts import AccountError
from advocate_desktop.networks.connect import SignInRequest
from advocate_desktop.paths import AppPaths
from advocate_desktop.schedule import errors
from advocate_desktop.schedule.clock import FakeClock
from advocate_desktop.schedule.errors import Action, PostProblem
from advocate_desktop.schedule.states import PostState
from advocate_desktop.services.app_services import AppServices, build_services

pytestmark = [pytest.mark.integration, pytest.mark.timeout(60)]

TEXT = "Otwieramy nowe biuro w Gdańsku."


def it_sets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, document: object) -> None:
    path = tmp_path / "managed.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    monkeypatch.setenv("ADVOCATE_MANAGED_CONFIG", str(path))


def scheduled_outbox_post(services: AppServices, folder: Path) -> str:
    account = services.accounts.add_outbox_account("Próby", folder, "linkedin")
    post = services.posts.repo.create(
        state=PostState.DRAFT,
        source_id=None,
        item_id=None,
        account_id=account.id,
        network="linkedin",
        language="pl",
        text=TEXT,
        now=services.clock.now(),
    )
    services.posts.post_service.schedule(
        post.id,
        text=TEXT,
        account_id=account.id,
        network="linkedin",
        due_at=services.clock.now() + timedelta(minutes=5),
    )
    return post.id


def test_an_account_connected_before_the_list_changed_publishes_nothing(
    paths: AppPaths, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "outbox"
    before = build_services(paths, clock)  # no list yet: the Outbox may be added
    post_id = scheduled_outbox_post(before, folder)
    before.db.close()

    it_sets(tmp_path, monkeypatch, {"allowed_networks": ["mastodon", "linkedin"]})
    services = build_services(paths, clock)
    try:
        clock.advance(timedelta(minutes=6))
        (outcome,) = services.posts.runner.run_due()
        assert outcome.state == PostState.NEEDS_ATTENTION
        assert outcome.problem == PostProblem(errors.NETWORK_NOT_ALLOWED, "outbox")
        assert outcome.problem.action is Action.EDIT
        assert not folder.exists() or list(folder.iterdir()) == []  # nothing was sent
        row = services.posts.repo.get(post_id)
        assert row is not None and row.state == PostState.NEEDS_ATTENTION
        assert PostProblem.from_db(row.error) == outcome.problem

        # Publish now from the Queue goes through the same gate.
        services.posts.post_service.publish_now(post_id)
        (again,) = services.posts.runner.run_due()
        assert again.problem is not None and again.problem.code == errors.NETWORK_NOT_ALLOWED
        assert not folder.exists() or list(folder.iterdir()) == []
    finally:
        services.db.close()


def test_the_same_post_goes_out_while_the_network_is_allowed(
    paths: AppPaths, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    it_sets(tmp_path, monkeypatch, {"allowed_networks": ["outbox"]})
    services = build_services(paths, clock)
    try:
        folder = tmp_path / "outbox"
        scheduled_outbox_post(services, folder)
        clock.advance(timedelta(minutes=6))
        (outcome,) = services.posts.runner.run_due()
        assert outcome.state == PostState.PUBLISHED, outcome
        assert len(list(folder.glob("post-*.json"))) == 1
    finally:
        services.db.close()


def test_a_bad_list_fails_safe_and_stops_every_post(
    paths: AppPaths, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "outbox"
    before = build_services(paths, clock)
    scheduled_outbox_post(before, folder)
    before.db.close()
    it_sets(tmp_path, monkeypatch, {"allowed_networks": "outbox"})  # not a list
    services = build_services(paths, clock)
    try:
        assert [p.pointer for p in services.managed.problems] == ["/allowed_networks"]
        clock.advance(timedelta(minutes=6))
        (outcome,) = services.posts.runner.run_due()
        assert outcome.problem is not None and outcome.problem.code == errors.NETWORK_NOT_ALLOWED
        assert not folder.exists() or list(folder.iterdir()) == []
    finally:
        services.db.close()


def test_no_share_page_of_a_network_it_does_not_allow(
    paths: AppPaths, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    it_sets(tmp_path, monkeypatch, {"allowed_networks": ["linkedin"]})
    services = build_services(paths, clock)
    try:
        post = services.posts.repo.create(
            state=PostState.DRAFT,
            source_id=None,
            item_id=None,
            account_id=None,
            network="linkedin",
            language="pl",
            text=TEXT,
            now=clock.now(),
        )
        refused = services.posts.prepare_share(post.id, TEXT, "facebook")
        assert refused == PostProblem(errors.NETWORK_NOT_ALLOWED, "facebook")
        page = services.posts.prepare_share(post.id, TEXT, "linkedin")
        assert not isinstance(page, PostProblem) and page.network == "linkedin"
    finally:
        services.db.close()


def test_adding_an_account_it_does_not_allow_is_refused_below_the_dialog(
    paths: AppPaths, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    it_sets(tmp_path, monkeypatch, {"allowed_networks": ["linkedin"]})
    services = build_services(paths, clock)
    try:
        with pytest.raises(PermissionError):
            services.accounts.add_outbox_account("Próby", tmp_path / "outbox", "linkedin")
        request = SignInRequest(address="mastodon.example")
        with pytest.raises(AccountError) as raised:
            services.accounts.account_manager().add("mastodon", request)
        assert raised.value.code == "not_allowed"
        assert services.accounts.repo.all() == []
    finally:
        services.db.close()
