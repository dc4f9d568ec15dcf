"""How much of a post is still the suggested text, word for word.

Posts copied from the suggestion read alike across every employee's account and
look staged; the editor shows this share gently (it never blocks anything).

Both texts are cut into words (letters and digits, case and accents as typed,
compared case-insensitively).  Links, hashtags and @mentions are left out on both
sides: the link, the disclosure hashtag and the campaign's tags are meant to stay,
and keeping them is not copying.  :class:`difflib.SequenceMatcher` then finds the
longest runs of words the two texts share in the same order; runs of at least
:data:`MIN_RUN` words count (a rewrite naturally keeps names and single words), and
the share is the post's words inside them over all the post's words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from .entities import find_urls

# Above this many words the comparison (quadratic at worst) is not worth its time:
# no network takes a post that long, and the editor's meter then shows nothing.
MAX_WORDS = 1_000
MIN_RUN = 3

_WORD = re.compile(r"[#@]?\w+(?:['’]\w+)*")


@dataclass(frozen=True)
class OwnWords:
    """``copied`` of the post's ``words`` are the suggestion's, in its order."""

    words: int
    copied: int
    suggested_words: int

    @property
    def copied_share(self) -> float:
        """0.0 (all the employee's own) to 1.0 (the suggestion word for word)."""
        return self.copied / self.words if self.words else 0.0

    @property
    def own_share(self) -> float:
        return 1.0 - self.copied_share if self.words else 0.0


def words(text: str) -> list[str]:
    """The words that count: lower case, without links, hashtags and mentions."""
    pieces: list[str] = []
    position = 0
    for url in find_urls(text):
        pieces.append(text[position : url.start])
        position = url.end
    pieces.append(text[position:])
    return [
        match.group().casefold()
        for piece in pieces
        for match in _WORD.finditer(piece)
        if match.group()[0] not in "#@"
    ]


def compare(suggested: str, text: str) -> OwnWords | None:
    """How much of ``text`` is ``suggested``; None when there is nothing to compare
    (no suggestion, an empty post) or the texts are too long to compare quickly."""
    reference, post = words(suggested), words(text)
    if not reference or not post or len(reference) > MAX_WORDS or len(post) > MAX_WORDS:
        return None
    matcher = SequenceMatcher(None, reference, post, autojunk=False)
    copied = sum(
        block.size
        for block in matcher.get_matching_blocks()
        if block.size >= min(MIN_RUN, len(reference))
    )
    return OwnWords(words=len(post), copied=copied, suggested_words=len(reference))
