"""Personal data in a post: e-mail addresses, phone numbers and identifiers.

Numbers are reported only when their checksum holds, so an order number that
happens to have eleven digits is not called a PESEL:

- PESEL: weights 1-3-7-9, and a real date of birth in its first six digits;
- NIP: weights 6-5-7-2-3-4-5-6-7 modulo 11;
- REGON: 9 digits (weights 8-9-2-3-4-5-6-7) or 14 digits, modulo 11;
- IBAN: ISO 13616 modulo 97 on the rearranged number;
- payment cards: 13-19 digits passing Luhn.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import regex

from advocate_desktop.policy.checks.base import CheckContext
from advocate_desktop.policy.model import Finding, Rule

TYPES = ("email", "phone", "pesel", "nip", "regon", "iban", "card")

# Not after "@": "@jan@social.example" is a Mastodon handle, not an address.
_EMAIL = regex.compile(r"(?<![\w.+@-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])")
_DIGITS = regex.compile(r"(?<![\w+])\d[\d -]{7,28}\d(?![\w])")
# National numbers as Poles write them (601 234 567, (22) 123 45 67); with a
# +country prefix, any grouping of 1-4 digits (+44 20 7946 0958, +1 (555) 010-0199).
_PHONE = regex.compile(
    r"(?<![\w+])(?:"
    r"\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){2,6}"
    r"|(?:\(?\d{2,3}\)?[ -]?)?\d{3}[ -]?\d{2,3}[ -]?\d{2,3}"
    r")(?![\w])"
)
_IBAN = regex.compile(r"(?<![\w])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![\w])")


def pesel_valid(digits: str) -> bool:
    if len(digits) != 11 or not digits.isdigit():
        return False
    weights = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
    check = (10 - sum(int(d) * w for d, w in zip(digits, weights, strict=False)) % 10) % 10
    if check != int(digits[10]):
        return False
    year, month, day = int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
    century = {0: 1900, 20: 2000, 40: 2100, 60: 2200, 80: 1800}.get(month - month % 20)
    if century is None:
        return False
    try:
        date(century + year, month % 20, day)
    except ValueError:
        return False
    return True


def nip_valid(digits: str) -> bool:
    if len(digits) != 10 or not digits.isdigit():
        return False
    weights = (6, 5, 7, 2, 3, 4, 5, 6, 7)
    check = sum(int(d) * w for d, w in zip(digits, weights, strict=False)) % 11
    return check != 10 and check == int(digits[9])


def regon_valid(digits: str) -> bool:
    if not digits.isdigit():
        return False
    weights = {9: (8, 9, 2, 3, 4, 5, 6, 7), 14: (2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8)}.get(
        len(digits)
    )
    if weights is None:
        return False
    check = sum(int(d) * w for d, w in zip(digits, weights, strict=False)) % 11 % 10
    return check == int(digits[-1])


def iban_valid(text: str) -> bool:
    compact = text.replace(" ", "").upper()
    if not 15 <= len(compact) <= 34 or not compact[:2].isalpha() or not compact[2:4].isdigit():
        return False
    rearranged = compact[4:] + compact[:4]
    number = "".join(str(int(char, 36)) for char in rearranged)
    return int(number) % 97 == 1


def luhn_valid(digits: str) -> bool:
    if not 13 <= len(digits) <= 19 or not digits.isdigit() or len(set(digits)) == 1:
        return False
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


_NUMBER_CHECKS: tuple[tuple[str, Callable[[str], bool]], ...] = (
    ("pesel", pesel_valid),
    ("card", luhn_valid),
    ("nip", nip_valid),
    ("regon", regon_valid),
)


class PiiCheck:
    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        wanted = rule.params.get("types", list(TYPES))
        self._types = frozenset(wanted)
        labels = rule.params.get("labels", {})
        self._labels: dict[str, dict[str, str]] = labels if isinstance(labels, dict) else {}

    def _label(self, kind: str, language: str) -> str:
        return self._labels.get(language, {}).get(kind) or self._labels.get("en", {}).get(
            kind, kind
        )

    def run(self, context: CheckContext) -> list[Finding]:
        text = context.text
        urls = [(u.start, u.end) for u in context.analysis.urls]
        spans: list[tuple[int, int, str]] = []

        def free(start: int, end: int) -> bool:
            return not any(s < end and start < e for s, e in urls) and not any(
                s < end and start < e for s, e, _ in spans
            )

        if "email" in self._types:
            spans += [
                (m.start(), m.end(), "email")
                for m in _EMAIL.finditer(text)
                if free(m.start(), m.end())
            ]
        if "iban" in self._types:
            spans += [
                (m.start(), m.end(), "iban")
                for m in _IBAN.finditer(text)
                if iban_valid(m.group(0)) and free(m.start(), m.end())
            ]
        # A digit run that validates as an identifier is that identifier, even when
        # this rule does not report its type: it is never also "a phone number".
        identifiers: list[tuple[int, int]] = []
        for match in _DIGITS.finditer(text):
            candidate = match.group(0).strip(" -")
            digits = regex.sub(r"[ -]", "", candidate)
            for kind, valid in _NUMBER_CHECKS:
                if valid(digits):
                    start = match.start() + match.group(0).index(candidate[0])
                    identifiers.append((start, start + len(candidate)))
                    if kind in self._types and free(start, start + len(candidate)):
                        spans.append((start, start + len(candidate), kind))
                    break
        if "phone" in self._types:
            for match in _PHONE.finditer(text):
                digits = regex.sub(r"\D", "", match.group(0))
                start, end = match.start(), match.end()
                claimed = any(s < end and start < e for s, e in identifiers)
                # With a +country prefix 9-15 digits; without, the 9 of a Polish number.
                international = match.group(0).startswith("+")
                plausible = 9 <= len(digits) <= 15 if international else len(digits) == 9
                if plausible and not claimed and free(start, end):
                    spans.append((start, end, "phone"))
        return [
            self.rule.finding(
                start=start,
                end=end,
                text=text[start:end],
                message=self.rule.message_in(
                    context.message_language, type=self._label(kind, context.message_language)
                ),
            )
            for start, end, kind in sorted(spans)
        ]
