"""Translated names for states and problem codes that the core reports as values."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from advocate_desktop.schedule.errors import PostProblem
from advocate_desktop.schedule.states import PostState


def _t(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def state_label(state: str) -> str:
    labels = {
        PostState.DRAFT: _t("Draft"),
        PostState.SCHEDULED: _t("Scheduled"),
        PostState.PUBLISHING: _t("Publishing…"),
        PostState.RETRY_WAIT: _t("Waiting to retry"),
        PostState.PUBLISHED: _t("Published"),
        PostState.NEEDS_ATTENTION: _t("Needs attention"),
        PostState.MISSED: _t("Missed – confirm to publish"),
        PostState.CANCELLED: _t("Cancelled"),
    }
    try:
        return labels[PostState(state)]
    except ValueError:
        return state


def problem_text(problem: PostProblem | None) -> str:
    if problem is None:
        return ""
    texts = {
        "unknown_outcome": _t(
            "The app stopped while this post was being published, so it is not known whether it"
            " went out. Check your account before publishing it again."
        ),
        "retries_exhausted": _t("Publishing failed several times: %1"),
        "policy_blocked": _t(
            "The policy in force now blocks this post (%1). Edit it and schedule it again."
        ),
        "account_missing": _t("The account for this post was removed. Pick another account."),
        "account_broken": _t("The account's settings are incomplete: %1"),
        "outbox_unwritable": _t("The outbox folder cannot be written: %1"),
        "unexpected_error": _t("An unexpected error happened: %1"),
    }
    template = texts.get(problem.code)
    if template is None:
        return _t("Publishing failed (%1): %2").replace("%1", problem.code).replace(
            "%2", problem.detail
        )
    return template.replace("%1", problem.detail)
