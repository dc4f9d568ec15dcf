"""Polish inflected forms of confidential terms.

The communications side does the heavy morphology once, when a pack is built, so
the app only matches listed forms.  Forms come from Morfeusz 2 with the SGJP
dictionary (the reference Polish morphological generator):

* a term the dictionary knows ("Orbis", "Kornet", "żubr") gets its noun forms
  straight from it, all seven cases in both numbers ("Orbisu", "Orbisami",
  "Kornecie", "żubrze"); a capitalised term whose lower-case form is known
  ("Żubr") keeps its capital;
* a term it does not know (a codename such as "Altair", a foreign name) is
  inflected by analogy with a model noun that ends the same way
  (``resources/policy/inflection-models.json``): "Altair" like "Kair" gives
  "Altairze", "Kometa" like "rakieta" gives "Komecie".  A rule may name the
  model itself (``"like": "Kair"``) or list the forms by hand, which are kept;
* a phrase of several words gets the forms where its nouns and adjectives agree,
  where only the first word changes ("Projektu Altair") and where only the last
  does ("Project Altaira").

The models' paradigms are stored in that file, generated from the dictionary
(``scripts/make_inflection_models.py``), so :func:`analogy_forms` works without
Morfeusz: the app uses it for terms a policy lists bare.  Morfeusz is imported
only here, and only by the functions that consult the dictionary.
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
_NOUNS = ("subst", "depr")
MAX_FORMS = 200
NUMBERS = ("sg", "pl")
CASES = ("nom", "gen", "dat", "acc", "inst", "loc", "voc")
# Vowels that alternate inside a stem (droga → dróg, szkoła → szkół, ręka → rąk).
_STEM_ALTERNATIONS = {("ó", "o"), ("ą", "ę")}

Key = tuple[str, str]  # (number, case)
Paradigm = dict[Key, list[str]]


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


def models_path() -> Any:
    return resources_dir() / "policy" / "inflection-models.json"


@functools.cache
def _models_document() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(models_path().read_text(encoding="utf-8"))
    return document


def model_nouns() -> tuple[str, ...]:
    return tuple(str(word) for word in _models_document()["models"])


@functools.cache
def model_paradigms() -> dict[str, Paradigm]:
    """Each model noun's stored paradigm: (number, case) → forms."""
    stored = _models_document().get("paradigms", {})
    return {
        model: {
            (key.partition(":")[0], key.partition(":")[2]): list(forms)
            for key, forms in stored.get(model, {}).items()
        }
        for model in model_nouns()
    }


def key_name(key: Key) -> str:
    return f"{key[0]}:{key[1]}"


@dataclass(frozen=True)
class Inflection:
    """The forms of one term and how they were found, for the pack and for people."""

    term: str
    forms: tuple[str, ...]
    method: str  # "dictionary", "analogy:<model>" or "none"
    paradigm: tuple[tuple[Key, tuple[str, ...]], ...] = ()  # (number, case) → forms
    added: bool = False  # ``forms`` were added to the forms a term already listed

    def to_json(self) -> dict[str, Any]:
        found: dict[str, Any] = {"term": self.term, "forms": list(self.forms)}
        found["generated"] = self.method
        if self.added:
            found["added"] = True
        return found

    def missing(self, listed: Iterable[str]) -> list[tuple[Key, tuple[str, ...]]]:
        """The cases none of whose forms is among ``listed`` (compared case-insensitively),
        with their forms.  The term itself counts only for a case where it is the sole
        form: "Kornet" is also an indeclinable surname, which must not hide "Kornetów"."""
        have = {form.casefold() for form in listed}
        term = self.term.casefold()
        gaps = []
        for key, forms in self.paradigm:
            others = tuple(f for f in forms if f.casefold() != term)
            if others and not have & {f.casefold() for f in others}:
                gaps.append((key, others))
        return gaps


def _paradigm(
    lemma: str,
    numbers: set[str] | None = None,
    genders: set[str] | None = None,
    *,
    nouns_only: bool = False,
) -> Paradigm:
    """(number, case) → forms of ``lemma`` as a noun or adjective, from the dictionary;
    only the given numbers, and for adjectives only the given genders, when set."""
    table: Paradigm = {}
    entries = []
    for entry in _morfeusz().generate(lemma):
        parts = str(entry[2]).split(":")
        if parts[0] not in (_NOUNS if nouns_only else _INFLECTING) or len(parts) < 4:
            continue
        if parts[0] == "adj" and (parts[-1] != "pos" or (genders and parts[3] not in genders)):
            continue  # comparatives are other words; adjectives agree with their noun
        if numbers and parts[1] not in numbers:
            continue
        entries.append((str(entry[0]), parts))
    if nouns_only and any(parts[3] == "m3" for _form, parts in entries):
        # A model read as a thing, not a person ("kornet": Kornety, not Korneci).
        entries = [(form, parts) for form, parts in entries if parts[3] == "m3"]
    for form, parts in entries:
        for case in parts[2].split("."):
            forms = table.setdefault((parts[1], case), [])
            if form not in forms:
                forms.append(form)
    return table


def dictionary_model_paradigm(model: str) -> Paradigm:
    """A model noun's paradigm from the dictionary (what the models file stores)."""
    return _paradigm(model, nouns_only=True)


def models_document_from_dictionary() -> dict[str, Any]:
    """The models file with every model's paradigm regenerated from the dictionary."""
    document = dict(_models_document())
    document["paradigms"] = {
        model: {
            key_name(key): forms
            for key, forms in sorted(
                dictionary_model_paradigm(model).items(),
                key=lambda item: (NUMBERS.index(item[0][0]), CASES.index(item[0][1])),
            )
        }
        for model in model_nouns()
    }
    return document


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


def _graft(word: str, model: str, table: Paradigm) -> Paradigm:
    """``word``'s paradigm: the model's forms with the ending they share replaced
    by the word's stem ("kornet" → "kornecie" gives "Kometa"… "Komecie")."""
    suffix = _common_suffix(word.lower(), model.lower())
    model_stem = model.lower()[: len(model) - suffix]
    word_stem = word[: len(word) - suffix]
    grafted: Paradigm = {}
    for key, forms in table.items():
        for form in forms:
            lowered = _undo_stem_alternation(form.lower(), model.lower(), model_stem)
            if lowered.startswith(model_stem):
                new = _with_case_of(word, word_stem + form[len(model_stem) :])
                if word.isupper() and len(word) > 1:
                    new = new.upper()
                cell = grafted.setdefault(key, [])
                if new not in cell:
                    cell.append(new)
    return grafted


def _undo_stem_alternation(form: str, model: str, model_stem: str) -> str:
    """ "dróg" read against "droga" as "drog": a vowel that alternates inside the model's
    stem is put back, so the ending can be grafted onto a stem that does not alternate."""
    if form.startswith(model_stem):
        return form
    for index, (a, b) in enumerate(zip(form, model, strict=False)):
        if a != b:
            if (a, b) in _STEM_ALTERNATIONS:
                return form[:index] + b + form[index + 1 :]
            break
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
        return analogy_paradigm(word)
    stored = model_paradigms().get(like)
    grafted = _graft(word, like, stored if stored else _paradigm(like, nouns_only=True))
    return (grafted, f"analogy:{like}") if grafted else ({}, "none")


def analogy_paradigm(word: str) -> tuple[Paradigm, str]:
    """``word`` declined like the stored model noun with the longest shared ending;
    needs no dictionary, so the app can use it for bare terms."""
    model = _closest_model(word)
    if model is None:
        return {}, "none"
    grafted = _graft(word, model, model_paradigms()[model])
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


def _combine(words: list[str], paradigms: list[Paradigm], limit: int) -> dict[Key, list[str]]:
    """The phrase's forms per case: every word in that case, and (for phrases) only
    the first or only the last word in it."""
    combined: dict[Key, list[str]] = {}
    budget = limit
    keys = sorted(
        {key for table in paradigms for key in table},
        key=lambda k: (NUMBERS.index(k[0]) if k[0] in NUMBERS else 9, _case_rank(k[1])),
    )
    for key in keys:
        per_word = [table.get(key) or [word] for table, word in zip(paradigms, words, strict=True)]
        variants: Iterable[tuple[str, ...]] = itertools.product(*per_word)
        if len(words) > 1:
            first_only = [per_word[0], *([w] for w in words[1:])]
            last_only = [*([w] for w in words[:-1]), per_word[-1]]
            variants = itertools.chain(
                variants, itertools.product(*first_only), itertools.product(*last_only)
            )
        cell = combined.setdefault(key, [])
        for variant in variants:
            form = " ".join(variant)
            if form not in cell:
                if budget <= 0:
                    break
                cell.append(form)
                budget -= 1
    return combined


CASE_NAMES = {
    "nom": "nominative",
    "gen": "genitive",
    "dat": "dative",
    "acc": "accusative",
    "inst": "instrumental",
    "loc": "locative",
    "voc": "vocative",
}


def describe_case(key: Key) -> str:
    """("pl", "inst") → "plural instrumental"."""
    number = {"sg": "singular", "pl": "plural"}.get(key[0], key[0])
    return f"{number} {CASE_NAMES.get(key[1], key[1])}"


def _case_rank(case: str) -> int:
    return CASES.index(case) if case in CASES else len(CASES)


def _inflection(term: str, table: dict[Key, list[str]], method: str) -> Inflection:
    forms: dict[str, None] = {term: None}
    for cell in table.values():
        for form in cell:
            if len(forms) < MAX_FORMS:
                forms.setdefault(form, None)
    paradigm = tuple((key, tuple(cell)) for key, cell in table.items() if cell)
    return Inflection(term, tuple(forms), method, paradigm)


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
    analogies = [m for m in methods if m.startswith("analogy:")]
    method = analogies[0] if analogies else "dictionary" if "dictionary" in methods else "none"
    if method == "none":
        return Inflection(term, (term,), "none")
    return _inflection(term, _combine(words, paradigms, MAX_FORMS), method)


def analogy_forms(term: str, like: str | None = None) -> Inflection:
    """The forms of a term by analogy alone (its last word declined like the model
    ``like``, when stored, or like the closest model), without the dictionary:
    what the app adds to a bare term."""
    words = term.split()
    if not words or not words[-1].isalpha():
        return Inflection(term, (term,) if words else (), "none")
    stored = model_paradigms().get(like) if like else None
    if like and stored:
        grafted = _graft(words[-1], like, stored)
        table, method = (grafted, f"analogy:{like}") if grafted else ({}, "none")
    else:
        table, method = analogy_paradigm(words[-1])
    if method == "none":
        return Inflection(term, (term,), "none")
    head = " ".join(words[:-1])
    phrased = {
        key: [f"{head} {form}" if head else form for form in cell] for key, cell in table.items()
    }
    return _inflection(term, phrased, method)


def expand_policy(document: Mapping[str, Any]) -> tuple[dict[str, Any], list[Inflection]]:
    """A copy of a policy document whose confidential terms all list their forms.

    A bare term gets every form found; a term that already lists ``forms`` keeps
    them and gets the generated forms it lacks.  Returns the new document and, for
    the command line to report, what was generated: for a term that listed forms,
    only the forms added (none when nothing was missing).
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
            listed: list[str] | None = None
            if isinstance(term, str):
                text, like = term, None
            elif isinstance(term, dict) and isinstance(term.get("term"), str):
                text, like = term["term"], term.get("like")
                forms = term.get("forms")
                if isinstance(forms, list):
                    listed = [f for f in forms if isinstance(f, str)]
            else:
                continue
            inflection = inflect(text, like if isinstance(like, str) else None)
            if listed is None:
                generated.append(inflection)
                if inflection.method == "none":
                    continue  # the app's own fallback (analogy, lemmatizer) still applies
                replacement = inflection.to_json()
                replacement["forms"] = [f for f in inflection.forms if f != text]
                if isinstance(term, dict):
                    replacement = {**term, **replacement}
                terms[index] = replacement
                continue
            have = {f.casefold() for f in listed} | {text.casefold()}
            added = tuple(f for f in inflection.forms if f.casefold() not in have)
            if added:
                assert isinstance(term, dict)
                term["forms"] = [*listed, *added]
                generated.append(
                    Inflection(text, added, inflection.method, inflection.paradigm, added=True)
                )
    return expanded, generated
