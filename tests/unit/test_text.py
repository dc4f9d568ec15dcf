from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from advocate_desktop.text.counting import (
    Analysis,
    graphemes,
    mastodon_length,
    x_weighted_length,
)
from advocate_desktop.text.entities import find_hashtags, find_mentions, find_urls
from advocate_desktop.text.networks import UnknownNetwork, measure, measure_analysis, rules_for


def test_graphemes_count_what_a_person_sees() -> None:
    assert graphemes("Zażółć") == 6
    assert graphemes("👩‍💻") == 1  # a ZWJ sequence
    assert graphemes("e\u0301") == 1  # e + combining acute
    assert graphemes("🇵🇱") == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hello", 5),
        ("https://example.com/a/very/long/path/that/is/long", 23),
        ("see https://example.com/x.", 4 + 23 + 1),
        ("日本語", 6),  # CJK weighs 2
        ("😀", 2),
        ("👨‍👩‍👧‍👦", 2),  # one emoji sequence weighs 2
        ("Zażółć", 6),  # Latin Extended weighs 1
        ("cafe\u0301", 4),  # NFC turns e + accent into one character
    ],
)
def test_x_weighted_length(text: str, expected: int) -> None:
    assert x_weighted_length(text) == expected


def test_mastodon_counts_urls_as_23_and_remote_mentions_by_user() -> None:
    assert mastodon_length("@ala@mastodon.social hi") == len("@ala hi")
    assert mastodon_length("https://example.com/" + "x" * 100) == 23
    assert mastodon_length("@ala hi") == 7


def test_bluesky_has_a_byte_limit_as_well() -> None:
    assert measure("bluesky", "a" * 300).fits
    assert not measure("bluesky", "a" * 301).fits
    # 299 graphemes but over 3,000 bytes: each family emoji is 25 bytes
    family = "👨‍👩‍👧‍👦"
    heavy = family * 150
    assert graphemes(heavy) == 150
    assert not measure("bluesky", heavy).fits


def test_measure_respects_an_instance_limit() -> None:
    assert measure("mastodon", "a" * 600).limit == 500
    assert measure("mastodon", "a" * 600, limit=1000).fits


def test_unknown_network() -> None:
    with pytest.raises(UnknownNetwork):
        measure("myspace", "hi")


def test_entities_have_python_offsets_even_after_emoji() -> None:
    text = "😀 #Żubr @ala@social.example https://a.example/x). koniec"
    assert [(s.start, s.text) for s in find_hashtags(text)] == [(2, "#Żubr")]
    mention = find_mentions(text)[0]
    assert (mention.user, mention.domain) == ("ala", "social.example")
    assert text[mention.start : mention.end] == "@ala@social.example"
    url = find_urls(text)[0]
    assert url.text == "https://a.example/x"
    assert text[url.start : url.end] == url.text


def test_balanced_parentheses_stay_in_a_url() -> None:
    assert find_urls("(see https://en.wikipedia.org/wiki/Foo_(bar))")[0].text == (
        "https://en.wikipedia.org/wiki/Foo_(bar)"
    )


pieces = st.sampled_from(
    [
        "a",
        "ż",
        " ",
        "日",
        "😀",
        "👩‍💻",
        "e\u0301",
        "https://ex.ample/p ",
        "@ala@social.example ",
        "🇵🇱",
        "\r\n",
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(pieces, max_size=40),
    st.sampled_from(["x", "mastodon", "bluesky", "linkedin"]),
    st.integers(min_value=1, max_value=40),
)
def test_the_overflow_offset_is_where_the_text_stops_fitting(
    parts: list[str], network: str, limit: int
) -> None:
    text = "".join(parts)
    rules = rules_for(network)
    result, overflow = measure_analysis(rules, Analysis(text), limit)
    assert result.length == rules.count(text)
    assert rules.count(text[:overflow]) <= limit
    if result.length <= limit:
        assert overflow == len(text)
    else:
        assert overflow < len(text)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["a", "ż", "日", "👩‍💻", "e\u0301", "🇵🇱", " "]), min_size=1, max_size=40
    ),
    st.integers(min_value=1, max_value=60),
)
def test_the_byte_limit_overflow_is_a_cluster_start_that_keeps_the_prefix_in_bytes(
    parts: list[str], byte_limit: int
) -> None:
    from advocate_desktop.text.networks import _byte_overflow

    text = "".join(parts)
    analysis = Analysis(text)
    overflow = _byte_overflow(analysis, byte_limit)
    starts = [s for s, _ in analysis.clusters] + [len(text)]
    assert overflow in starts
    assert len(text[:overflow].encode()) <= byte_limit
    if overflow < len(text):
        following = starts[starts.index(overflow) + 1]
        assert len(text[:following].encode()) > byte_limit


_SEGMENTATION_PIECES = st.sampled_from(
    [
        "a", "Z", "ż", "ó", "\u00ad", "\x00", "\t", "\r", "\n", "\u0301", "\u0308", "\u200d",
        "\ufe0f", "\u20e3", "👩", "💻", "🏽", "🇵", "🇱", "\u1100", "\u1161", "\u11a8", "한",
        "\u0600", "\u0915", "\u094d", "\u0903", "\u0e33", "日", "\U000e0020", "\ud7b0",
    ]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(_SEGMENTATION_PIECES, max_size=30).map("".join))
def test_grapheme_clusters_are_exactly_what_regex_finds(text: str) -> None:
    """The fast path for characters below U+0300 may never change a boundary."""
    from advocate_desktop.text.counting import _GRAPHEME, grapheme_clusters

    assert grapheme_clusters(text) == _GRAPHEME.findall(text)


def test_threads_counts_an_emoji_as_its_utf8_bytes() -> None:
    """Meta: "Text posts are limited to 500 characters. Emojis are counted as the number
    of UTF-8 bytes." Letters, Polish ones included, count one each."""
    assert measure("threads", "Zażółć gęślą jaźń").length == 17
    assert measure("threads", "👍").length == 4
    assert measure("threads", "👨‍👩‍👧‍👦").length == 25  # four people joined by ZWJ
    assert measure("threads", "1️⃣ ❤️").length == 7 + 1 + 6
    assert measure("threads", "1 2").length == 3  # digits are not emoji alone
    fits = "a" * 496 + "👍"
    assert measure("threads", fits).fits and measure("threads", fits).length == 500
    assert not measure("threads", "a" * 497 + "👍").fits
    assert measure("mastodon", "👍" * 100).length == 100  # other networks unchanged
