"""IT's disclosure wording per language (``disclosure_texts``): its check and its rule.

``{"en": "I work at Acme.", "pl": "Pracuję w Acme."}``: the sentence a post in that
language must carry at its start, and that "Fix" puts there (see
:mod:`advocate_desktop.policy.company_wording`).  A wording that would not itself
pass as a disclosure under the built-in rule is ignored alone and reported; the
built-in requirement then stands as it is, so nothing is loosened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from advocate_desktop.settings.it_values import escape_pointer
from advocate_desktop.settings.setting import (
    EXPECTED_STR,
    QT_TRANSLATE_NOOP,
    InvalidValue,
    shown,
)

if TYPE_CHECKING:
    from advocate_desktop.policy.model import Rule
    from advocate_desktop.settings.managed import ManagedConfig

KEY = "disclosure_texts"
LANGUAGES = ("en", "pl")  # policy/company_wording.LANGUAGES, without loading the policy

UNKNOWN_LANGUAGE = QT_TRANSLATE_NOOP("ManagedConfig", "no disclosure in %1; the languages are %2")
TOO_SHORT = QT_TRANSLATE_NOOP(
    "ManagedConfig", "%1 is too short to say anything: a disclosure needs 4 letters or more"
)
TOO_LONG = QT_TRANSLATE_NOOP(
    "ManagedConfig",
    "longer than %1 characters: a disclosure must fit at the start of a post",
)
REJECTED = QT_TRANSLATE_NOOP(
    "ManagedConfig",
    "%1 does not say that the author works there (the built-in policy refuses it as a disclosure)",
)
CONTAINS_REJECTED = QT_TRANSLATE_NOOP(
    "ManagedConfig",
    "contains %1, a label the built-in policy refuses as a disclosure",
)
NOT_ONE_LINE = QT_TRANSLATE_NOOP(
    "ManagedConfig", "expected one line of text without control characters"
)

_TEMPLATES = {
    "too_short": TOO_SHORT,
    "too_long": TOO_LONG,
    "rejected": REJECTED,
    "contains_rejected": CONTAINS_REJECTED,
    "not_one_line": NOT_ONE_LINE,
}


def clean_disclosure_texts(
    value: dict[str, Any],
) -> tuple[dict[str, str], list[tuple[str, InvalidValue]]]:
    """The wordings that pass as a disclosure, by language; each other one is a problem
    (its language then keeps the built-in rule's labels)."""
    from advocate_desktop.policy.company_wording import wording_problem

    kept: dict[str, str] = {}
    problems: list[tuple[str, InvalidValue]] = []
    for language, text in value.items():
        here = f"/{escape_pointer(str(language))}"
        if language not in LANGUAGES:
            problems.append(
                (here, InvalidValue(UNKNOWN_LANGUAGE, shown(language), ", ".join(LANGUAGES)))
            )
            continue
        if not isinstance(text, str):
            problems.append((here, InvalidValue(EXPECTED_STR, shown(text))))
            continue
        found = wording_problem(text, language)
        if found is not None:
            problem, concerned = found
            argument = concerned if problem.value == "too_long" else shown(concerned)
            problems.append((here, InvalidValue(_TEMPLATES[problem.value], argument)))
            continue
        kept[language] = text.strip()
    return kept, problems


def disclosure_layer(managed: ManagedConfig) -> list[Rule]:
    """IT's disclosure wording as a policy layer (empty when IT gives none)."""
    texts = managed.extra.get(KEY)
    if not isinstance(texts, dict) or not texts:
        return []
    from advocate_desktop.policy.company_wording import company_disclosure_rule

    rule = company_disclosure_rule(texts, managed.origin(KEY))
    return [rule] if rule is not None else []
