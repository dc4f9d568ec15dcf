"""Each chosen network's limits: the text's length, and where the network sets them,
how many hashtags and @-mentions it takes (Instagram: 30 and 20).

The rules are the account's where the caller gave them (``CheckContext.rules``: a
Mastodon server's own length and link weight), else the network's.

The length finding covers the part that does not fit; a hashtag or mention finding
covers the ones beyond the limit.  A policy may lower the counts per network with
``max_hashtags`` and ``max_mentions``, for networks without a limit of their own too.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from advocate_desktop.policy.checks.base import CheckContext
from advocate_desktop.policy.model import Finding, Rule
from advocate_desktop.text.entities import Span

_DEFAULT_MESSAGES = {
    "hashtags": {
        "en": "Too many hashtags for {network}: {count} of {limit}. Remove the highlighted ones.",
        "pl": "Za dużo hashtagów dla {network}: {count} z {limit}. Usuń zaznaczone.",
    },
    "mentions": {
        "en": "Too many @-mentions for {network}: {count} of {limit}. Remove the highlighted ones.",
        "pl": "Za dużo oznaczeń @ dla {network}: {count} z {limit}. Usuń zaznaczone.",
    },
}


def _limit(built_in: int | None, policy: Mapping[str, int], network: str) -> int | None:
    values = [v for v in (built_in, policy.get(network, policy.get("default"))) if v is not None]
    return min(values) if values else None


class LengthCheck:
    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        self._max_hashtags: Mapping[str, int] = rule.params.get("max_hashtags", {})
        self._max_mentions: Mapping[str, int] = rule.params.get("max_mentions", {})

    def run(self, context: CheckContext) -> list[Finding]:
        findings = []
        for network in context.networks:
            rules = context.rules_of(network)
            result, start = context.measure(network)
            if not result.fits:
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
                        reason="length",
                    )
                )
            for reason, spans, limit in (
                (
                    "hashtags",
                    context.analysis.hashtags,
                    _limit(rules.max_hashtags, self._max_hashtags, network),
                ),
                (
                    "mentions",
                    context.analysis.mentions,
                    _limit(rules.max_mentions, self._max_mentions, network),
                ),
            ):
                if limit is not None and len(spans) > limit:
                    findings.append(self._too_many(context, network, reason, spans, limit))
        return findings

    def _too_many(
        self, context: CheckContext, network: str, reason: str, spans: Sequence[Span], limit: int
    ) -> Finding:
        start, end = spans[limit].start, spans[-1].end
        messages = self.rule.params.get("messages", {}).get(reason) or _DEFAULT_MESSAGES[reason]
        template = messages.get(context.message_language) or messages.get("en") or ""
        values = {"network": context.rules_of(network).label, "count": len(spans), "limit": limit}
        try:
            message = str(template).format(**values)
        except (KeyError, IndexError, ValueError):
            message = str(template)
        return self.rule.finding(
            start=start,
            end=end,
            text=context.text[start:end],
            message=message,
            network=network,
            reason=reason,
        )
