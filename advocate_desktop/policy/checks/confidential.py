"""Confidential terms: client names and codenames that must not appear.

Matches are case-insensitive, whole words (so "orbita" is not "Orbis"), inside
hashtags too.  A term's listed forms are matched exactly; a term without forms
also matches its common Polish case endings.
"""

from __future__ import annotations

from collections.abc import Mapping

from advocate_desktop.policy.checks.base import CheckContext
from advocate_desktop.policy.checks.phrases import PhraseIndex, normalise
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
)


class ConfidentialCheck:
    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        phrases: list[tuple[str, str]] = []
        for term in rule.params["terms"]:
            if isinstance(term, Mapping):
                base = str(term["term"])
                phrases += [(form, base) for form in (base, *term.get("forms", []))]
            else:
                phrases += [(term + ending, term) for ending in ("", *_POLISH_ENDINGS)]
        self._index = PhraseIndex(phrases)
        self._exceptions = [normalise(e) for e in rule.exceptions]

    def run(self, context: CheckContext) -> list[Finding]:
        if not self.rule.scope.applies(None, context.language):
            return []
        text = context.text
        folded = text.casefold()
        allowed = []
        for exception in self._exceptions:
            position = folded.find(exception)
            while position >= 0:
                allowed.append((position, position + len(exception)))
                position = folded.find(exception, position + 1)
        findings = []
        for start, end, _term in self._index.find(text, context.words):
            if any(s <= start and end <= e for s, e in allowed):
                continue
            findings.append(
                self.rule.finding(
                    start=start,
                    end=end,
                    text=text[start:end],
                    message=self.rule.message_in(context.message_language, match=text[start:end]),
                )
            )
        return findings
