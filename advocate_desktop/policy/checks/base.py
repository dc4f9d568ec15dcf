from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from advocate_desktop.policy.model import Finding, Rule

if TYPE_CHECKING:
    from advocate_desktop.policy.checks.phrases import Words
from advocate_desktop.text.counting import Analysis
from advocate_desktop.text.networks import Measure, NetworkRules, measure_analysis, rules_for


@dataclass
class _Shared:
    """What one check computes at most once, also for its narrowed contexts."""

    analysis: Analysis | None = None
    words: Words | None = None


@dataclass
class CheckContext:
    """One text to check and what the checks of it share."""

    text: str
    language: str
    message_language: str
    networks: tuple[str, ...]
    limits: dict[str, int] = field(default_factory=dict)
    # The rules of the account the post goes to, by network name, where they differ
    # from the network's own (a Mastodon server's limits); the caller passes them in.
    rules: Mapping[str, NetworkRules] = field(default_factory=dict)
    # The feed item's campaign parameters and the site they belong on.
    utm: Mapping[str, str] = field(default_factory=dict)
    site: str = ""
    # The post was made from a feed item: it must carry a disclosure; the item's
    # own disclosure labels (language → label) are accepted first.
    company_content: bool = False
    labels: Mapping[str, str] = field(default_factory=dict)
    _measures: dict[str, tuple[Measure, int]] = field(default_factory=dict, repr=False)
    _shared: _Shared = field(default_factory=_Shared, repr=False)

    @property
    def analysis(self) -> Analysis:
        """Shared by every check and network, so clusters and links are found once."""
        if self._shared.analysis is None:
            self._shared.analysis = Analysis(self.text)
        return self._shared.analysis

    @property
    def words(self) -> Words:
        """The text's words, shared by the checks that look up phrases."""
        if self._shared.words is None:
            from advocate_desktop.policy.checks.phrases import Words

            self._shared.words = Words(self.text)
        return self._shared.words

    def for_networks(self, networks: tuple[str, ...]) -> CheckContext:
        """The same check for fewer networks (a rule's scope); caches stay shared."""
        return dataclasses.replace(self, networks=networks)

    def rules_of(self, network: str) -> NetworkRules:
        """The account's rules for ``network`` when given, else the network's own."""
        return self.rules.get(network) or rules_for(network)

    def limit_of(self, network: str) -> int:
        """The length allowed: the account's, or the policy's where that is lower."""
        limit = self.rules_of(network).limit
        return min(limit, self.limits.get(network, limit))

    def measure(self, network: str) -> tuple[Measure, int]:
        """The network's measure and overflow offset, computed once per check."""
        found = self._measures.get(network)
        if found is None:
            rules = self.rules_of(network)
            found = measure_analysis(rules, self.analysis, self.limit_of(network))
            self._measures[network] = found
        return found


class CompiledCheck(Protocol):
    rule: Rule

    def run(self, context: CheckContext) -> list[Finding]: ...
