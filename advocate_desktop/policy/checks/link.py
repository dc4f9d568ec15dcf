"""Links: blocked domains (URL shorteners, file sharing, internal hosts), an optional
allow-list, plain http with a fix to https, and links to the shared item's site
without the feed's campaign (UTM) parameters, with a fix that adds them.

Each reason (``internal``, ``blocked``, ``not_allowed``, ``plain_http``, ``utm``)
may have its own severity in ``severities``, so one rule reports a link once: a
blocked host at ``block``, a site outside the allow-list at ``warn``.  A link
without campaign parameters is a ``suggest`` unless the rule says otherwise.
An ``allowed_domains`` list, even an empty one, is an allow-list.

Domains match themselves and their subdomains (``dropbox.com`` covers
``www.dropbox.com``).  Hosts that can only be internal — private and loopback
addresses, ``localhost`` and names under ``.internal``, ``.local``, ``.corp``,
``.lan`` or ``.intranet`` — are always reported, since nobody outside can open them.
"""

from __future__ import annotations

import ipaddress

from advocate_desktop.policy.checks.base import CheckContext
from advocate_desktop.policy.model import Finding, Rule
from advocate_desktop.text.utm import host_of, missing, on_site, with_utm

INTERNAL_SUFFIXES = (".internal", ".local", ".corp", ".lan", ".intranet", ".localdomain")


def is_internal(host: str) -> bool:
    if host == "localhost" or host.endswith(INTERNAL_SUFFIXES) or "." not in host:
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_private or address.is_loopback or address.is_link_local


def _within(host: str, domains: frozenset[str]) -> bool:
    return any(host == d or host.endswith("." + d) for d in domains)


class LinkCheck:
    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        self._blocked = frozenset(d.lower() for d in rule.params.get("blocked_domains", []))
        allowed = rule.params.get("allowed_domains")
        self._allowed = None if allowed is None else frozenset(d.lower() for d in allowed)
        self._plain_http = bool(rule.params.get("flag_plain_http", True))

    def run(self, context: CheckContext) -> list[Finding]:
        findings = []
        for url in context.analysis.urls:
            host = host_of(url.text)
            if is_internal(host):
                reason = "internal"
            elif _within(host, self._blocked):
                reason = "blocked"
            elif self._allowed is not None and not _within(host, self._allowed):
                reason = "not_allowed"
            elif self._plain_http and url.text.lower().startswith("http://"):
                reason = "plain_http"
            elif context.utm and on_site(url.text, context.site) and missing(url.text, context.utm):
                findings.append(self._utm_finding(url.start, url.end, url.text, context))
                continue
            else:
                continue
            suggestions: tuple[str, ...] = ()
            if reason == "plain_http":
                suggestions = ("https://" + url.text[len("http://") :],)
            findings.append(
                self.rule.finding(
                    start=url.start,
                    end=url.end,
                    text=url.text,
                    message=self.rule.message_in(
                        context.message_language,
                        host=host,
                        reason=self._reason(reason, context.message_language),
                    ),
                    suggestions=suggestions,
                    reason=reason,
                )
            )
        return findings

    def _utm_finding(self, start: int, end: int, url: str, context: CheckContext) -> Finding:
        messages = self.rule.params.get("utm_message", {})
        template = messages.get(context.message_language) or messages.get("en") or "{params}"
        params = ", ".join(sorted(missing(url, context.utm)))
        return self.rule.finding(
            start=start,
            end=end,
            text=url,
            message=template.replace("{params}", params),
            suggestions=(with_utm(url, context.utm),),
            reason="utm",
        )

    def _reason(self, reason: str, language: str) -> str:
        reasons = self.rule.params.get("reasons", {})
        texts = reasons.get(language) or reasons.get("en") or {}
        return str(texts.get(reason, reason)) if isinstance(texts, dict) else reason
