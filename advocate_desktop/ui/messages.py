"""Translated names for states and problem codes that the core reports as values."""

from __future__ import annotations

import contextlib
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from advocate_desktop.schedule.errors import PostProblem
from advocate_desktop.schedule.states import PostState


def state_label(state: str) -> str:
    labels = {
        PostState.DRAFT: QCoreApplication.translate("Messages", "Draft"),
        PostState.SCHEDULED: QCoreApplication.translate("Messages", "Scheduled"),
        PostState.PUBLISHING: QCoreApplication.translate("Messages", "Publishing…"),
        PostState.RETRY_WAIT: QCoreApplication.translate("Messages", "Waiting to retry"),
        PostState.PUBLISHED: QCoreApplication.translate("Messages", "Published"),
        PostState.NEEDS_ATTENTION: QCoreApplication.translate("Messages", "Needs attention"),
        PostState.MISSED: QCoreApplication.translate("Messages", "Missed – confirm to publish"),
        PostState.CANCELLED: QCoreApplication.translate("Messages", "Cancelled"),
        PostState.HANDING_OVER: QCoreApplication.translate(
            "Messages", "Handing over to the server…"
        ),
        PostState.HELD_BY_SERVER: QCoreApplication.translate("Messages", "Held by the server"),
        PostState.UPDATING_SERVER: QCoreApplication.translate(
            "Messages", "Changing on the server…"
        ),
    }
    try:
        return labels[PostState(state)]
    except ValueError:
        return state


def problem_text(problem: PostProblem | None) -> str:
    if problem is None:
        return ""
    texts = {
        "unknown_outcome": QCoreApplication.translate(
            "Messages",
            "The app stopped while this post was being published, so it is not known whether it"
            " went out. Check your account before publishing it again.",
        ),
        "retries_exhausted": QCoreApplication.translate(
            "Messages", "Publishing failed several times: %1"
        ),
        "policy_blocked": QCoreApplication.translate(
            "Messages",
            "The policy in force now blocks this post (%1). Edit it and schedule it again.",
        ),
        "account_missing": QCoreApplication.translate(
            "Messages", "The account for this post was removed. Pick another account."
        ),
        "account_broken": QCoreApplication.translate(
            "Messages", "The account's settings are incomplete: %1"
        ),
        "outbox_unwritable": QCoreApplication.translate(
            "Messages", "The outbox folder cannot be written: %1"
        ),
        "item_expired": QCoreApplication.translate(
            "Messages",
            "The content this post shares expired (%1), so it was not published.",
        ),
        "content_untrusted": QCoreApplication.translate(
            "Messages",
            "The content this post shares (%1) is no longer signed by a key this computer"
            " trusts, so it was not published.",
        ),
        "policy_unavailable": QCoreApplication.translate(
            "Messages",
            "Your IT department's policy could not be loaded (%1), so nothing is published"
            " until IT fixes it. Publish this post again from the Queue after that.",
        ),
        "unexpected_error": QCoreApplication.translate(
            "Messages", "An unexpected error happened: %1"
        ),
        "rejected": QCoreApplication.translate(
            "Messages", "The network refused this post: “%1”. Edit it and schedule it again."
        ),
        "sign_in_needed": QCoreApplication.translate(
            "Messages",
            "The network no longer accepts this account's sign-in (%1). Its posts wait until"
            " you sign in again.",
        ),
        "rate_limited": QCoreApplication.translate(
            "Messages", "The network asked to slow down; the post will be tried again later. %1"
        ),
        "rate_limited_until": QCoreApplication.translate(
            "Messages",
            "The network refuses posts from this account until %1, later than this post"
            " should go out. Publish it then, give it a new time, or cancel it.",
        ),
        "server_copy_gone": QCoreApplication.translate(
            "Messages",
            "The server was to publish this post, but it is no longer there and did not go"
            " out: it may have been deleted on the server. Check your account, then publish it"
            " again, give it a new time, or cancel it.",
        ),
        "token_expires": QCoreApplication.translate(
            "Messages",
            "The account's sign-in expires at %1, before this post's time. Sign in again before"
            " then, or the post will not go out.",
        ),
    }
    if problem.code in ("unknown_outcome", "server_copy_gone") and problem.link:
        return (
            texts[problem.code]
            + " "
            + QCoreApplication.translate("Messages", "Your posts: %1").replace("%1", problem.link)
        )
    template = texts.get(problem.code)
    if template is None:
        return (
            QCoreApplication.translate("Messages", "Publishing failed (%1): %2")
            .replace("%1", problem.code)
            .replace("%2", problem.detail)
        )
    detail = problem.detail
    if problem.code in ("token_expires", "rate_limited_until"):
        with contextlib.suppress(ValueError):
            detail = datetime.fromisoformat(detail).astimezone().strftime("%Y-%m-%d %H:%M")
    return template.replace("%1", detail)
