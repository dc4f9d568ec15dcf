"""Text written to slip a name past the check: the letters it really stands for.

:func:`skeleton` folds a word to what a reader sees in it, so "Zubrem" is
"Żubrem", "Оrbis" with a Cyrillic О is "Orbis" and "Ｏｒｂｉｓ" is too:

* look-alike letters from other scripts (Cyrillic, Greek, fullwidth forms, …)
  become the Latin letter they imitate, from Unicode's confusables data
  (UTS #39, shipped by the ``confusable_homoglyphs`` package).  Only characters
  outside ASCII that imitate an ASCII letter are mapped: "1" and "l", "0" and
  "O" stay apart, or every number would look like a word;
* diacritics are dropped ("ż" → "z", "ł" → "l"), so a missing Polish letter
  does not hide a name;
* invisible characters (zero-width space, non-joiner and joiner, word joiner,
  soft hyphen, byte-order mark) are removed; :data:`INVISIBLE` lists them for
  the word pattern, which lets them sit inside a word.
"""

from __future__ import annotations

import functools
import json
import unicodedata
from importlib import resources

INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_POLISH = {"ł": "l", "Ł": "L"}  # no decomposition takes the stroke off


@functools.cache
def _table() -> dict[int, str | None]:
    """code point → replacement, for str.translate."""
    data = resources.files("confusable_homoglyphs").joinpath("confusables.json")
    confusables = json.loads(data.read_text(encoding="utf-8"))
    table: dict[int, str | None] = {}
    for char, entries in confusables.items():
        if len(char) != 1 or char.isascii() or not entries:
            continue
        target = str(entries[0].get("c", ""))
        if len(target) == 1 and target.isascii() and target.isalpha():
            table[ord(char)] = target
    for char, target in _POLISH.items():
        table[ord(char)] = target
    for char in INVISIBLE:
        table[ord(char)] = None
    return table


def skeleton(text: str) -> str:
    """``text`` case-folded, without diacritics, invisible characters or look-alikes."""
    if text.isascii():
        return text.lower()
    folded = text.translate(_table())
    if not folded.isascii():
        decomposed = unicodedata.normalize("NFKD", folded)
        folded = "".join(c for c in decomposed if not unicodedata.combining(c))
        folded = folded.translate(_table())  # NFKD may reveal more look-alikes
    return folded.casefold()


def without_invisible(text: str) -> str:
    return text.translate({ord(char): None for char in INVISIBLE})
