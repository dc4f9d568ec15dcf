"""Confidential terms: client names and codenames that must not appear.

Matches are case-insensitive, whole words (so "orbita" is not "Orbis"), inside
hashtags too.  A term's listed forms are matched exactly; a term without forms
also matches its common Polish case endings.
"""

from __future__ import annotations

from collections.abc import Mapping

import regex

from advocate_desktop.policy.checks.base import CheckContext
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
_WORD = r"[\p{L}\p{M}\p{N}_]"


class ConfidentialCheck:
    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        alternatives: list[str] = []
        for term in rule.params["terms"]:
            if isinstance(term, Mapping):
                base = str(term["term"])
                forms = [base, *term.get("forms", [])]
                alternatives.extend(regex.escape(form) for form in forms)
            else:
                endings = "|".join(regex.escape(e) for e in _POLISH_ENDINGS)
                alternatives.append(f"{regex.escape(term)}(?:{endings})?")
        # Longest first so "Orbisem" wins over "Orbis".
        alternatives.sort(key=len, reverse=True)
        self._pattern = regex.compile(
            rf"(?<!{_WORD})(?:{'|'.join(alternatives)})(?!{_WORD})",
            regex.IGNORECASE | regex.V1,
        )
        self._exceptions = [
            regex.compile(regex.escape(e), regex.IGNORECASE) for e in rule.exceptions
        ]

    def run(self, context: CheckContext) -> list[Finding]:
        if not self.rule.scope.applies(None, context.language):
            return []
        allowed = [(m.start(), m.end()) for e in self._exceptions for m in e.finditer(context.text)]
        findings = []
        for match in self._pattern.finditer(context.text):
            if any(s <= match.start() and match.end() <= e for s, e in allowed):
                continue
            findings.append(
                self.rule.finding(
                    start=match.start(),
                    end=match.end(),
                    text=match.group(0),
                    message=self.rule.message_in(context.message_language, match=match.group(0)),
                )
            )
        return findings
