"""What the employee may do to a post in the Queue, read off the state machine.

The Queue enables a button only when this says so, and the service that carries
the action out checks the same moves again, so a stale button cannot move a post
where the state machine forbids it.
"""

from __future__ import annotations

from enum import StrEnum

from advocate_desktop.schedule.states import PostState, choices_of


class QueueAction(StrEnum):
    EDIT = "edit"  # back to the editor as a draft
    PUBLISH_NOW = "publish_now"
    RESCHEDULE = "reschedule"
    CANCEL = "cancel"
    OPEN = "open"  # the published post (a remote URL or the Outbox file)
    SHARE = "share"  # on a network's share page, by the employee (networks/share.py)
    DELETE = "delete"  # a draft, with an undo


def can_retime(state: PostState) -> bool:
    """A time can be set: a scheduled post is re-timed, a missed or troubled one confirmed.

    A draft gets its time in the editor, with the policy check; a post waiting to
    retry or being published is the runner's until it settles.  A post a server holds
    is re-timed there.
    """
    return state is PostState.SCHEDULED or (
        state is not PostState.DRAFT and PostState.SCHEDULED in choices_of(state)
    )


def available_actions(state: str, remote_url: str | None = None) -> frozenset[QueueAction]:
    try:
        current = PostState(state)
    except ValueError:
        return frozenset()  # a state this version does not know: touch nothing
    targets = choices_of(current)
    actions: set[QueueAction] = set()
    if current is PostState.DRAFT or PostState.DRAFT in targets:
        actions.add(QueueAction.EDIT)
    if current is PostState.DRAFT:
        actions.add(QueueAction.DELETE)
    if can_retime(current):
        actions.update((QueueAction.PUBLISH_NOW, QueueAction.RESCHEDULE))
    if PostState.CANCELLED in targets:
        actions.add(QueueAction.CANCEL)
    if remote_url:
        actions.add(QueueAction.OPEN)
    if PostState.HANDED_OFF in targets:
        actions.add(QueueAction.SHARE)
    return frozenset(actions)
