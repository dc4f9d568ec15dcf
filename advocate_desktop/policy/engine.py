"""Runs every rule of a policy over a text and reports findings and lengths."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from advocate_desktop.policy.checks import COMPILERS, CheckContext, CompiledCheck
from advocate_desktop.policy.checks.phrases import Exceptions, covered
from advocate_desktop.policy.model import Finding, Policy, Severity
from advocate_desktop.text.counting import Analysis
from advocate_desktop.text.networks import Measure


@dataclass(frozen=True)
class CheckResult:
    findings: tuple[Finding, ...]
    measures: tuple[Measure, ...]
    # The text's analysis, for the editor's previews of the other networks.
    analysis: Analysis | None = None

    @property
    def blocking(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is Severity.BLOCK)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is Severity.WARN)


class PolicyEngine:
    """Compiles a policy once; :meth:`check` is then cheap enough to run on every edit."""

    def __init__(self, policy: Policy) -> None:
        self.policy = policy
        self._checks: list[tuple[CompiledCheck, Exceptions]] = [
            (COMPILERS[r.kind](r), Exceptions(r.exceptions)) for r in policy.rules
        ]

    def check(
        self,
        text: str,
        *,
        networks: Sequence[str],
        language: str,
        message_language: str | None = None,
        utm: Mapping[str, str] | None = None,
        site: str = "",
    ) -> CheckResult:
        """Every rule over ``text``.  ``utm`` and ``site`` come from the feed item the
        post shares: links to that site should carry its campaign parameters."""
        context = CheckContext(
            text=text,
            language=language,
            message_language=message_language or language,
            networks=tuple(networks),
            limits=dict(self.policy.limits),
            utm=utm or {},
            site=site,
        )
        findings: list[Finding] = []
        for check, exceptions in self._checks:
            scope = check.rule.scope
            if scope.languages and language not in scope.languages:
                continue
            run_in = context
            if scope.networks:  # a rule for some networks runs only for those
                networks_in_scope = tuple(n for n in context.networks if n in scope.networks)
                if not networks_in_scope:
                    continue
                run_in = context.for_networks(networks_in_scope)
            found = check.run(run_in)
            if exceptions and found:  # every kind honours its rule's exceptions
                allowed = exceptions.spans(text)
                found = [f for f in found if not covered(f.start, f.end, allowed)]
            findings.extend(found)
        findings.sort(key=lambda f: (f.start, f.severity.rank, f.rule))
        measures = tuple(context.measure(n)[0] for n in context.networks)
        return CheckResult(tuple(findings), measures, context.analysis)
