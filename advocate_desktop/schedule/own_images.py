"""The employee's own images: checked, then copied into the app's data folder.

A post keeps a copy, not the employee's file: a picture moved or deleted from the
Downloads folder after scheduling must not turn a scheduled post into a failed one.
Copies are named by their content (the same picture added twice is one file) and
written whole before they are used (a temporary file renamed), so a crash never
leaves half an image for a post.  Copies no post refers to any more (a deleted
draft, an image removed from a post) are removed by :func:`sweep`, at start, after
the undo of the last session can no longer bring them back.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import time
import warnings
from collections.abc import Collection
from pathlib import Path

log = logging.getLogger(__name__)

#: The largest file taken: Mastodon's default image limit (Bluesky's publisher shrinks
#: what it sends under its own 1,000,000 bytes).
MAX_IMAGE_BYTES = 16 * 1024 * 1024
#: More pixels than this is no photo but a trap that would fill the memory when decoded.
MAX_IMAGE_PIXELS = 50_000_000
#: What every network the app publishes to takes, by Pillow's name, with the file ending.
ACCEPTED_FORMATS = {"JPEG": ".jpg", "PNG": ".png", "GIF": ".gif", "WEBP": ".webp"}
#: The folder of the copies, inside the app's data folder.
OWN_IMAGES_DIR = "images"
_TEMPORARY_PREFIX = ".incoming-"
#: A copy younger than this is never swept (its draft may not be saved yet).
RECENT_SECONDS = 3600


class ImageRefused(ValueError):
    """Why a file cannot go on a post; ``code`` says which check, ``name`` the file."""

    def __init__(self, code: str, name: str, detail: str = "") -> None:
        super().__init__(f"{name}: {code}" + (f" ({detail})" if detail else ""))
        #: "unreadable", "too_large", "not_image", "unsupported" or "too_many_pixels"
        self.code = code
        self.name = name
        self.detail = detail


def check_image(path: Path) -> tuple[bytes, str]:
    """The file's bytes and its ending when it is an image a post can carry; else
    :class:`ImageRefused` saying why."""
    from PIL import Image, UnidentifiedImageError  # imported when an image is added

    name = path.name
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise ImageRefused("unreadable", name, "not a file")
        if size > MAX_IMAGE_BYTES:
            raise ImageRefused("too_large", name, str(size))
        with path.open("rb") as handle:
            content = handle.read(MAX_IMAGE_BYTES + 1)
    except OSError as error:
        raise ImageRefused("unreadable", name, error.strerror or str(error)) from None
    if len(content) > MAX_IMAGE_BYTES:  # it grew while being read
        raise ImageRefused("too_large", name, str(len(content)))
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(content)) as image:
                kind = image.format or ""
                width, height = image.size
                if kind not in ACCEPTED_FORMATS:
                    raise ImageRefused("unsupported", name, kind)
                if width * height > MAX_IMAGE_PIXELS:
                    raise ImageRefused("too_many_pixels", name, f"{width}×{height}")
                image.verify()  # the whole file decodes: not a truncated or damaged one
        except ImageRefused:
            raise
        except (UnidentifiedImageError, Image.DecompressionBombError, Warning):
            raise ImageRefused("not_image", name) from None
        except (OSError, SyntaxError, ValueError) as error:  # what Pillow raises for damage
            raise ImageRefused("not_image", name, str(error)) from None
    return content, ACCEPTED_FORMATS[kind]


def copy_in(path: Path, folder: Path) -> Path:
    """Check ``path`` and keep a copy of it in ``folder``; returns the copy's path."""
    content, ending = check_image(path)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / (hashlib.sha256(content).hexdigest() + ending)
    if target.is_file() and target.stat().st_size == len(content):
        os.utime(target)  # fresh again: the sweep leaves it to the post it is added to
        return target  # the same picture, added before
    temporary = folder / f"{_TEMPORARY_PREFIX}{os.getpid()}-{target.name}"
    try:
        with temporary.open("wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except OSError:
        temporary.unlink(missing_ok=True)
        raise
    return target


def sweep(folder: Path, used: Collection[str], now: float | None = None) -> int:
    """Remove the copies in ``folder`` no post refers to (``used``: the paths posts
    name) and leftovers of interrupted copies; returns how many files went.

    A copy made in the last hour stays: it may be an image just added to a draft whose
    save has not happened yet."""
    removed = 0
    cutoff = (time.time() if now is None else now) - RECENT_SECONDS
    try:
        entries = list(folder.iterdir())
    except FileNotFoundError:
        return 0
    keep = {str(Path(p)) for p in used}
    for entry in entries:
        try:
            if str(entry) in keep or not entry.is_file() or entry.stat().st_mtime > cutoff:
                continue
            entry.unlink()
            removed += 1
        except OSError as error:
            log.warning("cannot remove the unused image %s: %s", entry.name, error)
    return removed
