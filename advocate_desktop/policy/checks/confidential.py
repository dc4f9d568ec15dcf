"""Confidential terms: client names and codenames that must not appear.

Matches are case-insensitive, whole words (so "orbita" is not "Orbis"), inside
hashtags too.  A term's listed forms (which ``advocate-pack`` writes into every
pack) are matched exactly.  A term listed without forms also matches its common
Polish case endings and any word whose lemma is the term's lemma (see
:mod:`advocate_desktop.policy.lemmas`).
"""

from __future__ import annotations

from collections.abc import Mapping

from advocate_desktop.policy.checks.base import CheckContext
from advocate_desktop.policy.checks.phrases import MAX_SEPARATOR, WORD, PhraseIndex
from advocate_desktop.policy.lemmas import LANGUAGES, Lemmatizer, shared_lemmatizer
from advocate_desktop.policy.model import Finding, Rule

_POLISH_ENDINGS = (
    "u",
    "a",
    "em",
    "ie",
    "owi",
    "y",
    "ów",
    "om",
    "ami",
    "ach",
    "e",
    "ę",
    "ą",
    "i",
    "ze",
)
PREFIX = 3  # words are lemmatized only when they start like a bare term


class ConfidentialCheck:
    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        phrases: list[tuple[str, str]] = []
        bare: list[str] = []
        for term in rule.params["terms"]:
            if isinstance(term, Mapping):
                base = str(term["term"])
                phrases += [(form, base) for form in (base, *term.get("forms", []))]
            else:
                phrases += [(term + ending, term) for ending in ("", *_POLISH_ENDINGS)]
                bare.append(term)
        self._index = PhraseIndex(phrases)
        # Bare terms by the lemma of their first word: (lemmas of every word, term).
        self._by_lemma: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        prefixes: set[str] = set()
        self._lemmatizer: Lemmatizer | None = None
        if bare:
            self._lemmatizer = shared_lemmatizer()
            for term in bare:
                words = [w.casefold() for w in WORD.findall(term)]
                if not words:
                    continue
                prefixes.add(words[0][:PREFIX])
                for language in LANGUAGES:
                    lemmas = tuple(self._lemmatizer.lemma(w, language) for w in words)
                    prefixes.add(lemmas[0][:PREFIX])
                    entries = self._by_lemma.setdefault(lemmas[0], [])
                    if (lemmas, term) not in entries:
                        entries.append((lemmas, term))
        self._prefixes = frozenset(prefixes)

    def run(self, context: CheckContext) -> list[Finding]:
        text = context.text
        findings = []
        matches = self._index.find(text, context.words)
        if self._lemmatizer is not None:
            taken = {span for start, end, _t in matches for span in range(start, end)}
            matches += [
                m for m in self._lemma_matches(context) if not taken & set(range(m[0], m[1]))
            ]
            matches.sort()
        for start, end, _term in matches:
            findings.append(
                self.rule.finding(
                    start=start,
                    end=end,
                    text=text[start:end],
                    message=self.rule.message_in(context.message_language, match=text[start:end]),
                )
            )
        return findings

    def _lemma_matches(self, context: CheckContext) -> list[tuple[int, int, str]]:
        assert self._lemmatizer is not None
        words = context.words
        lemma = self._lemmatizer.lemma
        found: list[tuple[int, int, str]] = []
        for index, folded in enumerate(words.folded):
            if folded[:PREFIX] not in self._prefixes:
                continue
            for lemmas, term in self._by_lemma.get(lemma(folded, context.language), ()):
                last = index + len(lemmas) - 1
                if last >= len(words.folded):
                    continue
                if all(
                    words.spans[i][0] - words.spans[i - 1][1] <= MAX_SEPARATOR
                    and lemma(words.folded[i], context.language) == lemmas[i - index]
                    for i in range(index + 1, last + 1)
                ):
                    found.append((words.spans[index][0], words.spans[last][1], term))
                    break
        return found
