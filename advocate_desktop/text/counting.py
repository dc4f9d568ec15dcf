"""Lengths as each network counts them.

A text is analysed once (grapheme clusters, links, mentions); each network then
turns it into *units* — a start offset and a weight per countable piece — from
which both its length and the first offset that no longer fits follow in one
pass.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import accumulate
from pathlib import Path

from .entities import Mention, Span, find_hashtags, find_mentions, find_urls
from .patterns import LazyPattern

_GRAPHEME = LazyPattern(r"\X")
# An emoji cluster: a pictograph, a flag, an emoji with presentation selector, or a
# keycap sequence such as "1\u20e3" (whose first character is in the Latin range).
_EMOJI = LazyPattern(
    r"\p{Extended_Pictographic}|\p{Regional_Indicator}|\p{Emoji}\ufe0f|\p{Emoji}\u20e3"
)
URL_LENGTH = 23

Unit = tuple[int, int]  # (start offset, weight)


class Analysis:
    """What several networks need to know about one text, each computed at most once."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def clusters(self) -> list[tuple[int, str]]:
        """(start, cluster) for every extended grapheme cluster."""
        found = grapheme_clusters(self.text)
        starts = accumulate(map(len, found), initial=0)
        return list(zip(starts, found, strict=False))

    @cached_property
    def starts(self) -> list[int]:
        """Where each grapheme cluster starts, in order (for bisecting)."""
        return [start for start, _ in self.clusters]

    @cached_property
    def urls(self) -> list[Span]:
        return find_urls(self.text)

    @cached_property
    def mentions(self) -> list[Mention]:
        return find_mentions(self.text)

    @cached_property
    def hashtags(self) -> list[Span]:
        return find_hashtags(self.text)


# Below U+0300 every character but CR is a cluster of its own (UAX #29: nothing
# there extends, joins, prepends or pairs), which covers Latin text, Polish included.
_COMPLEX = LazyPattern(r"[\r\u0300-\U0010ffff]+")


def grapheme_clusters(text: str) -> list[str]:
    """The text's extended grapheme clusters, as ``regex``'s ``\\X`` finds them, with
    ``\\X`` run only around the characters that can form longer clusters."""
    if "\r" not in text and (not text or max(text) < "\u0300"):
        return list(text)  # every character a cluster: no pattern needed
    found: list[str] = []
    position = 0
    for run in _COMPLEX.finditer(text):
        start = max(position, run.start() - 1)  # the base a combining mark sits on
        found.extend(text[position:start])
        position = start
        while position < run.end():
            cluster = _GRAPHEME.match(text, position)
            assert cluster is not None  # \X matches at every position of a non-empty rest
            found.append(cluster.group())
            position = cluster.end()
    found.extend(text[position:])
    return found


def graphemes(text: str) -> int:
    """User-perceived characters (extended grapheme clusters)."""
    return len(grapheme_clusters(text))


def utf8_bytes(text: str) -> int:
    return len(text.encode("utf-8"))


def atomic_units(
    clusters: list[tuple[int, str]],
    spans: list[tuple[int, int, int]],
    weigh: Callable[[str], int] | None = None,
) -> Iterator[Unit]:
    """Clusters weigh 1 each (or ``weigh(cluster)``), except inside ``spans`` (start,
    end, weight), which count whole."""
    spans = sorted(spans)
    index = 0
    skip_until = -1
    for start, cluster in clusters:
        if start < skip_until:
            continue
        while index < len(spans) and spans[index][1] <= start:
            index += 1
        if index < len(spans) and spans[index][0] <= start:
            span_start, span_end, weight = spans[index]
            yield span_start, weight
            skip_until = span_end
            index += 1
            continue
        yield start, 1 if weigh is None else weigh(cluster)


def grapheme_units(analysis: Analysis) -> Iterator[Unit]:
    return ((start, 1) for start, _ in analysis.clusters)


def threads_units(analysis: Analysis) -> Iterator[Unit]:
    """Threads: grapheme clusters, except that an emoji counts as its UTF-8 bytes (Meta's
    Threads Posts reference, "Limitations": "Emojis are counted as the number of UTF-8
    bytes"), so "👍" is 4 and a family of four joined by ZWJ is 25."""
    return atomic_units(analysis.clusters, [], _threads_weight)


def _threads_weight(cluster: str) -> int:
    if cluster.isascii() or not _EMOJI.search(cluster):
        return 1
    return len(cluster.encode("utf-8"))


def mastodon_units(analysis: Analysis, url_length: int = URL_LENGTH) -> Iterator[Unit]:
    """Mastodon: URLs count ``url_length`` (the server's ``characters_reserved_per_url``,
    23 unless it says otherwise), ``@user@domain`` counts as ``@user``, grapheme clusters."""
    spans = [(u.start, u.end, url_length) for u in analysis.urls]
    for mention in analysis.mentions:
        if mention.domain and not any(s <= mention.start < e for s, e, _ in spans):
            spans.append((mention.start, mention.end, graphemes("@" + mention.user)))
    return atomic_units(analysis.clusters, spans)


@dataclass(frozen=True)
class _WeightConfig:
    """twitter-text's weighting: the scale, the default weight and the weighted ranges."""

    scale: int
    default_weight: int
    url_length: int
    ranges: tuple[tuple[int, int, int], ...]
    light_below: int


@lru_cache(maxsize=1)
def _x_config() -> _WeightConfig:
    here = Path(__file__).resolve().parent.parent
    packaged = here / "_resources/text/twitter-text-v3.json"
    path = packaged if packaged.exists() else here.parent / "resources/text/twitter-text-v3.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    ranges = tuple((int(r["start"]), int(r["end"]), int(r["weight"])) for r in data["ranges"])
    return _WeightConfig(
        scale=int(data["scale"]),
        default_weight=int(data["defaultWeight"]),
        url_length=int(data["transformedURLLength"]),
        ranges=ranges,
        # The first range starts at 0: anything below its end is a fast "light" case.
        light_below=ranges[0][1] + 1 if ranges and ranges[0][0] == 0 else 0,
    )


def _char_weight(codepoint: int, config: _WeightConfig) -> int:
    if codepoint < config.light_below:
        return config.ranges[0][2]
    for start, end, weight in config.ranges:
        if start <= codepoint <= end:
            return weight
    return config.default_weight


def x_units(analysis: Analysis) -> Iterator[Unit]:
    """X (twitter-text v3), in units of 1/scale: NFC, URLs 23, emoji 2, CJK 2."""
    config = _x_config()
    url_weight = config.url_length * config.scale
    spans = [(u.start, u.end, url_weight) for u in analysis.urls]
    urls = iter(sorted(spans))
    upcoming = next(urls, None)
    skip_until = -1
    for start, cluster in analysis.clusters:
        if start < skip_until:
            continue
        if upcoming is not None and upcoming[0] <= start:
            yield upcoming[0], upcoming[2]
            skip_until = upcoming[1]
            upcoming = next(urls, None)
            continue
        if len(cluster) == 1 and ord(cluster) < config.light_below:
            yield start, config.ranges[0][2]
        elif _EMOJI.search(cluster):
            yield start, config.default_weight
        else:
            normal = unicodedata.normalize("NFC", cluster)
            yield start, sum(_char_weight(ord(char), config) for char in normal)


def x_scale() -> int:
    return _x_config().scale


def x_weighted_length(text: str) -> int:
    return sum(weight for _, weight in x_units(Analysis(text))) // x_scale()


def mastodon_length(text: str) -> int:
    return sum(weight for _, weight in mastodon_units(Analysis(text)))
