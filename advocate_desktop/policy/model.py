"""Rules, findings and the policy that holds them."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

# The longest text a check accepts: far above any network's limit (the longest,
# Facebook's, is 63,206 characters), low enough that every rule answers within a
# second or so.  Here, not in the engine, so a caller can refuse a text unimported.
MAX_CHECK_CHARACTERS = 100_000


class RuleNotEvaluated(Exception):
    """A check could not decide (its pattern ran out of time); ``reason`` says why.

    The engine turns it into a finding at the rule's severity, never a pass.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Severity(StrEnum):
    BLOCK = "block"
    WARN = "warn"
    SUGGEST = "suggest"

    @property
    def rank(self) -> int:
        return {"block": 0, "warn": 1, "suggest": 2}[self.value]


def strictest(*severities: Severity) -> Severity:
    """The severity that stops the most: ``block`` over ``warn`` over ``suggest``."""
    return min(severities, key=lambda s: s.rank)


# Reasons a rule of a kind reports, each of which ``severities`` may set apart
# ("a blocked host at block, an unknown host at warn").
REASONS: dict[str, tuple[str, ...]] = {
    "link": ("internal", "blocked", "not_allowed", "plain_http", "utm"),
    "length": ("length", "hashtags", "mentions"),
    "disclosure": ("missing", "rejected", "too_late"),
}
# Advice unless the rule says otherwise: a link without campaign parameters.
DEFAULT_REASON_SEVERITY: dict[tuple[str, str], Severity] = {("link", "utm"): Severity.SUGGEST}


#: The personal data a ``pii`` rule can look for (the loader checks names against it).
PII_TYPES = (
    "email",
    "phone",
    "pesel",
    "nip",
    "regon",
    "iban",
    "card",
    "id_card",
    "passport",
    "national_id",
)


@dataclass(frozen=True)
class Scope:
    """Where a rule applies: these networks and languages (empty: all)."""

    networks: frozenset[str] = frozenset()
    languages: frozenset[str] = frozenset()


@dataclass(frozen=True)
class RuleException:
    """An exception written as an object: a phrase that counts only when written
    with a capital (``proper_name``), or every e-mail address and link at a domain
    and its subdomains (``domain``)."""

    text: str = ""
    proper_name: bool = False
    domain: str = ""


@dataclass(frozen=True)
class Rule:
    """One rule of a policy: its kind, severity, messages and parameters."""

    id: str
    kind: str
    severity: Severity
    message: dict[str, str]
    scope: Scope = field(default_factory=Scope)
    link: str | None = None
    exceptions: tuple[str | RuleException, ...] = ()
    params: dict[str, Any] = field(default_factory=dict)
    origin: str = "builtin"
    # Per reason (see REASONS), a severity other than the rule's own.
    severities: dict[str, Severity] = field(default_factory=dict)
    # The fields the rule's document gave, so a later layer that leaves one out
    # keeps the earlier value instead of clearing it.
    given: frozenset[str] = frozenset()

    def severity_for(self, reason: str | None) -> Severity:
        """The severity of a finding for ``reason`` (the rule's own without one)."""
        if reason is None:
            return self.severity
        found = self.severities.get(reason) or DEFAULT_REASON_SEVERITY.get((self.kind, reason))
        return found or self.severity

    @property
    def strictest(self) -> Severity:
        """The strictest severity any finding of this rule can have."""
        return strictest(self.severity, *self.severities.values())

    def finding(
        self,
        *,
        start: int,
        end: int,
        text: str,
        message: str,
        suggestions: tuple[str, ...] = (),
        network: str | None = None,
        severity: Severity | None = None,
        reason: str | None = None,
    ) -> Finding:
        """A finding of this rule over ``text`` at ``[start, end)``, at the severity the
        rule gives ``reason`` (see :meth:`severity_for`) unless ``severity`` is given."""
        return Finding(
            rule=self.id,
            kind=self.kind,
            severity=severity or self.severity_for(reason),
            start=start,
            end=end,
            text=text,
            message=message,
            suggestions=suggestions,
            network=network,
            link=self.link,
        )

    def message_in(self, language: str, **values: object) -> str:
        template = (
            self.message.get(language)
            or self.message.get("en")
            or next(iter(self.message.values()), self.id)
        )
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):
            return template


@dataclass(frozen=True)
class Finding:
    """What a rule found in a text, at ``[start, end)``, and how to fix it."""

    rule: str
    kind: str
    severity: Severity
    start: int
    end: int
    text: str
    message: str
    suggestions: tuple[str, ...] = ()
    network: str | None = None
    link: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "kind": self.kind,
            "severity": self.severity.value,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "message": self.message,
            "suggestions": list(self.suggestions),
        }


@dataclass(frozen=True)
class Policy:
    """The rules a check runs and the length limits it measures posts against."""

    rules: tuple[Rule, ...]
    limits: dict[str, int] = field(default_factory=dict)
    # What a later layer asked for and did not get because it would have weakened
    # an earlier rule, one sentence each (``advocate-pack lint`` shows them).
    notes: tuple[str, ...] = ()
