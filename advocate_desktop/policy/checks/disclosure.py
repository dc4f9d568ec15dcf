"""The disclosure that the author works for the company.

Required when the post mentions the employer or its products (the rule's
``about`` terms; every post when there are none).  The fix inserts the
language's first phrase at the start, where regulators want it.
"""

from __future__ import annotations

import regex

from advocate_desktop.policy.checks.base import CheckContext
from advocate_desktop.policy.model import Finding, Rule


class DisclosureCheck:
    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        self._phrases: dict[str, list[str]] = {
            language: list(values) for language, values in rule.params["phrases"].items()
        }
        about = list(rule.params.get("about", []))
        self._about = (
            regex.compile(
                r"(?<![\p{L}\p{N}])(?:" + "|".join(regex.escape(a) for a in about) + ")",
                regex.IGNORECASE,
            )
            if about
            else None
        )

    def run(self, context: CheckContext) -> list[Finding]:
        if not self.rule.scope.applies(None, context.language):
            return []
        phrases = self._phrases.get(context.language) or self._phrases.get("en") or []
        if not phrases:
            return []
        if self._about is not None and not self._about.search(context.text):
            return []
        folded = context.text.casefold()
        if any(phrase.casefold() in folded for phrase in phrases):
            return []
        return [
            Finding(
                rule=self.rule.id,
                kind=self.rule.kind,
                severity=self.rule.severity,
                start=0,
                end=0,
                text="",
                message=self.rule.message_in(context.message_language, phrase=phrases[0]),
                suggestions=(f"{phrases[0]} ",),
                link=self.rule.link,
            )
        ]
