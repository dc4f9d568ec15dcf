"""The disclosure that the author works for the company.

Required when the post mentions the employer or its products (the rule's
``about`` terms; every post when there are none).  Placement matters: Poland's
consumer authority (UOKiK, 2022) wants the marking clear and at the start and
judged a lone "#współpraca" at the end insufficient, so a policy lists

- ``phrases``: accepted labels per language, in order of preference;
- ``rejected``: labels that do not count on their own (e.g. "#współpraca", "#ad");
- ``max_offset``: how far from the start the label may begin, per network
  (``default`` for the rest).

Fixes: a missing label is inserted at the start, choosing the first accepted
phrase that keeps every chosen network within its limit; a label too far from
the start is moved there.
"""

from __future__ import annotations

import regex

from advocate_desktop.policy.checks.base import CheckContext
from advocate_desktop.policy.model import Finding, Rule
from advocate_desktop.text.networks import rules_for


class DisclosureCheck:
    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        self._phrases: dict[str, list[str]] = {
            language: list(values) for language, values in rule.params["phrases"].items()
        }
        self._rejected: dict[str, list[str]] = {
            language: list(values) for language, values in rule.params.get("rejected", {}).items()
        }
        offsets = rule.params.get("max_offset", {})
        self._offsets: dict[str, int] = dict(offsets) if isinstance(offsets, dict) else {}
        about = list(rule.params.get("about", []))
        self._about = (
            regex.compile(
                r"(?<![\p{L}\p{N}])(?:" + "|".join(regex.escape(a) for a in about) + ")",
                regex.IGNORECASE,
            )
            if about
            else None
        )

    def _finding(
        self,
        context: CheckContext,
        start: int,
        end: int,
        reason: str,
        phrase: str,
        suggestion: str | None,
    ) -> Finding:
        return self.rule.finding(
            start=start,
            end=end,
            text=context.text[start:end],
            message=self._message(context, reason, phrase),
            suggestions=(suggestion,) if suggestion is not None else (),
        )

    def _message(self, context: CheckContext, reason: str, phrase: str) -> str:
        """The rule's message for ``missing``; ``messages`` may word the other cases."""
        specific = self.rule.params.get("messages", {}).get(reason, {})
        if isinstance(specific, dict) and specific:
            template = specific.get(context.message_language) or specific.get("en") or ""
            if template:
                return template.format(phrase=phrase)
        return self.rule.message_in(context.message_language, phrase=phrase)

    def _max_offset(self, networks: tuple[str, ...]) -> int | None:
        values = [self._offsets.get(n, self._offsets.get("default")) for n in networks]
        known = [v for v in values if isinstance(v, int)]
        if not networks and isinstance(self._offsets.get("default"), int):
            return int(self._offsets["default"])
        return min(known) if known else None

    def _fitting_phrase(self, context: CheckContext, phrases: list[str]) -> str:
        for phrase in phrases:
            candidate = f"{phrase} {context.text}"
            if all(
                rules_for(n).count(candidate) <= context.limits.get(n, rules_for(n).limit)
                for n in context.networks
            ):
                return phrase
        return min(phrases, key=len)

    def run(self, context: CheckContext) -> list[Finding]:
        phrases = self._phrases.get(context.language) or self._phrases.get("en") or []
        if not phrases:
            return []
        text = context.text
        if self._about is not None and not self._about.search(text):
            return []
        folded = text.casefold()
        positions = [(folded.find(p.casefold()), p) for p in phrases]
        present = sorted((pos, p) for pos, p in positions if pos >= 0)
        if present:
            position, phrase = present[0]
            limit = self._max_offset(context.networks)
            if limit is None or position <= limit:
                return []
            end = position + len(phrase)
            before = text[:position].rstrip()
            moved = f"{text[position:end]} {before}" if before else text[position:end]
            return [self._finding(context, 0, end, "too_late", phrase, moved)]
        rejected = self._rejected.get(context.language, [])
        for label in rejected:
            found = folded.find(label.casefold())
            if found >= 0:
                # One edit: drop the weak label and put an accepted one at the start.
                phrase = self._fitting_phrase(context, phrases)
                end = found + len(label)
                before = text[:found].rstrip()
                fixed = f"{phrase} {before}" if before else phrase
                return [self._finding(context, 0, end, "rejected", phrase, fixed)]
        phrase = self._fitting_phrase(context, phrases)
        return [self._finding(context, 0, 0, "missing", phrase, f"{phrase} ")]
