"""Feed items as the app uses them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

DEFAULT_KEY = "default"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class Image:
    url: str  # absolute path inside an unpacked pack, or an https URL
    alt: dict[str, str] = field(default_factory=dict)  # language → text; "" for any
    width: int | None = None
    height: int | None = None

    def alt_text(self, language: str) -> str:
        return self.alt.get(language) or self.alt.get("") or next(iter(self.alt.values()), "")


@dataclass(frozen=True)
class FeedItem:
    id: str
    title: str
    language: str
    summary: str = ""
    url: str | None = None
    campaign: str = ""
    image: str | None = None  # absolute path or URL after resolution
    image_alt: str = ""
    hashtags: tuple[str, ...] = ()
    # network (or "default") → language → text
    suggested: dict[str, dict[str, str]] = field(default_factory=dict)
    not_before: datetime | None = None
    expires_at: datetime | None = None
    images: tuple[Image, ...] = ()
    utm: dict[str, str] = field(default_factory=dict)
    disclosure: dict[str, str] = field(default_factory=dict)

    def is_visible(self, now: datetime) -> bool:
        return self.not_before is None or self.not_before <= now

    def is_expired(self, now: datetime) -> bool:
        return self.expires_at is not None and self.expires_at <= now

    def suggested_text(self, network: str, language: str) -> str:
        for key in (network, DEFAULT_KEY):
            by_language = self.suggested.get(key, {})
            if language in by_language:
                return by_language[language]
            if self.language in by_language:
                return by_language[self.language]
            if by_language:
                return next(iter(by_language.values()))
        parts = [self.title, self.url or ""]
        return "\n\n".join(p for p in parts if p)

    def to_json(self) -> dict[str, Any]:
        """Plain JSON values; written out field by field because ``asdict`` deep-copies
        and was most of the cost of storing a 10,000-item feed."""
        return {
            "id": self.id,
            "title": self.title,
            "language": self.language,
            "summary": self.summary,
            "url": self.url,
            "campaign": self.campaign,
            "image": self.image,
            "image_alt": self.image_alt,
            "hashtags": list(self.hashtags),
            "suggested": self.suggested,
            "not_before": self.not_before.isoformat() if self.not_before else None,
            "expires_at": self.expires_at.isoformat() if self.expires_at else None,
            "images": [
                {"url": i.url, "alt": i.alt, "width": i.width, "height": i.height}
                for i in self.images
            ],
            "utm": self.utm,
            "disclosure": self.disclosure,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FeedItem:
        values = dict(data)
        values["hashtags"] = tuple(values.get("hashtags", ()))
        values["images"] = tuple(Image(**i) for i in values.get("images", ()))
        for key in ("not_before", "expires_at"):
            values[key] = datetime.fromisoformat(values[key]) if values.get(key) else None
        return cls(**values)


@dataclass(frozen=True)
class Feed:
    title: str
    items: tuple[FeedItem, ...]
    language: str = "en"
    disclosure: dict[str, str] = field(default_factory=dict)
