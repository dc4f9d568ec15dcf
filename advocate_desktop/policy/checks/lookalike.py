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

INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"


# Polish letters and invisible characters: the usual non-ASCII in a post, folded
# without reading the confusables data.
_PLAIN: dict[int, str | None] = {
    **{ord(a): b for a, b in zip("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ", strict=True)},
    **{ord(char): None for char in INVISIBLE},
}


@functools.cache
def _confusables() -> dict[int, str]:
    """code point → the ASCII letter it imitates, for str.translate."""
    from importlib import resources  # here: it loads tempfile, shutil, zipfile support…

    data = resources.files("confusable_homoglyphs").joinpath("confusables.json")
    confusables = json.loads(data.read_text(encoding="utf-8"))
    table: dict[int, str] = {}
    for char, entries in confusables.items():
        if len(char) != 1 or char.isascii() or not entries:
            continue
        target = str(entries[0].get("c", ""))
        if len(target) == 1 and target.isascii() and target.isalpha():
            table[ord(char)] = target
    return table


def skeleton(text: str) -> str:
    """``text`` case-folded, without diacritics, invisible characters or look-alikes."""
    if text.isascii():
        return text.lower()
    folded = text.translate(_PLAIN)
    if not folded.isascii():
        decomposed = unicodedata.normalize("NFKD", folded)  # fullwidth Ｏ is O, é is e
        folded = "".join(c for c in decomposed if not unicodedata.combining(c))
        folded = folded.translate(_PLAIN)
    if not folded.isascii():  # another script: the confusables data is read only now
        folded = folded.translate(_confusables())
    return folded.casefold()


_INVISIBLE_TABLE = {ord(char): None for char in INVISIBLE}


def without_invisible(text: str) -> str:
    return text if text.isascii() else text.translate(_INVISIBLE_TABLE)
