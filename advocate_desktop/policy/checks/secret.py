"""Credentials in a post: API keys, tokens and private key blocks.

The formats live in ``resources/policy/secrets.json`` as data.  Entropy-based
detectors are deliberately not used: on prose they flag ordinary Polish words.

Every format starts with a fixed prefix ("ghp_", "AKIA", "-----BEGIN", …), read
from the pattern itself (:func:`required_prefixes`).  A pattern is compiled and
run only for a text that contains one of its prefixes, so the usual post, with
no credential in it, costs no pattern at all.
"""

from __future__ import annotations

import json
from functools import lru_cache

from advocate_desktop.paths import resources_dir
from advocate_desktop.policy.checks.base import CheckContext
from advocate_desktop.policy.model import Finding, Rule
from advocate_desktop.text.patterns import LazyPattern

_SPECIAL = frozenset("\\[](){}.*+?|^$")


def _literal_prefix(source: str) -> str:
    """The characters at the start of ``source`` that match only themselves."""
    end = 0
    while end < len(source) and source[end] not in _SPECIAL:
        end += 1
    # A quantifier after the last of them ("ab?") makes that one optional.
    if end < len(source) and source[end] in "*+?{":
        end -= 1
    return source[:end]


def _top_level_alternatives(group: str) -> list[str] | None:
    """The alternatives of a group's body, split at the "|" outside character
    classes; None if it has nested groups or escapes, which this does not read."""
    if any(char in group for char in "()\\"):
        return None
    alternatives, current, in_class = [], "", False
    for index, char in enumerate(group):
        if in_class:
            in_class = char != "]"
        elif char == "[":
            if group[index + 1 : index + 2] in ("]", "^"):
                return None  # "[]…]" or a negated class: not worth reading
            in_class = True
        elif char == "|":
            alternatives.append(current)
            current = ""
            continue
        current += char
    return None if in_class else [*alternatives, current]


def _bar_at_top(source: str) -> bool:
    """Whether ``source`` has a "|" outside every group and character class."""
    depth, in_class, index = 0, False, 0
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            index += 1
            if source[index : index + 1] == "^":
                index += 1
            if source[index : index + 1] == "]":  # a "]" first in a class is literal
                index += 1
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
        index += 1
    return False


def required_prefixes(source: str) -> frozenset[str] | None:
    """Strings one of which every match of ``source`` starts with, or None when the
    pattern is not of the simple shape this reads: an optional ``\\b``, then a
    literal, or a non-capturing group of literal-led alternatives."""
    if source.replace("(?:", "").count("(?"):
        return None  # inline flags ("(?i)") or look-arounds: not read
    rest = source.removeprefix(r"\b")
    if rest.startswith("(?:"):
        close = rest.find(")")
        alternatives = _top_level_alternatives(rest[3:close]) if close != -1 else None
        after = rest[close + 1 :]
        if alternatives is None or after[:1] in ("*", "+", "?", "{") or _bar_at_top(after):
            return None
        prefixes = [_literal_prefix(alternative) for alternative in alternatives]
    elif rest.startswith("(") or _bar_at_top(rest):  # other groups; alternatives at the top
        return None
    else:
        prefixes = [_literal_prefix(rest)]
    return frozenset(prefixes) if all(prefixes) else None


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, dict[str, str], frozenset[str] | None, LazyPattern], ...]:
    data = json.loads((resources_dir() / "policy" / "secrets.json").read_text(encoding="utf-8"))
    return tuple(
        (p["id"], p["label"], required_prefixes(p["regex"]), LazyPattern(p["regex"]))
        for p in data["patterns"]
    )


class SecretCheck:
    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        self._patterns = _patterns()

    def run(self, context: CheckContext) -> list[Finding]:
        findings = []
        taken: list[tuple[int, int]] = []
        text = context.text
        for _id, label, prefixes, pattern in self._patterns:
            if prefixes is not None and not any(prefix in text for prefix in prefixes):
                continue  # no match can start anywhere in this text
            for match in pattern.finditer(text):
                start, end = match.span()
                if any(s < end and start < e for s, e in taken):
                    continue
                taken.append((start, end))
                findings.append(
                    self.rule.finding(
                        start=start,
                        end=end,
                        text=match.group(0),
                        message=self.rule.message_in(
                            context.message_language,
                            type=label.get(context.message_language) or label["en"],
                        ),
                    )
                )
        return findings
