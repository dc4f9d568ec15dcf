"""Translated names for states and problem codes that the core reports as values."""

from __future__ import annotations

import contextlib
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from advocate_desktop.networks.registry import error_message
from advocate_desktop.networks.registry import label as network_label
from advocate_desktop.networks.spec import ERRORS_CONTEXT
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
        PostState.HANDED_OFF: QCoreApplication.translate("Messages", "Posted by you"),
    }
    try:
        return labels[PostState(state)]
    except ValueError:
        return state


def network_error_text(code: str, detail: str = "", network: str = "") -> str | None:
    """A network's error code (its spec's message) in the employee's language, with the
    error's detail; None when no network has that code."""
    english = error_message(code, network)
    if english is None:
        return None
    text = QCoreApplication.translate(ERRORS_CONTEXT, english)
    if "%1" in text:
        return text.replace("%1", detail)
    if not detail:
        return text
    return (
        QCoreApplication.translate("Messages", "%1 Details: %2")
        .replace("%1", text)
        .replace("%2", detail)
    )


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
        "item_expired": QCoreApplication.translate(
            "Messages",
            "The content this post shares expired (%1), so it was not published.",
        ),
        "content_untrusted": QCoreApplication.translate(
            "Messages",
            "The content this post shares (%1) is no longer signed by a key this computer"
            " trusts, so it was not published.",
        ),
        "network_not_allowed": QCoreApplication.translate(
            "Messages",
            "Your organization no longer allows posting to %1, so this post was not sent."
            " Edit it to pick an account on another network, or cancel it.",
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
        "image_missing": QCoreApplication.translate(
            "Messages",
            "An image of this post is no longer on this computer (%1). Put the file back, or"
            " edit the post, and schedule it again.",
        ),
        "alt_text_missing": QCoreApplication.translate(
            "Messages",
            "An image of this post has no description (alt text), which this network"
            " requires (%1). Add one and schedule the post again.",
        ),
        "alt_text_too_long": QCoreApplication.translate(
            "Messages",
            "An image description (alt text) is longer than this network allows (%1)."
            " Shorten it and schedule the post again.",
        ),
        "image_unreadable": QCoreApplication.translate(
            "Messages",
            "An image of this post cannot be read (%1). Replace it and schedule the post again.",
        ),
        "image_too_large": QCoreApplication.translate(
            "Messages",
            "An image of this post is larger than this network allows (%1). Use a smaller one"
            " and schedule the post again.",
        ),
        "image_type_unsupported": QCoreApplication.translate(
            "Messages",
            "This network does not accept this kind of image (%1). Use a JPEG or PNG image"
            " and schedule the post again.",
        ),
        "too_many_images": QCoreApplication.translate(
            "Messages",
            "This post has more images than this network allows (%1). Remove some and"
            " schedule it again.",
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
        from_network = network_error_text(problem.code, problem.detail)
        if from_network is not None:
            return from_network
        return (
            QCoreApplication.translate("Messages", "Publishing failed (%1): %2")
            .replace("%1", problem.code)
            .replace("%2", problem.detail)
        )
    detail = problem.detail
    if problem.code == "network_not_allowed":
        detail = network_label(detail)
    if problem.code in ("token_expires", "rate_limited_until"):
        with contextlib.suppress(ValueError):
            detail = datetime.fromisoformat(detail).astimezone().strftime("%Y-%m-%d %H:%M")
    return template.replace("%1", detail)
