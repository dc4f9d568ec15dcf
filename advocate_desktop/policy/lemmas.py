"""Lemmas for the confidential terms a policy lists without forms.

A pack built by ``advocate-pack`` lists every form of its terms, so the app
matches them exactly.  A policy written by hand (IT's local policy, say) may
list a bare term; then a word of the post matches when its lemma is the term's
lemma ("klientami" → "klient").  simplemma ships its dictionaries in the wheel;
its memory-frugal store keeps Polish to ~55 MB, but reading it takes ~2.5 s, so
:func:`shared_lemmatizer` is called where policies are compiled, on a worker —
never on the GUI thread — and only when a policy needs it.
"""

from __future__ import annotations

import threading
from functools import lru_cache

LANGUAGES = ("pl", "en")


class Lemmatizer:
    def __init__(self) -> None:
        from simplemma import Lemmatizer as SimplemmaLemmatizer
        from simplemma.strategies import DefaultStrategy

        self._lemmatizer = SimplemmaLemmatizer(
            lemmatization_strategy=DefaultStrategy(low_memory=True)
        )
        for language in LANGUAGES:  # read the dictionaries now, not during a check
            self._lemmatizer.lemmatize("a", lang=language)

    @lru_cache(maxsize=65536)  # noqa: B019 - one instance for the whole process
    def lemma(self, word: str, language: str) -> str:
        """The case-folded lemma of ``word``, trying the post's language first."""
        order = (language, *(other for other in LANGUAGES if other != language))
        languages = tuple(code for code in order if code in LANGUAGES) or LANGUAGES
        return str(self._lemmatizer.lemmatize(word, lang=languages)).casefold()


_lock = threading.Lock()
_shared: Lemmatizer | None = None


def shared_lemmatizer() -> Lemmatizer:
    """The process's lemmatizer, loaded on first use (slow: call it on a worker)."""
    global _shared
    with _lock:
        if _shared is None:
            _shared = Lemmatizer()
        return _shared
