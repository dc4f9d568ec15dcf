"""A post's text as Bluesky stores and counts it.

The official app shortens every link before it posts: the record's text shows
the host and at most 13 characters of the rest followed by ``...`` when the rest
is longer than 15 characters, and the link facet over that short text carries
the full address (social-app ``toShortUrl`` / ``shortenLinks``).  The composer
counts graphemes of that shortened text, and the server's lexicon limit
(300 graphemes, 3000 UTF-8 bytes) applies to it too, so counting the typed text
would refuse posts the app accepts.  :func:`server_text` is what goes into the
record; :func:`server_length` is what the counter should show.  For the counter and
the policy check, :func:`bluesky_length` / :func:`bluesky_bytes` give the same totals
from the typed text's analysis, and :func:`bluesky_units` / :func:`bluesky_byte_units`
lay them out over the typed text, to find where a text too long stops fitting.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from .counting import Analysis, Unit, atomic_units, graphemes, utf8_bytes

if TYPE_CHECKING:
    from .facets import Facet

MAX_GRAPHEMES = 300
MAX_BYTES = 3000
_SHORT_PATH = 15
_KEPT_PATH = 13


def short_url(url: str) -> str:
    """How the official app shows ``url`` in a post (its ``toShortUrl``)."""
    try:
        parts = urlsplit(url)
        host = parts.netloc.rpartition("@")[2].lower()
    except ValueError:
        return url
    if parts.scheme.lower() not in {"http", "https"} or not host:
        return url
    path = "" if parts.path == "/" else parts.path
    if parts.query:
        path += "?" + parts.query
    if parts.fragment:
        path += "#" + parts.fragment
    if len(path) > _SHORT_PATH:
        return host + path[:_KEPT_PATH] + "..."
    return host + path


@dataclass(frozen=True)
class ServerText:
    """The record's ``text`` and its facets (byte offsets into that text)."""

    text: str
    facets: tuple[Facet, ...]

    @property
    def graphemes(self) -> int:
        return graphemes(self.text)

    @property
    def utf8_bytes(self) -> int:
        return utf8_bytes(self.text)

    @property
    def fits(self) -> bool:
        return self.graphemes <= MAX_GRAPHEMES and self.utf8_bytes <= MAX_BYTES


def server_text(text: str) -> ServerText:
    """``text`` with its links shortened, and every facet moved to the new offsets."""
    # Loaded here: the counter (on the start-up path) needs only the links' short forms.
    from .facets import LINK, Facet, detect_facets

    encoded = text.encode("utf-8")
    pieces: list[bytes] = []
    facets: list[Facet] = []
    position = 0  # in the original bytes
    shift = 0  # new offset minus old offset
    for facet in detect_facets(text):
        pieces.append(encoded[position : facet.byte_start])
        if facet.kind == LINK:
            typed = encoded[facet.byte_start : facet.byte_end].decode("utf-8")
            shown = short_url(typed).encode("utf-8")
            start = facet.byte_start + shift
            facets.append(Facet(LINK, start, start + len(shown), facet.value))
            pieces.append(shown)
            shift += len(shown) - (facet.byte_end - facet.byte_start)
        else:
            facets.append(
                Facet(facet.kind, facet.byte_start + shift, facet.byte_end + shift, facet.value)
            )
            pieces.append(encoded[facet.byte_start : facet.byte_end])
        position = facet.byte_end
    pieces.append(encoded[position:])
    return ServerText(b"".join(pieces).decode("utf-8"), tuple(facets))


def server_length(text: str) -> int:
    """Graphemes Bluesky counts for ``text``: links shortened as the app shows them."""
    return server_text(text).graphemes


def bluesky_length(analysis: Analysis) -> int:
    """:func:`server_length` from the typed text's analysis, without walking its clusters:
    each link's clusters are replaced by its short form's."""
    starts = analysis.starts
    total = len(starts)
    for url in analysis.urls:
        inside = bisect_left(starts, url.end) - bisect_left(starts, url.start)
        total += graphemes(short_url(url.text)) - inside
    return total


def bluesky_bytes(analysis: Analysis) -> int:
    """UTF-8 bytes of the record's text, from the typed text's analysis."""
    return utf8_bytes(analysis.text) + sum(
        utf8_bytes(short_url(url.text)) - utf8_bytes(url.text) for url in analysis.urls
    )


def bluesky_units(analysis: Analysis) -> Iterator[Unit]:
    """Graphemes as the server counts them: each link weighs its short form's graphemes.

    The links are those :func:`server_text` shortens (the same finder), so the total is
    :func:`server_length` of the typed text.
    """
    spans = [(u.start, u.end, graphemes(short_url(u.text))) for u in analysis.urls]
    return atomic_units(analysis.clusters, spans)


def bluesky_byte_units(analysis: Analysis) -> Iterator[Unit]:
    """UTF-8 bytes of the record's text, laid out over the typed text (short links)."""
    spans = [(u.start, u.end, utf8_bytes(short_url(u.text))) for u in analysis.urls]
    return atomic_units(analysis.clusters, spans, utf8_bytes)
