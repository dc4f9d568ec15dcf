"""Bluesky rich-text facets: links, mentions and hashtags with UTF-8 byte offsets.

Follows the rules of the AT Protocol reference implementation: a mention is an
``@`` handle that looks like a domain (``alice.bsky.social``; ``.test`` for
local servers), a tag is ``#`` plus at most 64 characters that are not all
digits, with trailing punctuation dropped, and every offset counts UTF-8 bytes.
Mentions carry the handle; the publisher resolves it to a DID.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import regex

from .entities import find_urls

_MENTION = regex.compile(r"(?:^|(?<=[\s(]))@([a-zA-Z0-9.-]+)")
_LABEL = regex.compile(r"^[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$")
_INVISIBLE = "\\u00ad\\u2060\\u200a\\u200b\\u200c\\u200d\\u20e2"
_TAG = regex.compile(
    rf"(?:^|(?<=\s))[#＃]((?!\ufe0f)[^\s{_INVISIBLE}]*[^\d\s\p{{P}}{_INVISIBLE}]+"
    rf"[^\s{_INVISIBLE}]*)"
)
_TRAILING_PUNCTUATION = regex.compile(r"\p{P}+$")
MAX_TAG_LENGTH = 64

LINK, MENTION, TAG = "link", "mention", "tag"


@dataclass(frozen=True)
class Facet:
    kind: str
    byte_start: int
    byte_end: int
    value: str  # the URI, the handle, or the tag without '#'

    def to_record(self, dids: Mapping[str, str] | None = None) -> dict[str, Any] | None:
        """The ``app.bsky.richtext.facet`` object; None for a mention with no known DID."""
        if self.kind == LINK:
            feature: dict[str, Any] = {"$type": "app.bsky.richtext.facet#link", "uri": self.value}
        elif self.kind == TAG:
            feature = {"$type": "app.bsky.richtext.facet#tag", "tag": self.value}
        else:
            did = (dids or {}).get(self.value.lower())
            if did is None:
                return None
            feature = {"$type": "app.bsky.richtext.facet#mention", "did": did}
        return {
            "index": {"byteStart": self.byte_start, "byteEnd": self.byte_end},
            "features": [feature],
        }


def is_handle(handle: str) -> bool:
    labels = handle.split(".")
    if len(labels) < 2 or len(handle) > 253:
        return False
    if not all(_LABEL.match(label) for label in labels):
        return False
    return labels[-1].isalpha() or handle.endswith(".test")


def detect_facets(text: str) -> list[Facet]:
    def byte(index: int) -> int:
        return len(text[:index].encode("utf-8"))

    facets: list[Facet] = []
    for url in find_urls(text):
        uri = url.text if "://" in url.text else f"https://{url.text}"
        facets.append(Facet(LINK, byte(url.start), byte(url.end), uri))
    taken = [(f.byte_start, f.byte_end) for f in facets]
    for match in _MENTION.finditer(text):
        handle = match.group(1).rstrip(".")
        if not is_handle(handle):
            continue
        start, end = match.start(), match.start() + 1 + len(handle)
        if not _overlaps(byte(start), byte(end), taken):
            facets.append(Facet(MENTION, byte(start), byte(end), handle))
    for match in _TAG.finditer(text):
        tag = _TRAILING_PUNCTUATION.sub("", match.group(1))
        if not tag or len(tag) > MAX_TAG_LENGTH:
            continue
        start, end = match.start(), match.start(1) + len(tag)
        if not _overlaps(byte(start), byte(end), taken):
            facets.append(Facet(TAG, byte(start), byte(end), tag))
    return sorted(facets, key=lambda f: f.byte_start)


def _overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return any(start < other_end and other_start < end for other_start, other_end in taken)
