"""Credentials in a post: API keys, tokens and private key blocks.

The formats live in ``resources/policy/secrets.json`` as data.  Entropy-based
detectors are deliberately not used: on prose they flag ordinary Polish words.
"""

from __future__ import annotations

import json
from functools import lru_cache

import regex

from advocate_desktop.paths import resources_dir
from advocate_desktop.policy.checks.base import CheckContext
from advocate_desktop.policy.model import Finding, Rule


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, dict[str, str], regex.Pattern[str]], ...]:
    data = json.loads((resources_dir() / "policy" / "secrets.json").read_text(encoding="utf-8"))
    return tuple((p["id"], p["label"], regex.compile(p["regex"])) for p in data["patterns"])


class SecretCheck:
    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        self._patterns = _patterns()

    def run(self, context: CheckContext) -> list[Finding]:
        findings = []
        taken: list[tuple[int, int]] = []
        for _id, label, pattern in self._patterns:
            for match in pattern.finditer(context.text):
                start, end = match.span()
                if any(s < end and start < e for s, e in taken):
                    continue
                taken.append((start, end))
                findings.append(
                    self.rule.finding(
                        start=start,
                        end=end,
                        text=match.group(0),
                        message=self.rule.message_in(
                            context.message_language,
                            type=label.get(context.message_language) or label["en"],
                        ),
                    )
                )
        return findings
