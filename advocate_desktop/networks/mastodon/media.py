"""Images for a Mastodon post: checked against the server's limits, uploaded, waited for.

Our checks run before anything is sent, so a post the server would refuse (or, on a
lenient server, accept without its alt text) stops with a clear code instead.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from advocate_desktop.networks.mastodon.api import MastodonApi, text_field
from advocate_desktop.networks.mastodon.errors import MastodonError
from advocate_desktop.networks.mastodon.instance import InstanceLimits

#: The first bytes of each image format Mastodon takes (its own list is by MIME type).
_SIGNATURES: tuple[tuple[bytes, int, str], ...] = (
    (b"\xff\xd8\xff", 0, "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", 0, "image/png"),
    (b"GIF87a", 0, "image/gif"),
    (b"GIF89a", 0, "image/gif"),
    (b"WEBP", 8, "image/webp"),  # after "RIFF" and the chunk size
)


@dataclass(frozen=True)
class PostImage:
    path: Path
    alt_text: str
    #: The server's id from an earlier attempt at the same post: not uploaded again.
    media_id: str | None = None


@dataclass(frozen=True)
class ReadyImage:
    """An image that passed our checks, in memory, ready to upload."""

    name: str
    content: bytes
    mime_type: str
    alt_text: str
    media_id: str | None = None


def sniff_type(head: bytes) -> str | None:
    for signature, offset, mime_type in _SIGNATURES:
        if head[offset : offset + len(signature)] == signature:
            if mime_type == "image/webp" and not head.startswith(b"RIFF"):
                continue
            return mime_type
    return None


def prepare_images(images: Sequence[PostImage], limits: InstanceLimits) -> list[ReadyImage]:
    """Read and check every image; the first problem raises, naming the file."""
    if len(images) > limits.max_media_attachments:
        raise MastodonError(
            "too_many_images", f"{len(images)} images, at most {limits.max_media_attachments}"
        )
    ready = []
    for image in images:
        alt = image.alt_text.strip()
        if not alt:
            raise MastodonError("alt_text_missing", image.path.name)
        if len(alt) > limits.description_limit:
            raise MastodonError(
                "alt_text_too_long",
                f"{image.path.name}: {len(alt)} characters, at most {limits.description_limit}",
            )
        try:
            size = image.path.stat().st_size
            if size > limits.image_size_limit:
                raise MastodonError(
                    "image_too_large",
                    f"{image.path.name}: {size} bytes, at most {limits.image_size_limit}",
                )
            content = image.path.read_bytes()
        except OSError as error:
            raise MastodonError(
                "image_unreadable", f"{image.path.name}: {error.strerror or error}"
            ) from None
        mime_type = sniff_type(content[:16])
        if mime_type is None or mime_type not in limits.image_types:
            raise MastodonError(
                "image_type_unsupported", f"{image.path.name}: {mime_type or 'not an image'}"
            )
        ready.append(ReadyImage(image.path.name, content, mime_type, alt, image.media_id))
    return ready


def upload(
    api: MastodonApi,
    image: ReadyImage,
    *,
    sleep: Callable[[float], None] = time.sleep,
    monotonic: Callable[[], float] = time.monotonic,
) -> str:
    """``POST /api/v2/media`` with the alt text as ``description``; the media id once ready.

    A 202 answer means the server is still processing: ``GET /api/v1/media/:id``
    answers 206 until it is done and 200 after.  An upload that fails midway is
    harmless (an unattached upload is never shown), so every failure here is the
    plain kind, never ``unknown_outcome``.
    """
    response = api.send(
        "POST",
        "/api/v2/media",
        files={"file": (image.name, image.content, image.mime_type)},
        data={"description": image.alt_text},
        read_timeout=api.timeouts.upload_read,
    )
    data = api.object("/api/v2/media", api.json(response))
    media_id = text_field(data, "id", what="the uploaded image")
    if response.status_code == 200 and data.get("url"):
        return media_id
    deadline = monotonic() + api.timeouts.media_processing
    while True:
        sleep(api.timeouts.poll_interval)
        polled = api.send("GET", f"/api/v1/media/{media_id}")
        if polled.status_code == 200 and api.object("media", api.json(polled)).get("url"):
            return media_id
        if monotonic() >= deadline:
            raise MastodonError("media_processing", f"{image.name} (media {media_id})")
