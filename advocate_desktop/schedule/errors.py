"""Why a post did not go out, stored with it as a stable code the UI translates."""

from __future__ import annotations

import json
from dataclasses import dataclass


@dataclass(frozen=True)
class PostProblem:
    code: str
    detail: str = ""

    def to_db(self) -> str:
        return json.dumps({"code": self.code, "detail": self.detail}, ensure_ascii=False)

    @classmethod
    def from_db(cls, text: str | None) -> PostProblem | None:
        if not text:
            return None
        try:
            data = json.loads(text)
            return cls(str(data["code"]), str(data.get("detail", "")))
        except (ValueError, KeyError, TypeError):
            return cls("unknown", text)


UNKNOWN_OUTCOME = "unknown_outcome"
RETRIES_EXHAUSTED = "retries_exhausted"
POLICY_BLOCKED = "policy_blocked"
ACCOUNT_MISSING = "account_missing"
ACCOUNT_BROKEN = "account_broken"
UNEXPECTED = "unexpected_error"
ITEM_EXPIRED = "item_expired"
POLICY_UNAVAILABLE = "policy_unavailable"  # IT's policy does not load: nothing goes out
