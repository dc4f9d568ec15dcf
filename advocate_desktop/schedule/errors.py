"""Why a post did not go out, stored with it as a stable code the UI translates."""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import Enum


@dataclass(frozen=True)
class PostProblem:
    code: str
    detail: str = ""
    link: str = ""  # where the employee can check for themselves (their profile, the folder)

    def to_db(self) -> str:
        data = {"code": self.code, "detail": self.detail}
        if self.link:
            data["link"] = self.link
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def from_db(cls, text: str | None) -> PostProblem | None:
        if not text:
            return None
        try:
            data = json.loads(text)
            return cls(str(data["code"]), str(data.get("detail", "")), str(data.get("link", "")))
        except (ValueError, KeyError, TypeError):
            return cls("unknown", text)

    @property
    def action(self) -> Action:
        """What fixes it, for the button the Queue and notifications offer."""
        return ACTIONS.get(self.code, Action.CONFIRM)


UNKNOWN_OUTCOME = "unknown_outcome"
RETRIES_EXHAUSTED = "retries_exhausted"
POLICY_BLOCKED = "policy_blocked"
ACCOUNT_MISSING = "account_missing"
ACCOUNT_BROKEN = "account_broken"
UNEXPECTED = "unexpected_error"
ITEM_EXPIRED = "item_expired"
POLICY_UNAVAILABLE = "policy_unavailable"  # IT's policy does not load: nothing goes out
CONTENT_UNTRUSTED = "content_untrusted"  # signed-only on, and its signing key is gone
# IT no longer allows the post's network (allowed_networks); the detail is the network.
NETWORK_NOT_ALLOWED = "network_not_allowed"
# The network refused the post's content; its own message is the detail.
REJECTED = "rejected"
# The network refused the account's token; its posts wait until the employee signs in.
SIGN_IN_NEEDED = "sign_in_needed"
RATE_LIMITED = "rate_limited"
# The network refuses the account's posts for longer than a retry may wait; the detail
# is when it will take them again.
RATE_LIMITED_UNTIL = "rate_limited_until"
# A warning, not a failure: the account's token expires before the post's time.
TOKEN_EXPIRES = "token_expires"
# The post's images, checked before anything is sent (by the runner: the file is gone;
# by the network's publisher: what that network refuses).  The detail names the file.
IMAGE_MISSING = "image_missing"
ALT_TEXT_MISSING = "alt_text_missing"
ALT_TEXT_TOO_LONG = "alt_text_too_long"
IMAGE_UNREADABLE = "image_unreadable"
IMAGE_TOO_LARGE = "image_too_large"
IMAGE_TYPE_UNSUPPORTED = "image_type_unsupported"
TOO_MANY_IMAGES = "too_many_images"
#: Problems the employee fixes by editing the post's images.
IMAGE_PROBLEMS = frozenset(
    {
        IMAGE_MISSING,
        ALT_TEXT_MISSING,
        ALT_TEXT_TOO_LONG,
        IMAGE_UNREADABLE,
        IMAGE_TOO_LARGE,
        IMAGE_TYPE_UNSUPPORTED,
        TOO_MANY_IMAGES,
    }
)
# A post handed to the server's own scheduling is no longer there and did not go out
# (deleted on the server, or refused by it at its time): never posted again unasked.
SERVER_COPY_GONE = "server_copy_gone"


class Action(Enum):
    CONFIRM = "confirm"  # "Publish now" / "Reschedule" / "Cancel"
    EDIT = "edit"  # back to the editor
    SIGN_IN = "sign_in"  # sign in to the account again
    CHECK_PROFILE = "check_profile"  # look at the account's posts, then decide


ACTIONS: dict[str, Action] = {
    REJECTED: Action.EDIT,
    POLICY_BLOCKED: Action.EDIT,
    ACCOUNT_MISSING: Action.EDIT,
    NETWORK_NOT_ALLOWED: Action.EDIT,
    SIGN_IN_NEEDED: Action.SIGN_IN,
    UNKNOWN_OUTCOME: Action.CHECK_PROFILE,
    **{code: Action.EDIT for code in IMAGE_PROBLEMS},
    SERVER_COPY_GONE: Action.CHECK_PROFILE,
}
