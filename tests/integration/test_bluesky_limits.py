"""Bluesky's limit as the app applies it, against the AT Protocol reference PDS.

The server counts the record's text, in which links are shortened as the official
app shortens them.  Our own check (the policy's length rule with the account's rules,
at the publish gate) counts the same: a post the server would refuse never reaches
it, and a post whose links are long as typed but fit once shortened goes out.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import requests

from advocate_desktop.credentials import CredentialStore
from advocate_desktop.networks.bluesky.publisher import BlueskyPublisher
from advocate_desktop.networks.bluesky.secrets import KeyringSecrets
from advocate_desktop.networks.bluesky.session import sign_in
from advocate_desktop.paths import AppPaths
from advocate_desktop.schedule import errors
from advocate_desktop.schedule.clock import FakeClock
from advocate_desktop.schedule.runner import Runner
from advocate_desktop.schedule.states import PostState
from advocate_desktop.services.app_services import AppServices, build_services
from advocate_desktop.store.accounts_repo import AccountRow
from advocate_desktop.store.posts_repo import PostRow
from advocate_desktop.text.bluesky import server_length, server_text, short_url
from advocate_desktop.text.counting import graphemes
from tests.peers.bluesky import LocalPds, PdsAccount

pytestmark = [pytest.mark.integration, pytest.mark.keyring, pytest.mark.timeout(300)]

LINK = "https://www.nordvik.example/news/2026/nordvikpay-launch-for-small-businesses"


def with_link(stored_graphemes: int) -> str:
    """Polish text and a long link, ``stored_graphemes`` long once the link is shortened."""
    text = "ż" * (stored_graphemes - len(short_url(LINK)) - 1) + " " + LINK
    assert server_length(text) == stored_graphemes
    return text


class Recording(requests.Session):
    def __init__(self) -> None:
        super().__init__()
        self.sent: list[str] = []

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        self.sent.append(str(request.url))
        return super().send(request, **kwargs)


@pytest.fixture
def person(bluesky_pds: LocalPds) -> PdsAccount:
    return bluesky_pds.create_account()


@pytest.fixture
def services(paths: AppPaths, clock: FakeClock) -> Iterator[AppServices]:
    built = build_services(paths, clock)
    yield built
    built.db.close()


@pytest.fixture
def signed_in(
    bluesky_pds: LocalPds, person: PdsAccount, keyring_store: CredentialStore
) -> Iterator[tuple[BlueskyPublisher, Recording, dict[str, str]]]:
    secrets = KeyringSecrets(keyring_store, str(uuid.uuid4()))
    account = sign_in(
        bluesky_pds.url, person.handle, bluesky_pds.create_app_password(person), secrets
    )
    session = Recording()
    yield BlueskyPublisher(account, secrets, session=session), session, account.to_config()
    secrets.forget_session()
    session.close()


def records(pds: LocalPds, did: str) -> list[dict[str, Any]]:
    response = requests.get(
        f"{pds.url}/xrpc/com.atproto.repo.listRecords",
        params={"repo": did, "collection": "app.bsky.feed.post"},
        timeout=10,
    )
    response.raise_for_status()
    found: list[dict[str, Any]] = response.json()["records"]
    return found


def scheduled(services: AppServices, account: AccountRow, text: str) -> PostRow:
    post = services.posts.post_service.open_draft(
        source_id=None,
        item_id=None,
        network="bluesky",
        language="pl",
        suggested_text=text,
        account_id=account.id,
    )
    return services.posts.post_service.schedule(
        post.id,
        text=text,
        account_id=account.id,
        network="bluesky",
        due_at=services.clock.now() - timedelta(seconds=1),
    )


def runner(services: AppServices, publisher: BlueskyPublisher) -> Runner:
    """The app's runner and publish gate, publishing through ``publisher``."""
    return Runner(
        services.posts.repo,
        services.accounts.repo,
        lambda _account: publisher,
        services.clock,
        gate=services.posts.publish_gate,
    )


def test_301_graphemes_once_stored_are_stopped_by_our_check_before_the_server(
    bluesky_pds: LocalPds,
    person: PdsAccount,
    services: AppServices,
    signed_in: tuple[BlueskyPublisher, Recording, dict[str, str]],
) -> None:
    publisher, session, config = signed_in
    account = services.accounts.repo.add("bluesky", person.handle, config, services.clock.now())
    too_long = with_link(301)
    post = scheduled(services, account, too_long)
    blocked = services.posts.publish_gate(post)
    assert blocked is not None and blocked.code == errors.POLICY_BLOCKED
    assert "builtin.length" in blocked.detail
    # The runner asks the gate first: the post waits for the employee, nothing is sent.
    [outcome] = runner(services, publisher).run_due()
    assert outcome.state == PostState.NEEDS_ATTENTION
    assert outcome.problem is not None and outcome.problem.code == errors.POLICY_BLOCKED
    assert session.sent == []
    assert records(bluesky_pds, person.did) == []
    # The server would have refused exactly that record.
    with pytest.raises(RuntimeError, match="grapheme"):
        bluesky_pds.xrpc(
            "com.atproto.repo.createRecord",
            {
                "repo": person.did,
                "collection": "app.bsky.feed.post",
                "record": {
                    "$type": "app.bsky.feed.post",
                    "text": server_text(too_long).text,
                    "createdAt": datetime.now(UTC).isoformat(),
                },
            },
            person.access_jwt,
        )


def test_a_post_whose_long_link_fits_once_shortened_passes_and_the_server_takes_it(
    bluesky_pds: LocalPds,
    person: PdsAccount,
    services: AppServices,
    signed_in: tuple[BlueskyPublisher, Recording, dict[str, str]],
) -> None:
    publisher, session, config = signed_in
    account = services.accounts.repo.add("bluesky", person.handle, config, services.clock.now())
    text = with_link(300)
    assert graphemes(text) > 300  # counted as typed, our check would have refused it
    post = scheduled(services, account, text)
    assert services.posts.publish_gate(post) is None
    [outcome] = runner(services, publisher).run_due()
    assert outcome.state == PostState.PUBLISHED, outcome.problem
    assert session.sent
    [record] = records(bluesky_pds, person.did)
    stored = record["value"]
    assert stored["text"] == server_text(text).text
    assert graphemes(stored["text"]) == 300
    [facet] = stored["facets"]
    assert facet["features"][0]["uri"] == LINK
