from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from advocate_desktop.policy.model import Finding, Rule


@dataclass(frozen=True)
class CheckContext:
    text: str
    language: str
    message_language: str
    networks: tuple[str, ...]
    limits: dict[str, int] = field(default_factory=dict)


class CompiledCheck(Protocol):
    rule: Rule

    def run(self, context: CheckContext) -> list[Finding]: ...
