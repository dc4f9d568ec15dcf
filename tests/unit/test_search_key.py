from __future__ import annotations

import pytest

from advocate_desktop.text.search import matches, search_key


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("Nowe biuro w Gdańsku", "gdansk"),
        ("Łódź i Kraków", "lodz krakow"),
        ("ŻUBR", "zubr"),
        ("Straße", "strasse"),
        ("Gdańsk", "GDAŃSK"),
        ("café ﬁnance", "cafe finance"),  # a ligature folds too
    ],
)
def test_finds_text_whether_or_not_the_accents_were_typed(text: str, query: str) -> None:
    assert matches(search_key(text), query)


def test_every_word_must_be_there() -> None:
    assert not matches(search_key("Nowe biuro w Gdańsku"), "gdansk poznan")
    assert matches(search_key("anything"), "   ")
