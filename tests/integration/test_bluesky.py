"""Bluesky against the AT Protocol reference PDS on loopback, secrets in the real keyring."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import requests
from PIL import Image

from advocate_desktop.credentials import CredentialStore
from advocate_desktop.networks.base import (
    FailureKind,
    LinkRef,
    OutgoingPost,
    PostImageRef,
    PublishError,
)
from advocate_desktop.networks.bluesky.images import PostImage, prepare_image
from advocate_desktop.networks.bluesky.publisher import BlueskyPublisher, LinkCard
from advocate_desktop.networks.bluesky.record_key import record_key
from advocate_desktop.networks.bluesky.secrets import ACCESS_JWT, REFRESH_JWT, KeyringSecrets
from advocate_desktop.networks.bluesky.session import (
    BlueskyAccount,
    SignInError,
    sign_in,
    sign_out,
    token_scope,
)
from advocate_desktop.text.bluesky import server_text
from advocate_desktop.text.networks import measure
from tests.peers.bluesky import LocalPds, PdsAccount

# The first test also starts the PDS (a minute or more on a busy machine).
pytestmark = [pytest.mark.integration, pytest.mark.keyring, pytest.mark.timeout(300)]


class RecordingSession(requests.Session):
    """A real session that notes every request and can lose one answer after it was acted on."""

    def __init__(self) -> None:
        super().__init__()
        self.sent: list[str] = []
        self.lose_answer_of: str | None = None

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        self.sent.append(str(request.url))
        response = super().send(request, **kwargs)
        if self.lose_answer_of and self.lose_answer_of in str(request.url):
            self.lose_answer_of = None
            raise requests.ReadTimeout("the answer was lost after the server acted")
        return response

    def calls(self, nsid: str) -> int:
        return sum(1 for url in self.sent if f"/xrpc/{nsid}" in url)


@dataclass
class SignedIn:
    person: PdsAccount
    app_password: str
    account: BlueskyAccount
    secrets: KeyringSecrets
    session: RecordingSession
    publisher: BlueskyPublisher


@pytest.fixture
def signed_in(bluesky_pds: LocalPds, keyring_store: CredentialStore) -> Iterator[SignedIn]:
    person = bluesky_pds.create_account()
    app_password = bluesky_pds.create_app_password(person)
    secrets = KeyringSecrets(keyring_store, str(uuid.uuid4()))
    account = sign_in(bluesky_pds.url, person.handle, app_password, secrets)
    session = RecordingSession()
    yield SignedIn(
        person,
        app_password,
        account,
        secrets,
        session,
        BlueskyPublisher(account, secrets, session=session),
    )
    secrets.forget_session()
    session.close()


def outgoing(text: str, language: str = "en") -> OutgoingPost:
    return OutgoingPost(
        post_id=str(uuid.uuid4()),
        account_id="account",
        network="bluesky",
        language=language,
        text=text,
        item_id=None,
        due_at=datetime.now(UTC),
    )


def picture(path: Path, size: tuple[int, int] = (120, 80)) -> Path:
    Image.effect_noise(size, 60).convert("RGB").save(path, "PNG")
    return path


def list_posts(pds: LocalPds, did: str) -> list[dict[str, Any]]:
    response = requests.get(
        f"{pds.url}/xrpc/com.atproto.repo.listRecords",
        params={"repo": did, "collection": "app.bsky.feed.post"},
        timeout=10,
    )
    response.raise_for_status()
    records: list[dict[str, Any]] = response.json()["records"]
    return records


def blob_bytes(pds: LocalPds, did: str, blob: dict[str, Any]) -> bytes:
    response = requests.get(
        f"{pds.url}/xrpc/com.atproto.sync.getBlob",
        params={"did": did, "cid": blob["ref"]["$link"]},
        timeout=10,
    )
    response.raise_for_status()
    return response.content


# -- signing in ----------------------------------------------------------------------


def test_sign_in_with_an_app_password_keeps_only_tokens_in_the_keyring(
    bluesky_pds: LocalPds, keyring_store: CredentialStore
) -> None:
    person = bluesky_pds.create_account()
    app_password = bluesky_pds.create_app_password(person)
    secrets = KeyringSecrets(keyring_store, "acct-1")
    account = sign_in(bluesky_pds.url, f"@{person.handle.upper()} ", app_password, secrets)
    assert (account.did, account.handle) == (person.did, person.handle)
    assert account.service.rstrip("/") == bluesky_pds.url.rstrip("/")
    access, refresh = secrets.get(ACCESS_JWT), secrets.get(REFRESH_JWT)
    assert access and refresh
    assert token_scope(access) == "com.atproto.appPass"
    assert app_password not in (access, refresh)
    assert BlueskyAccount.from_config(account.to_config()) == account
    secrets.forget_session()
    assert secrets.get(ACCESS_JWT) is None and secrets.get(REFRESH_JWT) is None


def test_sign_in_with_the_email_address(
    bluesky_pds: LocalPds, keyring_store: CredentialStore
) -> None:
    person = bluesky_pds.create_account()
    app_password = bluesky_pds.create_app_password(person)
    secrets = KeyringSecrets(keyring_store, "acct-email")
    account = sign_in(bluesky_pds.url, person.email, app_password, secrets)
    assert account.did == person.did
    secrets.forget_session()


def test_the_main_password_is_refused_and_nothing_kept(
    bluesky_pds: LocalPds, keyring_store: CredentialStore
) -> None:
    person = bluesky_pds.create_account()
    secrets = KeyringSecrets(keyring_store, "acct-main")
    with pytest.raises(SignInError) as refused:
        sign_in(bluesky_pds.url, person.handle, person.password, secrets)
    assert refused.value.code == "main_password"
    assert secrets.get(ACCESS_JWT) is None and secrets.get(REFRESH_JWT) is None


def test_a_wrong_app_password_says_so(
    bluesky_pds: LocalPds, keyring_store: CredentialStore
) -> None:
    person = bluesky_pds.create_account()
    bluesky_pds.create_app_password(person)
    secrets = KeyringSecrets(keyring_store, "acct-wrong")
    with pytest.raises(SignInError) as refused:
        sign_in(bluesky_pds.url, person.handle, "abcd-efgh-ijkl-mnop", secrets)
    assert refused.value.code == "wrong_password"
    assert secrets.get(ACCESS_JWT) is None


@pytest.mark.parametrize("handle", ["nobody-here.test", "not a handle", "@.test"])
def test_a_handle_that_does_not_resolve_says_so(
    bluesky_pds: LocalPds, keyring_store: CredentialStore, handle: str
) -> None:
    secrets = KeyringSecrets(keyring_store, "acct-ghost")
    with pytest.raises(SignInError) as refused:
        sign_in(bluesky_pds.url, handle, "abcd-efgh-ijkl-mnop", secrets)
    assert refused.value.code == "handle_not_found"


def test_a_server_that_is_not_there_is_unavailable(keyring_store: CredentialStore) -> None:
    from tests.peers.bluesky import free_port

    secrets = KeyringSecrets(keyring_store, "acct-nothing")
    with pytest.raises(SignInError) as refused:
        sign_in(f"http://127.0.0.1:{free_port()}", "a.test", "abcd-efgh-ijkl-mnop", secrets)
    assert refused.value.code == "server_unavailable"


# -- publishing ----------------------------------------------------------------------


def test_publish_with_link_mention_hashtag_and_image_reads_back_exactly(
    bluesky_pds: LocalPds, signed_in: SignedIn, tmp_path: Path
) -> None:
    friend = bluesky_pds.create_account()
    typed = (
        f"Zażółć 🎉 z @{friend.handle}: czytaj "
        "https://example.com/blog/2026/11/how-we-advocate?utm_source=bsky #Rzecznik!"
    )
    image = picture(tmp_path / "chart.png")
    post = outgoing(typed, "pl")
    receipt = signed_in.publisher.publish(post, images=[PostImage(image, "A bar chart")])

    rkey = record_key(post.post_id)
    assert receipt.remote_id == f"at://{signed_in.account.did}/app.bsky.feed.post/{rkey}"
    assert receipt.url.endswith(f"/profile/{signed_in.account.handle}/post/{rkey}")
    record = signed_in.publisher.read_record(rkey)
    expected = server_text(typed)
    assert record["text"] == expected.text
    assert "example.com/blog/2026/11..." in record["text"]
    assert record["langs"] == ["pl"]
    data = record["text"].encode("utf-8")
    by_feature = {f["features"][0]["$type"].rsplit("#", 1)[1]: f for f in record["facets"]}
    mention, link, tag = by_feature["mention"], by_feature["link"], by_feature["tag"]
    assert mention["features"][0]["did"] == friend.did
    assert data[mention["index"]["byteStart"] : mention["index"]["byteEnd"]].decode() == (
        f"@{friend.handle}"
    )
    assert link["features"][0]["uri"] == (
        "https://example.com/blog/2026/11/how-we-advocate?utm_source=bsky"
    )
    assert data[link["index"]["byteStart"] : link["index"]["byteEnd"]].decode() == (
        "example.com/blog/2026/11..."
    )
    assert tag["features"][0]["tag"] == "Rzecznik"
    assert data[tag["index"]["byteStart"] : tag["index"]["byteEnd"]].decode() == "#Rzecznik"
    assert [(f["index"]["byteStart"], f["index"]["byteEnd"]) for f in record["facets"]] == [
        (facet.byte_start, facet.byte_end) for facet in expected.facets
    ]

    embedded = record["embed"]["images"]
    assert len(embedded) == 1
    assert embedded[0]["alt"] == "A bar chart"
    assert embedded[0]["aspectRatio"] == {"width": 120, "height": 80}
    assert embedded[0]["image"]["mimeType"] == "image/png"
    uploaded = blob_bytes(bluesky_pds, signed_in.account.did, embedded[0]["image"])
    assert uploaded == prepare_image(image, "A bar chart").data == image.read_bytes()
    assert datetime.fromisoformat(record["createdAt"].replace("Z", "+00:00")) <= datetime.now(UTC)


def test_a_link_without_images_gets_a_card_with_thumbnail(
    bluesky_pds: LocalPds, signed_in: SignedIn, tmp_path: Path
) -> None:
    url = "https://example.com/news/launch"
    thumbnail = picture(tmp_path / "thumb.png", (300, 157))
    post = outgoing(f"We launched: {url}")
    card = LinkCard(url, "We launched", "What is new in the product", thumbnail)
    signed_in.publisher.publish(post, link_card=card)
    record = signed_in.publisher.read_record(record_key(post.post_id))
    external = record["embed"]["external"]
    assert record["embed"]["$type"] == "app.bsky.embed.external"
    assert (external["uri"], external["title"], external["description"]) == (
        url,
        "We launched",
        "What is new in the product",
    )
    assert blob_bytes(bluesky_pds, signed_in.account.did, external["thumb"]) == (
        thumbnail.read_bytes()
    )


def test_images_win_over_the_card(signed_in: SignedIn, tmp_path: Path) -> None:
    post = outgoing("Photos from https://example.com/event")
    card = LinkCard("https://example.com/event", "Event")
    images = [PostImage(picture(tmp_path / f"{n}.png"), f"photo {n}") for n in range(4)]
    signed_in.publisher.publish(post, images=images, link_card=card)
    record = signed_in.publisher.read_record(record_key(post.post_id))
    assert record["embed"]["$type"] == "app.bsky.embed.images"
    assert [image["alt"] for image in record["embed"]["images"]] == [
        "photo 0",
        "photo 1",
        "photo 2",
        "photo 3",
    ]


def test_the_images_and_link_the_post_carries_go_out_without_being_passed_again(
    bluesky_pds: LocalPds, signed_in: SignedIn, tmp_path: Path
) -> None:
    """What the runner hands over (OutgoingPost.images and .link) is what goes out."""
    url = "https://example.com/news/office"
    photo = picture(tmp_path / "office.png")
    link = LinkRef(url, "New office", "We open an office in Gdańsk", photo)
    with_image = replace(
        outgoing(f"Our new office: {url}"),
        images=(PostImageRef(photo, "An office building by the river"),),
        link=link,
    )
    signed_in.publisher.publish(with_image)
    record = signed_in.publisher.read_record(record_key(with_image.post_id))
    assert record["embed"]["$type"] == "app.bsky.embed.images"  # images win over the card
    (embedded,) = record["embed"]["images"]
    assert embedded["alt"] == "An office building by the river"
    assert blob_bytes(bluesky_pds, signed_in.account.did, embedded["image"]) == (photo.read_bytes())

    card_only = replace(outgoing(f"Read more: {url}"), link=link)
    signed_in.publisher.publish(card_only)
    record = signed_in.publisher.read_record(record_key(card_only.post_id))
    external = record["embed"]["external"]
    assert record["embed"]["$type"] == "app.bsky.embed.external"
    assert (external["uri"], external["title"], external["description"]) == (
        url,
        "New office",
        "We open an office in Gdańsk",
    )
    assert blob_bytes(bluesky_pds, signed_in.account.did, external["thumb"]) == (photo.read_bytes())


def test_an_image_the_post_carries_without_alt_text_is_refused_before_sending(
    signed_in: SignedIn, tmp_path: Path
) -> None:
    post = replace(outgoing("A picture"), images=(PostImageRef(picture(tmp_path / "p.png"), " "),))
    with pytest.raises(PublishError) as refused:
        signed_in.publisher.publish(post)
    assert (refused.value.code, refused.value.kind) == ("alt_text_missing", FailureKind.PERMANENT)
    assert signed_in.session.sent == []


def test_a_mention_that_does_not_resolve_stays_plain_text(signed_in: SignedIn) -> None:
    post = outgoing("Hello @ghost-nobody.test and #welcome")
    signed_in.publisher.publish(post)
    record = signed_in.publisher.read_record(record_key(post.post_id))
    assert record["text"] == "Hello @ghost-nobody.test and #welcome"
    assert [f["features"][0]["$type"] for f in record["facets"]] == ["app.bsky.richtext.facet#tag"]


def test_301_graphemes_are_stopped_by_our_counter_before_the_server_sees_them(
    bluesky_pds: LocalPds, signed_in: SignedIn
) -> None:
    too_long = "ż" * 300 + "🎉"
    assert not measure("bluesky", too_long).fits
    with pytest.raises(PublishError) as refused:
        signed_in.publisher.publish(outgoing(too_long))
    assert (refused.value.kind, refused.value.code) == (FailureKind.PERMANENT, "too_long")
    assert "301/300" in refused.value.detail
    assert signed_in.session.sent == []
    # The server would have refused it too, and takes 300.
    with pytest.raises(RuntimeError, match="grapheme"):
        bluesky_pds.xrpc(
            "com.atproto.repo.createRecord",
            {
                "repo": signed_in.person.did,
                "collection": "app.bsky.feed.post",
                "record": {
                    "$type": "app.bsky.feed.post",
                    "text": too_long,
                    "createdAt": datetime.now(UTC).isoformat(),
                },
            },
            signed_in.person.access_jwt,
        )
    signed_in.publisher.publish(outgoing("ż" * 299 + "🎉"))


def test_bad_images_are_refused_before_any_request(signed_in: SignedIn, tmp_path: Path) -> None:
    good = picture(tmp_path / "ok.png")
    not_an_image = tmp_path / "text.png"
    not_an_image.write_text("hello")
    cases = [
        ([PostImage(good, "")], "alt_text_missing"),
        ([PostImage(not_an_image, "alt")], "image_unreadable"),
        ([PostImage(good, "alt")] * 5, "too_many_images"),
    ]
    for images, code in cases:
        with pytest.raises(PublishError) as refused:
            signed_in.publisher.publish(outgoing("pictures"), images=images)
        assert (refused.value.kind, refused.value.code) == (FailureKind.PERMANENT, code)
    assert signed_in.session.sent == []


def test_an_expired_access_token_is_refreshed_and_written_back(
    bluesky_pds: LocalPds, signed_in: SignedIn
) -> None:
    access, refresh = signed_in.secrets.get(ACCESS_JWT), signed_in.secrets.get(REFRESH_JWT)
    assert access and refresh
    expired = bluesky_pds.expired_copy(access)
    signed_in.secrets.set(ACCESS_JWT, expired)
    signed_in.publisher.publish(outgoing("after the token expired"))
    assert signed_in.session.calls("com.atproto.server.refreshSession") == 1
    assert signed_in.session.calls("com.atproto.repo.createRecord") == 2  # refused, then made
    new_access, new_refresh = signed_in.secrets.get(ACCESS_JWT), signed_in.secrets.get(REFRESH_JWT)
    # (An access token has no unique id: issued within the same second as the first
    # one it is byte for byte the same, so only "not the expired one" is certain.)
    assert new_access not in (None, expired) and new_refresh not in (None, refresh)
    assert len(list_posts(bluesky_pds, signed_in.account.did)) == 1


def test_a_revoked_session_means_sign_in_again(
    bluesky_pds: LocalPds, signed_in: SignedIn, caplog: pytest.LogCaptureFixture
) -> None:
    access, refresh = signed_in.secrets.get(ACCESS_JWT), signed_in.secrets.get(REFRESH_JWT)
    assert access and refresh
    bluesky_pds.revoke_app_password(signed_in.person)
    expired = bluesky_pds.expired_copy(access)
    signed_in.secrets.set(ACCESS_JWT, expired)
    with pytest.raises(PublishError) as refused:
        signed_in.publisher.publish(outgoing("after the app password was revoked"))
    assert (refused.value.kind, refused.value.code) == (FailureKind.PERMANENT, "sign_in_again")
    assert list_posts(bluesky_pds, signed_in.account.did) == []
    # What the runner stores and logs carries none of the secrets.
    told = f"{refused.value} {refused.value.detail} {caplog.text}"
    for secret in (signed_in.app_password, access, refresh, expired):
        assert secret not in told


def test_no_session_stored_means_sign_in_again(signed_in: SignedIn) -> None:
    signed_in.secrets.forget_session()
    with pytest.raises(PublishError) as refused:
        signed_in.publisher.publish(outgoing("nobody signed in"))
    assert refused.value.code == "sign_in_again"


# -- exactly once --------------------------------------------------------------------


def test_publishing_the_same_post_twice_makes_one_record(
    bluesky_pds: LocalPds, signed_in: SignedIn
) -> None:
    post = outgoing("only once #please")
    first = signed_in.publisher.publish(post)
    second = signed_in.publisher.publish(post)
    assert first == second
    assert signed_in.session.calls("com.atproto.repo.createRecord") == 1
    # Two attempts racing past the look-up: the server refuses the taken key (the
    # reference PDS with a 500 from its Merkle tree) and reading back settles it.
    rkey = record_key(post.post_id)
    record = signed_in.publisher.read_record(rkey)
    assert signed_in.publisher._create(rkey, record) == first
    assert signed_in.session.calls("com.atproto.repo.createRecord") == 2
    records = list_posts(bluesky_pds, signed_in.account.did)
    assert [r["uri"] for r in records] == [first.remote_id]


def test_an_answer_lost_after_the_server_acted_is_settled_by_reading_back(
    bluesky_pds: LocalPds, signed_in: SignedIn
) -> None:
    post = outgoing("the answer to this one is lost")
    signed_in.session.lose_answer_of = "com.atproto.repo.createRecord"
    receipt = signed_in.publisher.publish(post)
    assert receipt.remote_id.endswith(record_key(post.post_id))
    assert signed_in.session.calls("com.atproto.repo.getRecord") == 2  # before, and after
    assert len(list_posts(bluesky_pds, signed_in.account.did)) == 1


def test_an_interrupted_publish_is_reconciled_by_find_published(
    signed_in: SignedIn,
) -> None:
    post = outgoing("published just before the app crashed")
    assert signed_in.publisher.find_published(post) is None
    assert BlueskyPublisher.capabilities.reads_recent_posts
    receipt = signed_in.publisher.publish(post)
    # The app restarts: a new publisher, from the stored config and the keyring.
    restarted = BlueskyPublisher.from_config(signed_in.account.to_config(), signed_in.secrets)
    assert restarted.find_published(post) == receipt
    assert restarted.find_published(outgoing("never sent")) is None


def test_too_many_sign_ins_are_rate_limited_with_the_reset_time(
    bluesky_pds: LocalPds, keyring_store: CredentialStore
) -> None:
    person = bluesky_pds.create_account()
    secrets = KeyringSecrets(keyring_store, "acct-hammer")
    codes = []
    for _ in range(40):  # the PDS allows 30 attempts per identifier in five minutes
        with pytest.raises(SignInError) as refused:
            sign_in(bluesky_pds.url, person.handle, "abcd-efgh-ijkl-mnop", secrets)
        codes.append(refused.value.code)
        if refused.value.code == "rate_limited":
            break
    assert codes[-1] == "rate_limited", codes
    assert set(codes[:-1]) == {"wrong_password"}
    assert int(refused.value.detail) > time.time()  # RateLimit-Reset: epoch seconds


def test_a_photo_over_the_blob_limit_is_shrunk_until_the_server_takes_it(
    bluesky_pds: LocalPds, signed_in: SignedIn, tmp_path: Path
) -> None:
    token = {"Authorization": f"Bearer {signed_in.person.access_jwt}"}
    huge = tmp_path / "huge.png"
    Image.effect_noise((2400, 1600), 80).convert("RGB").save(huge, "PNG")
    uploaded = requests.post(
        f"{bluesky_pds.url}/xrpc/com.atproto.repo.uploadBlob",
        data=huge.read_bytes(),
        headers={**token, "Content-Type": "image/png"},
        timeout=30,
    )
    assert (uploaded.status_code, uploaded.json()["error"]) == (413, "PayloadTooLarge")
    big = tmp_path / "big.jpg"
    Image.effect_noise((1800, 1200), 80).convert("RGB").save(big, "JPEG", quality=95)
    assert big.stat().st_size > 1_000_000
    # The server stores such a blob, but a post may not embed it (the lexicon's limit).
    uploaded = requests.post(
        f"{bluesky_pds.url}/xrpc/com.atproto.repo.uploadBlob",
        data=big.read_bytes(),
        headers={**token, "Content-Type": "image/jpeg"},
        timeout=30,
    )
    assert uploaded.status_code == 200, uploaded.text
    with pytest.raises(RuntimeError, match=r"blob too big \(maximum 1000000"):
        bluesky_pds.xrpc(
            "com.atproto.repo.createRecord",
            {
                "repo": signed_in.person.did,
                "collection": "app.bsky.feed.post",
                "record": {
                    "$type": "app.bsky.feed.post",
                    "text": "too big",
                    "createdAt": datetime.now(UTC).isoformat(),
                    "embed": {
                        "$type": "app.bsky.embed.images",
                        "images": [{"alt": "noise", "image": uploaded.json()["blob"]}],
                    },
                },
            },
            signed_in.person.access_jwt,
        )
    for path, ratio in ((big, (3, 2)), (huge, (3, 2))):
        post = outgoing(f"a big photo: {path.name}")
        signed_in.publisher.publish(post, images=[PostImage(path, "noise")])
        record = signed_in.publisher.read_record(record_key(post.post_id))
        image = record["embed"]["images"][0]
        assert image["image"]["mimeType"] == "image/jpeg"
        assert image["image"]["size"] <= 1_000_000
        size = image["aspectRatio"]
        assert size["width"] * ratio[1] == size["height"] * ratio[0]


def test_signing_out_ends_the_session_and_forgets_the_tokens(
    bluesky_pds: LocalPds, signed_in: SignedIn
) -> None:
    refresh = signed_in.secrets.get(REFRESH_JWT)
    assert sign_out(signed_in.account, signed_in.secrets) is True
    assert signed_in.secrets.get(ACCESS_JWT) is None and signed_in.secrets.get(REFRESH_JWT) is None
    with pytest.raises(RuntimeError, match=r"ExpiredToken|InvalidToken|revoked"):
        bluesky_pds.xrpc("com.atproto.server.refreshSession", None, refresh)
    # Nothing left to end: still forgets, and says the server did not confirm.
    assert sign_out(signed_in.account, signed_in.secrets) is False
