"""A Mastodon account's limits come from its server: read when it is added, refreshed
daily, and used by the publish gate; a server that cannot be read keeps the last good.

mastodon_mock publishes (and enforces) Mastodon's defaults; a server with other limits
is played by tests/peers/mastodon_instance.py, shaped as Mastodon 4.3 answers.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
import requests

from advocate_desktop.credentials import CredentialStore
from advocate_desktop.networks.account_secrets import KeyringSecrets
from advocate_desktop.networks.base import OutgoingPost
from advocate_desktop.networks.mastodon.account import (
    APP_SECRET,
    TOKEN_SECRET,
    app_owner,
    sign_in,
)
from advocate_desktop.networks.mastodon.api import MastodonApi, Timeouts
from advocate_desktop.networks.mastodon.errors import MastodonError
from advocate_desktop.networks.mastodon.limits import InstanceLimits
from advocate_desktop.networks.mastodon.publisher import MastodonPublisher
from advocate_desktop.paths import AppPaths
from advocate_desktop.schedule import errors
from advocate_desktop.schedule.clock import FakeClock
from advocate_desktop.server_limits import (
    CHECKED_AT,
    limits_config,
    read_limits,
    refresh_account_limits,
    refresh_due_limits,
    stored_limits,
)
from advocate_desktop.services.app_services import AppServices, build_services
from advocate_desktop.store.accounts_repo import AccountRow
from advocate_desktop.store.posts_repo import PostRow
from advocate_desktop.store.timestamps import to_db
from tests.peers.mastodon import Browser, MastodonMock
from tests.peers.mastodon_instance import InstanceServer

pytestmark = pytest.mark.integration

FAST = Timeouts(connect=2, read=2, upload_read=5, media_processing=5, poll_interval=0.05)
PLAIN = "Nowa aplikacja dla małych firm. "
LINK = "https://www.nordvik.example/news/2026/nordvikpay-launch-for-small-businesses"


def text_of(length: int) -> str:
    return (PLAIN * (length // len(PLAIN) + 1))[:length]


@pytest.fixture
def services(paths: AppPaths, clock: FakeClock) -> Iterator[AppServices]:
    built = build_services(paths, clock)
    yield built
    built.db.close()


@pytest.fixture
def instance() -> Iterator[InstanceServer]:
    server = InstanceServer(max_characters=5000)
    yield server
    server.stop()


def add_account(services: AppServices, base_url: str, **config: Any) -> AccountRow:
    """An account as adding it stores it: its limits were read at sign-in, a while ago."""
    checked = services.clock.now() - timedelta(days=2)
    return services.accounts.repo.add(
        "mastodon",
        "Alice",
        {
            "instance": base_url,
            "remote_account_id": "1",
            "handle": "@alice@127.0.0.1",
            **limits_config(InstanceLimits(), checked),
            **config,
        },
        services.clock.now(),
    )


def scheduled(services: AppServices, account: AccountRow, text: str) -> PostRow:
    return services.posts.repo.create(
        state="scheduled",
        source_id=None,
        item_id=None,
        account_id=account.id,
        network="mastodon",
        language="pl",
        text=text,
        now=services.clock.now(),
    )


def current(services: AppServices, account: AccountRow) -> AccountRow:
    found = services.accounts.repo.get(account.id)
    assert found is not None
    return found


# -- a server with its own limits -------------------------------------------------------


def test_a_5000_character_server_lets_a_1200_character_post_through_and_500_stops_it(
    services: AppServices, clock: FakeClock, instance: InstanceServer
) -> None:
    account = add_account(services, instance.base_url)
    post = scheduled(services, account, text_of(1200))
    blocked = services.posts.publish_gate(post)
    assert blocked is not None and blocked.code == errors.POLICY_BLOCKED  # 500 stored

    [result] = services.accounts.refresh_server_limits()
    assert (result.changed, result.problem, result.limits.max_characters) == (True, None, 5000)
    stored = current(services, account)
    assert stored_limits(stored).max_characters == 5000
    assert stored.config[CHECKED_AT] == to_db(clock.now())
    assert stored.config["handle"] == "@alice@127.0.0.1"  # the rest of the account stays
    assert services.posts.publish_gate(post) is None

    # The server lowers its limit; a day later the app knows, and the gate stops the post.
    instance.max_characters = 500
    clock.advance(timedelta(hours=23))
    assert services.accounts.refresh_server_limits() == []  # not due yet: nothing sent
    assert instance.requests_to("/api/v2/instance") == 1
    clock.advance(timedelta(hours=1))
    [result] = services.accounts.refresh_server_limits()
    assert result.changed and result.limits.max_characters == 500
    blocked = services.posts.publish_gate(post)
    assert blocked is not None and blocked.code == errors.POLICY_BLOCKED
    assert "builtin.length" in blocked.detail


def test_links_count_as_the_server_reserves_for_them(
    services: AppServices, instance: InstanceServer
) -> None:
    instance.max_characters = 500
    instance.characters_reserved_per_url = 40
    account = add_account(services, instance.base_url)
    post = scheduled(services, account, text_of(470) + " " + LINK)  # 494 at 23, 511 at 40
    assert services.posts.publish_gate(post) is None
    services.accounts.refresh_server_limits()
    rules = services.accounts.text_rules_of(current(services, account))
    assert rules.count(text_of(470) + " " + LINK) == 511
    blocked = services.posts.publish_gate(post)
    assert blocked is not None and blocked.code == errors.POLICY_BLOCKED


def test_the_refresh_sends_no_token(services: AppServices, instance: InstanceServer) -> None:
    add_account(services, instance.base_url)
    services.accounts.refresh_server_limits()
    [request] = instance.seen
    assert (request.method, request.path) == ("GET", "/api/v2/instance")
    assert "authorization" not in {name.lower() for name in request.headers}


# -- a server that cannot be read keeps the last good limits ------------------------------


def refreshed_to_5000(services: AppServices, instance: InstanceServer) -> AccountRow:
    account = add_account(services, instance.base_url)
    [result] = services.accounts.refresh_server_limits()
    assert result.limits.max_characters == 5000
    return current(services, account)


def test_a_dead_server_keeps_the_last_good_limits(
    services: AppServices, clock: FakeClock, instance: InstanceServer
) -> None:
    good = refreshed_to_5000(services, instance)
    post = scheduled(services, good, text_of(1200))
    instance.stop()  # the port is closed: connection refused
    clock.advance(timedelta(days=1, minutes=1))
    [result] = services.accounts.refresh_server_limits()
    assert result.problem is not None and result.problem.startswith("server_unavailable")
    assert not result.changed and result.limits.max_characters == 5000
    after = current(services, good)
    assert after.config == good.config  # limits and their date unchanged: tried again later
    assert services.posts.publish_gate(post) is None
    [again] = services.accounts.refresh_server_limits()  # still due: the next run tries again
    assert again.problem is not None


@pytest.mark.parametrize(
    ("mode", "statuses", "code"),
    [
        ("html_error", None, "server_unavailable"),  # a proxy's 502 page in front of it
        ("ok", {"max_characters": "lots", "characters_reserved_per_url": 23}, "bad_response"),
        ("ok", {"max_characters": 0}, "bad_response"),
        ("ok", {}, "bad_response"),
    ],
)
def test_a_server_answering_nonsense_keeps_the_last_good_limits(
    services: AppServices,
    clock: FakeClock,
    instance: InstanceServer,
    mode: str,
    statuses: dict[str, Any] | None,
    code: str,
) -> None:
    good = refreshed_to_5000(services, instance)
    instance.mode, instance.statuses = mode, statuses
    clock.advance(timedelta(days=2))
    [result] = services.accounts.refresh_server_limits()
    assert result.problem is not None and result.problem.split(":")[0] == code
    assert current(services, good).config == good.config


def test_a_server_that_hangs_keeps_the_last_good_limits_and_does_not_hold_the_rest(
    services: AppServices, clock: FakeClock, instance: InstanceServer
) -> None:
    good = refreshed_to_5000(services, instance)
    other = InstanceServer(max_characters=1000)
    try:
        second = add_account(services, other.base_url)
        instance.mode = "hang"
        clock.advance(timedelta(days=2))
        results = {
            r.account_id: r
            for r in refresh_due_limits(services.accounts.repo, clock.now(), timeouts=FAST)
        }
        assert (results[good.id].problem or "").startswith("timeout")
        assert results[second.id].limits.max_characters == 1000
        assert current(services, good).config == good.config
        assert stored_limits(current(services, second)).max_characters == 1000
    finally:
        other.stop()


def test_an_account_removed_while_its_server_was_read_is_not_brought_back(
    services: AppServices, instance: InstanceServer
) -> None:
    account = add_account(services, instance.base_url)
    services.accounts.repo.remove(account.id)
    result = refresh_account_limits(services.accounts.repo, account, services.clock.now())
    assert result.problem is not None and services.accounts.repo.get(account.id) is None


# -- mastodon_mock: what the server publishes is what it enforces -------------------------


@pytest.fixture(scope="module")
def mock_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MastodonMock]:
    server = MastodonMock(tmp_path_factory.mktemp("mastodon"))
    yield server
    server.stop()


@pytest.fixture
def mastodon(mock_server: MastodonMock) -> MastodonMock:
    mock_server.reset()
    return mock_server


@pytest.fixture
def signed_in(
    mastodon: MastodonMock, keyring_store: CredentialStore
) -> Iterator[tuple[dict[str, Any], KeyringSecrets]]:
    api = MastodonApi(mastodon.base_url, timeouts=FAST)
    app_secrets = KeyringSecrets(keyring_store, app_owner(mastodon.base_url))
    account_secrets = KeyringSecrets(keyring_store, str(uuid.uuid4()))
    mastodon.add_user("alice")
    result = sign_in(api, app_secrets, account_secrets, open_browser=Browser("alice"), timeout=30)
    yield result.account.to_config(result.limits, checked_at=""), account_secrets
    account_secrets.delete(TOKEN_SECRET)
    app_secrets.delete(APP_SECRET)


def test_the_mocks_limits_are_read_and_match_what_it_enforces(
    services: AppServices,
    mastodon: MastodonMock,
    signed_in: tuple[dict[str, Any], KeyringSecrets],
) -> None:
    config, secrets = signed_in
    assert read_limits(mastodon.base_url, timeouts=FAST) == stored_limits(
        AccountRow("x", "mastodon", "x", config)
    )
    # Stored wrongly (as by an older version): the refresh puts the server's back.
    account = services.accounts.repo.add(
        "mastodon",
        "Alice",
        config | limits_config(InstanceLimits(max_characters=5000), services.clock.now()),
        services.clock.now(),
    )
    [result] = refresh_due_limits(services.accounts.repo, services.clock.now(), every=timedelta(0))
    assert (result.changed, result.limits.max_characters) == (True, 500)
    rules = services.accounts.text_rules_of(current(services, account))
    fits, too_long = "ż" * 500, "ż" * 501
    assert services.posts.publish_gate(scheduled(services, account, fits)) is None
    blocked = services.posts.publish_gate(scheduled(services, account, too_long))
    assert blocked is not None and blocked.code == errors.POLICY_BLOCKED
    assert (rules.count(fits), rules.count(too_long)) == (500, 501)
    # The server agrees on both sides of the line.
    publisher = MastodonPublisher.from_config(config, secrets, timeouts=FAST)
    receipt = publisher.publish(outgoing(fits))
    assert receipt.remote_id
    refused = requests.post(
        mastodon.url("/api/v1/statuses"),
        data={"status": too_long},
        headers={"Authorization": f"Bearer {secrets.get(TOKEN_SECRET)}"},
        timeout=10,
    )
    assert refused.status_code == 422 and "too long" in refused.text


def test_a_mock_answering_garbage_keeps_the_last_good_limits(
    services: AppServices, mastodon: MastodonMock, signed_in: tuple[dict[str, Any], KeyringSecrets]
) -> None:
    config, _ = signed_in
    good = config | limits_config(InstanceLimits(max_characters=5000), services.clock.now())
    account = services.accounts.repo.add("mastodon", "Alice", good, services.clock.now())
    mastodon.fault({"type": "malformed"}, path="/api/v2/instance", methods=["GET"], count=None)
    [result] = refresh_due_limits(
        services.accounts.repo, services.clock.now(), every=timedelta(0), timeouts=FAST
    )
    assert result.problem is not None
    assert current(services, account).config == good
    with pytest.raises(MastodonError):
        read_limits(mastodon.base_url, timeouts=FAST)


def outgoing(text: str) -> OutgoingPost:
    from datetime import UTC, datetime

    return OutgoingPost(
        post_id=str(uuid.uuid4()),
        account_id="account",
        network="mastodon",
        language="pl",
        text=text,
        item_id=None,
        due_at=datetime.now(UTC),
    )
