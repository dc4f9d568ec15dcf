from __future__ import annotations

from advocate_desktop.text.preview import display_url, preview

LONG = "https://www.nordvik.example/news/2026/nordvikpay-launch-for-small-businesses?utm_source=x"


def test_links_are_shown_as_each_network_shows_them() -> None:
    text = f"👩‍💻 Read: {LONG} now"
    assert preview("mastodon", text) == "👩‍💻 Read: nordvik.example/news/2026/nord… now"
    # Bluesky: the record's text, each link shortened as the official app writes it.
    assert preview("bluesky", text) == "👩‍💻 Read: www.nordvik.example/news/2026/no... now"
    assert preview("x", text) == "👩‍💻 Read: nordvik.example/news/2026… now"
    assert preview("linkedin", text) == text
    assert preview("threads", text) == text


def test_short_links_are_not_shortened() -> None:
    assert display_url("https://nordvik.example/a", 30) == "nordvik.example/a"
    assert display_url("http://www.nordvik.example", 30) == "nordvik.example"
