"""What the employee is told about their posts, as plain values the UI shows.

The runner reports :class:`~advocate_desktop.schedule.runner.Outcome` values; the
UI turns each into a :class:`Notice` (:func:`notice_for`) and shows it in the
tray or, without a tray, in the window.  Code that finds an account needs a new
sign-in (a 401) either gives the post ``PostProblem(SIGN_IN_NEEDED, …)`` or
hands the UI a notice of its own (:func:`sign_in_needed`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import StrEnum

from advocate_desktop.schedule import errors
from advocate_desktop.schedule.errors import PostProblem
from advocate_desktop.schedule.states import PostState

SIGN_IN_NEEDED = "sign_in_needed"


class NoticeKind(StrEnum):
    PUBLISHED = "published"
    FAILED = "failed"
    MISSED = "missed"
    SIGN_IN_NEEDED = "sign_in_needed"
    SIGN_IN_EXPIRES = "sign_in_expires"  # a week or less before the sign-in runs out


class Fix(StrEnum):
    """The one action a notice offers, the one that deals with what it reports."""

    OPEN_POST = "open_post"  # see the published post
    REVIEW_IN_QUEUE = "review_in_queue"  # publish now, reschedule or cancel
    ACCOUNT_SETTINGS = "account_settings"  # the account's folder or settings are wrong
    SIGN_IN = "sign_in"  # the network wants the employee to sign in again


# Problems the account's settings fix; every other problem is decided in the Queue.
_ACCOUNT_PROBLEMS = frozenset({errors.ACCOUNT_BROKEN, "outbox_unwritable"})


@dataclass(frozen=True)
class Notice:
    kind: NoticeKind
    fix: Fix
    post_id: str | None = None
    account_id: str | None = None
    url: str | None = None  # the published post
    problem: PostProblem | None = None
    count: int = 1  # more than one: a summary of that many notices of this kind
    account_name: str = ""
    network: str = ""
    days_left: int | None = None  # SIGN_IN_EXPIRES: whole days until it runs out


def sign_in_expires(account_id: str, account_name: str, network: str, days_left: int) -> Notice:
    """The account's sign-in runs out in ``days_left`` days (0: it has)."""
    return Notice(
        NoticeKind.SIGN_IN_EXPIRES,
        Fix.SIGN_IN,
        account_id=account_id,
        account_name=account_name,
        network=network,
        days_left=days_left,
    )


def sign_in_needed(account_id: str, post_id: str | None = None, detail: str = "") -> Notice:
    return Notice(
        NoticeKind.SIGN_IN_NEEDED,
        Fix.SIGN_IN,
        post_id=post_id,
        account_id=account_id,
        problem=PostProblem(SIGN_IN_NEEDED, detail),
    )


def notice_for(
    post_id: str,
    state: PostState,
    problem: PostProblem | None = None,
    *,
    account_id: str | None = None,
    url: str | None = None,
) -> Notice | None:
    """The notice a post's new state deserves; None for the quiet ones (a retry later)."""
    if state is PostState.PUBLISHED:
        return Notice(NoticeKind.PUBLISHED, Fix.OPEN_POST, post_id, account_id, url)
    if state is PostState.MISSED:
        return Notice(NoticeKind.MISSED, Fix.REVIEW_IN_QUEUE, post_id, account_id)
    if state is not PostState.NEEDS_ATTENTION:
        return None
    if problem is not None and problem.code == SIGN_IN_NEEDED:
        return sign_in_needed(account_id or "", post_id, problem.detail)
    fix = (
        Fix.ACCOUNT_SETTINGS
        if problem is not None and problem.code in _ACCOUNT_PROBLEMS
        else Fix.REVIEW_IN_QUEUE
    )
    return Notice(NoticeKind.FAILED, fix, post_id, account_id, problem=problem)


def summarize(notices: Iterable[Notice], most: int = 3) -> list[Notice]:
    """At most ``most`` notices: past that, one summary per kind, so a laptop that wakes
    up to fifty missed posts shows one message, not fifty."""
    notices = list(notices)
    if len(notices) <= most:
        return notices
    by_kind: dict[NoticeKind, list[Notice]] = {}
    for notice in notices:
        by_kind.setdefault(notice.kind, []).append(notice)
    summary = []
    for kind, group in by_kind.items():
        if len(group) == 1:
            summary.append(group[0])
            continue
        accounts = {n.account_id for n in group}
        fix = (
            Fix.SIGN_IN
            if kind in (NoticeKind.SIGN_IN_NEEDED, NoticeKind.SIGN_IN_EXPIRES)
            else Fix.REVIEW_IN_QUEUE
        )
        summary.append(
            replace(
                group[0],
                fix=fix,
                url=None,
                count=len(group),
                account_id=group[0].account_id if len(accounts) == 1 else None,
            )
        )
    return summary
