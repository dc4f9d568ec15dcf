"""The images and link card a post made from a feed item starts with.

An item's images are the ``_advocacy.images`` list (each with alt text per language),
else its one ``image`` with ``_advocacy.image_alt``.  Only files the app may read go
on a post: a pack's own media, or a web image the feed sync downloaded into the media
cache (see :mod:`advocate_desktop.feed.images`).  A web image not in the cache is
left out; the caller first fetches again the ones a cleared cache lost.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from advocate_desktop.feed.images import cached_image
from advocate_desktop.feed.model import FeedItem
from advocate_desktop.feed.storage import media_file
from advocate_desktop.store.post_media_repo import ImageSpec, PostLink

#: The most images one post takes on Mastodon (by default), Bluesky and X.
MAX_POST_IMAGES = 4
#: A link card shows a line or two of the item's summary; the rest is cut.
MAX_CARD_DESCRIPTION = 300


@dataclass(frozen=True)
class ItemMedia:
    images: tuple[ImageSpec, ...] = ()
    link: PostLink | None = None


def item_media(item: FeedItem, language: str, roots: Sequence[Path], cache: Path) -> ItemMedia:
    """The item's images (as files, with alt text in ``language``) and its link card.

    ``roots``: the folders images may be read from; ``cache``: the media cache, where
    a feed's downloaded images are kept.
    """
    if item.images:
        wanted = [(image.url, image.alt_text(language), _web(image.url)) for image in item.images]
    elif item.image:
        # The web address when the image was downloaded: its cached copy is found by it,
        # and Threads fetches an https one itself.
        reference = item.image_source or item.image
        wanted = [(reference, item.image_alt, _web(reference))]
    else:
        wanted = []
    images: list[ImageSpec] = []
    for reference, alt, source in wanted:
        path = _local_file(reference, roots, cache)
        if path is not None and all(i.path != str(path) for i in images):
            images.append(ImageSpec(str(path), alt.strip(), source))
        if len(images) == MAX_POST_IMAGES:
            break
    link = None
    if item.url:
        thumbnail = images[0].path if images else None
        if thumbnail is None and item.image:
            found = _local_file(item.image, roots, cache)
            thumbnail = str(found) if found else None
        link = PostLink(item.url, item.title, _shortened(item.summary), thumbnail)
    return ItemMedia(tuple(images), link)


def _web(reference: str) -> str | None:
    """The item's own https address for an image (Threads fetches it), else None."""
    return reference if reference.startswith("https://") else None


def _local_file(reference: str, roots: Sequence[Path], cache: Path) -> Path | None:
    if "://" not in reference:
        return media_file(reference, roots)
    candidate = cached_image(reference, cache)
    return None if candidate is None else media_file(str(candidate), roots)


def _shortened(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= MAX_CARD_DESCRIPTION:
        return text
    return text[: MAX_CARD_DESCRIPTION - 1].rstrip() + "…"
