"""The policy page's words: kinds, fields, reasons, cases, and the loader's and the
layer merge's refusals in the reader's language.

The refusals come from the same code the app uses (``policy.loader`` and
``policy.layers.tighten``), which words them in English for the command line; each
known sentence is matched here and said again through the translator, the values it
names kept as they are.  An unknown sentence (a newer core) is shown as it came.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from advocate_desktop.policy.inflection import Key
from advocate_desktop.services.policy_editing import RuleProblem


def kind_label(kind: str) -> str:
    labels = {
        "confidential": QCoreApplication.translate("PolicyTexts", "Confidential names"),
        "substitution": QCoreApplication.translate("PolicyTexts", "Spelling"),
        "disclosure": QCoreApplication.translate("PolicyTexts", "Disclosure"),
        "pii": QCoreApplication.translate("PolicyTexts", "Personal data"),
        "secret": QCoreApplication.translate("PolicyTexts", "Keys and tokens"),
        "link": QCoreApplication.translate("PolicyTexts", "Links"),
        "language": QCoreApplication.translate("PolicyTexts", "Language"),
        "pattern": QCoreApplication.translate("PolicyTexts", "Own pattern"),
        "length": QCoreApplication.translate("PolicyTexts", "Length"),
    }
    return labels.get(kind, kind)


def kind_help(kind: str) -> str:
    helps = {
        "confidential": QCoreApplication.translate(
            "PolicyTexts",
            "Client names and codenames that must not be published, in every Polish form.",
        ),
        "substitution": QCoreApplication.translate(
            "PolicyTexts", "Wrong spellings of a name, each with the right one as its fix."
        ),
        "disclosure": QCoreApplication.translate(
            "PolicyTexts",
            "Asks the author to say at the start that they work for the company. It tightens"
            " the built-in disclosure rule.",
        ),
        "pii": QCoreApplication.translate(
            "PolicyTexts", "Personal data: e-mail addresses, phone and identity numbers."
        ),
        "secret": QCoreApplication.translate(
            "PolicyTexts", "API keys, tokens and private keys pasted by mistake."
        ),
        "link": QCoreApplication.translate(
            "PolicyTexts", "Links to blocked sites, to sites outside an allow-list, or plain http."
        ),
        "language": QCoreApplication.translate(
            "PolicyTexts",
            "Swearing and sensitive topics from the shipped word lists, or own words.",
        ),
        "pattern": QCoreApplication.translate(
            "PolicyTexts", "Your own regular expression (the regex package's syntax)."
        ),
        "length": QCoreApplication.translate(
            "PolicyTexts", "At most this many hashtags or @-mentions per network."
        ),
    }
    return helps.get(kind, "")


def field_label(name: str) -> str:
    labels = {
        "id": QCoreApplication.translate("PolicyTexts", "Rule id"),
        "kind": QCoreApplication.translate("PolicyTexts", "Kind"),
        "severity": QCoreApplication.translate("PolicyTexts", "Severity"),
        "severities": QCoreApplication.translate("PolicyTexts", "Severity per reason"),
        "message": QCoreApplication.translate("PolicyTexts", "Message"),
        "link": QCoreApplication.translate("PolicyTexts", "Policy page"),
        "scope": QCoreApplication.translate("PolicyTexts", "Applies to"),
        "exceptions": QCoreApplication.translate("PolicyTexts", "Exceptions"),
        "terms": QCoreApplication.translate("PolicyTexts", "Terms"),
        "replacements": QCoreApplication.translate("PolicyTexts", "Spellings"),
        "employer": QCoreApplication.translate("PolicyTexts", "Employer's name"),
        "about": QCoreApplication.translate("PolicyTexts", "Products and brands"),
        "phrases": QCoreApplication.translate("PolicyTexts", "Accepted labels"),
        "rejected": QCoreApplication.translate("PolicyTexts", "Labels that do not count"),
        "max_offset": QCoreApplication.translate("PolicyTexts", "Label must start within"),
        "types": QCoreApplication.translate("PolicyTexts", "Personal data to find"),
        "region": QCoreApplication.translate("PolicyTexts", "Phone numbers read as in"),
        "countries": QCoreApplication.translate("PolicyTexts", "National numbers of"),
        "typos": QCoreApplication.translate("PolicyTexts", "Report likely typos"),
        "blocked_domains": QCoreApplication.translate("PolicyTexts", "Blocked sites"),
        "allowed_domains": QCoreApplication.translate("PolicyTexts", "Allowed sites"),
        "flag_plain_http": QCoreApplication.translate("PolicyTexts", "Report plain http links"),
        "lists": QCoreApplication.translate("PolicyTexts", "Word lists"),
        "categories": QCoreApplication.translate("PolicyTexts", "Only these categories"),
        "category": QCoreApplication.translate("PolicyTexts", "Category of own terms"),
        "pattern": QCoreApplication.translate("PolicyTexts", "Regular expression"),
        "ignore_case": QCoreApplication.translate("PolicyTexts", "Ignore letter case"),
        "max_hashtags": QCoreApplication.translate("PolicyTexts", "Most hashtags"),
        "max_mentions": QCoreApplication.translate("PolicyTexts", "Most @-mentions"),
    }
    return labels.get(name, name)


def reason_label(reason: str) -> str:
    labels = {
        "internal": QCoreApplication.translate("PolicyTexts", "Internal address"),
        "blocked": QCoreApplication.translate("PolicyTexts", "Blocked site"),
        "not_allowed": QCoreApplication.translate("PolicyTexts", "Site not allowed"),
        "plain_http": QCoreApplication.translate("PolicyTexts", "Plain http"),
        "utm": QCoreApplication.translate("PolicyTexts", "No campaign parameters"),
        "length": QCoreApplication.translate("PolicyTexts", "Too long"),
        "hashtags": QCoreApplication.translate("PolicyTexts", "Too many hashtags"),
        "mentions": QCoreApplication.translate("PolicyTexts", "Too many @-mentions"),
        "missing": QCoreApplication.translate("PolicyTexts", "No label"),
        "rejected": QCoreApplication.translate("PolicyTexts", "Label that does not count"),
        "too_late": QCoreApplication.translate("PolicyTexts", "Label too late"),
    }
    return labels.get(reason, reason)


def language_name(code: str) -> str:
    names = {
        "en": QCoreApplication.translate("PolicyTexts", "English"),
        "pl": QCoreApplication.translate("PolicyTexts", "Polish"),
    }
    return names.get(code, code)


def pii_label(kind: str) -> str:
    labels = {
        "email": QCoreApplication.translate("PolicyTexts", "E-mail addresses"),
        "phone": QCoreApplication.translate("PolicyTexts", "Phone numbers"),
        "pesel": QCoreApplication.translate("PolicyTexts", "PESEL numbers"),
        "nip": QCoreApplication.translate("PolicyTexts", "NIP tax numbers"),
        "regon": QCoreApplication.translate("PolicyTexts", "REGON numbers"),
        "iban": QCoreApplication.translate("PolicyTexts", "Bank accounts (IBAN)"),
        "card": QCoreApplication.translate("PolicyTexts", "Payment cards"),
        "id_card": QCoreApplication.translate("PolicyTexts", "Polish identity cards"),
        "passport": QCoreApplication.translate("PolicyTexts", "Polish passports"),
        "national_id": QCoreApplication.translate("PolicyTexts", "Other national numbers"),
    }
    return labels.get(kind, kind)


def list_label(name: str) -> str:
    labels = {
        "profanity": QCoreApplication.translate("PolicyTexts", "Swearing and insults"),
        "sensitive": QCoreApplication.translate("PolicyTexts", "Sensitive topics"),
    }
    return labels.get(name, name)


def case_label(key: Key) -> str:
    """("pl", "inst") → "plural instrumental" in the reader's language."""
    names = {
        ("sg", "nom"): QCoreApplication.translate("PolicyTexts", "singular nominative"),
        ("sg", "gen"): QCoreApplication.translate("PolicyTexts", "singular genitive"),
        ("sg", "dat"): QCoreApplication.translate("PolicyTexts", "singular dative"),
        ("sg", "acc"): QCoreApplication.translate("PolicyTexts", "singular accusative"),
        ("sg", "inst"): QCoreApplication.translate("PolicyTexts", "singular instrumental"),
        ("sg", "loc"): QCoreApplication.translate("PolicyTexts", "singular locative"),
        ("sg", "voc"): QCoreApplication.translate("PolicyTexts", "singular vocative"),
        ("pl", "nom"): QCoreApplication.translate("PolicyTexts", "plural nominative"),
        ("pl", "gen"): QCoreApplication.translate("PolicyTexts", "plural genitive"),
        ("pl", "dat"): QCoreApplication.translate("PolicyTexts", "plural dative"),
        ("pl", "acc"): QCoreApplication.translate("PolicyTexts", "plural accusative"),
        ("pl", "inst"): QCoreApplication.translate("PolicyTexts", "plural instrumental"),
        ("pl", "loc"): QCoreApplication.translate("PolicyTexts", "plural locative"),
        ("pl", "voc"): QCoreApplication.translate("PolicyTexts", "plural vocative"),
    }
    return names.get(key, f"{key[0]} {key[1]}")


def method_text(method: str, dictionary: bool) -> str:
    """How a term's forms were found, for the reviewer."""
    if method == "dictionary":
        return QCoreApplication.translate(
            "PolicyTexts", "Forms from the Polish dictionary (Morfeusz 2, SGJP)."
        )
    if method.startswith("analogy:"):
        text = QCoreApplication.translate(
            "PolicyTexts", "Not in the dictionary: declined like “%1”. Check the forms."
        )
        if not dictionary:
            text = QCoreApplication.translate(
                "PolicyTexts",
                "Declined like “%1” without the dictionary (Morfeusz 2 is not installed)."
                " Check the forms.",
            )
        return text.replace("%1", method.partition(":")[2])
    return QCoreApplication.translate(
        "PolicyTexts",
        "No Polish forms found. Add them by hand, or choose a noun that declines the same way.",
    )


# The loader's and the layer merge's sentences, and how to say each in the reader's
# language; %1, %2 are the values the sentence names.
_PROBLEMS: tuple[tuple[str, Callable[[], str]], ...] = (
    (
        r'must be "block", "warn" or "suggest"',
        lambda: QCoreApplication.translate("PolicyTexts", "Choose one of the severities offered."),
    ),
    (
        r"required text is missing",
        lambda: QCoreApplication.translate("PolicyTexts", "Fill this in."),
    ),
    (
        r"an object of language → text",
        lambda: QCoreApplication.translate(
            "PolicyTexts", "Write the message in at least one language."
        ),
    ),
    (
        r"the message is empty",
        lambda: QCoreApplication.translate("PolicyTexts", "The message is empty."),
    ),
    (
        r"a non-empty list of terms",
        lambda: QCoreApplication.translate("PolicyTexts", "Add at least one term."),
    ),
    (
        r"a non-empty list",
        lambda: QCoreApplication.translate("PolicyTexts", "Add at least one spelling."),
    ),
    (
        r"at least one wrong spelling",
        lambda: QCoreApplication.translate("PolicyTexts", "Give at least one wrong spelling."),
    ),
    (
        r"a regular expression as text",
        lambda: QCoreApplication.translate("PolicyTexts", "Write a regular expression."),
    ),
    (
        r"rule '.*': invalid pattern: (.*)",
        lambda: QCoreApplication.translate("PolicyTexts", "Not a valid regular expression: %1"),
    ),
    (
        r"'(.*)' is too short to say anything: a label needs 4 letters or more",
        lambda: QCoreApplication.translate(
            "PolicyTexts", "“%1” is too short to say anything: a label needs 4 letters or more."
        ),
    ),
    (
        r"at least one label",
        lambda: QCoreApplication.translate("PolicyTexts", "Give at least one label."),
    ),
    (
        r"a list of country codes from \[(.*)\]",
        lambda: QCoreApplication.translate(
            "PolicyTexts", "Use two-letter country codes from this list: %1"
        ),
    ),
    (
        r'a two-letter country code, such as "PL"',
        lambda: QCoreApplication.translate(
            "PolicyTexts", "Use a two-letter country code, such as PL."
        ),
    ),
    (
        r"name at least one list or give terms",
        lambda: QCoreApplication.translate(
            "PolicyTexts", "Tick at least one word list or add terms."
        ),
    ),
    (
        r"a domain such as careers\.example\.com",
        lambda: QCoreApplication.translate(
            "PolicyTexts", "Write domains such as careers.example.com, one per line."
        ),
    ),
    (
        r"duplicate rule id '(.*)'",
        lambda: QCoreApplication.translate("PolicyTexts", "Another rule already has the id “%1”."),
    ),
    (
        r"cannot change from '(.*)' to '(.*)'",
        lambda: QCoreApplication.translate(
            "PolicyTexts", "A built-in rule of this id checks something else (%1); use another id."
        ),
    ),
    (
        r"cannot lower '(.*)' to '(.*)'",
        lambda: QCoreApplication.translate("PolicyTexts", "Cannot lower the built-in severity."),
    ),
    (
        r"cannot lower '(.*)'",
        lambda: QCoreApplication.translate(
            "PolicyTexts", "Cannot lower the built-in severity for this reason."
        ),
    ),
    (
        r"cannot narrow its networks",
        lambda: QCoreApplication.translate(
            "PolicyTexts", "The built-in rule applies to every network."
        ),
    ),
    (
        r"cannot narrow its languages",
        lambda: QCoreApplication.translate(
            "PolicyTexts", "The built-in rule applies to every language."
        ),
    ),
    (
        r"cannot add exceptions",
        lambda: QCoreApplication.translate(
            "PolicyTexts", "Cannot add exceptions to a built-in rule."
        ),
    ),
    (
        r"cannot switch it off",
        lambda: QCoreApplication.translate(
            "PolicyTexts", "Cannot switch this off in a built-in rule."
        ),
    ),
    (
        r"cannot be redefined",
        lambda: QCoreApplication.translate("PolicyTexts", "Cannot change this in a built-in rule."),
    ),
    (
        r"cannot allow sites the earlier list does not",
        lambda: QCoreApplication.translate(
            "PolicyTexts", "Cannot allow sites the built-in rule does not."
        ),
    ),
    (
        r"cannot narrow it to fewer categories",
        lambda: QCoreApplication.translate(
            "PolicyTexts", "The built-in rule covers every category."
        ),
    ),
    (
        r"this field cannot be changed by a later layer",
        lambda: QCoreApplication.translate("PolicyTexts", "Cannot change this in a built-in rule."),
    ),
)


def problem_text(problem: RuleProblem) -> str:
    """``problem`` in the reader's language."""
    for pattern, template in _PROBLEMS:
        found = re.fullmatch(pattern, problem.problem)
        if found:
            text = template()
            for number, value in enumerate(found.groups(), start=1):
                text = text.replace(f"%{number}", value)
            break
    else:
        text = problem.problem
    if problem.weakens:
        return QCoreApplication.translate(
            "PolicyTexts", "Built-in rules can only be tightened: %1"
        ).replace("%1", text)
    return text
