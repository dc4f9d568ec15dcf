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
