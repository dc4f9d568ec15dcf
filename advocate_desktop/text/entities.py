"""Where links, mentions and hashtags sit in a text (Python string offsets)."""

from __future__ import annotations

from dataclasses import dataclass

from .patterns import LazyPattern

# A link as the networks linkify it: a scheme, or a "www." host, up to white space;
# trailing punctuation that usually ends a sentence is not part of it.
# Directional formatting marks (LRM, RLM, embeddings, isolates) are never part of a link.
_DIRECTIONAL = "\u200e\u200f\u202a-\u202e\u2066-\u2069"
_URL = LazyPattern(rf"(?<![\w@/.])(?:https?://|www\.)[^\s<>\"{_DIRECTIONAL}]+", ignore_case=True)
_HOST = LazyPattern(r"^(?:https?://)?([^/?#:]+)", ignore_case=True)
_TRAILING = ".,:;!?…'\")]}»”’"
_MENTION = LazyPattern(r"(?<![\w@])@([\p{L}\p{N}_]{1,30})(@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)?")
_HASHTAG = LazyPattern(r"(?<![\w#&])#([\p{L}\p{M}\p{N}_]*\p{L}[\p{L}\p{M}\p{N}_]*)")


@dataclass(frozen=True)
class Span:
    """Where an entity (a link, mention, hashtag) sits in the text, and its text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention(Span):
    """An @mention: the user and, for a fediverse address, the domain."""

    user: str
    domain: str | None


def find_urls(text: str) -> list[Span]:
    spans: list[Span] = []
    if "://" not in text and "www." not in text.lower():
        return spans  # what every link starts with is not there
    for match in _URL.finditer(text):
        value = match.group(0)
        while value and value[-1] in _TRAILING:
            # Keep a closing bracket that balances an opening one inside the URL.
            if value[-1] == ")" and value.count("(") >= value.count(")"):
                break
            value = value[:-1]
        if value.lower() in {"http://", "https://", "www."} or not _valid_host(value):
            continue
        spans.append(Span(match.start(), match.start() + len(value), value))
    return spans


def _valid_host(url: str) -> bool:
    """Hosts as DNS allows them: every label 1-63 characters once IDNA-encoded."""
    match = _HOST.match(url)
    if match is None:
        return False
    for label in match.group(1).rstrip(".").split("."):
        try:
            encoded = label.encode("idna")
        except UnicodeError:  # empty, too long, or not encodable
            return False
        if not 0 < len(encoded) <= 63:
            return False
    return True


def find_mentions(text: str) -> list[Mention]:
    found: list[Mention] = []
    if "@" not in text:
        return found
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
    if "#" not in text:
        return []
    return [Span(m.start(), m.end(), m.group(0)) for m in _HASHTAG.finditer(text)]
