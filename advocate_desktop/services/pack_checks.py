"""The employee-side check of a pack's suggested texts, before anyone ships them.

The studio checks each suggested text as the app will check a post made from it: the
built-in rules with the pack's own policy over them (the authoring service's
``pack_policy_engine``), for the text's network and language, with the item's
disclosure phrases, as company content (so it must disclose).  A text the app would
block is blocked here; unlike lint, which leaves lengths to its own check, a text too
long for its network counts as blocked too.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from advocate_desktop.services.authoring.lint import disclosure_labels
from advocate_desktop.services.pack_items import (
    checked_network,
    item_language,
    merged,
    suggested_texts,
    text_field,
)
from advocate_desktop.text.utm import site_of

if TYPE_CHECKING:
    from advocate_desktop.policy.engine import PolicyEngine


@dataclass(frozen=True)
class TextTarget:
    """What a suggested text is checked as (everything but the text)."""

    network: str  # the network whose rules apply
    language: str
    utm: dict[str, str]
    site: str
    labels: dict[str, str]


def text_target(
    feed: Mapping[str, Any], item: Mapping[str, Any], key: str, language: str
) -> TextTarget:
    """The check of ``item``'s suggested text under ``key`` ("default" or a network)."""
    return TextTarget(
        network=checked_network(key),
        language=language or item_language(item, feed),
        utm=merged(feed, item, "utm"),
        site=site_of(text_field(item, "url") or None),
        labels=disclosure_labels(feed, item),
    )


class Verdict(StrEnum):
    BLOCKED = "blocked"  # the app would not publish it
    WARNS = "warns"  # the employee must confirm the warnings first
    PASSES = "passes"
    UNCHECKED = "unchecked"  # too long to check at all


@dataclass(frozen=True)
class TextVerdict:
    item: int
    network: str  # the suggested key ("default" or a network)
    language: str
    verdict: Verdict
    first_problem: str = ""  # the first blocking (else warning) message


def check_text(
    engine: PolicyEngine,
    feed: Mapping[str, Any],
    item: Mapping[str, Any],
    key: str,
    language: str,
    text: str,
    message_language: str | None = None,
) -> tuple[Verdict, str]:
    """One text's verdict and its first problem's message."""
    from advocate_desktop.policy.engine import TextTooLarge

    target = text_target(feed, item, key, language)
    try:
        result = engine.check(
            text,
            networks=[target.network],
            language=target.language,
            message_language=message_language,
            utm=None,  # the app puts the campaign's parameters on the links itself
            site=target.site,
            company_content=True,
            labels=target.labels,
        )
    except TextTooLarge:
        return Verdict.UNCHECKED, ""
    if result.blocking:
        return Verdict.BLOCKED, result.blocking[0].message
    if result.warnings:
        return Verdict.WARNS, result.warnings[0].message
    return Verdict.PASSES, ""


def suggested_verdicts(
    engine: PolicyEngine, feed: Mapping[str, Any], message_language: str | None = None
) -> list[TextVerdict]:
    """Every suggested text of every item, checked as the app will check it."""
    verdicts = []
    items = feed.get("items")
    for index, item in enumerate(items if isinstance(items, list) else []):
        if not isinstance(item, dict):
            continue
        for text in suggested_texts(item):
            verdict, problem = check_text(
                engine, feed, item, text.network, text.language, text.text, message_language
            )
            verdicts.append(TextVerdict(index, text.network, text.language, verdict, problem))
    return verdicts
