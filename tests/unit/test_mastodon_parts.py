"""The Mastodon module's pure parts: addresses, rate-limit headers, images, HTML text."""

from __future__ import annotations

import pytest

from advocate_desktop.networks.account_secrets import KeyringSecrets
from advocate_desktop.networks.base import FailureKind
from advocate_desktop.networks.mastodon.api import base_url_from
from advocate_desktop.networks.mastodon.errors import CODES, MastodonError, retry_after_seconds
from advocate_desktop.networks.mastodon.instance import InstanceLimits, limits_from
from advocate_desktop.networks.mastodon.media import sniff_type
from advocate_desktop.networks.mastodon.publisher import mastodon_text_length, text_of_html

NOW = 1_800_000_000.0  # 2027-01-15T08:00:00Z


@pytest.mark.parametrize(
    ("typed", "base"),
    [
        ("mastodon.social", "https://mastodon.social"),
        ("  Mastodon.Social/ ", "https://mastodon.social"),
        ("https://mastodon.social/@me", "https://mastodon.social"),
        ("@me@mastodon.social", "https://mastodon.social"),
        ("me@fosstodon.org", "https://fosstodon.org"),
        ("https://social.example:8443", "https://social.example:8443"),
        ("http://127.0.0.1:3000", "http://127.0.0.1:3000"),
    ],
)
def test_server_addresses(typed: str, base: str) -> None:
    assert base_url_from(typed) == base


@pytest.mark.parametrize(
    "typed",
    ["", "   ", "http://mastodon.social", "ftp://mastodon.social", "mastodon", "a b.social"],
)
def test_bad_addresses(typed: str) -> None:
    with pytest.raises(MastodonError) as error:
        base_url_from(typed)
    assert (error.value.code, error.value.kind) == ("bad_address", FailureKind.PERMANENT)


def test_retry_after_in_seconds_or_as_a_date() -> None:
    assert retry_after_seconds({"Retry-After": "120"}, NOW) == 120
    assert retry_after_seconds({"Retry-After": "Fri, 15 Jan 2027 08:01:00 GMT"}, NOW) == 60


def test_mastodons_reset_time_in_iso_8601_or_epoch() -> None:
    assert retry_after_seconds({"X-RateLimit-Reset": "2027-01-15T08:05:00.000Z"}, NOW) == 300
    assert retry_after_seconds({"X-RateLimit-Reset": str(int(NOW) + 30)}, NOW) == 30
    assert retry_after_seconds({"X-RateLimit-Reset": "2027-01-15T07:00:00Z"}, NOW) == 0


def test_unreadable_rate_limit_headers_give_no_wait() -> None:
    assert retry_after_seconds({}, NOW) is None
    assert retry_after_seconds({"X-RateLimit-Reset": "soon"}, NOW) is None
    assert retry_after_seconds({"Retry-After": "later", "X-RateLimit-Reset": "x"}, NOW) is None


def test_every_code_has_a_kind_and_a_description() -> None:
    for code in CODES:
        assert MastodonError(code).kind in FailureKind
    assert MastodonError("unknown_outcome").kind is FailureKind.PERMANENT  # never retried
    with pytest.raises(ValueError):
        MastodonError("no_such_code")


def test_image_types_by_their_first_bytes() -> None:
    assert sniff_type(b"\xff\xd8\xff\xe0rest") == "image/jpeg"
    assert sniff_type(b"\x89PNG\r\n\x1a\nrest") == "image/png"
    assert sniff_type(b"GIF89a...") == "image/gif"
    assert sniff_type(b"RIFF\x10\x00\x00\x00WEBPVP8 ") == "image/webp"
    assert sniff_type(b"XXXX\x10\x00\x00\x00WEBPVP8 ") is None
    assert sniff_type(b"<svg xmlns=") is None


def test_the_text_of_a_status_with_its_hidden_link_parts() -> None:
    content = (
        '<p>Join us: <a href="https://example.com/jobs/backend-engineer">'
        '<span class="invisible">https://</span><span class="ellipsis">example.com/jobs/backe'
        '</span><span class="invisible">nd-engineer</span></a><br />&amp; more</p><p>Second</p>'
    )
    assert text_of_html(content) == (
        "Join us: https://example.com/jobs/backend-engineer\n& more\n\nSecond"
    )


def test_length_uses_the_servers_weight_for_links() -> None:
    text = "Read https://example.com/" + "x" * 60
    assert mastodon_text_length(text, InstanceLimits()) == 5 + 23
    assert mastodon_text_length(text, InstanceLimits(characters_reserved_per_url=30)) == 5 + 30


def test_limits_from_an_instance_document_and_from_garbage() -> None:
    limits = limits_from(
        {
            "statuses": {"max_characters": 5000, "max_media_attachments": 8},
            "media_attachments": {
                "supported_mime_types": ["image/png", "video/mp4"],
                "image_size_limit": 1000,
                "description_limit": 3000,
            },
        }
    )
    assert limits == InstanceLimits(5000, 23, 8, 1000, ("image/png",), 3000)
    assert limits_from({"statuses": "nonsense"}) == InstanceLimits()
    assert InstanceLimits.from_config({"max_characters": -4, "image_types": [1]}) == (
        InstanceLimits()
    )
    assert InstanceLimits.from_config("nonsense") == InstanceLimits()


def test_secret_names_cannot_collide_across_owners() -> None:
    with pytest.raises(ValueError):
        KeyringSecrets(store=None, owner="a/b")  # type: ignore[arg-type]
    secrets = KeyringSecrets(store=None, owner="account-1")  # type: ignore[arg-type]
    assert secrets.key("access_token") == "account-1/access_token"
    with pytest.raises(ValueError):
        secrets.key("x/y")
