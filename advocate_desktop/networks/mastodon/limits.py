"""A Mastodon server's limits as an account's configuration keeps them.

Apart from :mod:`.instance` (which reads them from the server over ``requests``) so
that the editor's counter and the policy check can read them without loading the
network stack.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

#: Mastodon 4's MediaAttachment::MAX_DESCRIPTION_LENGTH; 4.4+ also publishes it.
DEFAULT_DESCRIPTION_LIMIT = 1500
DEFAULT_IMAGE_TYPES = ("image/jpeg", "image/png", "image/gif", "image/webp")


@dataclass(frozen=True)
class InstanceLimits:
    """The numbers the counter, the policy check and the publisher use for one server."""

    max_characters: int = 500
    characters_reserved_per_url: int = 23
    max_media_attachments: int = 4
    image_size_limit: int = 16 * 1024 * 1024
    image_types: tuple[str, ...] = DEFAULT_IMAGE_TYPES
    description_limit: int = DEFAULT_DESCRIPTION_LIMIT

    def to_config(self) -> dict[str, Any]:
        data = asdict(self)
        data["image_types"] = list(self.image_types)
        return data

    @classmethod
    def from_config(cls, data: Any) -> InstanceLimits:
        """From :meth:`to_config`'s output; missing or bad numbers fall back to defaults."""
        if not isinstance(data, dict):
            return cls()
        default = cls()
        types = data.get("image_types")
        image_types = (
            tuple(t for t in types if isinstance(t, str)) if isinstance(types, list) else ()
        )
        return cls(
            max_characters=_positive(data.get("max_characters"), default.max_characters),
            characters_reserved_per_url=_positive(
                data.get("characters_reserved_per_url"), default.characters_reserved_per_url
            ),
            max_media_attachments=_positive(
                data.get("max_media_attachments"), default.max_media_attachments
            ),
            image_size_limit=_positive(data.get("image_size_limit"), default.image_size_limit),
            image_types=image_types or default.image_types,
            description_limit=_positive(data.get("description_limit"), default.description_limit),
        )


def _positive(value: Any, default: int) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    return default
