"""Policy: the rules in force, layered from the built-in rules, every pack's policy and
IT's, and whether IT's policy loads at all (when it does not, nothing is published)."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

from advocate_desktop.managed_checks import policy_problem
from advocate_desktop.settings.disclosure_texts import disclosure_layer
from advocate_desktop.settings.managed import ManagedConfig
from advocate_desktop.store.feed_repo import FeedRepository

if TYPE_CHECKING:
    from advocate_desktop.policy.engine import PolicyEngine
    from advocate_desktop.policy.model import Rule

__all__ = ["PolicyInForce", "PolicyService"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PolicyInForce:
    """What the editor and the rules dialog show: the engine, and why publishing is
    blocked by IT's policy (None when it loads)."""

    engine: PolicyEngine
    it_problem: str | None
    it_source: str  # where IT's policy comes from, for the rules dialog


class PolicyService:
    """Builds the policy engine once per change of the layers, on a worker."""

    def __init__(self, feeds: FeedRepository, managed: ManagedConfig) -> None:
        self.managed = managed
        self._feeds = feeds
        self._engine: PolicyEngine | None = None
        self._engine_lock = threading.Lock()
        self._generation = 0
        self._engine_generation = -1
        self._it_lock = threading.Lock()
        self._it_checked = False
        self._it_problem: str | None = None

    def invalidate(self) -> None:
        """The next :meth:`engine` builds anew.  Takes no lock: the GUI thread calls this,
        and a build holds the lock for seconds (the lemmatizer loading)."""
        self._generation += 1

    def engine(self) -> PolicyEngine:
        """Built on a worker: the regex-based checks load there, not on the GUI thread."""
        from advocate_desktop.policy.engine import PolicyEngine
        from advocate_desktop.policy.loader import builtin_rules, combine

        with self._engine_lock:
            generation = self._generation
            if self._engine is None or self._engine_generation != generation:
                policy = combine(builtin_rules(), *self.layers())
                for note in policy.notes:  # a layer that tried to weaken a rule
                    log.warning("policy layer ignored: %s", note)
                self._engine = PolicyEngine(policy)
                self._engine_generation = generation  # an invalidation meanwhile rebuilds
            return self._engine

    def in_force(self) -> PolicyInForce:
        """The engine and IT's policy problem together (on a worker)."""
        return PolicyInForce(self.engine(), self.it_policy_problem(), self.managed.origin("policy"))

    def layers(self) -> list[list[Rule]]:
        """The layers over the built-in rules, in order: every stored pack's policy, then
        IT's.  A pack policy that no longer loads is left out (it loaded when stored);
        IT's is left out when it does not load, and then nothing is published."""
        from advocate_desktop.policy.loader import PolicyError, load_policy_text, parse_policy

        layers: list[list[Rule]] = []
        for source in self._feeds.sources():
            if not source.policy_json:
                continue
            try:
                layers.append(load_policy_text(source.policy_json, source.title or source.location))
            except PolicyError:
                log.warning("a stored pack policy no longer loads: %s", source.location)
        local = self.managed.extra.get("policy")
        if local is not None and self.it_policy_problem() is None:
            try:
                layers.append(parse_policy(local, self.managed.origin("policy")))
            except PolicyError:  # it_policy_problem said it loads: never expected
                log.error("IT's policy stopped loading; publishing is blocked")
        if wording := disclosure_layer(self.managed):  # IT's wording: last, only tightens
            layers.append(wording)
        return layers

    def it_policy_problem(self) -> str | None:
        """Why the policy in IT's managed configuration cannot be used, or None.

        The app then fails safe: content can still be read and drafts written, but
        nothing is published (the editor and the publish gate both refuse) until IT
        fixes it, so no post goes out unchecked by the organisation's rules.
        """
        with self._it_lock:
            if self._it_checked:
                return self._it_problem
        found = policy_problem(self.managed)
        problem = (
            None if found is None else f"{found.source}: {found.pointer or '/'}: {found.problem}"
        )
        if problem is not None:
            log.error("IT's policy cannot be loaded, so publishing is blocked: %s", problem)
        with self._it_lock:
            self._it_checked = True
            self._it_problem = problem
        return problem
