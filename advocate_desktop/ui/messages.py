"""Translated names for states and problem codes that the core reports as values."""

from __future__ import annotations

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
        "policy_unavailable": QCoreApplication.translate(
            "Messages",
            "Your IT department's policy could not be loaded (%1), so nothing is published"
            " until IT fixes it. Publish this post again from the Queue after that.",
        ),
        "unexpected_error": QCoreApplication.translate(
            "Messages", "An unexpected error happened: %1"
        ),
    }
    template = texts.get(problem.code)
    if template is None:
        return (
            QCoreApplication.translate("Messages", "Publishing failed (%1): %2")
            .replace("%1", problem.code)
            .replace("%2", problem.detail)
        )
    return template.replace("%1", problem.detail)
