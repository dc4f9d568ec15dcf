"""An employee's personal referral parameter on the links of job offers.

Some careers sites credit the employee who brought a candidate by a parameter on the
link (``?ref=jkowalska``).  The employee sets it once, in Settings, as ``key=value``;
it is off until they turn it on, and then it is added only to links to the item's own
site in the suggested text of items the feed marks as jobs (``_advocacy.kind: "job"``),
exactly like the campaign's UTM parameters: a parameter the link already has is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .utm import add_utm

_KEY = re.compile(r"[A-Za-z][A-Za-z0-9_.\-]{0,39}")
# Unreserved URL characters only: nothing to escape, nothing that reads differently.
_VALUE = re.compile(r"[A-Za-z0-9_.~\-]{1,100}")


class ReferralError(ValueError):
    """The text is not a usable ``key=value``; the message says what to change."""


@dataclass(frozen=True)
class Referral:
    key: str
    value: str

    def text(self) -> str:
        return f"{self.key}={self.value}"


def parse_referral(text: str) -> Referral:
    """``key=value``: a key of letters, digits, ``_ . -`` (starting with a letter, at most
    40), and a value of letters, digits, ``_ . ~ -`` (at most 100)."""
    key, equals, value = text.strip().partition("=")
    if not equals:
        raise ReferralError("write it as key=value, e.g. ref=jkowalska")
    if not _KEY.fullmatch(key):
        raise ReferralError(
            "the name before = uses letters, digits, _ . - only, starts with a letter and has"
            " at most 40 characters"
        )
    if key.lower().startswith("utm_"):
        raise ReferralError("utm_… parameters are the campaign's; choose another name")
    if not _VALUE.fullmatch(value):
        raise ReferralError(
            "the value after = uses letters, digits, _ . ~ - only and has 1 to 100 characters"
        )
    return Referral(key, value)


def check_referral_setting(text: str) -> None:
    """For the settings table: empty (not set) or a valid ``key=value``."""
    if text.strip():
        parse_referral(text)


def add_referral(text: str, referral: Referral | None, site: str) -> str:
    """``text`` with the referral parameter on every link to ``site`` (None: unchanged)."""
    if referral is None:
        return text
    return add_utm(text, {referral.key: referral.value}, site)
