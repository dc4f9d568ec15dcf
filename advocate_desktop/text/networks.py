"""Per-network text rules: how a network counts and how much it takes."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache, partial

from .bluesky import bluesky_byte_units, bluesky_bytes, bluesky_length, bluesky_units
from .catalog import LABELS, LIMITS
from .counting import (
    URL_LENGTH,
    Analysis,
    Unit,
    grapheme_units,
    mastodon_units,
    threads_units,
    utf8_bytes,
    x_scale,
    x_units,
)

UnitsOf = Callable[[Analysis], Iterator[Unit]] | None  # None: one unit per code point


@dataclass(frozen=True)
class NetworkRules:
    """How one network counts a post and how long it may be."""

    name: str
    label: str
    limit: int
    units: UnitsOf
    scale: Callable[[], int] = lambda: 1
    byte_limit: int | None = None
    # How the bytes under ``byte_limit`` lie over the typed text; None: its UTF-8.
    byte_units: UnitsOf = None
    invalid_chars: str = ""  # characters the network refuses anywhere in a post
    # What the network refuses beyond the text's length, where it says so.
    max_hashtags: int | None = None
    max_mentions: int | None = None
    # Characters shown before the network folds a long post behind "more".
    fold: int | None = None
    # Images a post may carry, where the network (or the account's server) says.
    max_images: int | None = None
    # The whole text's length and bytes without walking its units, where a network
    # has a quicker way; the units are then walked only to find where a text that
    # does not fit stops fitting.
    length_of: Callable[[Analysis], int] | None = None
    bytes_of: Callable[[Analysis], int] | None = None

    def count(self, text: str) -> int:
        return measure_analysis(self, Analysis(text), self.limit)[0].length


@dataclass(frozen=True)
class Measure:
    """A post's length on one network, its limit, and whether it fits."""

    network: str
    length: int
    limit: int
    fits: bool


NETWORKS: dict[str, NetworkRules] = {
    rules.name: rules
    for rules in (
        # twitter-text refuses U+FFFE, U+FEFF and U+FFFF anywhere in a post.
        NetworkRules(
            "x",
            LABELS["x"],
            LIMITS["x"],
            x_units,
            scale=x_scale,
            invalid_chars="\ufffe\ufeff\uffff",
        ),
        NetworkRules("linkedin", LABELS["linkedin"], LIMITS["linkedin"], None),
        NetworkRules(
            "mastodon", LABELS["mastodon"], LIMITS["mastodon"], mastodon_units, max_images=4
        ),
        # Bluesky counts the record's text, in which links are shortened as the
        # official app shortens them (text/bluesky.py): 300 graphemes, 3,000 bytes.
        NetworkRules(
            "bluesky",
            LABELS["bluesky"],
            LIMITS["bluesky"],
            bluesky_units,
            byte_limit=3000,
            byte_units=bluesky_byte_units,
            max_images=4,
            length_of=bluesky_length,
            bytes_of=bluesky_bytes,
        ),
        # Threads counts an emoji as its UTF-8 bytes (text/counting.threads_units).
        NetworkRules("threads", LABELS["threads"], LIMITS["threads"], threads_units),
        NetworkRules("facebook", LABELS["facebook"], LIMITS["facebook"], None),
        # Instagram's Graph API refuses captions with more than 30 hashtags or 20
        # @-mentions; its apps show about 125 characters before "more".
        NetworkRules(
            "instagram",
            LABELS["instagram"],
            LIMITS["instagram"],
            grapheme_units,
            max_hashtags=30,
            max_mentions=20,
            fold=125,
        ),
    )
}


class UnknownNetwork(KeyError):
    pass


def rules_for(network: str) -> NetworkRules:
    try:
        return NETWORKS[network]
    except KeyError:
        raise UnknownNetwork(network) from None


@lru_cache(maxsize=32)
def mastodon_rules(
    max_characters: int, characters_reserved_per_url: int, max_media_attachments: int
) -> NetworkRules:
    """Mastodon's rules on one server, from what its ``/api/v2/instance`` publishes.

    Cached, so every check of the same server's posts shares one rules object.
    """
    base = NETWORKS["mastodon"]
    if characters_reserved_per_url == URL_LENGTH:
        units: UnitsOf = mastodon_units
    else:
        units = partial(mastodon_units, url_length=characters_reserved_per_url)
    return replace(base, limit=max_characters, units=units, max_images=max_media_attachments)


def measure_analysis(rules: NetworkRules, analysis: Analysis, limit: int) -> tuple[Measure, int]:
    """The measure, and the first offset from which the text no longer fits."""
    text = analysis.text
    if rules.units is None:
        length = len(text)
        overflow = min(limit, length)
    elif rules.units is grapheme_units:
        clusters = analysis.clusters
        length = len(clusters)
        overflow = clusters[limit][0] if length > limit else len(text)
    elif rules.length_of is not None:
        length = rules.length_of(analysis)
        overflow = len(text)
        if length > limit:
            over = _first_over(rules.units(analysis), limit * rules.scale())
            overflow = len(text) if over is None else over
    else:
        scale = rules.scale()
        budget = limit * scale
        units = rules.units(analysis)
        total = 0
        overflow = len(text)
        for start, weight in units:
            total += weight
            if total > budget:
                overflow = start
                break
        total += sum(weight for _, weight in units)
        length = total // scale
    fits = length <= limit
    if rules.invalid_chars:
        found = [p for p in (text.find(char) for char in rules.invalid_chars) if p >= 0]
        if found:
            fits = False
            overflow = min(overflow, *found)
    if rules.byte_limit is not None:
        if rules.byte_units is not None:
            stored = None if rules.bytes_of is None else rules.bytes_of(analysis)
            if stored is None or stored > rules.byte_limit:
                over = _first_over(rules.byte_units(analysis), rules.byte_limit)
                if over is not None:
                    fits = False
                    overflow = min(overflow, over)
        elif utf8_bytes(text) > rules.byte_limit:
            fits = False
            overflow = min(overflow, _byte_overflow(analysis, rules.byte_limit))
    return Measure(rules.name, length, limit, fits), overflow


def _first_over(units: Iterator[Unit], budget: int) -> int | None:
    """Where the units' running total first passes ``budget``; None when it never does."""
    total = 0
    for start, weight in units:
        total += weight
        if total > budget:
            return start
    return None


def _byte_overflow(analysis: Analysis, byte_limit: int) -> int:
    """Start of the first grapheme cluster that does not fit in ``byte_limit`` bytes."""
    fitting = len(analysis.text.encode("utf-8")[:byte_limit].decode("utf-8", errors="ignore"))
    starts = [start for start, _ in analysis.clusters] + [len(analysis.text)]
    # The cluster that begins at or straddles the cut is the first that does not fit.
    return starts[bisect_right(starts, fitting) - 1]


def measure(network: str, text: str, *, limit: int | None = None) -> Measure:
    rules = rules_for(network)
    return measure_analysis(rules, Analysis(text), limit or rules.limit)[0]
