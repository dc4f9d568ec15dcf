"""How much of a post is still the suggested text (text/own_words.py)."""

from __future__ import annotations

from advocate_desktop.text.own_words import MAX_WORDS, compare, words

SUGGESTED = (
    "#IWorkAtNordvik We're opening an office in Gdańsk and hiring 40 engineers. Backend,"
    " data, security – come build payments with us! https://nordvik.example/en/careers/gdansk"
)


def test_the_suggestion_word_for_word_is_all_copied() -> None:
    result = compare(SUGGESTED, SUGGESTED)
    assert result is not None
    assert result.copied_share == 1.0 and result.own_share == 0.0


def test_links_hashtags_mentions_case_and_utm_parameters_do_not_count() -> None:
    tagged = SUGGESTED.upper().replace("GDANSK", "gdansk?utm_source=advocate&ref=me")
    result = compare(SUGGESTED, tagged + " @friend #hiring")
    assert result is not None and result.copied_share == 1.0
    assert "#iworkatnordvik" not in words(SUGGESTED)
    assert not any("nordvik.example" in w for w in words(SUGGESTED))


def test_a_rewrite_is_mostly_own_words_though_it_keeps_names() -> None:
    rewrite = (
        "#IWorkAtNordvik My team is growing: Nordvik looks for 40 engineers in Gdańsk, for"
        " backend, data and security. Ask me anything! https://nordvik.example/en/careers/gdansk"
    )
    result = compare(SUGGESTED, rewrite)
    assert result is not None
    assert result.copied_share < 0.2  # shared single words ("engineers", "Gdańsk") are no copy


def test_an_own_sentence_in_front_lowers_the_share_in_proportion() -> None:
    own = "I spent five years here and I would do it again. "
    result = compare(SUGGESTED, own + SUGGESTED)
    assert result is not None
    assert result.copied == result.suggested_words == 18
    assert result.words == 18 + len(words(own))
    assert 0.55 < result.copied_share < 0.65


def test_polish_words_with_diacritics_and_apostrophes_are_words() -> None:
    assert words("Zażółć gęślą jaźń, we're here") == ["zażółć", "gęślą", "jaźń", "we're", "here"]


def test_nothing_to_compare_gives_none() -> None:
    assert compare("", "Some text of mine") is None
    assert compare(SUGGESTED, "") is None
    assert compare(SUGGESTED, "https://nordvik.example #IWorkAtNordvik") is None


def test_texts_too_long_to_compare_quickly_give_none() -> None:
    huge = " ".join(["word"] * (MAX_WORDS + 1))
    assert compare(SUGGESTED, huge) is None
    assert compare(huge, SUGGESTED) is None
