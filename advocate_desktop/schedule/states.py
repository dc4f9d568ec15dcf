"""Post states and the moves between them (see DESIGN.md, "Flow of one post")."""

from __future__ import annotations

from enum import StrEnum


class PostState(StrEnum):
    DRAFT = "draft"
    SCHEDULED = "scheduled"
    PUBLISHING = "publishing"
    RETRY_WAIT = "retry_wait"
    PUBLISHED = "published"
    NEEDS_ATTENTION = "needs_attention"
    MISSED = "missed"
    CANCELLED = "cancelled"


S = PostState

TRANSITIONS: dict[PostState, frozenset[PostState]] = {
    S.DRAFT: frozenset({S.SCHEDULED}),
    S.SCHEDULED: frozenset({S.PUBLISHING, S.MISSED, S.CANCELLED, S.DRAFT}),
    S.PUBLISHING: frozenset({S.PUBLISHED, S.RETRY_WAIT, S.NEEDS_ATTENTION}),
    # A retry slept through (the laptop was closed) is missed like a scheduled post.
    S.RETRY_WAIT: frozenset({S.PUBLISHING, S.CANCELLED, S.MISSED}),
    # The employee confirms a missed or troubled post before it goes anywhere.
    S.MISSED: frozenset({S.SCHEDULED, S.CANCELLED, S.DRAFT}),
    # Back to the editor: a post the network rejected, or one to reword before retrying.
    S.NEEDS_ATTENTION: frozenset({S.SCHEDULED, S.CANCELLED, S.DRAFT}),
    S.PUBLISHED: frozenset(),
    S.CANCELLED: frozenset(),
}

FINAL_STATES = frozenset(s for s, targets in TRANSITIONS.items() if not targets)


class IllegalTransition(ValueError):
    pass


def sources_of(target: PostState) -> tuple[str, ...]:
    """Every state from which ``target`` may be reached."""
    return tuple(str(s) for s, targets in TRANSITIONS.items() if target in targets)


def check_transition(current: PostState, target: PostState) -> None:
    if target not in TRANSITIONS[current]:
        raise IllegalTransition(f"a post cannot go from {current} to {target}")
