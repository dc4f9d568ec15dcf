"""JSON Feed 1.1 with the ``_advocacy`` extension, into :class:`Feed`.

Every error names the JSON pointer of the value at fault.  Texts are kept as
plain text; the UI never renders them as HTML.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from advocate_desktop.feed.errors import FeedError
from advocate_desktop.feed.model import (
    FORMAT_VERSION,
    ITEM_KINDS,
    MAX_DISCLOSURE,
    MAX_FEED_TITLE,
    MAX_UTM,
    NEWS,
    Feed,
    FeedItem,
    Image,
)

JSON_FEED_VERSIONS = ("https://jsonfeed.org/version/1", "https://jsonfeed.org/version/1.1")
SUPPORTED_LANGUAGES = ("pl", "en")

ResolveMedia = Callable[[str], str | None]


def parse_json_feed(data: bytes, source: str, resolve_media: ResolveMedia | None = None) -> Feed:
    try:
        text = data.decode("utf-8-sig")
        hook = _checked_dict if SURROGATE_ESCAPE.search(text) else _interruptible_dict
        document = json.loads(text, object_pairs_hook=hook)
    except UnicodeDecodeError as error:
        raise FeedError(source, "", f"not UTF-8 text (byte {error.start})") from error
    except json.JSONDecodeError as error:
        raise FeedError(
            source, "", f"not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}"
        ) from error
    except RecursionError:
        raise FeedError(source, "", "the JSON is nested too deeply to be a feed") from None
    except UnicodeEncodeError as error:
        raise FeedError(
            source,
            "",
            f"the text {error.object[max(0, error.start - 20) : error.start]!r}… is followed by"
            f" \\u{ord(error.object[error.start]):04x}, half of a UTF-16 pair: not valid"
            " Unicode text",
        ) from None
    return feed_from_document(document, source, resolve_media)


def _interruptible_dict(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """Build each JSON object in Python bytecode, not inside one C call.

    A plain ``json.loads`` of a 6 MB feed holds the GIL for ~70 ms in one call,
    which stalls the GUI thread while a worker syncs; with this hook the
    interpreter can switch threads between objects (longest stall ~20 ms).
    """
    return dict(pairs)


def _checked_dict(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """As :func:`_interruptible_dict`, refusing lone surrogates (``"\\ud800"`` escapes).

    They are valid JSON but not valid text: they cannot be stored or shown.  Every
    text the app reads is a key or value of an object, or an item of a list that is
    one.  Used only when the document has such an escape (:data:`SURROGATE_ESCAPE`),
    since checking every text costs half again the parse.
    """
    for key, value in pairs:
        _check_text(key)
        if isinstance(value, str):
            _check_text(value)
        elif isinstance(value, list):
            for entry in value:
                if isinstance(entry, str):
                    _check_text(entry)
    return dict(pairs)


SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
checked_object = _checked_dict  # for readers that must accept what the app accepts


def _check_text(text: str) -> None:
    """UnicodeEncodeError for a lone surrogate; ASCII (most texts) is checked at C speed."""
    if not text.isascii():
        text.encode("utf-8")


def feed_from_document(
    document: Any, source: str, resolve_media: ResolveMedia | None = None
) -> Feed:
    if not isinstance(document, Mapping):
        raise FeedError(source, "", "a feed is a JSON object")
    version = document.get("version")
    if version not in JSON_FEED_VERSIONS:
        raise FeedError(source, "/version", f"expected one of {', '.join(JSON_FEED_VERSIONS)}")
    title = _text(document, "title", "", source, required=True)
    if len(title) > MAX_FEED_TITLE:
        raise FeedError(source, "/title", f"longer than {MAX_FEED_TITLE:,} characters")
    language = _language(document.get("language", "en"), "/language", source)
    extension = _object(document, "_advocacy", "", source)
    version = extension.get("format", FORMAT_VERSION)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise FeedError(source, "/_advocacy/format", "a whole number, 1 for this format")
    if version > FORMAT_VERSION:
        raise FeedError(
            source,
            "/_advocacy/format",
            f"made for a newer Advocate Desktop (format {version}); update the app",
        )
    disclosure = _language_map(extension.get("disclosure", {}), "/_advocacy/disclosure", source)
    utm = _utm(extension.get("utm", {}), "/_advocacy/utm", source)
    for where, texts, cap in (("disclosure", disclosure, MAX_DISCLOSURE), ("utm", utm, MAX_UTM)):
        for key, text in texts.items():
            if len(text) > cap:
                raise FeedError(
                    source, f"/_advocacy/{where}/{key}", f"longer than {cap:,} characters"
                )
    raw_items = document.get("items")
    if not isinstance(raw_items, list):
        raise FeedError(source, "/items", "missing or not a list")
    items: list[FeedItem] = []
    refused: list[str] = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_items):
        item = _item(raw, f"/items/{index}", source, language, resolve_media, utm, disclosure)
        oversized = item.oversized()
        if oversized is not None:
            # One item too big to keep is left out; the rest of the feed still loads.
            pointer, problem = oversized
            refused.append(f"/items/{index}{pointer}: {problem}; the item was left out")
            continue
        if item.id in seen:
            raise FeedError(source, f"/items/{index}/id", f"duplicate item id {item.id[:80]!r}")
        seen.add(item.id)
        items.append(item)
    return Feed(
        title=title,
        items=tuple(items),
        language=language,
        disclosure=disclosure,
        refused=tuple(refused),
    )


def _item(
    raw: Any,
    pointer: str,
    source: str,
    feed_language: str,
    resolve: ResolveMedia | None,
    feed_utm: dict[str, str],
    feed_disclosure: dict[str, str],
) -> FeedItem:
    if not isinstance(raw, Mapping):
        raise FeedError(source, pointer, "an item is a JSON object")
    item_id = raw.get("id")
    if isinstance(item_id, int | float) and not isinstance(item_id, bool):
        item_id = str(item_id)
    if not isinstance(item_id, str) or not item_id.strip():
        raise FeedError(source, f"{pointer}/id", "every item needs a non-empty id")
    extension = _object(raw, "_advocacy", pointer, source)
    title = _text(raw, "title", pointer, source) or _text(raw, "summary", pointer, source)
    if not title:
        raise FeedError(source, f"{pointer}/title", "an item needs a title or a summary")
    image = _resolve(_text(raw, "image", pointer, source), f"{pointer}/image", source, resolve)
    images = _images(extension.get("images", []), f"{pointer}/_advocacy/images", source, resolve)
    image_alt = _text(extension, "image_alt", f"{pointer}/_advocacy", source)
    if image is None and images:
        image = images[0].url
        image_alt = image_alt or images[0].alt_text(feed_language)
    suggested_raw = extension.get("suggested", {})
    if not isinstance(suggested_raw, Mapping):
        raise FeedError(source, f"{pointer}/_advocacy/suggested", "an object of network → texts")
    suggested = {
        str(network): _language_map(texts, f"{pointer}/_advocacy/suggested/{network}", source)
        for network, texts in suggested_raw.items()
    }
    hashtags = extension.get("hashtags", [])
    if not isinstance(hashtags, list) or not all(isinstance(h, str) for h in hashtags):
        raise FeedError(source, f"{pointer}/_advocacy/hashtags", "a list of texts")
    return FeedItem(
        id=item_id,
        title=title,
        language=_language(raw.get("language", feed_language), f"{pointer}/language", source),
        summary=_text(raw, "summary", pointer, source),
        url=_text(raw, "url", pointer, source) or None,
        campaign=_text(extension, "campaign", f"{pointer}/_advocacy", source),
        image=image,
        image_alt=image_alt,
        images=images,
        utm={**feed_utm, **_utm(extension.get("utm", {}), f"{pointer}/_advocacy/utm", source)},
        disclosure={
            **feed_disclosure,
            **_language_map(
                extension.get("disclosure", {}), f"{pointer}/_advocacy/disclosure", source
            ),
        },
        hashtags=tuple(hashtags),
        suggested=suggested,
        not_before=_instant(extension, "not_before", f"{pointer}/_advocacy", source),
        expires_at=_instant(extension, "expires_at", f"{pointer}/_advocacy", source),
        kind=_kind(extension.get("kind", NEWS), f"{pointer}/_advocacy/kind", source),
    )


def _kind(value: Any, pointer: str, source: str) -> str:
    if value not in ITEM_KINDS:
        raise FeedError(source, pointer, f"one of {', '.join(ITEM_KINDS)}")
    return str(value)


def _resolve(reference: str, pointer: str, source: str, resolve: ResolveMedia | None) -> str | None:
    """An image as the app may load it: a file of the pack itself, or a web address
    under the feed's own rules.  A local path (or a UNC path, which on Windows would
    send the user's credentials to its host) is never read from a feed."""
    if not reference:
        return None
    if "://" in reference:
        return remote_image(reference, pointer, source)
    if resolve is None:
        raise FeedError(
            source,
            pointer,
            "an image of a feed is an https:// address; files are allowed only inside"
            " a content pack",
        )
    resolved = resolve(reference)
    if resolved is None:
        raise FeedError(source, pointer, f"the pack has no file {reference[:200]!r}")
    return resolved


def remote_image(reference: str, pointer: str, source: str) -> str:
    """An image address, allowed only under the rules for feed addresses (HTTPS, or
    plain HTTP to this computer)."""
    from advocate_desktop.feed.fetch import FetchError, check_url

    try:
        check_url(reference)
    except FetchError as error:
        raise FeedError(source, pointer, error.message) from None
    return reference


def _images(
    value: Any, pointer: str, source: str, resolve: ResolveMedia | None
) -> tuple[Image, ...]:
    if not isinstance(value, list):
        raise FeedError(source, pointer, "a list of images")
    images = []
    for index, raw in enumerate(value):
        where = f"{pointer}/{index}"
        if not isinstance(raw, Mapping):
            raise FeedError(source, where, "an image is an object with url, alt, width, height")
        url = _resolve(
            _text(raw, "url", where, source, required=True), f"{where}/url", source, resolve
        )
        alt_raw = raw.get("alt", {})
        alt = (
            {"": alt_raw}
            if isinstance(alt_raw, str)
            else _language_map(alt_raw, f"{where}/alt", source)
        )
        size = []
        for key in ("width", "height"):
            number = raw.get(key)
            if number is not None and (
                not isinstance(number, int) or isinstance(number, bool) or number < 1
            ):
                raise FeedError(source, f"{where}/{key}", "a positive whole number of pixels")
            size.append(number)
        assert url is not None
        images.append(Image(url=url, alt=alt, width=size[0], height=size[1]))
    return tuple(images)


def _utm(value: Any, pointer: str, source: str) -> dict[str, str]:
    if not isinstance(value, Mapping):
        raise FeedError(source, pointer, "an object of utm_… parameters")
    result = {}
    for key, text in value.items():
        if not (isinstance(key, str) and key.startswith("utm_")) or not isinstance(text, str):
            raise FeedError(source, f"{pointer}/{key}", "UTM parameters are utm_… → text")
        result[key] = text
    return result


def _object(raw: Mapping[str, Any], key: str, pointer: str, source: str) -> Mapping[str, Any]:
    value = raw.get(key, {})
    if not isinstance(value, Mapping):
        raise FeedError(source, f"{pointer}/{key}", "must be a JSON object")
    return value


def _text(
    raw: Mapping[str, Any], key: str, pointer: str, source: str, *, required: bool = False
) -> str:
    value = raw.get(key)
    if value is None:
        if required:
            raise FeedError(source, f"{pointer}/{key}", "required text is missing")
        return ""
    if not isinstance(value, str):
        raise FeedError(source, f"{pointer}/{key}", f"must be text, not {type(value).__name__}")
    return value


def _language(value: Any, pointer: str, source: str) -> str:
    if not isinstance(value, str) or not value:
        raise FeedError(source, pointer, 'a language code such as "pl" or "en"')
    return value.split("-")[0].lower()


def _language_map(value: Any, pointer: str, source: str) -> dict[str, str]:
    if not isinstance(value, Mapping):
        raise FeedError(source, pointer, "an object of language → text")
    result: dict[str, str] = {}
    for language, text in value.items():
        if not isinstance(text, str):
            raise FeedError(source, f"{pointer}/{language}", "must be text")
        result[str(language).lower()] = text
    return result


def _instant(raw: Mapping[str, Any], key: str, pointer: str, source: str) -> datetime | None:
    value = raw.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise FeedError(source, f"{pointer}/{key}", "an RFC 3339 date and time as text")
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise FeedError(
            source, f"{pointer}/{key}", f"not an RFC 3339 date and time: {value!r}"
        ) from None
    if moment.tzinfo is None:
        raise FeedError(source, f"{pointer}/{key}", "needs a time zone offset, e.g. Z or +01:00")
    try:
        # In UTC from here on: the year 9999 at -05:00 cannot be stored or compared.
        return moment.astimezone(UTC)
    except OverflowError:
        raise FeedError(source, f"{pointer}/{key}", f"out of range: {value[:40]!r}") from None
