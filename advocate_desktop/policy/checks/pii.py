"""Personal data in a post: e-mail addresses, phone numbers and identifiers.

Numbers are reported only when their checksum holds, so an order number that
happens to have eleven digits is not called a PESEL.  The checksums and formats
come from ``python-stdnum``: PESEL (with its date of birth), NIP, REGON, IBAN
(each country's length and format), Luhn for payment cards, and the national
identifiers of the countries a rule names in ``countries`` (a German Steuer-ID,
a Czech rodné číslo, …).  Phone numbers are found by ``phonenumbers`` (Google's
libphonenumber) in running text, read for the rule's ``region`` (Poland unless
it says otherwise): a number valid there, or any possible number written with
its +country prefix.

What stdnum lacks is here, in the same shape: the Polish identity card (three
letters and six digits, weights 7-3-1-9-7-3-1-7-3 with the check digit fourth)
and the Polish passport (two letters and seven digits, weights 7-3-9-1-7-3-1-7-3
with the check digit third).

A rule with ``"typos": true`` also reports, at ``suggest``, a number shaped like
an IBAN (a known country's length) or a PESEL (a real date of birth) whose check
digit is wrong: someone meant to write one, and may have mistyped it.  By
default such numbers are not reported at all.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Mapping
from types import ModuleType
from typing import Any

from advocate_desktop.policy.checks.base import CheckContext
from advocate_desktop.policy.model import PII_TYPES, Finding, Rule, Severity
from advocate_desktop.text.patterns import LazyPattern

TYPES = PII_TYPES
# The stdnum module of each country's personal identifier, for "countries".
NATIONAL_IDS: Mapping[str, tuple[str, ...]] = {
    "at": ("at.vnr",),
    "be": ("be.nn",),
    "bg": ("bg.egn",),
    "ch": ("ch.ssn",),
    "cz": ("cz.rc",),
    "de": ("de.idnr",),
    "dk": ("dk.cpr",),
    "ee": ("ee.ik",),
    "es": ("es.dni", "es.nie"),
    "fi": ("fi.hetu",),
    "fr": ("fr.nir",),
    "gb": ("gb.nhs",),
    "gr": ("gr.amka",),
    "hr": ("hr.oib",),
    "ie": ("ie.pps",),
    "it": ("it.codicefiscale",),
    "lt": ("lt.asmens",),
    "nl": ("nl.bsn",),
    "no": ("no.fodselsnummer",),
    "pt": ("pt.cc",),
    "ro": ("ro.cnp",),
    "se": ("se.personnummer",),
    "si": ("si.emso",),
    "sk": ("sk.rc",),
}
DEFAULT_REGION = "PL"
TYPO_MESSAGE = {
    "en": "This looks like {type} with a typo: its check digit does not match. Check it.",
    "pl": "To wygląda na {type} z literówką: cyfra kontrolna się nie zgadza. Sprawdź go.",
}

# Not after "@": "@jan@social.example" is a Mastodon handle, not an address.
# Compiled when a post first needs them: a post without "@" never compiles the
# address pattern, one without a digit none of the number patterns.
_EMAIL = LazyPattern(r"(?<![\w.+@-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])")
_WORD_CHAR = LazyPattern(r"\w")
_DIGITS = LazyPattern(r"(?<![\w+])\d[\d -]{7,28}\d(?![\w])")
_IBAN = LazyPattern(r"(?<![\w])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![\w])")
_ID_CARD = LazyPattern(r"(?<![\w])[A-Z]{3} ?\d{6}(?![\w])")
_PASSPORT = LazyPattern(r"(?<![\w])[A-Z]{2} ?\d{7}(?![\w])")
# A national identifier as written: letters and digits, perhaps with . / - inside.
_NATIONAL = LazyPattern(r"(?<![\w./-])[0-9A-Z](?:[0-9A-Z]|[./-](?=[0-9A-Z])){6,24}(?![\w])")
# A decimal digit (category Nd, as ``\d`` means above).  Every identifier and phone
# number is validated with Python's digits, so without one there is nothing to find.
_ANY_DIGIT = re.compile(r"\d")


#: The python-stdnum modules imported below besides the national identifiers.
_STDNUM_OWN = ("pl.pesel", "pl.nip", "pl.regon", "iban", "luhn")


def stdnum_modules() -> list[str]:
    """Every python-stdnum module this check imports by name: the bundle's spec
    (packaging/pyinstaller) includes these, and only these."""
    return sorted({*_STDNUM_OWN, *(name for names in NATIONAL_IDS.values() for name in names)})


def _stdnum(name: str) -> ModuleType:
    return importlib.import_module(f"stdnum.{name}")


def pesel_valid(digits: str) -> bool:
    """Check digit and a real date of birth in the first six digits."""
    return digits.isdigit() and bool(_stdnum("pl.pesel").is_valid(digits))


def pesel_shaped(digits: str) -> bool:
    """Eleven digits starting with a real date of birth: a PESEL, its check digit aside."""
    if len(digits) != 11 or not digits.isdigit():
        return False
    fixed = digits[:10] + str(_stdnum("pl.pesel").calc_check_digit(digits[:10]))
    return pesel_valid(fixed)


def nip_valid(digits: str) -> bool:
    return digits.isdigit() and bool(_stdnum("pl.nip").is_valid(digits))


def regon_valid(digits: str) -> bool:
    return digits.isdigit() and bool(_stdnum("pl.regon").is_valid(digits))


def iban_valid(text: str) -> bool:
    """Mod 97 and the length and format of the country's IBAN."""
    return bool(_stdnum("iban").is_valid(text))


def iban_shaped(text: str) -> bool:
    """A known country's IBAN length and format, its check digits aside."""
    iban = _stdnum("iban")
    compact = iban.compact(text)
    if len(compact) < 5 or not compact[:2].isalpha():
        return False
    fixed = compact[:2] + iban.calc_check_digits(compact) + compact[4:]
    return bool(iban.is_valid(fixed))


def luhn_valid(digits: str) -> bool:
    """A payment card: 13-19 digits passing Luhn, not one digit repeated."""
    if not 13 <= len(digits) <= 19 or not digits.isdigit() or len(set(digits)) == 1:
        return False
    return bool(_stdnum("luhn").is_valid(digits))


def _letters_and_digits(text: str) -> list[int]:
    return [int(char, 36) for char in text]


def id_card_valid(text: str) -> bool:
    """A Polish identity card number: ABC + six digits, the first of them the check digit."""
    compact = text.replace(" ", "")
    if len(compact) != 9 or not compact[:3].isalpha() or not compact[3:].isdigit():
        return False
    values = _letters_and_digits(compact.upper())
    weights = (7, 3, 1, 9, 7, 3, 1, 7, 3)
    return sum(v * w for v, w in zip(values, weights, strict=True)) % 10 == 0


def passport_valid(text: str) -> bool:
    """A Polish passport number: two letters + seven digits, the first the check digit."""
    compact = text.replace(" ", "")
    if len(compact) != 9 or not compact[:2].isalpha() or not compact[2:].isdigit():
        return False
    values = _letters_and_digits(compact.upper())
    weights = (7, 3, 9, 1, 7, 3, 1, 7, 3)
    return sum(v * w for v, w in zip(values, weights, strict=True)) % 10 == 0


_NUMBER_CHECKS: tuple[tuple[str, Callable[[str], bool]], ...] = (
    ("pesel", pesel_valid),
    ("card", luhn_valid),
    ("nip", nip_valid),
    ("regon", regon_valid),
)


def national_id_checks(countries: list[str]) -> list[Callable[[str], bool]]:
    checks: list[Callable[[str], bool]] = []
    for country in countries:
        for name in NATIONAL_IDS[country]:
            checks.append(_stdnum(name).is_valid)
    return checks


class PiiCheck:
    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        wanted = rule.params.get("types", list(TYPES))
        self._types = frozenset(wanted)
        labels = rule.params.get("labels", {})
        self._labels: dict[str, dict[str, str]] = labels if isinstance(labels, dict) else {}
        self._region = str(rule.params.get("region", DEFAULT_REGION)).upper()
        self._typos = bool(rule.params.get("typos", False))
        typo_message = rule.params.get("typo_message", TYPO_MESSAGE)
        self._typo_message: dict[str, str] = dict(typo_message)
        self._national = national_id_checks(list(rule.params.get("countries", [])))

    def _label(self, kind: str, language: str) -> str:
        return self._labels.get(language, {}).get(kind) or self._labels.get("en", {}).get(
            kind, kind
        )

    def run(self, context: CheckContext) -> list[Finding]:
        text = context.text
        urls = [(u.start, u.end) for u in context.analysis.urls]
        spans: list[tuple[int, int, str, bool]] = []  # start, end, type, a typo?

        def free(start: int, end: int) -> bool:
            return not any(s < end and start < e for s, e in urls) and not any(
                s < end and start < e for s, e, _, _ in spans
            )

        if "email" in self._types and "@" in text:
            spans += [
                (m.start(), m.end(), "email", False)
                for m in _EMAIL.finditer(text)
                if free(m.start(), m.end())
            ]
        if _ANY_DIGIT.search(text) is None:
            return [self._finding(context, *span) for span in sorted(spans)]
        if "iban" in self._types:
            for m in _IBAN.finditer(text):
                if not free(m.start(), m.end()):
                    continue
                if iban_valid(m.group(0)):
                    spans.append((m.start(), m.end(), "iban", False))
                elif self._typos and iban_shaped(m.group(0)):
                    spans.append((m.start(), m.end(), "iban", True))
        documents: tuple[tuple[str, LazyPattern, Callable[[str], bool]], ...] = (
            ("id_card", _ID_CARD, id_card_valid),
            ("passport", _PASSPORT, passport_valid),
        )
        for kind, pattern, valid in documents:
            if kind in self._types:
                spans += [
                    (m.start(), m.end(), kind, False)
                    for m in pattern.finditer(text)
                    if valid(m.group(0)) and free(m.start(), m.end())
                ]
        # A digit run that validates as an identifier is that identifier, even when
        # this rule does not report its type: it is never also "a phone number".
        identifiers: list[tuple[int, int]] = []
        for match in _DIGITS.finditer(text):
            candidate = match.group(0).strip(" -")
            digits = candidate.replace(" ", "").replace("-", "")
            start = match.start() + match.group(0).index(candidate[0])
            end = start + len(candidate)
            for kind, valid in _NUMBER_CHECKS:
                if valid(digits):
                    identifiers.append((start, end))
                    if kind in self._types and free(start, end):
                        spans.append((start, end, kind, False))
                    break
            else:
                if self._typos and "pesel" in self._types and pesel_shaped(digits):
                    identifiers.append((start, end))
                    if free(start, end):
                        spans.append((start, end, "pesel", True))
        if self._national and "national_id" in self._types:
            candidates = [(m.group(0), *m.span()) for m in _NATIONAL.finditer(text)]
            candidates += [(m.group(0).strip(" -"), *m.span()) for m in _DIGITS.finditer(text)]
            for candidate, start, end in candidates:
                if sum(c.isdigit() for c in candidate) < 6:
                    continue
                start += text[start:end].index(candidate[0])
                end = start + len(candidate)
                if any(check(candidate) for check in self._national):
                    identifiers.append((start, end))
                    if free(start, end):
                        spans.append((start, end, "national_id", False))
        if "phone" in self._types:
            spans += self._phones(text, identifiers, free)
        return [self._finding(context, *span) for span in sorted(spans)]

    def _phones(
        self,
        text: str,
        identifiers: list[tuple[int, int]],
        free: Callable[[int, int], bool],
    ) -> list[tuple[int, int, str, bool]]:
        found: list[tuple[int, int, str, bool]] = []
        if sum(c.isdigit() for c in text) < 7:
            return found  # no number to dial, and libphonenumber is not even loaded
        import phonenumbers

        # A number valid in the region; with its +country prefix, any possible one
        # (a fictional +1 555 number is still a number someone can dial).
        for match in phonenumbers.PhoneNumberMatcher(
            text, self._region, leniency=phonenumbers.Leniency.POSSIBLE
        ):
            start, end = match.start, match.end
            if (start and _WORD_CHAR.match(text[start - 1])) or _WORD_CHAR.match(text, end):
                continue  # digits inside a code ("ABA3000000"), not a number on its own
            international = match.raw_string.startswith("+")
            if not (international or phonenumbers.is_valid_number(match.number)):
                continue
            claimed = any(s < end and start < e for s, e in identifiers)
            if not claimed and free(start, end):
                found.append((start, end, "phone", False))
        return found

    def _finding(
        self, context: CheckContext, start: int, end: int, kind: str, typo: bool
    ) -> Finding:
        language = context.message_language
        label = self._label(kind, language)
        if typo:
            template = self._typo_message.get(language) or self._typo_message.get("en", "")
            message = template.replace("{type}", label)
        else:
            message = self.rule.message_in(language, type=label)
        return self.rule.finding(
            start=start,
            end=end,
            text=context.text[start:end],
            message=message,
            severity=Severity.SUGGEST if typo else None,
        )


def option_problems(params: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(key, problem) for each PII option a policy got wrong, for the loader."""
    problems: list[tuple[str, str]] = []
    countries = params.get("countries", [])
    if not isinstance(countries, list) or not all(c in NATIONAL_IDS for c in countries):
        problems.append(("countries", f"a list of country codes from {sorted(NATIONAL_IDS)}"))
    region = params.get("region", DEFAULT_REGION)
    if not isinstance(region, str) or len(region) != 2 or not region.isalpha():
        problems.append(("region", 'a two-letter country code, such as "PL"'))
    if not isinstance(params.get("typos", False), bool):
        problems.append(("typos", "true or false"))
    message = params.get("typo_message", TYPO_MESSAGE)
    if (
        not isinstance(message, Mapping)
        or not message
        or not all(isinstance(k, str) and isinstance(v, str) for k, v in message.items())
    ):
        problems.append(("typo_message", "an object of language → text"))
    return problems
