"""Images made ready for a Bluesky post: alt text required, bytes within the blob limit.

The ``app.bsky.embed.images`` and ``app.bsky.embed.external`` lexicons take at
most 1,000,000 bytes per image.  An image that already fits and is a JPEG, PNG
or WebP without EXIF data goes up as it is; any other is turned upright and
re-encoded as JPEG (which also drops EXIF data such as the place a photo was
taken), scaled down step by step until it fits.  Pillow is imported only here,
when a post with images is published.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL.Image import Image

MAX_IMAGE_BYTES = 1_000_000
MAX_IMAGES = 4
MAX_SIDE = 2000
MIN_SIDE = 200
_KEEP_FORMATS = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}
_QUALITIES = (88, 78, 68)


@dataclass(frozen=True)
class PostImage:
    path: Path
    alt: str


@dataclass(frozen=True)
class PreparedImage:
    data: bytes
    mime_type: str
    width: int
    height: int
    alt: str


class ImageProblem(Exception):
    """An image that cannot go out.

    ``code``: alt_text_missing, image_unreadable or image_too_large.
    """

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail


def prepare_image(
    path: Path, alt: str, *, require_alt: bool = True, max_bytes: int = MAX_IMAGE_BYTES
) -> PreparedImage:
    if require_alt and not alt.strip():
        raise ImageProblem("alt_text_missing", path.name)
    try:
        original = path.read_bytes()
    except OSError as error:
        raise ImageProblem("image_unreadable", f"{path.name}: {error.strerror or error}") from None
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(original))
            width, height = image.size
            kind = _KEEP_FORMATS.get(image.format or "")
            as_is = bool(kind) and len(original) <= max_bytes and not image.getexif()
            if as_is and image.format == "JPEG":
                # Decoding proves the file whole; libjpeg's scaled decoding to an eighth
                # does it cheaper (35 ms instead of 51 ms for a 1600x1067 photo here).
                image.draft("RGB", (max(1, width // 8), max(1, height // 8)))
            image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageProblem("image_too_large", f"{path.name}: too many pixels") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise ImageProblem("image_unreadable", f"{path.name}: {error}") from None
    if as_is and kind:
        return PreparedImage(original, kind, width, height, alt.strip())
    upright = ImageOps.exif_transpose(image)
    rgb = _flatten(upright)
    side = min(MAX_SIDE, max(rgb.size))
    while True:
        scaled = _fit(rgb, side)
        for quality in _QUALITIES:
            buffer = io.BytesIO()
            scaled.save(buffer, "JPEG", quality=quality, optimize=True)
            if buffer.tell() <= max_bytes:
                return PreparedImage(
                    buffer.getvalue(), "image/jpeg", scaled.width, scaled.height, alt.strip()
                )
        if side <= MIN_SIDE:
            break
        side = max(MIN_SIDE, int(side * 0.75))
    raise ImageProblem("image_too_large", path.name)


def _flatten(image: Image) -> Image:
    """RGB, with transparency laid on white (JPEG has no alpha)."""
    from PIL import Image as PILImage

    if image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = PILImage.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return image.convert("RGB")


def _fit(image: Image, side: int) -> Image:
    if max(image.size) <= side:
        return image
    from PIL import Image as PILImage

    scale = side / max(image.size)
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    return image.resize(size, PILImage.Resampling.LANCZOS)
