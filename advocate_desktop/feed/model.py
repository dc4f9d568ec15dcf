"""Feed items as the app uses them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

DEFAULT_KEY = "default"
FORMAT_VERSION = 1

# The longest each text may be, in characters (Unicode code points, as JSON Schema's
# maxLength counts).  Generous for real content, and they keep one hostile item from
# filling the database and stalling the window.  docs/feed-format.md and
# resources/schema/feed.schema.json list the same numbers.
MAX_FEED_TITLE = 500
MAX_ID = 500
MAX_TITLE = 500
MAX_SUMMARY = 10_000
MAX_SUGGESTED = 10_000
MAX_URL = 2_048
MAX_ALT = 1_500
MAX_CAMPAIGN = 200
MAX_HASHTAG = 100
MAX_HASHTAGS = 30
MAX_DISCLOSURE = 500
MAX_UTM = 200
MAX_IMAGES = 20
MAX_ITEM_TEXT = 100_000  # everything an item holds, together
# What an item is about (``_advocacy.kind``): a job offer's links may carry the
# employee's referral parameter; anything else is news.
NEWS = "news"
JOB = "job"
ITEM_KINDS = (NEWS, JOB)


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
    kind: str = NEWS
    #: The web address ``image`` was downloaded from, once the sync replaced it by the
    #: cached copy: a cache cleared since is filled again from here, and a network that
    #: fetches images itself (Threads) is given it when it is https.
    image_source: str | None = None

    @property
    def is_job(self) -> bool:
        return self.kind == JOB

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
            "kind": self.kind,
            "image_source": self.image_source,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FeedItem:
        values = dict(data)
        values["hashtags"] = tuple(values.get("hashtags", ()))
        values["images"] = tuple(Image(**i) for i in values.get("images", ()))
        for key in ("not_before", "expires_at"):
            values[key] = datetime.fromisoformat(values[key]) if values.get(key) else None
        return cls(**values)

    def oversized(self) -> tuple[str, str] | None:
        """The first text over its cap, as (JSON pointer within the item, problem)."""
        texts: list[tuple[str, str, int]] = [
            ("/id", self.id, MAX_ID),
            ("/summary", self.summary, MAX_SUMMARY),
            ("/title", self.title, MAX_TITLE),
            ("/url", self.url or "", MAX_URL),
            ("/image", self.image or "", MAX_URL),
            ("/_advocacy/campaign", self.campaign, MAX_CAMPAIGN),
            ("/_advocacy/image_alt", self.image_alt, MAX_ALT),
        ]
        for network, by_language in self.suggested.items():
            for language, text in by_language.items():
                texts.append((f"/_advocacy/suggested/{network}/{language}", text, MAX_SUGGESTED))
        texts += [(f"/_advocacy/hashtags/{n}", h, MAX_HASHTAG) for n, h in enumerate(self.hashtags)]
        texts += [
            (f"/_advocacy/disclosure/{k}", v, MAX_DISCLOSURE) for k, v in self.disclosure.items()
        ]
        texts += [(f"/_advocacy/utm/{k}", v, MAX_UTM) for k, v in self.utm.items()]
        for number, image in enumerate(self.images):
            texts.append((f"/_advocacy/images/{number}/url", image.url, MAX_URL))
            texts += [(f"/_advocacy/images/{number}/alt", a, MAX_ALT) for a in image.alt.values()]
        total = 0
        for pointer, text, cap in texts:
            if len(text) > cap:
                return pointer, f"longer than {cap:,} characters ({len(text):,})"
            total += len(text) + 1
        if len(self.hashtags) > MAX_HASHTAGS:
            return "/_advocacy/hashtags", f"more than {MAX_HASHTAGS} hashtags"
        if len(self.images) > MAX_IMAGES:
            return "/_advocacy/images", f"more than {MAX_IMAGES} images"
        if total > MAX_ITEM_TEXT:
            return "", f"holds more than {MAX_ITEM_TEXT:,} characters of text in all ({total:,})"
        return None


@dataclass(frozen=True)
class Feed:
    title: str
    items: tuple[FeedItem, ...]
    language: str = "en"
    disclosure: dict[str, str] = field(default_factory=dict)
    # Items left out, each as "pointer: why" — the rest of the feed is still used.
    refused: tuple[str, ...] = ()
