"""The company's own disclosure wording (IT's ``disclosure_texts``) as a policy layer.

IT may give, per language, the sentence its employees use to say they work there
("I work at Acme.").  It becomes one disclosure rule at ``block`` in IT's layer, the
last one, which like every disclosure rule only tightens the built-in one
(:mod:`advocate_desktop.policy.layers`): its ``required_phrases`` make that wording
the one label a post in that language is accepted with, and the one "Fix" puts at
the start.  The built-in requirement stays as it was: when the post must disclose,
where the label must stand, the labels that never count.

``required_phrases`` comes only from here: a policy document (a pack's, or IT's own
``policy``) that names it is refused by the loader, so no pack can set or undo it.

A wording that would not itself pass as a disclosure is refused before it gets here
(:func:`wording_problem`): one too short to say anything, one of the built-in
rule's rejected labels ("#ad", "#sponsored"), one containing such a label, or one
too long to stand at the start of a post.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from advocate_desktop.policy.model import Rule, Severity

#: The languages the wording may be given in: those of the app and the built-in policy.
LANGUAGES = ("en", "pl")
#: The longest wording: it must fit at the start of a post on every network, before
#: the 125 characters Instagram shows before "more" (the shortest fold there is).
MAX_LENGTH = 100
RULE_ID = "it.disclosure_texts"
REQUIRED = "required_phrases"

_MESSAGES = {
    "en": "Say at the start, in your organization's words, that you work there: “{phrase}”."
    " Fix adds it.",
    "pl": "Napisz na początku, słowami Twojej organizacji, że tam pracujesz: „{phrase}”."
    " „Popraw” to doda.",
}
_WORDING_MESSAGES = {
    "en": "Your organization asks for its own words at the start: “{phrase}”. Fix puts them"
    " in place of the label there now.",
    "pl": "Twoja organizacja prosi o swoje słowa na początku: „{phrase}”. „Popraw” wstawi je"
    " w miejsce obecnej etykiety.",
}


class WordingProblem(StrEnum):
    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"
    REJECTED = "rejected"  # one of the built-in rule's labels that do not count
    CONTAINS_REJECTED = "contains_rejected"  # carries such a label inside
    NOT_ONE_LINE = "not_one_line"


def wording_problem(text: str, language: str) -> tuple[WordingProblem, str] | None:
    """Why ``text`` cannot be the company's disclosure in ``language`` (with the label
    concerned), or None.  Reads the built-in policy: call it off the GUI thread."""
    from advocate_desktop.policy.checks.disclosure import Labels, too_short
    from advocate_desktop.policy.loader import builtin_rules

    wording = text.strip()
    if any(ord(c) < 0x20 or ord(c) == 0x7F or c in "\u2028\u2029" for c in wording):
        return WordingProblem.NOT_ONE_LINE, wording
    if len(wording) > MAX_LENGTH:
        return WordingProblem.TOO_LONG, str(MAX_LENGTH)
    if too_short(wording):
        return WordingProblem.TOO_SHORT, wording
    for rule in builtin_rules():
        if rule.kind != "disclosure":
            continue
        rejected = [str(label) for label in rule.params.get("rejected", {}).get(language, [])]
        labels = Labels(rejected)
        if labels.fullmatch(wording):
            return WordingProblem.REJECTED, wording
        spans = labels.spans(wording)
        if spans:
            start, end = spans[0]
            return WordingProblem.CONTAINS_REJECTED, wording[start:end]
    return None


def company_disclosure_rule(texts: Mapping[str, str], origin: str) -> Rule | None:
    """IT's layer's disclosure rule for the wording per language (checked already by
    :func:`wording_problem`); None when there is none."""
    required = {
        language: [text.strip()]
        for language, text in texts.items()
        if language in LANGUAGES and text.strip()
    }
    if not required:
        return None
    return Rule(
        id=RULE_ID,
        kind="disclosure",
        severity=Severity.BLOCK,
        message=dict(_MESSAGES),
        params={REQUIRED: required, "messages": {"wording": dict(_WORDING_MESSAGES)}},
        origin=origin,
        given=frozenset({"id", "kind", "severity", "message", REQUIRED, "messages"}),
    )
