"""Any feed a source may send: JSON Feed (with or without ``_advocacy``), RSS 2.0, Atom.

RSS and Atom are parsed by feedparser; their HTML is reduced to plain text, and
their items get sensible defaults (the title and link as the suggested post).
"""

from __future__ import annotations

import hashlib
import html
from html.parser import HTMLParser
from typing import Any

from advocate_desktop.feed.errors import FeedError
from advocate_desktop.feed.model import MAX_FEED_TITLE, Feed, FeedItem, Image
from advocate_desktop.feed.parse import parse_json_feed

HTML_MARKERS = (b"<!doctype html", b"<html")


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def plain_text(markup: str) -> str:
    """Text of an HTML fragment, as the stdlib parser reads it; white space folded."""
    if "<" not in markup and "&" not in markup:
        return " ".join(markup.split())
    reader = _TextOnly()
    reader.feed(markup)
    reader.close()
    return " ".join(html.unescape("".join(reader.parts)).split())


def looks_like_html(body: bytes, content_type: str) -> bool:
    head = body[:2048].lstrip().lower()
    return (
        "html" in content_type.lower()
        or any(head.startswith(m) for m in HTML_MARKERS)
        or b"<html" in head[:512]
    )


def parse_feed_bytes(body: bytes, content_type: str, source: str) -> Feed:
    """A feed from downloaded bytes, whatever its kind; :class:`FeedError` otherwise."""
    stripped = body.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not stripped:
        raise FeedError(source, "", "the server sent an empty answer")
    if stripped[:1] in (b"{", b"["):
        return parse_json_feed(body, source)
    if looks_like_html(stripped, content_type):
        raise FeedError(
            source,
            "",
            "the address returned a web page (HTML), not a feed — perhaps a sign-in page."
            " Check the address, or whether the feed needs a network you are not on",
        )
    if stripped[:1] == b"<":
        return _parse_xml_feed(body, source)
    raise FeedError(source, "", "not a feed: expected JSON Feed, RSS or Atom")


def _parse_xml_feed(body: bytes, source: str) -> Feed:
    import feedparser

    parsed: Any = feedparser.parse(body, sanitize_html=True, resolve_relative_uris=False)
    entries = parsed.get("entries") or []
    if parsed.get("bozo") and not entries:
        problem = parsed.get("bozo_exception")
        raise FeedError(source, "", f"not a valid RSS or Atom feed: {problem}")
    info = parsed.get("feed", {})
    language = str(info.get("language") or "en").split("-")[0].lower()
    title = plain_text(str(info.get("title") or source))
    items: list[FeedItem] = []
    refused: list[str] = []
    seen: set[str] = set()
    for number, entry in enumerate(entries):
        item = _entry(entry, language)
        if item is None or item.id in seen:
            continue
        oversized = item.oversized()
        if oversized is not None:
            refused.append(f"entry {number + 1}: {oversized[1]}; the item was left out")
            continue
        seen.add(item.id)
        items.append(item)
    return Feed(
        title=title[:MAX_FEED_TITLE], items=tuple(items), language=language, refused=tuple(refused)
    )


def _entry(entry: Any, language: str) -> FeedItem | None:
    title = plain_text(str(entry.get("title") or ""))
    summary = plain_text(str(entry.get("summary") or ""))
    link = str(entry.get("link") or "") or None
    if not title and not summary:
        return None
    identifier = (
        str(entry.get("id") or link or "")
        or hashlib.sha256((title + summary).encode()).hexdigest()[:16]
    )
    images = tuple(
        Image(url=str(media.get("url")))
        for media in (entry.get("media_content") or []) + (entry.get("enclosures") or [])
        if str(media.get("type", "image/")).startswith("image/")
        and media.get("url")
        and str(media.get("url")).startswith("https://")
    )
    default_text = "\n\n".join(p for p in (title or summary[:200], link or "") if p)
    return FeedItem(
        id=identifier,
        title=title or summary[:120],
        language=language,
        summary=summary,
        url=link,
        image=images[0].url if images else None,
        images=images,
        hashtags=tuple(
            plain_text(str(t.get("term"))) for t in entry.get("tags") or [] if t.get("term")
        ),
        suggested={"default": {language: default_text}},
    )
