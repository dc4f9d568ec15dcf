"""Brand and product spellings: "Nordvik pay" should be "NordvikPay", with a one-click fix.

Matches are case-insensitive whole words; the correct spelling itself is never
flagged; nothing inside a link, an e-mail address or a handle is touched, since
changing it would break it.
"""

from __future__ import annotations

import regex

from advocate_desktop.policy.checks.base import CheckContext
from advocate_desktop.policy.model import Finding, Rule

_WORD = r"[\p{L}\p{M}\p{N}_]"
_AT_WORD = regex.compile(r"@[\w.-]+")
_LOCAL_PART = frozenset("._+-")


def _local_start(text: str, at: int) -> int:
    """Where the address or handle ending in ``text[at] == "@"`` begins."""
    start = at
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in _LOCAL_PART):
        start -= 1
    return start


class SubstitutionCheck:
    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        self._right: dict[str, str] = {}
        alternatives = []
        for entry in rule.params["replacements"]:
            for wrong in entry["wrong"]:
                self._right[wrong.casefold()] = entry["right"]
                alternatives.append(regex.escape(wrong))
        alternatives.sort(key=len, reverse=True)
        self._pattern = regex.compile(
            rf"(?<!{_WORD})(?:{'|'.join(alternatives)})(?!{_WORD})", regex.IGNORECASE
        )

    def run(self, context: CheckContext) -> list[Finding]:
        if not self.rule.scope.applies(None, context.language):
            return []
        text = context.text
        protected = [(u.start, u.end) for u in context.analysis.urls]
        if "@" in text:
            protected += [(_local_start(text, m.start()), m.end()) for m in _AT_WORD.finditer(text)]
        findings = []
        for match in self._pattern.finditer(text):
            right = self._right[match.group(0).casefold()]
            if match.group(0) == right:
                continue
            if any(s < match.end() and match.start() < e for s, e in protected):
                continue
            findings.append(
                self.rule.finding(
                    start=match.start(),
                    end=match.end(),
                    text=match.group(0),
                    message=self.rule.message_in(
                        context.message_language, match=match.group(0), right=right
                    ),
                    suggestions=(right,),
                )
            )
        return findings
