"""Each chosen network's length limit; the finding covers the part that does not fit."""

from __future__ import annotations

from advocate_desktop.policy.checks.base import CheckContext
from advocate_desktop.policy.model import Finding, Rule
from advocate_desktop.text.networks import rules_for


class LengthCheck:
    def __init__(self, rule: Rule) -> None:
        self.rule = rule

    def run(self, context: CheckContext) -> list[Finding]:
        findings = []
        for network in context.networks:
            rules = rules_for(network)
            result, start = context.measure(network)
            if result.fits:
                continue
            findings.append(
                self.rule.finding(
                    start=start,
                    end=len(context.text),
                    text=context.text[start:],
                    message=self.rule.message_in(
                        context.message_language,
                        network=rules.label,
                        length=result.length,
                        limit=result.limit,
                        over=result.length - result.limit,
                    ),
                    network=network,
                )
            )
        return findings
