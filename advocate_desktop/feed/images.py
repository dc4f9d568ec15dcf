"""Images of a downloaded feed, fetched under the feed's own rules and kept in the cache.

An item's ``image`` address (already limited to HTTPS, or HTTP to this computer, by
the parser) is downloaded with the same fetcher as the feed — same redirects, time
limits and size cap — and kept only when it is a PNG, JPEG, GIF or WebP of at most
:data:`MAX_IMAGE_BYTES`.  The item then points at the cached file, which is the only
kind of local path the app ever decodes.  An image that cannot be used leaves the
item as it is, without a thumbnail: a picture never costs the feed.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from advocate_desktop.feed.fetch import FetchError
from advocate_desktop.feed.model import Feed, FeedItem

log = logging.getLogger(__name__)

MAX_IMAGE_BYTES = 5 * 1024 * 1024
MAX_DOWNLOADS = 100  # new images fetched in one sync; the rest follow in later syncs
IMAGES_DIR = "images"

# What a decoder may be handed: recognised by their first bytes, whatever the server says.
SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", ".png"),
    (b"\xff\xd8\xff", ".jpg"),
    (b"GIF87a", ".gif"),
    (b"GIF89a", ".gif"),
)

Download = Callable[[str], bytes]  # raises FetchError (or OSError) on any failure


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


def localize_images(feed: Feed, download: Download, cache: Path) -> Feed:
    """``feed`` with every item's web image replaced by its downloaded copy in
    ``cache/images``, where one could be fetched; failures are logged and skipped."""
    folder = cache / IMAGES_DIR
    known = _cached(folder)
    downloads = 0
    items: list[FeedItem] = []
    for item in feed.items:
        url = item.image
        if url is None or "://" not in url:
            items.append(item)
            continue
        name = cached_name(url)
        local = known.get(name)
        if local is None and downloads < MAX_DOWNLOADS:
            downloads += 1
            local = _download(url, name, download, folder)
            if local is not None:
                known[name] = local
        if local is None:
            items.append(item)
        else:
            source = url if url.startswith("https://") else None
            items.append(dataclasses.replace(item, image=str(local), image_source=source))
    return dataclasses.replace(feed, items=tuple(items))


def _cached(folder: Path) -> dict[str, Path]:
    try:
        return {
            p.stem: p
            for p in folder.iterdir()
            if p.suffix != ".partial" and p.is_file() and not p.is_symlink()
        }
    except OSError:
        return {}


def _download(url: str, name: str, download: Download, folder: Path) -> Path | None:
    try:
        data = download(url)
    except (FetchError, OSError) as error:  # it only costs the thumbnail
        log.info("image not downloaded: %s: %s", url, error)
        return None
    if len(data) > MAX_IMAGE_BYTES:
        log.info("image not kept: %s is larger than %d bytes", url, MAX_IMAGE_BYTES)
        return None
    extension = image_kind(data)
    if extension is None:
        log.info("image not kept: %s is not a PNG, JPEG, GIF or WebP image", url)
        return None
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{name}{extension}"
    with tempfile.NamedTemporaryFile(dir=folder, suffix=".partial", delete=False) as handle:
        partial = Path(handle.name)
        try:
            handle.write(data)
        except OSError:
            partial.unlink(missing_ok=True)
            raise
    os.replace(partial, target)
    return target
