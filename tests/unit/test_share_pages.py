"""Every network's share page: the address, its encoding, the network's length rules, and
when the text goes to the clipboard instead (networks/share.py)."""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from advocate_desktop.networks.mastodon.limits import InstanceLimits
from advocate_desktop.networks.share import (
    MAX_ADDRESS_LENGTH,
    SHARE_NETWORKS,
    BadInstance,
    Placement,
    UnknownShareNetwork,
    mastodon_base,
    share_page,
)
from advocate_desktop.networks.text_rules import account_text_rules

POLISH = "Zażółć gęślą jaźń 🎉 & #NordvikPay\nDruga linia"
# The same, percent-encoded as UTF-8 with nothing left bare.
POLISH_ENCODED = (
    "Za%C5%BC%C3%B3%C5%82%C4%87%20g%C4%99%C5%9Bl%C4%85%20ja%C5%BA%C5%84%20%F0%9F%8E%89"
    "%20%26%20%23NordvikPay%0ADruga%20linia"
)
CARD = "https://www.nordvik.example/news/pay?utm_source=advocacy&utm_medium=social"
CARD_ENCODED = (
    "https%3A%2F%2Fwww.nordvik.example%2Fnews%2Fpay%3Futm_source%3Dadvocacy%26utm_medium%3Dsocial"
)


def query(address: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(address).query, keep_blank_values=True)


# -- X -------------------------------------------------------------------------------


def test_x_takes_the_text_and_the_link_as_its_own_parameter() -> None:
    page = share_page("x", POLISH, link=CARD)
    assert page.placement is Placement.IN_ADDRESS and page.clipboard is None
    assert page.address == f"https://x.com/intent/tweet?text={POLISH_ENCODED}&url={CARD_ENCODED}"
    assert query(page.address) == {"text": [POLISH], "url": [CARD]}
    # X appends the link and counts it as 23 characters; the emoji counts 2.
    assert page.text == f"{POLISH} {CARD}"
    assert page.length == len(POLISH) + 1 + 1 + 23
    assert (page.limit, page.fits) == (280, True)


def test_x_adds_no_link_when_the_text_has_one() -> None:
    text = "#pracujęwNordvik Nowość: https://nordvik.example/a?x=1&y=2 sprawdźcie"
    page = share_page("x", text, link=CARD)
    assert query(page.address) == {"text": [text]}
    assert "%26y%3D2" in page.address  # the text's own '&' never splits the query


def test_x_over_its_length_opens_with_the_link_and_puts_the_text_on_the_clipboard() -> None:
    text = "ą" * 281
    page = share_page("x", text)
    assert page.placement is Placement.TOO_LONG and not page.fits
    assert page.address == "https://x.com/intent/tweet"
    assert page.clipboard == text
    assert (page.length, page.limit) == (281, 280)
    # 260 characters fit, but not with the 24 the link adds: the page keeps the link.
    text = "a" * 260
    page = share_page("x", text, link=CARD)
    assert page.placement is Placement.TOO_LONG and page.length == 284
    assert page.address == f"https://x.com/intent/tweet?url={CARD_ENCODED}"
    assert page.clipboard == text  # the link is on the page already: not twice


def test_x_counts_like_twitter_text() -> None:
    assert share_page("x", "界" * 140).placement is Placement.IN_ADDRESS  # weight 2 each
    assert share_page("x", "界" * 141).placement is Placement.TOO_LONG
    assert share_page("x", "a\ufeffb").placement is Placement.TOO_LONG  # refused by X


# -- Bluesky -------------------------------------------------------------------------


def test_bluesky_takes_the_text_with_the_link_in_it() -> None:
    page = share_page("bluesky", POLISH, link=CARD)
    assert page.address == (
        f"https://bsky.app/intent/compose?text={POLISH_ENCODED}%0A%0A{CARD_ENCODED}"
    )
    assert query(page.address) == {"text": [f"{POLISH}\n\n{CARD}"]}
    assert page.placement is Placement.IN_ADDRESS and page.clipboard is None


def test_bluesky_counts_graphemes_and_bytes() -> None:
    assert share_page("bluesky", "ż" * 300).placement is Placement.IN_ADDRESS
    assert share_page("bluesky", "ż" * 301).placement is Placement.TOO_LONG
    family = "👨‍👩‍👧"  # one grapheme, 18 bytes
    too_many_bytes = share_page("bluesky", family * 200)  # 200 graphemes, 3,600 bytes
    assert too_many_bytes.placement is Placement.TOO_LONG and too_many_bytes.length == 200
    # Within Bluesky's rules, but 150 × 54 encoded characters make too long an address.
    long_address = share_page("bluesky", family * 150)
    assert long_address.placement is Placement.ADDRESS_TOO_LONG and long_address.fits
    assert long_address.address == "https://bsky.app/intent/compose"
    assert long_address.clipboard == family * 150


# -- Mastodon ------------------------------------------------------------------------


def test_mastodon_uses_the_employees_server() -> None:
    page = share_page("mastodon", POLISH, link=CARD, instance="mastodon.social")
    assert page.address == (
        f"https://mastodon.social/share?text={POLISH_ENCODED}%0A%0A{CARD_ENCODED}"
    )
    assert page.placement is Placement.IN_ADDRESS


def test_mastodon_needs_a_server() -> None:
    with pytest.raises(BadInstance):
        share_page("mastodon", POLISH)


@pytest.mark.parametrize(
    ("given", "base"),
    [
        ("mastodon.social", "https://mastodon.social"),
        (" https://Mastodon.Social/ ", "https://mastodon.social"),
        ("@ala@fosstodon.org", "https://fosstodon.org"),
        ("https://social.example:8443", "https://social.example:8443"),
        ("żółw.pl", "https://xn--w-uga1v8h.pl"),
    ],
)
def test_a_server_address_in_any_usual_form(given: str, base: str) -> None:
    assert mastodon_base(given) == base


@pytest.mark.parametrize(
    "given",
    [
        "",
        "http://mastodon.social",
        "javascript:alert(1)",
        "mastodon.social/share",
        "mastodon.social?text=x",
        "ala:secret@mastodon.social",
        "localhost",
        "-bad-.example",
        "exa mple.org",
        "https://mastodon.social:99999",
        "@ala",
    ],
)
def test_no_other_address_passes_for_a_server(given: str) -> None:
    with pytest.raises(BadInstance):
        mastodon_base(given)


def test_an_accounts_server_limit_decides_for_mastodon() -> None:
    config = {
        "instance": "https://social.example",
        "limits": InstanceLimits(max_characters=1000).to_config(),
    }
    rules = account_text_rules("mastodon", config)
    text = "Długi wpis. " * 60  # 720 characters: over 500, within this server's 1,000
    page = share_page("mastodon", text, instance="social.example", rules=rules)
    assert page.placement is Placement.IN_ADDRESS and page.limit == 1000
    assert share_page("mastodon", text, instance="social.example").placement is (Placement.TOO_LONG)


# -- Threads -------------------------------------------------------------------------


def test_threads_takes_the_text_and_attaches_the_link() -> None:
    page = share_page("threads", POLISH, link=CARD)
    assert page.address == (
        f"https://www.threads.com/intent/post?text={POLISH_ENCODED}&url={CARD_ENCODED}"
    )
    assert page.length == len(POLISH) + 3  # graphemes, but the emoji counts its 4 bytes
    assert share_page("threads", "ę" * 500).placement is Placement.IN_ADDRESS
    assert share_page("threads", "ę" * 501).placement is Placement.TOO_LONG


# -- link-only networks and Instagram ------------------------------------------------


def test_linkedin_takes_the_texts_own_link_and_the_text_goes_to_the_clipboard() -> None:
    text = f"#pracujęwNordvik Nowość! {CARD} Zapraszam."
    page = share_page("linkedin", text, link="https://www.nordvik.example/news/pay")
    assert page.address == (f"https://www.linkedin.com/sharing/share-offsite/?url={CARD_ENCODED}")
    assert page.placement is Placement.LINK_ONLY and page.clipboard == text
    assert (page.length, page.limit) == (len(text), 3000)


def test_linkedin_and_facebook_without_a_link_open_the_feed() -> None:
    own = share_page("linkedin", "Mój własny wpis")
    assert own.address == "https://www.linkedin.com/feed/" and own.clipboard == "Mój własny wpis"
    assert share_page("facebook", "Mój").address == "https://www.facebook.com/"


def test_facebook_shares_the_card_link() -> None:
    page = share_page("facebook", POLISH, link=CARD)
    assert page.address == f"https://www.facebook.com/sharer/sharer.php?u={CARD_ENCODED}"
    assert page.clipboard == POLISH and page.placement is Placement.LINK_ONLY


def test_a_bare_www_link_is_shared_over_https() -> None:
    page = share_page("facebook", "Zobacz www.nordvik.example/pay")
    assert query(page.address) == {"u": ["https://www.nordvik.example/pay"]}


def test_instagram_has_no_share_page() -> None:
    page = share_page("instagram", POLISH, link=CARD)
    assert page.address == "https://www.instagram.com/"
    assert page.placement is Placement.NO_SHARE_PAGE and page.clipboard == POLISH
    assert page.limit == 2200


# -- hostile input -------------------------------------------------------------------


def test_a_link_that_is_not_a_web_address_is_never_shared() -> None:
    for bad in ("javascript:alert(1)", "file:///etc/passwd", "https://", "nordvik.example"):
        assert query(share_page("x", "Tekst", link=bad).address) == {"text": ["Tekst"]}
        assert share_page("linkedin", "Tekst", link=bad).address.endswith("/feed/")


def test_text_cannot_add_parameters_or_end_the_query() -> None:
    text = "a&url=https://evil.example/#fragment?x=1 ＆ %26 %"
    for network in ("x", "bluesky", "threads"):
        page = share_page(network, text)
        parts = urlsplit(page.address)
        assert parts.fragment == ""
        assert parse_qs(parts.query) == {"text": [text]}


def test_an_unknown_network_has_no_share_page() -> None:
    with pytest.raises(UnknownShareNetwork):
        share_page("myspace", "x")


@settings(max_examples=300, deadline=None)
@given(text=st.text(min_size=1, max_size=400), network=st.sampled_from(SHARE_NETWORKS))
def test_any_text_reaches_the_network_whole(text: str, network: str) -> None:
    page = share_page(network, text, instance="mastodon.social")
    assert page.address.isascii() and len(page.address) <= MAX_ADDRESS_LENGTH
    if page.placement is Placement.IN_ADDRESS:
        assert page.clipboard is None
        values = query(page.address)["text"]
        assert values == [text] and unquote(urlsplit(page.address).query[5:]) == text
    else:
        assert page.clipboard == text
