"""How a post reads on each network: the same words, links shown as its apps show them.

Mastodon's web app hides the scheme and "www." and shows at most the first 30
characters of the rest, with an ellipsis; X's apps shorten links the same way after
25 characters.  Bluesky shows the record's text, into which the official app writes
every link shortened (host, then at most 13 characters and "...": text/bluesky.py),
so its preview is that text.  LinkedIn and Threads show links as typed.
"""

from __future__ import annotations

from collections.abc import Sequence

from .bluesky import short_url
from .entities import Span, find_urls

DISPLAY_LENGTH = {"x": 25, "mastodon": 30}


def display_url(url: str, length: int) -> str:
    shown = url
    for prefix in ("https://", "http://"):
        if shown.lower().startswith(prefix):
            shown = shown[len(prefix) :]
            break
    if shown.lower().startswith("www."):
        shown = shown[4:]
    return shown if len(shown) <= length else shown[:length] + "…"


def preview(network: str, text: str, urls: Sequence[Span] | None = None) -> str:
    """``text`` as ``network`` shows it; ``urls`` may pass the links already found."""
    length = DISPLAY_LENGTH.get(network)
    if length is None and network != "bluesky":
        return text
    parts = []
    position = 0
    for url in find_urls(text) if urls is None else urls:
        parts.append(text[position : url.start])
        parts.append(short_url(url.text) if length is None else display_url(url.text, length))
        position = url.end
    parts.append(text[position:])
    return "".join(parts)
