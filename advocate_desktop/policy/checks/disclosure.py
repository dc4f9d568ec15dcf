"""The disclosure that the author works for the company.

Required for every post made from company content (a feed item) and for every
post that names the employer or its products (the rule's ``employer`` and
``about``).  The built-in rule ``builtin.disclosure`` is at ``block``; every
disclosure rule of a pack or IT only tightens it (see
:mod:`advocate_desktop.policy.layers`).  Placement matters: Poland's consumer
authority (UOKiK, 2022) wants the marking clear and at the start and judged a
lone "#współpraca" at the end insufficient, so a policy lists

- ``phrases``: accepted labels per language, in order of preference; without
  them, ``default_phrases`` apply, in the employer's name (``{employer}``);
- ``rejected``: labels that do not count on their own (e.g. "#współpraca", "#ad");
- the feed item's own ``disclosure`` label for the post's language (passed by the
  caller) is accepted too, and preferred, unless it is a rejected one;
- ``max_offset``: how far from the start the label may begin, per network
  (``default`` for the rest).  On a network that folds long posts behind "more"
  (Instagram after about 125 characters) the label must also end before the fold.

Labels are whole tokens ("#ad" is not "#adwokat"), matched without regard to
case or Polish diacritics ("#pracujewNordvik" is "#pracujęwNordvik").

Fixes: a missing label is inserted at the start, choosing the first accepted
label that keeps every chosen network within its limit (when none fits, the
message says how many characters to cut); a label too far from the start is
moved there; a rejected label is replaced by an accepted one at the start.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

import regex

from advocate_desktop.policy.checks.base import CheckContext
from advocate_desktop.policy.company_wording import REQUIRED as REQUIRED_PHRASES
from advocate_desktop.policy.model import Finding, Rule

_WORD = r"[\p{L}\p{M}\p{N}_]"
# Letters whose base letter NFD does not expose.
_BASES = {"ł": "l", "đ": "d", "ø": "o", "ß": "ss"}


def base_letter(char: str) -> str:
    """``char`` without diacritics, lower case: "Ę" → "e", "ł" → "l"."""
    lower = char.lower()
    if lower in _BASES:
        return _BASES[lower]
    decomposed = unicodedata.normalize("NFD", lower)
    return decomposed[0] if decomposed else lower


@functools.cache
def _variants() -> dict[str, str]:
    """Base letter → every Latin letter (lower case) that is it with a diacritic."""
    found: dict[str, set[str]] = {}
    for code in range(0x00C0, 0x0250):
        char = chr(code)
        if not char.isalpha() or char.lower() != char:
            continue
        base = base_letter(char)
        if len(base) == 1 and base != char and base.isascii():
            found.setdefault(base, {base}).add(char)
    return {base: "".join(sorted(chars)) for base, chars in found.items()}


# str.isspace() says these four separators are white space; Unicode's White_Space
# (what ``\s`` means to ``regex``) does not, and labels always followed it.
_NOT_SPACE = "\x1c\x1d\x1e\x1f"


def _is_space(char: str) -> bool:
    return char.isspace() and char not in _NOT_SPACE


@functools.cache
def _word_char() -> Any:
    return regex.compile(_WORD)


def _is_word_char(char: str) -> bool:
    return _word_char().match(char) is not None


@functools.cache
def _bases() -> dict[str, str]:
    """Every letter of :func:`_variants` (the bases included) → its base letter."""
    return {letter: base for base, letters in _variants().items() for letter in letters}


def _simple_fold(char: str) -> str:
    """``char`` case-folded to one character, as a case-insensitive match compares it
    ("ß" stays "ß", "ẞ" is "ß", "Σ" and "ς" are "σ", "İ" is "i")."""
    if char == "İ":  # its simple lower case; lower() gives "i" and a combining dot
        return "i"
    for folded in (char.casefold(), char.lower()):
        if len(folded) == 1:
            return folded
    return char


@functools.lru_cache(maxsize=4096)
def _fold_text_char(char: str) -> str:
    folded = _simple_fold(char)
    return _bases().get(folded, folded)


def _fold_text(text: str) -> str:
    """``text`` with each character folded to one: lower case, and a Latin letter
    with a diacritic to its base ("Ę" → "e").  Offsets stay those of ``text``."""
    if text.isascii():
        return text.lower()
    return text.translate({ord(char): _fold_text_char(char) for char in set(text)})


def _fold_label_char(char: str) -> str:
    """A label's character as the text's must fold to match it: a letter whose base
    has variants stands for all of them, any other character for itself in any case."""
    base = base_letter(char)
    if len(base) == 1 and base in _variants():
        return base
    return _simple_fold(char)


# Characters whose case-insensitive, diacritic-blind comparison folding gets exactly
# right (tests/unit/test_disclosure_labels.py checks each against every code point):
# Basic Latin, Latin-1 and Latin Extended-A, without the dotless "ı" (which matches
# "I" but not "i"), the long "ſ" (which matches "s" but not "ś") and "ß" (which
# ``regex`` matches to a letter Python's Unicode data does not have yet).  A label
# with any other character is matched by one pattern instead, as labels always were.
_FOLDABLE = frozenset(map(chr, range(0x20, 0x180))) - {"ı", "ſ", "ß"}


def _pattern(labels: list[str], open_end: bool) -> Any:
    """One pattern matching any of ``labels`` as :class:`Labels` does."""
    variants = _variants()
    parts = []
    for label in labels:
        words = label.split()
        if not words:
            continue
        body = []
        for word in words:
            chars = []
            for char in word:
                base = base_letter(char)
                letters = variants.get(base) if len(base) == 1 else None
                chars.append(f"[{regex.escape(letters)}]" if letters else regex.escape(char))
            body.append("".join(chars))
        pattern = rf"(?<!{_WORD})" + r"\s+".join(body)  # "x#ad" is no hashtag either
        if not open_end and _is_word_char(words[-1][-1]):
            pattern += rf"(?!{_WORD})"
        parts.append(pattern)
    return regex.compile("|".join(f"(?:{p})" for p in parts), regex.IGNORECASE)


class Labels:
    """Labels found in a text as whole tokens: in any case, with any white space
    between their words, Latin diacritics optional either way ("#pracujewNordvik" is
    "#pracujęwNordvik"), never right after a letter, digit or "_" ("x#ad"), and never
    followed by one when the label ends in one ("#adwokat" is not "#ad").  With
    ``open_end`` a label may go on ("Nordvika", "#NordvikTeam").

    Text and labels are folded a character at a time and compared as strings, so a
    policy costs nothing to compile; :meth:`spans` reports what one pattern with
    the labels as alternatives, in order, would: leftmost first, then the earliest
    label, never overlapping.  Labels with characters outside :data:`_FOLDABLE`
    are compiled into that one pattern instead."""

    def __init__(self, labels: Iterable[str], *, open_end: bool = False) -> None:
        labels = [label for label in labels if label.split()]
        # (each word folded, whether the end must not run into a word character)
        self._labels: list[tuple[tuple[str, ...], bool]] = []
        self._pattern: Any = None
        if any(not _FOLDABLE.issuperset(label) for label in labels):
            self._pattern = _pattern(labels, open_end)
            return
        for label in labels:
            words = label.split()
            folded = tuple("".join(map(_fold_label_char, word)) for word in words)
            closed = not open_end and _is_word_char(words[-1][-1])
            self._labels.append((folded, closed))

    def __bool__(self) -> bool:
        return bool(self._labels) or self._pattern is not None

    @staticmethod
    def _end(text: str, folded: str, start: int, words: tuple[str, ...], closed: bool) -> int:
        """Where the label ``words`` ends when it starts at ``start``; -1 if it does not."""
        position = start
        for index, word in enumerate(words):
            if index:
                space = position
                while space < len(text) and _is_space(text[space]):
                    space += 1
                if space == position:
                    return -1
                position = space
            if not folded.startswith(word, position):
                return -1
            position += len(word)
        if closed and position < len(text) and _is_word_char(text[position]):
            return -1
        return position

    def spans(self, text: str, folded: str | None = None) -> list[tuple[int, int]]:
        """(start, end) of every label in ``text``, left to right.  ``folded`` is
        :func:`_fold_text` of it, when the caller has it already."""
        if self._pattern is not None:
            return [match.span() for match in self._pattern.finditer(text)]
        folded = _fold_text(text) if folded is None else folded
        found: list[tuple[int, int, int]] = []  # start, label order, end
        for order, (words, closed) in enumerate(self._labels):
            start = folded.find(words[0])
            while start != -1:
                if not start or not _is_word_char(text[start - 1]):
                    end = self._end(text, folded, start, words, closed)
                    if end != -1:
                        found.append((start, order, end))
                start = folded.find(words[0], start + 1)
        spans: list[tuple[int, int]] = []
        free_from = 0
        for start, _order, end in sorted(found):
            if start >= free_from:
                spans.append((start, end))
                free_from = end
        return spans

    def fullmatch(self, text: str) -> bool:
        """Whether ``text`` is, as a whole, one of the labels."""
        if self._pattern is not None:
            return self._pattern.fullmatch(text) is not None
        folded = _fold_text(text)
        return any(self._end(text, folded, 0, w, c) == len(text) for w, c in self._labels)


def too_short(label: str) -> bool:
    """A label of fewer than 4 letters or digits ("#", "a", "#me") says nothing and
    would be found in nearly any post."""
    return len(regex.findall(r"[\p{L}\p{N}]", label.replace("{employer}", ""))) < 4


def _tag_name(employer: str) -> str:
    """The employer's name as it can stand in a hashtag: "Nordvik Bank" → "NordvikBank"."""
    return "".join(regex.findall(_WORD, employer))


def expand_defaults(templates: Iterable[str], employer: str) -> list[str]:
    """The default labels in the employer's name; those that need a name are left out
    when none is known."""
    labels = []
    for template in templates:
        if "{employer}" in template:
            if not employer:
                continue
            name = _tag_name(employer) if template.startswith("#") else employer
            template = template.replace("{employer}", name)
        labels.append(template)
    return labels


class DisclosureCheck:
    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        params = rule.params
        self._employer = str(params.get("employer", ""))
        phrases: Mapping[str, list[str]] = params.get("phrases", {})
        defaults: Mapping[str, list[str]] = params.get("default_phrases", {})
        self._phrases: dict[str, list[str]] = {
            language: list(phrases.get(language) or expand_defaults(templates, self._employer))
            for language, templates in {**defaults, **phrases}.items()
        }
        self._rejected = {
            language: Labels(labels) for language, labels in params.get("rejected", {}).items()
        }
        # A label that is also rejected ("#ad") never counts, whichever layer added it.
        self._phrases = {
            language: [p for p in labels if not self._is_rejected(p, language)]
            for language, labels in self._phrases.items()
        }
        self._phrases = {language: p for language, p in self._phrases.items() if p}
        # The company's own wording (IT's disclosure_texts, policy/company_wording.py):
        # in its language the one label accepted.  No layer's rejected list drops it.
        self._required: dict[str, list[str]] = {
            language: [p for p in labels if isinstance(p, str) and not too_short(p)]
            for language, labels in params.get(REQUIRED_PHRASES, {}).items()
            if isinstance(labels, list)
        }
        self._required = {language: p for language, p in self._required.items() if p}
        self._accepted = {language: Labels(labels) for language, labels in self._phrases.items()}
        offsets = params.get("max_offset", {})
        self._offsets: dict[str, int] = dict(offsets) if isinstance(offsets, Mapping) else {}
        about = [*params.get("about", []), *([self._employer] if self._employer else [])]
        # Names match at the start of a word and may go on ("Nordvika", "#NordvikTeam").
        self._about = Labels(about, open_end=True)

    def _is_rejected(self, label: str, language: str) -> bool:
        rejected = self._rejected.get(language)
        return rejected is not None and rejected.fullmatch(label.strip())

    @staticmethod
    def _first(labels: Labels, context: CheckContext, folded: str) -> tuple[int, int] | None:
        """The first of ``labels`` outside links: "…/#IWorkAtNordvik" in an address
        is part of the address, not a label anyone reads."""
        for start, end in labels.spans(context.text, folded):
            if not any(u.start < end and start < u.end for u in context.analysis.urls):
                return start, end
        return None

    def _message(self, context: CheckContext, reason: str, **values: Any) -> str:
        """The rule's message for ``missing``; ``messages`` words the other cases."""
        specific = self.rule.params.get("messages", {}).get(reason, {})
        if isinstance(specific, Mapping) and specific:
            template = specific.get(context.message_language) or specific.get("en") or ""
            if template:
                try:
                    return str(template).format(**values)
                except (KeyError, IndexError, ValueError):
                    return str(template)
        return self.rule.message_in(context.message_language, **values)

    def _finding(
        self,
        context: CheckContext,
        start: int,
        end: int,
        reason: str,
        message: str,
        suggestion: str | None,
    ) -> Finding:
        return self.rule.finding(
            start=start,
            end=end,
            text=context.text[start:end],
            message=message,
            suggestions=(suggestion,) if suggestion is not None else (),
            # Asked for the company's wording is, for severities, the label missing.
            reason="missing" if reason in ("no_room", "wording") else reason,
        )

    def _latest_start(self, context: CheckContext, label_length: int) -> int | None:
        """How far from the start a label of ``label_length`` characters may begin."""
        limits = []
        networks = context.networks
        for network in networks:
            offset = self._offsets.get(network, self._offsets.get("default"))
            if isinstance(offset, int):
                limits.append(offset)
            fold = context.rules_of(network).fold
            if fold is not None:
                limits.append(max(0, fold - label_length))
        if not networks and isinstance(self._offsets.get("default"), int):
            limits.append(int(self._offsets["default"]))
        return min(limits) if limits else None

    def _overflow(self, context: CheckContext, text: str) -> int:
        """How many characters ``text`` is over the tightest of the chosen networks."""
        return max(
            (context.rules_of(n).count(text) - context.limit_of(n) for n in context.networks),
            default=0,
        )

    def _insert(
        self, context: CheckContext, phrases: list[str], end: int, before: str, reason: str
    ) -> Finding:
        """A finding over ``[0, end)`` whose fix is the first label that keeps every
        chosen network within its limit, followed by ``before`` (the text that stood
        before a rejected label); when none fits, the message says how much to cut
        for the label needing the least room."""
        rest = context.text[end:]
        cuts = []
        for order, phrase in enumerate(phrases):
            if reason == "missing":
                replacement = f"{phrase} " if rest else phrase
            else:
                replacement = f"{phrase} {before}" if before else phrase
            over = self._overflow(context, replacement + rest)
            if over <= 0:
                message = self._message(context, reason, phrase=phrase)
                return self._finding(context, 0, end, reason, message, replacement)
            cuts.append((over, order, phrase))
        cut, _, phrase = min(cuts)
        message = self._message(context, "no_room", phrase=phrase, cut=cut)
        return self._finding(context, 0, end, "no_room", message, None)

    def applies(self, context: CheckContext, folded: str | None = None) -> bool:
        """Whether the post must disclose: it came from company content, or names the
        employer or a product.  ``folded`` is :func:`_fold_text` of the text, if known."""
        if context.company_content:
            return True
        return bool(self._about.spans(context.text, folded))

    def _labels(self, context: CheckContext, language: str) -> tuple[list[str], Labels]:
        """The accepted labels, in order, and one pattern for them: the feed item's own
        label first (unless it is too short or the policy rejects it), then the policy's."""
        phrases = self._phrases.get(language) or next(iter(self._phrases.values()), [])
        own = context.labels.get(context.language) or context.labels.get(language) or ""
        usable = not too_short(own) and not self._is_rejected(own, language)
        if usable and own not in phrases:
            phrases = [own, *phrases]
            return phrases, Labels(phrases)
        return phrases, self._accepted.get(language) or Labels(phrases)

    def run(self, context: CheckContext) -> list[Finding]:
        language = context.language if context.language in self._phrases else "en"
        required = self._required.get(language)
        phrases, accepted = (
            (required, Labels(required)) if required else self._labels(context, language)
        )
        if not phrases or not accepted:
            return []
        text = context.text
        folded = _fold_text(text)
        if not self.applies(context, folded):
            return []
        present = self._first(accepted, context, folded)
        if present is not None:
            position, end = present
            limit = self._latest_start(context, end - position)
            if limit is None or position <= limit:
                return []
            before = text[:position].rstrip()
            moved = f"{text[position:end]} {before}" if before else text[position:end]
            message = self._message(context, "too_late", phrase=text[position:end])
            return [self._finding(context, 0, end, "too_late", message, moved)]
        if required:
            # Another label (the pack's, the item's own) stands where the company's
            # wording should: one edit puts the wording in its place.
            _, others = self._labels(context, language)
            other = self._first(others, context, folded) if others else None
            if other is not None:
                before = text[: other[0]].rstrip()
                return [self._insert(context, phrases, other[1], before, "wording")]
        rejected = self._rejected.get(language)
        weak = self._first(rejected, context, folded) if rejected is not None else None
        if weak is not None:
            # One edit: drop the weak label and put an accepted one at the start.
            before = text[: weak[0]].rstrip()
            return [self._insert(context, phrases, weak[1], before, "rejected")]
        return [self._insert(context, phrases, 0, "", "missing")]
