"""The Polish interface addresses the employee without assuming a gender, capitalises
the forms of address (Ty, Twój) consistently, and says "pakiet treści" and "wydawca"."""

from __future__ import annotations

import html
import re
from pathlib import Path

TS = Path(__file__).resolve().parents[2] / "translations" / "advocate_pl.ts"


def translations() -> list[str]:
    text = TS.read_text(encoding="utf-8")
    return [
        html.unescape(t)
        for t in re.findall(
            r"<(?:translation|numerusform)>([^<]*)</(?:translation|numerusform)>", text
        )
    ]


def offending(pattern: str) -> list[str]:
    return [t for t in translations() if re.search(pattern, t)]


def test_no_gendered_first_or_second_person() -> None:
    # Przeczytałem / przeczytałeś / zrobiłabyś / "sam dodasz", and slashed forms (am, a).
    nouns = {"hasłem", "kanałem", "działem"}  # instrumental nouns end the same way
    verbs = [
        word
        for text in translations()
        for word in re.findall(r"\b\w+(?:łem|łam|łeś|łaś|łbyś|łabyś)\b", text)
        if word not in nouns
    ]
    assert verbs == []
    assert offending(r"\w/(?:am|a|aś)\b|\w\((?:a|am|aś)\)") == []
    assert offending(r"\b(?:sam|sama) (?:dodasz|zrobisz|wybierzesz)\b") == []


def test_the_forms_of_address_are_capitalised() -> None:
    lower = r"\b(?:twój|twoje|twoja|twojej|twoich|twoim|twoimi|twojego|twojemu|ciebie|tobie|tobą)\b"
    assert offending(lower) == []
    assert offending(r"\bTwoimi słowami\b") != []  # the check finds what it looks for


def test_pack_and_signer_have_their_natural_names() -> None:
    assert offending(r"(?i)\bpacz(?:ka|ki|kę|ką|ek|kach|kami)\b") == []
    assert offending(r"(?i)sygnatariusz") == []
    assert offending(r"\bpakiet\w* treści\b") != []
    assert offending(r"\bwydawc\w*") != []
