"""Whole-word phrase lookup whose cost does not grow with the number of phrases.

The text is split into words once; every run of up to N consecutive words
(joined by what separates them in the text, white space folded to one space) is
looked up in a dictionary of normalised phrases.  Matching is case-insensitive,
the longest phrase at a position wins, and matches do not overlap.  Invisible
characters inside a word ("Or\u200bbis") do not split it; a loose index also
ignores diacritics and look-alike letters (see :mod:`.lookalike`), and a match
still spans the characters as written.  A regex
alternation of 14,000 forms took ~200 ms per 3,000-character post; this takes
well under a millisecond, for 2,000 or 20,000 terms alike.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Generic, TypeVar

import regex

from advocate_desktop.policy.checks.lookalike import INVISIBLE, skeleton, without_invisible
from advocate_desktop.policy.model import RuleException

V = TypeVar("V")
WORD_CHAR = r"[\p{L}\p{M}\p{N}_]"
# Invisible characters may sit inside a word, never at its ends.
WORD = regex.compile(WORD_CHAR + "+(?:[" + INVISIBLE + "]+" + WORD_CHAR + "+)*")
_INVISIBLE = frozenset(INVISIBLE)
MAX_SEPARATOR = 3  # "Nordvik-Pay", "Nordvik Pay", "Nordvik / Pay"


def normalise(phrase: str) -> str:
    return " ".join(without_invisible(phrase).split()).casefold()


def loose(phrase: str) -> str:
    """The key of a phrase in a loose index: no diacritics, invisibles or look-alikes."""
    return skeleton(" ".join(phrase.split()))


class Words:
    """A text's words: their spans and case-folded forms, computed once per check."""

    def __init__(self, text: str) -> None:
        self.spans = [m.span() for m in WORD.finditer(text)]
        words = [text[start:end] for start, end in self.spans]
        if not text.isascii() and not _INVISIBLE.isdisjoint(text):
            words = [without_invisible(word) for word in words]
        self.folded = [word.casefold() for word in words]
        self._words = words
        self._skeletons: list[str] | None = None

    @property
    def skeletons(self) -> list[str]:
        """Each word as :func:`.lookalike.skeleton` reads it, computed on first use."""
        if self._skeletons is None:
            self._skeletons = [
                folded if folded.isascii() else skeleton(word)
                for word, folded in zip(self._words, self.folded, strict=True)
            ]
        return self._skeletons


class PhraseIndex(Generic[V]):
    def __init__(self, phrases: Iterable[tuple[str, V]], *, loose_match: bool = False) -> None:
        self._values: dict[str, V] = {}
        self._max_words = 1
        self._starts_longer: set[str] = set()  # first words of multi-word phrases
        self._key = loose if loose_match else normalise
        self._loose = loose_match
        for phrase, value in phrases:
            # A phrase of letters only (most of them) has nothing to normalise but case.
            key = phrase.casefold() if not loose_match and phrase.isalpha() else self._key(phrase)
            if not key:
                continue
            self._values.setdefault(key, value)
            if key.isalpha():
                continue  # one word (most phrases): no need to split it
            words = WORD.findall(key)
            if len(words) > 1:
                self._max_words = max(self._max_words, len(words))
                self._starts_longer.add(words[0])
        # Words at which a match can start; most words of a post are not among them.
        self._interesting = frozenset(self._values) | self._starts_longer

    def __len__(self) -> int:
        return len(self._values)

    def find(self, text: str, words: Words | None = None) -> list[tuple[int, int, V]]:
        """(start, end, value) of every match, left to right.  ``words`` may be shared
        when several indexes search the same text."""
        words = words or Words(text)
        spans, values, key_of = words.spans, self._values, self._key
        folded = words.skeletons if self._loose else words.folded
        interesting = self._interesting
        found: list[tuple[int, int, V]] = []
        next_free = 0
        for index in [i for i, word in enumerate(folded) if word in interesting]:
            if index < next_free:
                continue
            start, end = spans[index]
            best: tuple[int, int, V] | None = None
            single = values.get(folded[index])
            if single is not None:
                best, best_last = (start, end, single), index
            if folded[index] in self._starts_longer:
                for last in range(index + 1, min(index + self._max_words, len(spans))):
                    if spans[last][0] - spans[last - 1][1] > MAX_SEPARATOR:
                        break
                    value = values.get(key_of(text[start : spans[last][1]]))
                    if value is not None:
                        best, best_last = (start, spans[last][1], value), last
            if best is not None:
                found.append(best)
                next_free = best_last + 1
        return found


class Exceptions:
    """Phrases in which a rule's match is allowed ("Orbis Tower", "price war",
    "biuro@nordvik.example", "+48 22 100 20 30"): case-insensitive, any white space
    between words, never inside a longer word.  Rules have a few, so one pattern
    does; it may start or end with punctuation, which word lookup would drop.

    An exception marked ``proper_name`` counts only where it starts with a capital;
    a ``domain`` exception allows every e-mail address and link at that domain or
    its subdomains ("careers.nordvik.example": jobs@careers.nordvik.example,
    https://careers.nordvik.example/apply)."""

    def __init__(self, phrases: Iterable[str | RuleException]) -> None:
        parts = []
        self._first_words: set[str] = set()
        self._proper: list[str] = []
        self._domains: list[str] = []
        for index, entry in enumerate(phrases):
            if isinstance(entry, RuleException):
                if entry.domain:
                    self._domains.append(entry.domain)
                    continue
                phrase, proper = entry.text, entry.proper_name
            else:
                phrase, proper = entry, False
            words = phrase.split()
            if not words:
                continue
            self._first_words.add(words[0].casefold())
            body = r"\s+".join(regex.escape(word) for word in words)
            if WORD.match(words[0][0]):
                body = rf"(?<!{WORD_CHAR})" + body
            if WORD.match(words[-1][-1]):
                body += rf"(?!{WORD_CHAR})"
            name = f"p{index}"
            if proper:
                self._proper.append(name)
            parts.append(f"(?P<{name}>{body})")
        # Compiled on first use: most texts contain none of the first words, and a
        # check process must not pay for patterns it never runs.
        self._source = "|".join(parts)
        self._compiled: Any = None
        self._domain_source = (
            r"[^\s<>\"'()\[\]]*(?:"
            + "|".join(regex.escape(domain) for domain in self._domains)
            + r")[^\s<>\"'()\[\]]*"
            if self._domains
            else ""
        )
        self._domain_compiled: Any = None

    @property
    def _pattern(self) -> Any:
        if self._compiled is None and self._source:
            # Simple case folding: full folding (V1) made this ten times slower, and
            # exception phrases are not written with ß or ligatures.
            self._compiled = regex.compile(self._source, regex.IGNORECASE)
        return self._compiled

    @property
    def _domain_pattern(self) -> Any:
        if self._domain_compiled is None and self._domain_source:
            self._domain_compiled = regex.compile(self._domain_source, regex.IGNORECASE)
        return self._domain_compiled

    def __bool__(self) -> bool:
        return bool(self._source or self._domain_source)

    def spans(self, text: str) -> list[tuple[int, int]]:
        found: list[tuple[int, int]] = []
        if self._domain_source:
            found += [m.span() for m in self._domain_pattern.finditer(text) if self._at(m[0])]
        if not self._source:
            return found
        folded = text.casefold()
        if not any(word in folded for word in self._first_words):
            return found  # the usual case, found with plain substring searches
        for match in self._pattern.finditer(text, overlapped=True):
            if match.lastgroup in self._proper and not match.group(0)[:1].isupper():
                continue
            found.append(match.span())
        return found

    def _at(self, token: str) -> bool:
        """Whether an address or link is at one of the domains (or a subdomain)."""
        from advocate_desktop.text.utm import host_of

        token = token.rstrip(".,;:!?")
        local, at, rest = token.rpartition("@")
        is_address = bool(at and local and "/" not in token)
        host = rest.lower().rstrip(".") if is_address else host_of(token)
        return any(host == domain or host.endswith("." + domain) for domain in self._domains)


def covered(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)
