"""Rules, findings and the policy that holds them."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    BLOCK = "block"
    WARN = "warn"
    SUGGEST = "suggest"

    @property
    def rank(self) -> int:
        return {"block": 0, "warn": 1, "suggest": 2}[self.value]


@dataclass(frozen=True)
class Scope:
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
    id: str
    kind: str
    severity: Severity
    message: dict[str, str]
    scope: Scope = field(default_factory=Scope)
    link: str | None = None
    exceptions: tuple[str | RuleException, ...] = ()
    params: dict[str, Any] = field(default_factory=dict)
    origin: str = "builtin"

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
    ) -> Finding:
        """A finding of this rule over ``text`` at ``[start, end)``; ``severity`` lowers
        a finding that is only advice (a missing campaign parameter, say)."""
        return Finding(
            rule=self.id,
            kind=self.kind,
            severity=severity or self.severity,
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
    rules: tuple[Rule, ...]
    limits: dict[str, int] = field(default_factory=dict)
