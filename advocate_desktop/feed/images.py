"""Images of a downloaded feed, fetched under the feed's own rules and kept in the cache.

An item's ``image`` address and those of its ``_advocacy.images`` (already limited to
HTTPS, or HTTP to this computer, by the parser) are downloaded with the same fetcher
as the feed — same redirects, time limits and size cap — and kept only when each is a
PNG, JPEG, GIF or WebP of at most :data:`MAX_IMAGE_BYTES`.  The item's ``image`` then
points at the cached file (the only kind of local path the app ever decodes) and keeps
its address in ``image_source``, so a cleared cache can be filled again
(:func:`fetch_missing`).  An image that cannot be used leaves the item as it is,
without a thumbnail: a picture never costs the feed.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from advocate_desktop.feed.fetch import FetchError
from advocate_desktop.feed.model import Feed, FeedItem

log = logging.getLogger(__name__)

MAX_IMAGE_BYTES = 5 * 1024 * 1024
MAX_DOWNLOADS = 100  # new images fetched in one sync; the rest follow in later syncs
IMAGES_DIR = "images"
PARTIAL = ".partial"
# Beside where an image would be: its address answered with something that is not a
# usable image, so only a changed feed (or a cleared cache) tries it again.
REFUSED = ".refused"

# What a decoder may be handed: recognised by their first bytes, whatever the server says.
SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", ".png"),
    (b"\xff\xd8\xff", ".jpg"),
    (b"GIF87a", ".gif"),
    (b"GIF89a", ".gif"),
)

Download = Callable[[str], bytes]  # raises FetchError (or OSError) on any failure


IMAGE_EXTENSIONS = frozenset({".png", ".jpg", ".gif", ".webp"})


def image_kind(data: bytes) -> str | None:
    """The file extension for an image format the app accepts, else None."""
    for magic, extension in SIGNATURES:
        if data.startswith(magic):
            return extension
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return ".webp"
    return None


def cached_name(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8")).hexdigest()[:32]


def web_images(item: FeedItem) -> list[str]:
    """The item's images that live at web addresses, in order, each once: its
    ``image`` (or the address it was downloaded from) and its ``_advocacy.images``."""
    addresses: list[str] = []
    for reference in (item.image_source or item.image, *(i.url for i in item.images)):
        if reference and "://" in reference and reference not in addresses:
            addresses.append(reference)
    return addresses


def cached_image(url: str, cache: Path) -> Path | None:
    """The downloaded copy of ``url`` in ``cache/images``, if it is there."""
    folder = cache / IMAGES_DIR
    try:
        candidates = sorted(
            p for p in folder.glob(f"{cached_name(url)}.*") if p.suffix in IMAGE_EXTENSIONS
        )
    except OSError:
        return None
    return next((p for p in candidates if p.is_file() and not p.is_symlink()), None)


def localize_images(feed: Feed, download: Download, cache: Path) -> Feed:
    """``feed`` with every item's web images downloaded into ``cache/images`` where one
    could be fetched (failures are logged and skipped), and each item's ``image``
    replaced by its downloaded copy (its address kept in ``image_source``)."""
    folder = cache / IMAGES_DIR
    known = _cached(folder)
    downloads = 0
    items: list[FeedItem] = []
    for item in feed.items:
        for url in web_images(item):
            name = cached_name(url)
            if name not in known and downloads < MAX_DOWNLOADS:
                downloads += 1
                local = _download(url, name, download, folder)
                if local is not None:
                    known[name] = local
        image = item.image
        if image is None or "://" not in image or cached_name(image) not in known:
            items.append(item)
            continue
        local = known[cached_name(image)]
        items.append(dataclasses.replace(item, image=str(local), image_source=image))
    return dataclasses.replace(feed, items=tuple(items))


def missing_images(items: Iterable[FeedItem], cache: Path) -> list[str]:
    """The web images of ``items`` whose downloaded copy is not in the cache (it was
    cleared), each once, leaving out those refused as unusable since; the cache
    folder is listed once, whatever the number of items."""
    folder = cache / IMAGES_DIR
    known = _cached(folder)
    refused = _refused(folder)
    missing: list[str] = []
    for item in items:
        for url in web_images(item):
            name = cached_name(url)
            if name not in known and name not in refused and url not in missing:
                missing.append(url)
    return missing


def fetch_missing(urls: Iterable[str], download: Download, cache: Path) -> list[Path]:
    """Download ``urls`` again into the cache (it was cleared), under the feed's rules
    and checks; returns the files written.  A failure costs only that image."""
    folder = cache / IMAGES_DIR
    written = []
    for url in list(urls)[:MAX_DOWNLOADS]:
        local = _download(url, cached_name(url), download, folder)
        if local is not None:
            written.append(local)
    return written


def _cached(folder: Path) -> dict[str, Path]:
    try:
        return {
            p.stem: p
            for p in folder.iterdir()
            if p.suffix in IMAGE_EXTENSIONS and p.is_file() and not p.is_symlink()
        }
    except OSError:
        return {}


def _refused(folder: Path) -> set[str]:
    try:
        return {p.stem for p in folder.iterdir() if p.suffix == REFUSED}
    except OSError:
        return set()


def _mark_refused(folder: Path, name: str) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{name}{REFUSED}").touch()
    except OSError as error:  # only costs a later attempt
        log.info("cannot note the refused image %s: %s", name, error)


def _download(url: str, name: str, download: Download, folder: Path) -> Path | None:
    try:
        data = download(url)
    except FetchError as error:  # it only costs the thumbnail
        log.info("image not downloaded: %s: %s", url, error)
        if not error.transient:  # refused, gone or too large: trying again will not help
            _mark_refused(folder, name)
        return None
    except OSError as error:
        log.info("image not downloaded: %s: %s", url, error)
        return None
    if len(data) > MAX_IMAGE_BYTES:
        log.info("image not kept: %s is larger than %d bytes", url, MAX_IMAGE_BYTES)
        _mark_refused(folder, name)
        return None
    extension = image_kind(data)
    if extension is None:
        log.info("image not kept: %s is not a PNG, JPEG, GIF or WebP image", url)
        _mark_refused(folder, name)
        return None
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{name}{extension}"
    with tempfile.NamedTemporaryFile(dir=folder, suffix=PARTIAL, delete=False) as handle:
        partial = Path(handle.name)
        try:
            handle.write(data)
        except OSError:
            partial.unlink(missing_ok=True)
            raise
    os.replace(partial, target)
    (folder / f"{name}{REFUSED}").unlink(missing_ok=True)
    return target
