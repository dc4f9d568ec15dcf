"""Brand and product spellings: "Nordvik pay" should be "NordvikPay", with a one-click fix.

Matches are case-insensitive whole words; the correct spelling itself is never
flagged; nothing inside a link, an e-mail address or a handle is touched, since
changing it would break it.
"""

from __future__ import annotations

from advocate_desktop.policy.checks.base import CheckContext
from advocate_desktop.policy.checks.phrases import PhraseIndex
from advocate_desktop.policy.model import Finding, Rule
from advocate_desktop.text.patterns import LazyPattern

_AT_WORD = LazyPattern(r"@[\w.-]+")  # compiled for the first text with an "@"
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
        self._index: PhraseIndex[str] = PhraseIndex(
            (wrong, entry["right"])
            for entry in rule.params["replacements"]
            for wrong in entry["wrong"]
        )

    def run(self, context: CheckContext) -> list[Finding]:
        text = context.text
        protected = [(u.start, u.end) for u in context.analysis.urls]
        if "@" in text:
            protected += [(_local_start(text, m.start()), m.end()) for m in _AT_WORD.finditer(text)]
        findings = []
        for start, end, right in self._index.find(text, context.words):
            written = text[start:end]
            if written == right:
                continue
            if any(s < end and start < e for s, e in protected):
                continue
            findings.append(
                self.rule.finding(
                    start=start,
                    end=end,
                    text=written,
                    message=self.rule.message_in(
                        context.message_language, match=written, right=right
                    ),
                    suggestions=(right,),
                )
            )
        return findings
