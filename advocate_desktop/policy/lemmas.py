"""Lemmas for the confidential terms a policy lists without forms.

A pack built by ``advocate-pack`` lists every form of its terms, so the app
matches them exactly.  A policy written by hand (IT's local policy, say) may
list a bare term; then a word of the post matches when its lemma is the term's
lemma ("klientami" → "klient").  simplemma ships its dictionaries in the wheel,
but reading Polish takes seconds and hundreds of megabytes, far too much for
each ``advocate-pack check``.  The check only lemmatizes words that start like
a bare term or its lemma (see :data:`PREFIX`), so a policy needs just the
dictionary entries with those beginnings: :func:`lemmatizer_for` reads the whole
dictionary once, keeps those entries and stores them in the cache folder, keyed
by the beginnings and simplemma's version.  Later processes read a file of a few
kilobytes.  Call it where policies are compiled, on a worker, never on the GUI
thread.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path

LANGUAGES = ("pl", "en")
PREFIX = 3  # words are lemmatized only when they start like a bare term or its lemma
CACHE_FORMAT = 1

log = logging.getLogger(__name__)


class _Dictionaries:
    """A simplemma dictionary factory over dictionaries already in memory."""

    def __init__(self, dictionaries: Mapping[str, Mapping[str, str]]) -> None:
        self._dictionaries = dictionaries

    def get_dictionary(self, lang: str) -> Mapping[str, str]:
        return self._dictionaries.get(lang, {})


class Lemmatizer:
    """simplemma's lemmatizer over the given dictionaries (language → word → lemma)."""

    def __init__(self, dictionaries: Mapping[str, Mapping[str, str]]) -> None:
        from simplemma import Lemmatizer as SimplemmaLemmatizer
        from simplemma.strategies import DefaultStrategy

        factory = _Dictionaries(dictionaries)
        self._lemmatizer = SimplemmaLemmatizer(
            lemmatization_strategy=DefaultStrategy(dictionary_factory=factory)
        )

    @lru_cache(maxsize=65536)  # noqa: B019 - a few instances per process, kept for good
    def lemma(self, word: str, language: str) -> str:
        """The case-folded lemma of ``word``, trying the post's language first."""
        order = (language, *(other for other in LANGUAGES if other != language))
        languages = tuple(code for code in order if code in LANGUAGES) or LANGUAGES
        return str(self._lemmatizer.lemmatize(word, lang=languages)).casefold()


def _simplemma_version() -> str:
    """What the cache depends on: simplemma's data files, found without importing
    it (its import alone costs more than reading a cache file)."""
    from importlib.util import find_spec

    spec = find_spec("simplemma")
    if spec is None or spec.origin is None:  # pragma: no cover - a dependency
        return "missing"
    data = Path(spec.origin).parent / "strategies" / "dictionaries" / "data"
    stamps = []
    for language in LANGUAGES:
        try:
            stat = (data / f"{language}.plzma").stat()
            stamps.append(f"{language}:{stat.st_size}:{stat.st_mtime_ns}")
        except OSError:
            stamps.append(f"{language}:?")
    return ",".join(stamps)


def default_cache_folder() -> Path:
    from advocate_desktop.paths import AppPaths

    return AppPaths.from_environment().cache_dir / "lemmas"


def prefixes_of(words: Iterable[str], lemma_of: Lemmatizer | None = None) -> frozenset[str]:
    """The beginnings a check lemmatizes: of each word and, when known, of its lemmas."""
    found: set[str] = set()
    for word in words:
        folded = word.casefold()
        found.add(folded[:PREFIX])
        if lemma_of is not None:
            found.update(lemma_of.lemma(folded, language)[:PREFIX] for language in LANGUAGES)
    return frozenset(p for p in found if p)


_lock = threading.Lock()
_made: dict[tuple[str, ...], Lemmatizer] = {}


def lemmatizer_for(words: Iterable[str], cache_folder: Path | None = None) -> Lemmatizer:
    """A lemmatizer that knows every dictionary word starting like ``words`` (the
    words of a policy's bare terms) or their lemmas; read from the cache folder
    when an earlier process stored it (slow otherwise: call it on a worker)."""
    wanted = tuple(sorted({w.casefold() for w in words if w}))
    with _lock:
        made = _made.get(wanted)
        if made is None:
            made = _load_or_build(wanted, cache_folder or default_cache_folder())
            _made[wanted] = made
        return made


def _cache_file(folder: Path, words: tuple[str, ...]) -> Path:
    import hashlib

    key = json.dumps([CACHE_FORMAT, _simplemma_version(), LANGUAGES, PREFIX, words])
    return folder / f"{hashlib.sha256(key.encode('utf-8')).hexdigest()[:32]}.json"


def _load_or_build(words: tuple[str, ...], folder: Path) -> Lemmatizer:
    path = _cache_file(folder, words)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        dictionaries = document["dictionaries"]
        if document.get("words") == list(words) and all(
            isinstance(dictionaries.get(language), dict) for language in LANGUAGES
        ):
            return Lemmatizer(dictionaries)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        pass  # no cache yet, or a damaged one: build it again
    dictionaries = _entries_for(words)
    _store(path, {"words": list(words), "dictionaries": dictionaries})
    return Lemmatizer(dictionaries)


def _entries_for(words: tuple[str, ...]) -> dict[str, dict[str, str]]:
    """Every dictionary entry whose word starts like one of ``words`` or their lemmas."""
    full = _full_dictionaries()
    prefixes = prefixes_of(words, Lemmatizer(full))
    # Dictionary keys keep their case ("Kraków"): compare their case-folded starts.
    lengths = sorted({len(p) for p in prefixes})
    return {
        language: {
            key: dictionary[key]
            for key in dictionary
            if any(key[:length].casefold() in prefixes for length in lengths)
        }
        for language, dictionary in full.items()
    }


_full: dict[str, Mapping[str, str]] | None = None
_forget: threading.Timer | None = None
KEEP_FULL_SECONDS = 60.0


def _full_dictionaries() -> dict[str, Mapping[str, str]]:
    """simplemma's whole dictionaries, kept for a minute after use: policies compiled
    one after another (a pack and IT's policy) read them once, and then the few
    hundred megabytes are let go."""
    global _full, _forget
    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

    if _full is None:
        factory = DefaultDictionaryFactory(cache_max_size=0)
        _full = {language: factory.get_dictionary(language) for language in LANGUAGES}
    if _forget is not None:
        _forget.cancel()
    _forget = threading.Timer(KEEP_FULL_SECONDS, _let_go)
    _forget.daemon = True
    _forget.start()
    return _full


def _let_go() -> None:
    global _full
    with _lock:
        _full = None


def _store(path: Path, document: dict[str, object]) -> None:
    """Write the cache file atomically; a cache that cannot be written is only slower."""
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                json.dump(document, stream, ensure_ascii=False)
            os.replace(temporary, path)
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
    except OSError as error:
        log.info("cannot store the lemma cache in %s: %s", path.parent, error)
