"""The networks the app knows, by name: display label and default limit.

Kept apart from the counting code so that a list of networks costs no imports.
"""

from __future__ import annotations

LABELS: dict[str, str] = {
    "x": "X",
    "linkedin": "LinkedIn",
    "mastodon": "Mastodon",
    "bluesky": "Bluesky",
    "threads": "Threads",
    "facebook": "Facebook",
    "instagram": "Instagram",
}

LIMITS: dict[str, int] = {
    "x": 280,
    "linkedin": 3000,
    "mastodon": 500,
    "bluesky": 300,
    "threads": 500,
    "facebook": 63206,
    "instagram": 2200,
}


def label(network: str) -> str:
    return LABELS.get(network, network)


#: The networks whose text rules the editor previews and the pack tool checks by
#: default, in the order they are shown: the ones the Outbox can stand in for most
#: often, and every account network's own rules.
PREVIEWED: tuple[str, ...] = ("x", "linkedin", "mastodon", "bluesky", "threads")

#: What an Outbox account stands in for when its configuration says nothing.
DEFAULT_TEXT_TARGET = "linkedin"


def text_targets() -> tuple[str, ...]:
    """Every network a post can be written for (its text rules exist), previewed first."""
    rest = [name for name in LABELS if name not in PREVIEWED]
    return (*PREVIEWED, *rest)
