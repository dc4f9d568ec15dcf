"""Runs every rule of a policy over a text and reports findings and lengths.

Two promises hold whatever a rule does: a rule that cannot be evaluated (its
pattern ran out of time, or it failed) is a finding at its strictest severity,
never a pass; and a text longer than :data:`MAX_CHECK_CHARACTERS` is refused
with :class:`TextTooLarge` before any rule runs, so a pasted book costs nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from advocate_desktop.policy.checks import COMPILERS, CheckContext, CompiledCheck
from advocate_desktop.policy.checks.phrases import Exceptions, covered
from advocate_desktop.policy.model import (
    MAX_CHECK_CHARACTERS,
    Finding,
    Policy,
    Rule,
    RuleNotEvaluated,
    Severity,
)
from advocate_desktop.text.counting import Analysis
from advocate_desktop.text.networks import Measure, NetworkRules

__all__ = ["MAX_CHECK_CHARACTERS", "CheckResult", "PolicyEngine", "TextTooLarge"]


_NOT_EVALUATED = {
    "en": "Could not check this post against the rule “{rule}” ({why}), so it counts as"
    " breaking it. Shorten or simplify the text, or ask your communications team.",
    "pl": "Nie udało się sprawdzić posta regułą „{rule}” ({why}), więc liczy się jak"
    " naruszenie. Skróć lub uprość tekst albo zapytaj zespół komunikacji.",
}
_WHY = {
    "timeout": {"en": "it took too long on this text", "pl": "trwało to zbyt długo"},
    "error": {"en": "the rule failed", "pl": "reguła zawiodła"},
}


class TextTooLarge(ValueError):
    """The text is longer than a check accepts; nothing was checked."""

    def __init__(self, length: int, limit: int = MAX_CHECK_CHARACTERS) -> None:
        super().__init__(f"the text has {length:,} characters; a check accepts at most {limit:,}")
        self.length = length
        self.limit = limit


def _log_failure(rule_id: str) -> None:
    """Logs the exception being handled; ``logging`` is imported only when a rule fails."""
    import logging

    logging.getLogger(__name__).exception("policy rule %s failed on a text", rule_id)


def not_evaluated(rule: Rule, why: str, language: str) -> Finding:
    """The finding for a rule that could not decide: at its strictest severity."""
    template = _NOT_EVALUATED.get(language, _NOT_EVALUATED["en"])
    reason = _WHY.get(why, _WHY["error"])
    return Finding(
        rule=rule.id,
        kind=rule.kind,
        severity=rule.strictest,
        start=0,
        end=0,
        text="",
        message=template.format(rule=rule.id, why=reason.get(language, reason["en"])),
        link=rule.link,
    )


@dataclass(frozen=True)
class CheckResult:
    """The findings of one check and each chosen network's measure."""

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
        company_content: bool = False,
        labels: Mapping[str, str] | None = None,
        rules: Mapping[str, NetworkRules] | None = None,
    ) -> CheckResult:
        """Every rule over ``text``.  ``utm`` and ``site`` come from the feed item the
        post shares: links to that site should carry its campaign parameters;
        ``company_content`` says the post was made from one, so it must disclose;
        ``labels`` are that item's disclosure labels per language, accepted first;
        ``rules`` are the account's own text rules by network name (a Mastodon server's
        limits), used instead of the network's.

        Raises :class:`TextTooLarge` for a text over :data:`MAX_CHECK_CHARACTERS`."""
        if len(text) > MAX_CHECK_CHARACTERS:
            raise TextTooLarge(len(text))
        context = CheckContext(
            text=text,
            language=language,
            message_language=message_language or language,
            networks=tuple(networks),
            limits=dict(self.policy.limits),
            utm=utm or {},
            site=site,
            company_content=company_content,
            labels=labels or {},
            rules=rules or {},
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
            try:
                found = check.run(run_in)
            except RuleNotEvaluated as error:
                findings.append(not_evaluated(check.rule, error.reason, context.message_language))
                continue
            except Exception:  # a failing rule must not pass the post, nor stop the others
                _log_failure(check.rule.id)
                findings.append(not_evaluated(check.rule, "error", context.message_language))
                continue
            if exceptions and found:  # every kind honours its rule's exceptions
                allowed = exceptions.spans(text)
                found = [f for f in found if not covered(f.start, f.end, allowed)]
            findings.extend(found)
        findings.sort(key=lambda f: (f.start, f.severity.rank, f.rule))
        measures = tuple(context.measure(n)[0] for n in context.networks)
        return CheckResult(tuple(findings), measures, context.analysis)
