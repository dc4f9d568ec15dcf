"""One module per rule kind.  Each compiles a rule once and then runs it per text."""

from __future__ import annotations

from collections.abc import Callable

from advocate_desktop.policy.checks.base import CheckContext, CompiledCheck
from advocate_desktop.policy.checks.confidential import ConfidentialCheck
from advocate_desktop.policy.checks.disclosure import DisclosureCheck
from advocate_desktop.policy.checks.language import LanguageCheck
from advocate_desktop.policy.checks.length import LengthCheck
from advocate_desktop.policy.checks.link import LinkCheck
from advocate_desktop.policy.checks.pattern import PatternCheck
from advocate_desktop.policy.checks.pii import PiiCheck
from advocate_desktop.policy.checks.secret import SecretCheck
from advocate_desktop.policy.checks.substitution import SubstitutionCheck
from advocate_desktop.policy.model import Rule

COMPILERS: dict[str, Callable[[Rule], CompiledCheck]] = {
    "confidential": ConfidentialCheck,
    "length": LengthCheck,
    "disclosure": DisclosureCheck,
    "pii": PiiCheck,
    "substitution": SubstitutionCheck,
    "link": LinkCheck,
    "secret": SecretCheck,
    "pattern": PatternCheck,
    "language": LanguageCheck,
}

__all__ = ["COMPILERS", "CheckContext", "CompiledCheck"]
