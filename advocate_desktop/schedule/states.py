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
    # A Mastodon account's post handed to the server's own scheduling (schedule/handoff.py):
    HANDING_OVER = "handing_over"  # written before the request that hands it over
    HELD_BY_SERVER = "held_by_server"  # the server publishes it at its time
    UPDATING_SERVER = "updating_server"  # the employee changed it; the server's copy follows
    # Posted by the employee on the network's share page (networks/share.py), as they told
    # the app: never published by the app, never seen by the runner.
    HANDED_OFF = "handed_off"


S = PostState

TRANSITIONS: dict[PostState, frozenset[PostState]] = {
    S.DRAFT: frozenset({S.SCHEDULED, S.HANDED_OFF}),
    S.SCHEDULED: frozenset({S.PUBLISHING, S.MISSED, S.CANCELLED, S.DRAFT, S.HANDING_OVER}),
    S.PUBLISHING: frozenset({S.PUBLISHED, S.RETRY_WAIT, S.NEEDS_ATTENTION}),
    # A retry slept through (the laptop was closed) is missed like a scheduled post.
    S.RETRY_WAIT: frozenset({S.PUBLISHING, S.CANCELLED, S.MISSED}),
    # The employee confirms a missed or troubled post before it goes anywhere.
    S.MISSED: frozenset({S.SCHEDULED, S.CANCELLED, S.DRAFT, S.HANDED_OFF}),
    # Back to the editor: a post the network rejected, or one to reword before retrying.
    S.NEEDS_ATTENTION: frozenset({S.SCHEDULED, S.CANCELLED, S.DRAFT, S.HANDED_OFF}),
    S.PUBLISHED: frozenset(),
    # Unanswered (a crash, a lost answer) it stays, until the server's list says where it is;
    # the server refused it or was never reached: it stays in the app and goes out from here.
    S.HANDING_OVER: frozenset({S.HELD_BY_SERVER, S.SCHEDULED, S.PUBLISHED, S.NEEDS_ATTENTION}),
    # Confirmed among the account's posts after its time, or gone from the server unpublished
    # (deleted there): never posted again without the employee.
    S.HELD_BY_SERVER: frozenset({S.PUBLISHED, S.NEEDS_ATTENTION, S.UPDATING_SERVER}),
    # Cancel, edit, a new time: the post reaches the employee's choice (``server_change``)
    # once the server's copy is deleted or re-timed, or is found to have gone out already.
    S.UPDATING_SERVER: frozenset(
        {S.CANCELLED, S.DRAFT, S.SCHEDULED, S.HELD_BY_SERVER, S.PUBLISHED, S.NEEDS_ATTENTION}
    ),
    S.CANCELLED: frozenset(),
    S.HANDED_OFF: frozenset(),
}

FINAL_STATES = frozenset(s for s, targets in TRANSITIONS.items() if not targets)

#: What the employee may ask of a post the server holds: each is reached through
#: UPDATING_SERVER, after the server's copy has been changed.
THROUGH_SERVER = frozenset({S.CANCELLED, S.DRAFT, S.SCHEDULED})


#: The app's own steps with a server: the employee waits until the server has answered.
TALKING_TO_SERVER = frozenset({S.HANDING_OVER, S.UPDATING_SERVER})


def choices_of(state: PostState) -> frozenset[PostState]:
    """The states the employee can move a post to from ``state``, directly or through the
    server that holds it."""
    if state is S.HELD_BY_SERVER:
        return THROUGH_SERVER
    if state in TALKING_TO_SERVER:
        return frozenset()
    return TRANSITIONS[state]


class IllegalTransition(ValueError):
    pass


def sources_of(target: PostState) -> tuple[str, ...]:
    """Every state from which ``target`` may be reached."""
    return tuple(str(s) for s, targets in TRANSITIONS.items() if target in targets)


def check_transition(current: PostState, target: PostState) -> None:
    if target not in TRANSITIONS[current]:
        raise IllegalTransition(f"a post cannot go from {current} to {target}")
