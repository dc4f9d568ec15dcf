"""Reading and editing a pack's items field by field, as the studio's forms do.

An item is kept as the JSON object it is in ``feed.json`` (see
:class:`advocate_desktop.services.authoring.model.PackModel`): a field the forms do
not edit is written back as it was.  An optional field set to nothing is removed,
not written empty.  Images are read and written the way the app reads them
(:mod:`advocate_desktop.feed.post_media`): the ``_advocacy.images`` list, else the
one ``image`` with ``_advocacy.image_alt``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from advocate_desktop.text.catalog import DEFAULT_TEXT_TARGET, text_targets

#: The languages the app speaks, so the languages a pack's texts are written in.
APP_LANGUAGES = ("pl", "en")
DEFAULT_KEY = "default"
#: The keys of ``_advocacy.suggested``: every network, after the one that stands for all.
SUGGESTED_KEYS: tuple[str, ...] = (DEFAULT_KEY, *text_targets())
EXTENSION = "_advocacy"
TOP_LEVEL = ("id", "title", "summary", "url", "language")
IN_EXTENSION = ("campaign",)
REQUIRED = ("id", "title")
INSTANTS = ("not_before", "expires_at")


@dataclass(frozen=True)
class ItemImage:
    """One image of an item: its pack path (``media/a.png``) or web address, and its
    alternative text per language ("" stands for any language)."""

    url: str
    alt: Mapping[str, str] = field(default_factory=dict)

    def alt_in(self, language: str) -> str:
        return self.alt.get(language) or self.alt.get("") or ""


@dataclass(frozen=True)
class SuggestedText:
    network: str  # a key of SUGGESTED_KEYS ("default" or a network)
    language: str
    text: str


def _extension(item: dict[str, Any], create: bool = False) -> dict[str, Any]:
    value = item.get(EXTENSION)
    if isinstance(value, dict):
        return value
    if create:
        item[EXTENSION] = {}
        return item[EXTENSION]  # type: ignore[no-any-return]
    return {}


def _drop_empty_extension(item: dict[str, Any]) -> None:
    if item.get(EXTENSION) == {}:
        del item[EXTENSION]


# -- plain text fields ---------------------------------------------------------------
def text_field(item: Mapping[str, Any], name: str) -> str:
    """A text field (``id``, ``title``, ``summary``, ``url``, ``language``, ``campaign``)."""
    source = item if name in TOP_LEVEL else _extension(dict(item))
    value = source.get(name)
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def set_text_field(item: dict[str, Any], name: str, value: str) -> None:
    """Set a text field; an optional one set to "" is removed."""
    if name in TOP_LEVEL:
        if value or name in REQUIRED:
            item[name] = value
        else:
            item.pop(name, None)
        return
    if name not in IN_EXTENSION:
        raise KeyError(name)
    if value:
        _extension(item, create=True)[name] = value
    else:
        _extension(item).pop(name, None)
        _drop_empty_extension(item)


def item_language(item: Mapping[str, Any], feed: Mapping[str, Any]) -> str:
    """The item's language as the app reads it: its own, else the feed's, else "en"."""
    for value in (item.get("language"), feed.get("language")):
        if isinstance(value, str) and value:
            return value.split("-")[0].lower()
    return "en"


# -- dates ---------------------------------------------------------------------------
def instant(item: Mapping[str, Any], name: str) -> datetime | None:
    """``not_before`` or ``expires_at`` as a moment; None when absent or unreadable
    (lint names an unreadable one)."""
    value = _extension(dict(item)).get(name)
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def set_instant(item: dict[str, Any], name: str, moment: datetime | None) -> None:
    """Write an RFC 3339 time with its offset, to the second; None removes it."""
    if name not in INSTANTS:
        raise KeyError(name)
    if moment is None:
        _extension(item).pop(name, None)
        _drop_empty_extension(item)
        return
    if moment.tzinfo is None:
        raise ValueError("a time without an offset is ambiguous")
    _extension(item, create=True)[name] = moment.replace(microsecond=0).isoformat()


# -- campaign parameters -------------------------------------------------------------
def utm(item: Mapping[str, Any]) -> dict[str, str]:
    value = _extension(dict(item)).get("utm")
    if not isinstance(value, dict):
        return {}
    return {str(k): str(v) for k, v in value.items()}


def set_utm(item: dict[str, Any], parameters: Mapping[str, str]) -> None:
    """The item's ``utm_…`` parameters; names without the ``utm_`` prefix get it."""
    cleaned = {}
    for name, value in parameters.items():
        key = name.strip()
        if not key or not value.strip():
            continue
        cleaned[key if key.startswith("utm_") else f"utm_{key}"] = value.strip()
    if cleaned:
        _extension(item, create=True)["utm"] = cleaned
    else:
        _extension(item).pop("utm", None)
        _drop_empty_extension(item)


# -- images --------------------------------------------------------------------------
def images(item: Mapping[str, Any], language: str) -> list[ItemImage]:
    """The item's images as the app puts them on a post."""
    extension = _extension(dict(item))
    listed = extension.get("images")
    if isinstance(listed, list) and listed:
        found = []
        for entry in listed:
            if not isinstance(entry, dict) or not isinstance(entry.get("url"), str):
                continue
            alt = entry.get("alt", {})
            texts = {"": alt} if isinstance(alt, str) else alt if isinstance(alt, dict) else {}
            found.append(ItemImage(entry["url"], {str(k): str(v) for k, v in texts.items()}))
        return found
    image = item.get("image")
    if isinstance(image, str) and image:
        alt = extension.get("image_alt")
        return [ItemImage(image, {language: alt} if isinstance(alt, str) and alt else {})]
    return []


def set_images(item: dict[str, Any], pictures: Iterable[ItemImage], language: str) -> None:
    """Write the images: one with alt text in the item's language only stays the simple
    ``image`` and ``image_alt``; more, or alt texts in more languages, go in
    ``_advocacy.images`` (``image`` stays the first, as the list's thumbnail)."""
    chosen = list(pictures)
    extension = _extension(item, create=True)
    for key in ("images", "image_alt"):
        extension.pop(key, None)
    if not chosen:
        item.pop("image", None)
        _drop_empty_extension(item)
        return
    first = chosen[0]
    item["image"] = first.url
    simple = len(chosen) == 1 and set(first.alt) <= {language}
    if simple:
        if first.alt_in(language):
            extension["image_alt"] = first.alt_in(language)
    else:
        if first.alt_in(language):
            extension["image_alt"] = first.alt_in(language)
        extension["images"] = [
            {"url": picture.url, "alt": {k: v for k, v in picture.alt.items() if v}}
            for picture in chosen
        ]
    _drop_empty_extension(item)


def images_pointer(item: Mapping[str, Any], number: int) -> str:
    """Where image ``number`` is in the item (what lint names)."""
    listed = _extension(dict(item)).get("images")
    if isinstance(listed, list) and listed:
        return f"/_advocacy/images/{number}"
    return "/image"


def missing_alt(feed: Mapping[str, Any]) -> list[tuple[int, int]]:
    """(item, image) of every image without alt text in its item's language: the app
    sends no post with such an image, so the studio builds no pack with one."""
    missing = []
    items = feed.get("items")
    for index, item in enumerate(items if isinstance(items, list) else []):
        if not isinstance(item, dict):
            continue
        language = item_language(item, feed)
        for number, picture in enumerate(images(item, language)):
            if not picture.alt_in(language).strip():
                missing.append((index, number))
    return missing


# -- suggested texts -----------------------------------------------------------------
def suggested_texts(item: Mapping[str, Any]) -> list[SuggestedText]:
    value = _extension(dict(item)).get("suggested")
    if not isinstance(value, dict):
        return []
    texts = []
    for network, by_language in value.items():
        if not isinstance(by_language, dict):
            continue
        for language, text in by_language.items():
            if isinstance(text, str):
                texts.append(SuggestedText(str(network), str(language), text))
    return texts


def set_suggested(item: dict[str, Any], network: str, language: str, text: str) -> None:
    suggested = _extension(item, create=True).setdefault("suggested", {})
    suggested.setdefault(network, {})[language] = text


def remove_suggested(item: dict[str, Any], network: str, language: str) -> None:
    suggested = _extension(item).get("suggested")
    if not isinstance(suggested, dict) or not isinstance(suggested.get(network), dict):
        return
    suggested[network].pop(language, None)
    if not suggested[network]:
        del suggested[network]
    if not suggested:
        _extension(item).pop("suggested", None)
        _drop_empty_extension(item)


def checked_network(key: str) -> str:
    """The network whose rules a suggested text is checked with ("default": the one the
    app writes for when it knows no better)."""
    return DEFAULT_TEXT_TARGET if key == DEFAULT_KEY else key


# -- whole items -----------------------------------------------------------------------
def new_item(item_id: str, language: str, title: str) -> dict[str, Any]:
    return {"id": item_id, "title": title, "language": language}


def merged(feed: Mapping[str, Any], item: Mapping[str, Any], name: str) -> dict[str, str]:
    """A per-language or per-parameter map of the feed (``utm``, ``disclosure``) with
    the item's own over it, as the app merges them."""
    result: dict[str, str] = {}
    for source in (feed.get(EXTENSION), item.get(EXTENSION)):
        value = source.get(name) if isinstance(source, dict) else None
        if isinstance(value, dict):
            result.update({str(k): str(v) for k, v in value.items() if isinstance(v, str)})
    return result


# -- the pack's own fields ---------------------------------------------------------------
def disclosure(feed: Mapping[str, Any]) -> dict[str, str]:
    extension = feed.get(EXTENSION)
    value = extension.get("disclosure") if isinstance(extension, dict) else None
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def set_disclosure(feed: dict[str, Any], language: str, phrase: str) -> None:
    extension = _extension(feed, create=True)
    phrases = extension.get("disclosure")
    if not isinstance(phrases, dict):
        phrases = extension["disclosure"] = {}
    if phrase.strip():
        phrases[language] = phrase.strip()
    else:
        phrases.pop(language, None)
        if not phrases:
            del extension["disclosure"]


# -- where a lint pointer leads --------------------------------------------------------------
@dataclass(frozen=True)
class Place:
    """Where a problem is, for a form: the item (None: the pack), its field, and within
    it the image number or the suggested text's network and language."""

    item: int | None
    field: str
    image: int | None = None
    network: str = ""
    language: str = ""


def _unescape(part: str) -> str:
    return part.replace("~1", "/").replace("~0", "~")


def place_of(file: str, pointer: str) -> Place | None:
    """The form field a lint problem of ``feed.json`` points at; None for other files
    (the policy page has its own) or a pointer no form shows."""
    if file != "feed.json":
        return None
    parts = [_unescape(p) for p in pointer.split("/")[1:]] if pointer else []
    if not parts or parts[0] != "items":
        return Place(None, parts[0] if parts else "")
    if len(parts) < 2 or not parts[1].isdigit():
        return Place(None, "items")
    index = int(parts[1])
    rest = parts[2:]
    if not rest:
        return Place(index, "")
    if rest[0] == "image":
        return Place(index, "images", 0)
    if rest[0] != EXTENSION:
        return Place(index, rest[0])
    if len(rest) < 2:
        return Place(index, "")
    name = rest[1]
    if name == "images":
        number = int(rest[2]) if len(rest) > 2 and rest[2].isdigit() else 0
        return Place(index, "images", number)
    if name == "image_alt":
        return Place(index, "images", 0)
    if name == "suggested":
        network = rest[2] if len(rest) > 2 else ""
        language = rest[3] if len(rest) > 3 else ""
        return Place(index, "suggested", network=network, language=language)
    return Place(index, name)
