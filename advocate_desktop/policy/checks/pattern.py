"""A custom regular expression from the communications team, run with a time limit.

The ``regex`` package's timeout stops a catastrophic pattern (``(a+)+$`` on a
long post) instead of freezing the editor.  A pattern that runs out of time has
not checked the post, so it raises :class:`~advocate_desktop.policy.model.RuleNotEvaluated`
and the engine reports that as a finding at the rule's severity: a ``block``
rule that cannot be evaluated blocks.  The loader refuses patterns that do not
compile, naming the rule.
"""

from __future__ import annotations

import regex

from advocate_desktop.policy.checks.base import CheckContext
from advocate_desktop.policy.model import Finding, Rule, RuleNotEvaluated

TIMEOUT_SECONDS = 0.05
# Longer texts get more time, so an ordinary pattern on the longest text the
# check accepts (100,000 characters) is not cut off: up to half a second more.
SECONDS_PER_CHARACTER = 0.5 / 100_000


def time_limit(text: str) -> float:
    return TIMEOUT_SECONDS + len(text) * SECONDS_PER_CHARACTER


class PatternCheck:
    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        flags = regex.IGNORECASE if rule.params.get("ignore_case", True) else 0
        self._pattern = regex.compile(str(rule.params["pattern"]), flags | regex.V1)

    def run(self, context: CheckContext) -> list[Finding]:
        findings = []
        try:
            for match in self._pattern.finditer(context.text, timeout=time_limit(context.text)):
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
            raise RuleNotEvaluated("timeout") from None
        return findings
