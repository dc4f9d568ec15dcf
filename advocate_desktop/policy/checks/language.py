"""Language: profanity, slurs and sensitive topics, from word lists shipped as data.

The lists live in ``resources/policy/language/<list>.<language>.json`` (Polish
forms generated with Morfeusz 2 by ``scripts/make_language_lists.py``, English
forms by hand).  A rule names the lists it uses and may add its own terms and
exceptions, or keep only some categories.  Every list applies whatever the
post's language, since people mix them; matching is whole-word and
case-insensitive, so "Scunthorpe" and "shitake"-style accidents do not happen.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import regex

from advocate_desktop.paths import resources_dir
from advocate_desktop.policy.checks.base import CheckContext
from advocate_desktop.policy.checks.phrases import (
    WORD,
    WORD_CHAR,
    Exceptions,
    PhraseIndex,
    covered,
)
from advocate_desktop.policy.model import Finding, Rule

CUSTOM = "custom"


@functools.cache
def _masked_words() -> Any:
    """Words with asterisks in them; compiled only for a text that has one."""
    return regex.compile(rf"(?<!{WORD_CHAR}|\*)(?:{WORD_CHAR}|\*)+(?!{WORD_CHAR}|\*)")


@dataclass(frozen=True)
class Entry:
    """A listed term and its category."""

    term: str
    category: str


@dataclass(frozen=True)
class WordList:
    """A word list: every form of its terms, and its exceptions."""

    name: str
    phrases: tuple[tuple[str, Entry], ...]
    exceptions: tuple[str, ...]


def _folder() -> Any:
    return resources_dir() / "policy" / "language"


@functools.cache
def available_lists() -> frozenset[str]:
    return frozenset(path.name.split(".")[0] for path in _folder().glob("*.*.json"))


@functools.cache
def category_labels() -> dict[str, dict[str, str]]:
    document = json.loads((_folder() / "categories.json").read_text(encoding="utf-8"))
    labels: dict[str, dict[str, str]] = document["categories"]
    return labels


def _entries(items: Any, default_category: str) -> list[tuple[str, Entry]]:
    phrases: list[tuple[str, Entry]] = []
    for item in items:
        if isinstance(item, str):
            phrases.append((item, Entry(item, default_category)))
            continue
        entry = Entry(str(item["term"]), str(item.get("category", default_category)))
        phrases += [(form, entry) for form in (entry.term, *item.get("forms", []))]
    return phrases


@functools.cache
def load_list(name: str) -> WordList:
    """Every language's file of the list ``name``, read once per process."""
    phrases: list[tuple[str, Entry]] = []
    exceptions: list[str] = []
    for path in sorted(_folder().glob(f"{name}.*.json")):
        document = json.loads(path.read_text(encoding="utf-8"))
        phrases += _entries(document["entries"], str(document.get("category", CUSTOM)))
        exceptions += document.get("exceptions", [])
    return WordList(name, tuple(phrases), tuple(exceptions))


class LanguageCheck:
    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        wanted = frozenset(rule.params.get("categories", []))
        phrases: list[tuple[str, Entry]] = []
        exceptions: list[str] = []  # the lists' own; the engine applies the rule's
        for name in rule.params.get("lists", []):
            word_list = load_list(name)
            phrases += [p for p in word_list.phrases if not wanted or p[1].category in wanted]
            exceptions += word_list.exceptions
        # The rule's own terms come first, so they win where a list has the same word.
        extra = _entries(rule.params.get("terms", []), str(rule.params.get("category", CUSTOM)))
        self._forms = [*extra, *phrases]
        self._index = PhraseIndex(self._forms)
        self._exceptions = Exceptions(exceptions)
        self._lengths: dict[int, dict[str, Entry]] | None = None

    @property
    def _by_length(self) -> dict[int, dict[str, Entry]]:
        """One-word forms by their case-folded length, for words written with
        asterisks ("k*rwa", "f**k"); built for the first text that has one."""
        if self._lengths is None:
            lengths: dict[int, dict[str, Entry]] = {}
            for form, entry in self._forms:
                if form.isalpha() or WORD.fullmatch(form):
                    folded = form.casefold()
                    lengths.setdefault(len(folded), {}).setdefault(folded, entry)
            self._lengths = lengths
        return self._lengths

    def run(self, context: CheckContext) -> list[Finding]:
        text = context.text
        allowed = self._exceptions.spans(text)
        findings = []
        matches = self._index.find(text, context.words)
        if "*" in text:
            matches = sorted(matches + self._masked(text))
        for start, end, entry in matches:
            if covered(start, end, allowed):
                continue
            findings.append(
                self.rule.finding(
                    start=start,
                    end=end,
                    text=text[start:end],
                    message=self.rule.message_in(
                        context.message_language,
                        match=text[start:end],
                        category=self._label(entry.category, context.message_language),
                    ),
                )
            )
        return findings

    def _masked(self, text: str) -> list[tuple[int, int, Entry]]:
        """Words with letters hidden by asterisks, read as the listed word they fit:
        "k*rwa" is "kurwa", "f**k" is "fuck".  At least half the letters must show,
        and asterisks only at the ends ("*important*") are emphasis, not a mask."""
        found = []
        for match in _masked_words().finditer(text):
            word = match.group(0).strip("*")
            hidden = word.count("*")
            if not hidden or hidden * 2 > len(word):
                continue
            start = match.start() + match.group(0).index(word[0])
            # Compared case-folded on both sides: folding may change the length (ß → ss).
            folded = word.casefold()
            shown = [(i, c) for i, c in enumerate(folded) if c != "*"]
            for form, entry in self._by_length.get(len(folded), {}).items():
                if all(form[i] == c for i, c in shown):
                    found.append((start, start + len(word), entry))
                    break
        return found

    def _label(self, category: str, language: str) -> str:
        own = self.rule.params.get("category_labels", {})
        labels: Mapping[str, str] = own.get(category) or category_labels().get(category, {})
        return labels.get(language) or labels.get("en") or category
