"""Polish inflected forms of confidential terms, for ``advocate-pack``.

The communications side does the heavy morphology once, when a pack is built, so
the app only matches listed forms.  Forms come from Morfeusz 2 with the SGJP
dictionary (the reference Polish morphological generator):

* a term the dictionary knows ("Orbis", "Kornet", "żubr") gets its noun forms
  straight from it ("Orbisu", "Kornecie", "żubrze"); a capitalised term whose
  lower-case form is known ("Żubr") keeps its capital;
* a term it does not know (a codename such as "Altair", a foreign name) is
  inflected by analogy with a model noun that ends the same way
  (``resources/policy/inflection-models.json``): "Altair" like "Kair" gives
  "Altairze", "Vega" like "droga" gives "Vedze".  A rule may name the model
  itself (``"like": "Kair"``) or list the forms by hand, which always wins;
* a phrase of several words gets the forms where its nouns and adjectives agree,
  where only the first word changes ("Projektu Altair") and where only the last
  does ("Project Altaira").

Morfeusz is imported only here, so the app itself never loads it.
"""

from __future__ import annotations

import functools
import itertools
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from advocate_desktop.paths import resources_dir

# Morfeusz tags are "pos:number:case:gender…"; cases may be dotted together ("nom.acc").
_INFLECTING = ("subst", "depr", "adj")
MAX_FORMS = 200


class MorfeuszLike(Protocol):
    def analyse(self, text: str) -> list[tuple[Any, ...]]: ...
    def generate(self, lemma: str) -> list[tuple[Any, ...]]: ...


class InflectionUnavailable(RuntimeError):
    """Morfeusz 2 is not installed (or its dictionary cannot be loaded)."""


@functools.cache
def _morfeusz() -> MorfeuszLike:
    try:
        import morfeusz2
    except ImportError as error:  # pragma: no cover - a dependency of the package
        raise InflectionUnavailable(
            "morfeusz2 is not installed; install it with 'pip install morfeusz2'"
        ) from error
    generator: MorfeuszLike = morfeusz2.Morfeusz(analyse=True, generate=True, expand_tags=True)
    return generator


@functools.cache
def model_nouns() -> tuple[str, ...]:
    path = resources_dir() / "policy" / "inflection-models.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    return tuple(str(word) for word in document["models"])


@dataclass(frozen=True)
class Inflection:
    """The forms of one term and how they were found, for the pack and for people."""

    term: str
    forms: tuple[str, ...]
    method: str  # "dictionary", "analogy:<model>" or "none"

    def to_json(self) -> dict[str, Any]:
        return {"term": self.term, "forms": list(self.forms), "generated": self.method}


Paradigm = dict[tuple[str, str], list[str]]


def _paradigm(
    lemma: str, numbers: set[str] | None = None, genders: set[str] | None = None
) -> Paradigm:
    """(number, case) → forms of ``lemma`` as a noun or adjective, from the dictionary;
    only the given numbers, and for adjectives only the given genders, when set."""
    table: Paradigm = {}
    for entry in _morfeusz().generate(lemma):
        form, tag = str(entry[0]), str(entry[2])
        parts = tag.split(":")
        if parts[0] not in _INFLECTING or len(parts) < 4:
            continue
        if parts[0] == "adj" and (parts[-1] != "pos" or (genders and parts[3] not in genders)):
            continue  # comparatives are other words; adjectives agree with their noun
        if numbers and parts[1] not in numbers:
            continue
        for case in parts[2].split("."):
            forms = table.setdefault((parts[1], case), [])
            if form not in forms:
                forms.append(form)
    return table


def _nominatives(word: str) -> dict[str, tuple[set[str], set[str]]]:
    """The word read as a nominative noun or adjective: lemma → (numbers, genders)."""
    found: dict[str, tuple[set[str], set[str]]] = {}
    for _start, _end, (_form, lemma, tag, *_rest) in _morfeusz().analyse(word):
        parts = str(tag).split(":")
        if parts[0] in _INFLECTING and len(parts) >= 4 and "nom" in parts[2].split("."):
            numbers, genders = found.setdefault(str(lemma), (set(), set()))
            numbers.add(parts[1])
            genders.add(parts[3])
    return found


def _with_case_of(pattern: str, form: str) -> str:
    if pattern[:1].isupper() and not form[:1].isupper():
        return form[:1].upper() + form[1:]
    return form


def _word_paradigm(
    word: str, like: str | None = None, *, in_phrase: bool = False, by_analogy: bool = True
) -> tuple[Paradigm, str]:
    """A word's paradigm and the method that found it ("none" and empty when nothing did).

    The word is read as a nominative (terms are written in the nominative); in a
    phrase a word that cannot be one ("akcji" in "kurs akcji") stays as it is,
    and the others keep their number and, for adjectives, their gender.
    """
    if like is None:
        table: Paradigm = {}
        for lemma, (numbers, genders) in _nominatives(word).items():
            found = _paradigm(lemma, numbers if in_phrase else None, genders)
            for key, forms in found.items():
                merged = table.setdefault(key, [])
                merged += [f for f in forms if f not in merged]
        if table:
            return {k: [_with_case_of(word, f) for f in v] for k, v in table.items()}, "dictionary"
        if not by_analogy or any(str(i[2][2]) != "ign" for i in _morfeusz().analyse(word)):
            return {}, "none"  # a word the dictionary knows in another role stays as it is
        like = _closest_model(word)
        if like is None:
            return {}, "none"
    model = like
    table = _paradigm(model)
    suffix = _common_suffix(word.lower(), model.lower())
    model_stem = model.lower()[: len(model) - suffix]
    word_stem = word[: len(word) - suffix]
    grafted: Paradigm = {}
    for key, forms in table.items():
        for form in forms:
            if form.lower().startswith(model_stem):
                grafted.setdefault(key, []).append(word_stem + form[len(model_stem) :])
    return (grafted, f"analogy:{model}") if grafted else ({}, "none")


def _common_suffix(a: str, b: str) -> int:
    length = 0
    while length < min(len(a), len(b)) and a[-1 - length] == b[-1 - length]:
        length += 1
    return length


def _closest_model(word: str) -> str | None:
    """The model noun sharing the longest ending with ``word``: at least its last
    letter, and two letters when the word ends in a vowel (the consonant before
    the ending decides the alternation: droga → drodze, karta → karcie)."""
    lowered = word.lower()
    if not lowered[-1:].isalpha():
        return None
    needed = 2 if lowered[-1] in "aeiouyąęó" else 1
    best, best_length = None, needed - 1
    for model in model_nouns():
        length = _common_suffix(lowered, model.lower())
        if length > best_length:
            best, best_length = model, length
    return best


def inflect(term: str, like: str | None = None) -> Inflection:
    """Every form of ``term`` (itself included) that Polish inflection gives it."""
    words = term.split()
    if not words:
        return Inflection(term, (), "none")
    paradigms = []
    methods = []
    for index, word in enumerate(words):
        last = index == len(words) - 1
        # Only the last word is guessed by analogy: in "Project Altair" the English
        # word stays as it is, the codename is declined.
        table, method = _word_paradigm(
            word, like if last else None, in_phrase=len(words) > 1, by_analogy=last
        )
        paradigms.append(table)
        methods.append(method)
    forms: dict[str, None] = {term: None}
    keys = sorted({key for table in paradigms for key in table})
    for key in keys:
        per_word = [table.get(key) or [word] for table, word in zip(paradigms, words, strict=True)]
        variants: Iterable[tuple[str, ...]] = itertools.product(*per_word)
        if len(words) > 1:
            first_only = [per_word[0], *([w] for w in words[1:])]
            last_only = [*([w] for w in words[:-1]), per_word[-1]]
            variants = itertools.chain(
                variants, itertools.product(*first_only), itertools.product(*last_only)
            )
        for variant in itertools.islice(variants, MAX_FORMS - len(forms)):
            forms.setdefault(" ".join(variant), None)
    analogies = [m for m in methods if m.startswith("analogy:")]
    method = analogies[0] if analogies else "dictionary" if "dictionary" in methods else "none"
    return Inflection(term, tuple(forms), method)


def expand_policy(document: Mapping[str, Any]) -> tuple[dict[str, Any], list[Inflection]]:
    """A copy of a policy document whose confidential terms all list their forms.

    Terms that already list ``forms`` are left as written.  Returns the new
    document and what was generated, for the command line to report.
    """
    expanded = json.loads(json.dumps(document))
    generated: list[Inflection] = []
    for rule in expanded.get("rules", []):
        if not isinstance(rule, dict) or rule.get("kind") != "confidential":
            continue
        terms = rule.get("terms")
        if not isinstance(terms, list):
            continue
        for index, term in enumerate(terms):
            if isinstance(term, str):
                text, like = term, None
            elif isinstance(term, dict) and isinstance(term.get("term"), str):
                if "forms" in term:
                    continue
                text, like = term["term"], term.get("like")
            else:
                continue
            inflection = inflect(text, like if isinstance(like, str) else None)
            generated.append(inflection)
            if inflection.method == "none":
                continue  # the app's own fallback (endings, lemmatizer) still applies
            replacement = inflection.to_json()
            replacement["forms"] = [f for f in inflection.forms if f != text]
            if isinstance(term, dict):
                replacement = {**term, **replacement}
            terms[index] = replacement
    return expanded, generated
