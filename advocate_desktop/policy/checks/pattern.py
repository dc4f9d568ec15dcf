"""A custom regular expression from the communications team, run with a time limit.

The ``regex`` package's timeout stops a catastrophic pattern (``(a+)+$`` on a
long post) instead of freezing the editor; the loader refuses patterns that do
not compile, naming the rule.
"""

from __future__ import annotations

import logging

import regex

from advocate_desktop.policy.checks.base import CheckContext
from advocate_desktop.policy.model import Finding, Rule

log = logging.getLogger(__name__)
TIMEOUT_SECONDS = 0.05


class PatternCheck:
    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        flags = regex.IGNORECASE if rule.params.get("ignore_case", True) else 0
        self._pattern = regex.compile(str(rule.params["pattern"]), flags | regex.V1)

    def run(self, context: CheckContext) -> list[Finding]:
        findings = []
        try:
            for match in self._pattern.finditer(context.text, timeout=TIMEOUT_SECONDS):
                if match.end() == match.start():
                    continue
                findings.append(
                    self.rule.finding(
                        start=match.start(),
                        end=match.end(),
                        text=match.group(0),
                        message=self.rule.message_in(
                            context.message_language, match=match.group(0)
                        ),
                    )
                )
        except TimeoutError:
            log.warning("policy rule %s took too long on this text and was skipped", self.rule.id)
        return findings
