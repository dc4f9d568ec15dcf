"""Confidential terms: client names and codenames that must not appear.

Matches are case-insensitive, whole words (so "orbita" is not "Orbis"), inside
hashtags too, and see through text written to hide a name: missing Polish
letters ("Zubrem" is "Żubrem"), invisible characters inside a word and
look-alike letters from other scripts (see :mod:`.lookalike`).  A finding spans
the characters as written, and its Fix removes them.

A term's listed forms (which ``advocate-pack`` writes into every pack) are
matched as listed.  A term listed without forms gets the forms of its analogy
model (:func:`advocate_desktop.policy.inflection.analogy_forms`, all seven cases
in both numbers, without the dictionary), common Polish case endings, and any
word whose lemma is the term's lemma (see :mod:`advocate_desktop.policy.lemmas`).

A term marked ``"proper_name": true`` (a client called "Kropka") matches only
when written with a capital or in capitals: "z Kropką", "KROPKA", not "postaw
kropkę".
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

from advocate_desktop.policy.checks.base import CheckContext
from advocate_desktop.policy.checks.phrases import MAX_SEPARATOR, WORD, PhraseIndex
from advocate_desktop.policy.model import Finding, Rule

if TYPE_CHECKING:  # imported where a bare term needs them: a policy whose terms all
    # list their forms (every pack's) never loads the analogy models or the lemmatizer
    from advocate_desktop.policy.lemmas import Lemmatizer

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


class Term(NamedTuple):
    text: str
    proper_name: bool


def bare_forms(term: str, like: str | None = None) -> list[str]:
    """What the app matches for a term listed without forms, besides lemmas: its
    analogy forms and common endings."""
    from advocate_desktop.policy.inflection import analogy_forms

    forms = [*analogy_forms(term, like).forms]
    forms += [term + ending for ending in ("", *_POLISH_ENDINGS)]
    return list(dict.fromkeys(forms))


def starts_with_capital(text: str) -> bool:
    return text[:1].isupper()


class ConfidentialCheck:
    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        phrases: list[tuple[str, Term]] = []
        bare: list[Term] = []
        for raw in rule.params["terms"]:
            entry: Mapping[str, Any] = raw if isinstance(raw, Mapping) else {"term": raw}
            term = Term(str(entry["term"]), bool(entry.get("proper_name", False)))
            if "forms" in entry:
                phrases += [(form, term) for form in (term.text, *entry.get("forms", []))]
            else:
                like = entry.get("like")
                forms = bare_forms(term.text, like if isinstance(like, str) else None)
                phrases += [(form, term) for form in forms]
                bare.append(term)
        self._index = PhraseIndex(phrases, loose_match=True)
        # Bare terms by the lemma of their first word: (lemmas of every word, term).
        self._by_lemma: dict[str, list[tuple[tuple[str, ...], Term]]] = {}
        self._lemmatizer: Lemmatizer | None = None
        self._prefixes: frozenset[str] = frozenset()
        if bare:
            from advocate_desktop.policy.lemmas import LANGUAGES, lemmatizer_for, prefixes_of

            words_of = {term: [w.casefold() for w in WORD.findall(term.text)] for term in bare}
            every_word = [w for words in words_of.values() for w in words]
            self._lemmatizer = lemmatizer_for(every_word)
            self._prefixes = prefixes_of(
                [words[0] for words in words_of.values() if words], self._lemmatizer
            )
            for term, words in words_of.items():
                if not words:
                    continue
                for language in LANGUAGES:
                    lemmas = tuple(self._lemmatizer.lemma(w, language) for w in words)
                    entries = self._by_lemma.setdefault(lemmas[0], [])
                    if (lemmas, term) not in entries:
                        entries.append((lemmas, term))

    def run(self, context: CheckContext) -> list[Finding]:
        text = context.text
        findings = []
        matches = [m for m in self._index.find(text, context.words) if self._written_as(m, text)]
        if self._lemmatizer is not None:
            taken = {span for start, end, _t in matches for span in range(start, end)}
            matches += [
                m
                for m in self._lemma_matches(context)
                if not taken & set(range(m[0], m[1])) and self._written_as(m, text)
            ]
            matches.sort()
        for start, end, _term in matches:
            findings.append(
                self.rule.finding(
                    start=start,
                    end=end,
                    text=text[start:end],
                    message=self.rule.message_in(context.message_language, match=text[start:end]),
                    suggestions=("",),  # the Fix removes the name, hidden characters and all
                )
            )
        return findings

    @staticmethod
    def _written_as(match: tuple[int, int, Term], text: str) -> bool:
        start, end, term = match
        return not term.proper_name or starts_with_capital(text[start:end])

    def _lemma_matches(self, context: CheckContext) -> list[tuple[int, int, Term]]:
        assert self._lemmatizer is not None
        from advocate_desktop.policy.lemmas import PREFIX

        words = context.words
        lemma = self._lemmatizer.lemma
        found: list[tuple[int, int, Term]] = []
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
