"""Where links, mentions and hashtags sit in a text (Python string offsets)."""

from __future__ import annotations

from dataclasses import dataclass

import regex

# A link as the networks linkify it: a scheme, or a "www." host, up to white space;
# trailing punctuation that usually ends a sentence is not part of it.
_URL = regex.compile(r"(?<![\w@/.])(?:https?://|www\.)[^\s<>\"]+", regex.IGNORECASE)
_TRAILING = ".,:;!?…'\")]}»”’"
_MENTION = regex.compile(r"(?<![\w@])@([\p{L}\p{N}_]{1,30})(@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)?")
_HASHTAG = regex.compile(r"(?<![\w#&])#([\p{L}\p{M}\p{N}_]*\p{L}[\p{L}\p{M}\p{N}_]*)")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention(Span):
    user: str
    domain: str | None


def find_urls(text: str) -> list[Span]:
    spans: list[Span] = []
    for match in _URL.finditer(text):
        value = match.group(0)
        while value and value[-1] in _TRAILING:
            # Keep a closing bracket that balances an opening one inside the URL.
            if value[-1] == ")" and value.count("(") >= value.count(")"):
                break
            value = value[:-1]
        if value.lower() in {"http://", "https://", "www."}:
            continue
        spans.append(Span(match.start(), match.start() + len(value), value))
    return spans


def find_mentions(text: str) -> list[Mention]:
    found: list[Mention] = []
    for match in _MENTION.finditer(text):
        domain = match.group(2)
        found.append(
            Mention(
                match.start(),
                match.end(),
                match.group(0),
                match.group(1),
                domain[1:] if domain else None,
            )
        )
    return found


def find_hashtags(text: str) -> list[Span]:
    return [Span(m.start(), m.end(), m.group(0)) for m in _HASHTAG.finditer(text)]
