"""Each chosen network's length limit; the finding covers the part that does not fit."""

from __future__ import annotations

from advocate_desktop.policy.checks.base import CheckContext
from advocate_desktop.policy.model import Finding, Rule
from advocate_desktop.text.networks import measure, rules_for


def overflow_start(network: str, text: str, limit: int) -> int:
    """The first index from which the text no longer fits (binary search on prefixes)."""
    count = rules_for(network).count
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if count(text[:middle]) <= limit:
            low = middle
        else:
            high = middle - 1
    return low


class LengthCheck:
    def __init__(self, rule: Rule) -> None:
        self.rule = rule

    def run(self, context: CheckContext) -> list[Finding]:
        findings = []
        for network in context.networks:
            if not self.rule.scope.applies(network, context.language):
                continue
            result = measure(network, context.text, limit=context.limits.get(network))
            if result.fits:
                continue
            start = overflow_start(network, context.text, result.limit)
            label = rules_for(network).label
            findings.append(
                Finding(
                    rule=self.rule.id,
                    kind=self.rule.kind,
                    severity=self.rule.severity,
                    start=start,
                    end=len(context.text),
                    text=context.text[start:],
                    message=self.rule.message_in(
                        context.message_language,
                        network=label,
                        length=result.length,
                        limit=result.limit,
                        over=result.length - result.limit,
                    ),
                    network=network,
                    link=self.rule.link,
                )
            )
        return findings
