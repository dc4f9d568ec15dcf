"""Disclosure labels are matched by folding text and labels, not by compiling one big
pattern per policy (which cost a check process tens of milliseconds).  The pattern
the check used before is kept here as the reference: on labels and hostile texts,
the folded matcher must find exactly what that pattern found."""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Iterable

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from advocate_desktop.policy.checks.disclosure import (
    _FOLDABLE,
    Labels,
    _fold_label_char,
    _fold_text_char,
    _variants,
    base_letter,
)

_WORD = r"[\p{L}\p{M}\p{N}_]"


def reference_pattern(labels: Iterable[str], open_end: bool = False) -> regex.Pattern[str] | None:
    """The one pattern the disclosure check compiled before (``token_pattern``)."""
    variants = _variants()
    parts = []
    for label in labels:
        words = label.split()
        if not words:
            continue
        body = []
        for word in words:
            chars = []
            for char in word:
                base = base_letter(char)
                letters = variants.get(base) if len(base) == 1 else None
                chars.append(f"[{regex.escape(letters)}]" if letters else regex.escape(char))
            body.append("".join(chars))
        pattern = rf"(?<!{_WORD})" + r"\s+".join(body)
        if regex.match(_WORD, words[-1][-1]) and not open_end:
            pattern += rf"(?!{_WORD})"
        parts.append(pattern)
    if not parts:
        return None
    return regex.compile("|".join(f"(?:{p})" for p in parts), regex.IGNORECASE)


LABELS = [
    "#pracujęwNordvik",
    "pracuję w Nordvik",
    "pracuję w Nordviku",
    "#IWorkAtNordvik",
    "I work at Nordvik",
    "#ad",
    "#współpraca",
    "#reklama",
    "#sponsored",
    "Łódź team",
    "#żółć",
    "İstanbul",
    "work\u001cat",
    "no-end-",
    "NordvikPay",
    "Nordvik",
    "a",
]
# Characters texts are built from: the labels' own, their variants in every case,
# word characters that must stop a match, separators and marks.
ALPHABET = sorted(
    set("".join(LABELS))
    | set("".join(LABELS).upper())
    | set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻéÉèàÀüÜöÖßẞσςΣıIiİkK\u212a\u212b")
    | set("xX_9٣ \t\n\u00a0\u2003\u001c\u001d\u0085#.,!-\u0301\u0328\u200b")
)


def reference_spans(labels: list[str], text: str, open_end: bool = False) -> list[tuple[int, int]]:
    pattern = reference_pattern(labels, open_end)
    return [] if pattern is None else [m.span() for m in pattern.finditer(text)]


def mutate(label: str, chooser: random.Random) -> str:
    """The label as someone might write it: other case, diacritics dropped or added,
    other white space, glued to a neighbour."""
    out = []
    for char in label:
        roll = chooser.random()
        if char.isspace():
            out.append(chooser.choice([" ", "  ", "\t", "\n", "\u00a0", "\u001c", ""]))
        elif roll < 0.2:
            out.append(char.upper())
        elif roll < 0.35:
            out.append(unicodedata.normalize("NFD", char)[0])
        elif roll < 0.45:
            out.append(chooser.choice(_variants().get(base_letter(char), char)))
        else:
            out.append(char)
    return "".join(out)


def test_folded_labels_find_what_the_pattern_found_on_random_texts() -> None:
    chooser = random.Random(20261130)
    for _ in range(400):
        labels = chooser.sample(LABELS, chooser.randint(1, 5))
        pieces = []
        for _ in range(chooser.randint(1, 6)):
            if chooser.random() < 0.6:
                pieces.append(mutate(chooser.choice(labels), chooser))
            else:
                pieces.append("".join(chooser.choices(ALPHABET, k=chooser.randint(0, 6))))
        text = "".join(pieces)
        for open_end in (False, True):
            expected = reference_spans(labels, text, open_end)
            assert Labels(labels, open_end=open_end).spans(text) == expected, (labels, text)
        pattern = reference_pattern(labels)
        assert pattern is not None
        for piece in pieces:
            stripped = piece.strip()
            expected_full = pattern.fullmatch(stripped) is not None
            assert Labels(labels).fullmatch(stripped) == expected_full, (labels, stripped)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.text(alphabet=[c for c in ALPHABET if c in _FOLDABLE], min_size=1, max_size=12),
        min_size=1,
        max_size=4,
    ),
    st.text(alphabet=ALPHABET, max_size=60),
)
def test_folded_labels_agree_with_the_pattern_on_any_labels(labels: list[str], text: str) -> None:
    for open_end in (False, True):
        assert Labels(labels, open_end=open_end).spans(text) == reference_spans(
            labels, text, open_end
        )


def every_character() -> str:
    """Every code point but surrogates and white space, each between two spaces."""
    return " ".join(
        chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000 and not chr(c).isspace()
    )


def test_folding_matches_what_the_pattern_matches_among_all_code_points() -> None:
    """For label characters of the languages a policy is written in, the text
    characters that fold to the same key are exactly those the pattern matched,
    among every code point (the whole of ``_FOLDABLE`` was checked the same way)."""
    text = every_character()
    by_key: dict[str, set[str]] = {}
    for char in text[::2]:
        by_key.setdefault(_fold_text_char.__wrapped__(char), set()).add(char)
    for label in "AeIs#_ąęłżŹÉ":
        assert label in _FOLDABLE
        pattern = reference_pattern([label])
        assert pattern is not None
        matched = {m.group() for m in pattern.finditer(text)}
        assert matched == by_key.get(_fold_label_char(label), set()), label


def test_labels_with_other_characters_match_as_the_pattern_did() -> None:
    for label in ("#çalışıyorum", "Straße", "ſpecial", "ΣΟΦΙΑ", "#ﾊﾞﾝｸ"):
        assert not _FOLDABLE.issuperset(label)
        labels = Labels([label])
        for text in (label, label.upper(), label.lower(), "x" + label, label + " ok"):
            assert labels.spans(text) == reference_spans([label], text), (label, text)
    assert Labels(["#çalışıyorum"]).spans("#ÇALIŞIYORUM") == [(0, 12)]


def test_a_label_is_a_whole_token() -> None:
    labels = Labels(["#ad", "pracuję w Nordvik"])
    assert labels.spans("#adwokat x#ad") == []
    assert labels.spans("To #AD.") == [(3, 6)]
    assert labels.spans("Pracuje\n w  NORDVIK!") == [(0, 19)]
    assert Labels(["Nordvik"], open_end=True).spans("#NordvikTeam, Nordvika") == [
        (1, 8),
        (14, 21),
    ]
