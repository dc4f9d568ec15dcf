"""Lengths as each network counts them."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import regex

from advocate_desktop.text.entities import find_mentions, find_urls

_GRAPHEME = regex.compile(r"\X")
_EMOJI = regex.compile(r"\p{Extended_Pictographic}|\p{Regional_Indicator}")
URL_LENGTH = 23


def graphemes(text: str) -> int:
    """User-perceived characters (extended grapheme clusters)."""
    return len(_GRAPHEME.findall(text))


def utf8_bytes(text: str) -> int:
    return len(text.encode("utf-8"))


def utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@dataclass(frozen=True)
class _WeightConfig:
    scale: int
    default_weight: int
    url_length: int
    ranges: tuple[tuple[int, int, int], ...]


@lru_cache(maxsize=1)
def _x_config() -> _WeightConfig:
    path = Path(__file__).resolve().parent.parent.parent / "resources/text/twitter-text-v3.json"
    packaged = Path(__file__).resolve().parent.parent / "_resources/text/twitter-text-v3.json"
    data = json.loads((packaged if packaged.exists() else path).read_text(encoding="utf-8"))
    return _WeightConfig(
        scale=int(data["scale"]),
        default_weight=int(data["defaultWeight"]),
        url_length=int(data["transformedURLLength"]),
        ranges=tuple((int(r["start"]), int(r["end"]), int(r["weight"])) for r in data["ranges"]),
    )


def _char_weight(codepoint: int, config: _WeightConfig) -> int:
    for start, end, weight in config.ranges:
        if start <= codepoint <= end:
            return weight
    return config.default_weight


def x_weighted_length(text: str) -> int:
    """X's weighted length (twitter-text v3): NFC, URLs count 23, emoji 2, CJK 2."""
    config = _x_config()
    text = unicodedata.normalize("NFC", text)
    total = 0
    position = 0
    for url in find_urls(text):
        total += _weighted(text[position : url.start], config)
        total += config.url_length * config.scale
        position = url.end
    total += _weighted(text[position:], config)
    return total // config.scale


def _weighted(text: str, config: _WeightConfig) -> int:
    total = 0
    for cluster in _GRAPHEME.findall(text):
        if _EMOJI.search(cluster):
            total += config.default_weight
            continue
        for char in cluster:
            total += _char_weight(ord(char), config)
    return total


def mastodon_length(text: str) -> int:
    """Mastodon: URLs count 23, ``@user@domain`` counts as ``@user``, grapheme clusters."""
    replaced: list[tuple[int, int, int]] = [(u.start, u.end, URL_LENGTH) for u in find_urls(text)]
    for mention in find_mentions(text):
        if mention.domain and not any(s <= mention.start < e for s, e, _ in replaced):
            replaced.append((mention.start, mention.end, graphemes("@" + mention.user)))
    replaced.sort()
    total = 0
    position = 0
    for start, end, weight in replaced:
        total += graphemes(text[position:start]) + weight
        position = end
    return total + graphemes(text[position:])
