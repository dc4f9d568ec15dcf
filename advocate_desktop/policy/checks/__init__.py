"""One module per rule kind.  Each compiles a rule once and then runs it per text.

A kind's module is imported the first time a policy uses that kind, so a check
process pays only for the kinds its policy has (``advocate-pack check`` starts a
fresh process per post).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping

from advocate_desktop.policy.checks.base import CheckContext, CompiledCheck
from advocate_desktop.policy.model import Rule

Compiler = Callable[[Rule], CompiledCheck]

# kind → (module in this package, class)
_CLASSES: dict[str, tuple[str, str]] = {
    "confidential": ("confidential", "ConfidentialCheck"),
    "length": ("length", "LengthCheck"),
    "disclosure": ("disclosure", "DisclosureCheck"),
    "pii": ("pii", "PiiCheck"),
    "substitution": ("substitution", "SubstitutionCheck"),
    "link": ("link", "LinkCheck"),
    "secret": ("secret", "SecretCheck"),
    "pattern": ("pattern", "PatternCheck"),
    "language": ("language", "LanguageCheck"),
}


class _Compilers(Mapping[str, Compiler]):
    """kind → the class that compiles a rule of it, imported on first use."""

    def __getitem__(self, kind: str) -> Compiler:
        module, name = _CLASSES[kind]
        compiler: Compiler = getattr(importlib.import_module(f"{__name__}.{module}"), name)
        return compiler

    def __iter__(self) -> Iterator[str]:
        return iter(_CLASSES)

    def __len__(self) -> int:
        return len(_CLASSES)


COMPILERS: Mapping[str, Compiler] = _Compilers()

__all__ = ["COMPILERS", "CheckContext", "CompiledCheck", "Compiler"]
