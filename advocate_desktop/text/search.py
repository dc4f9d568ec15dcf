"""Search keys: what a person types is found whether or not they typed the accents.

"gdansk" finds "Gdańsk", "LODZ" finds "Łódź", "strasse" finds "Straße": both the
text searched and the words searched for are folded to the same key.
"""

from __future__ import annotations

import unicodedata

# Letters whose base letter NFKD does not expose.
_NO_DECOMPOSITION = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O"})


def search_key(text: str) -> str:
    """``text`` case-folded and without diacritics, for matching, never for display."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_NO_DECOMPOSITION))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def matches(haystack_key: str, query: str) -> bool:
    """Every word of ``query`` is in ``haystack_key`` (a :func:`search_key`)."""
    return all(word in haystack_key for word in search_key(query).split())
