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


def token_pattern(labels: Iterable[str]) -> regex.Pattern[str] | None:
    """One pattern matching any of ``labels`` as a whole token: any case, any white
    space between words, diacritics optional either way."""
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
        if regex.match(_WORD, words[-1][-1]):
            pattern += rf"(?!{_WORD})"
        parts.append(pattern)
    if not parts:
        return None
    return regex.compile("|".join(f"(?:{p})" for p in parts), regex.IGNORECASE)


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
            language: token_pattern(labels)
            for language, labels in params.get("rejected", {}).items()
        }
        # A label that is also rejected ("#ad") never counts, whichever layer added it.
        self._phrases = {
            language: [p for p in labels if not self._is_rejected(p, language)]
            for language, labels in self._phrases.items()
        }
        self._phrases = {language: p for language, p in self._phrases.items() if p}
        self._accepted = {
            language: token_pattern(labels) for language, labels in self._phrases.items()
        }
        offsets = params.get("max_offset", {})
        self._offsets: dict[str, int] = dict(offsets) if isinstance(offsets, Mapping) else {}
        about = [*params.get("about", []), *([self._employer] if self._employer else [])]
        # Names match at the start of a word and may go on ("Nordvika", "#NordvikTeam").
        named = token_pattern(about)
        self._about = (
            regex.compile(named.pattern.replace(rf"(?!{_WORD})", ""), regex.IGNORECASE)
            if named is not None
            else None
        )

    def _is_rejected(self, label: str, language: str) -> bool:
        rejected = self._rejected.get(language)
        return rejected is not None and rejected.fullmatch(label.strip()) is not None

    @staticmethod
    def _first(pattern: Any, context: CheckContext) -> Any:
        """The first match of ``pattern`` outside links: "…/#IWorkAtNordvik" in an
        address is part of the address, not a label anyone reads."""
        for match in pattern.finditer(context.text):
            start, end = match.span()
            if not any(u.start < end and start < u.end for u in context.analysis.urls):
                return match
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
            reason="missing" if reason == "no_room" else reason,
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

    def applies(self, context: CheckContext) -> bool:
        if context.company_content:
            return True
        return self._about is not None and self._about.search(context.text) is not None

    def _labels(self, context: CheckContext, language: str) -> tuple[list[str], Any]:
        """The accepted labels, in order, and one pattern for them: the feed item's own
        label first (unless it is too short or the policy rejects it), then the policy's."""
        phrases = self._phrases.get(language) or next(iter(self._phrases.values()), [])
        own = context.labels.get(context.language) or context.labels.get(language) or ""
        usable = not too_short(own) and not self._is_rejected(own, language)
        if usable and own not in phrases:
            phrases = [own, *phrases]
            return phrases, token_pattern(phrases)
        return phrases, self._accepted.get(language) or token_pattern(phrases)

    def run(self, context: CheckContext) -> list[Finding]:
        language = context.language if context.language in self._phrases else "en"
        phrases, accepted = self._labels(context, language)
        if not phrases or accepted is None or not self.applies(context):
            return []
        text = context.text
        present = self._first(accepted, context)
        if present is not None:
            position, end = present.span()
            limit = self._latest_start(context, end - position)
            if limit is None or position <= limit:
                return []
            before = text[:position].rstrip()
            moved = f"{text[position:end]} {before}" if before else text[position:end]
            message = self._message(context, "too_late", phrase=text[position:end])
            return [self._finding(context, 0, end, "too_late", message, moved)]
        rejected = self._rejected.get(language)
        weak = self._first(rejected, context) if rejected is not None else None
        if weak is not None:
            # One edit: drop the weak label and put an accepted one at the start.
            before = text[: weak.start()].rstrip()
            return [self._insert(context, phrases, weak.end(), before, "rejected")]
        return [self._insert(context, phrases, 0, "", "missing")]
