from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from advocate_desktop.text.facets import LINK, MENTION, TAG, detect_facets, is_handle
from advocate_desktop.text.linkedin import escape_little_text, unescape_little_text


def _slice(text: str, start: int, end: int) -> str:
    return text.encode("utf-8")[start:end].decode("utf-8")


def test_facets_use_utf8_byte_offsets_after_emoji_and_polish_letters() -> None:
    text = "Zażółć 👩‍💻 @alice.bsky.social #Żubr https://nordvik.example/a?b=1."
    facets = detect_facets(text)
    assert [(f.kind, _slice(text, f.byte_start, f.byte_end), f.value) for f in facets] == [
        (MENTION, "@alice.bsky.social", "alice.bsky.social"),
        (TAG, "#Żubr", "Żubr"),
        (LINK, "https://nordvik.example/a?b=1", "https://nordvik.example/a?b=1"),
    ]


def test_a_www_link_gets_a_scheme() -> None:
    (facet,) = detect_facets("see www.nordvik.example now")
    assert facet.value == "https://www.nordvik.example"


def test_tags_drop_trailing_punctuation_and_skip_numbers_only() -> None:
    text = "#pracujęwNordvik! #2026 #a1 x#notatag"
    assert [f.value for f in detect_facets(text)] == ["pracujęwNordvik", "a1"]
    assert detect_facets("#" + "a" * 65) == []


def test_mentions_must_look_like_handles() -> None:
    assert detect_facets("hi @alice and @bob.") == []
    assert [f.value for f in detect_facets("(@carol.test) @dave.example.com.")] == [
        "carol.test",
        "dave.example.com",
    ]
    assert is_handle("alice.bsky.social") and not is_handle("-bad.example")


def test_mention_records_need_a_resolved_did() -> None:
    (facet,) = detect_facets("@alice.test")
    assert facet.to_record() is None
    assert facet.to_record({"alice.test": "did:plc:abc"}) == {
        "index": {"byteStart": 0, "byteEnd": 11},
        "features": [{"$type": "app.bsky.richtext.facet#mention", "did": "did:plc:abc"}],
    }


def test_linkedin_reserved_characters_appear_as_typed() -> None:
    text = r"Hello @you #tag (x) [y] {z} <w> a_b*c~d|e \ end"
    escaped = escape_little_text(text)
    assert escaped == (r"Hello \@you \#tag \(x\) \[y\] \{z\} \<w\> a\_b\*c\~d\|e \\ end")
    assert unescape_little_text(escaped) == text


@given(st.text(max_size=200))
def test_little_text_escaping_round_trips(text: str) -> None:
    assert unescape_little_text(escape_little_text(text)) == text
