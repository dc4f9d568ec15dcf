"""Checking one post against a policy and the networks' length rules.

This module is on ``advocate-pack check``'s path, which runs in editors' save hooks:
it imports nothing heavy at the top (the policy engine loads only for a post that
is not refused first).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from advocate_desktop.paths import demo_pack_dir
from advocate_desktop.policy.model import MAX_CHECK_CHARACTERS
from advocate_desktop.services.authoring.errors import BadInput, PostTooLarge
from advocate_desktop.text.catalog import PREVIEWED

if TYPE_CHECKING:
    from collections.abc import Sequence

    from advocate_desktop.policy.engine import CheckResult

DEFAULT_NETWORKS: tuple[str, ...] = tuple(PREVIEWED)


def too_large(length: str) -> PostTooLarge:
    return PostTooLarge(
        f"the post has {length} characters; the check accepts at most"
        f" {MAX_CHECK_CHARACTERS:,} (no network takes a post nearly this long)"
    )


def read_post(stream: BinaryIO) -> str:
    """A post from a byte stream, strictly UTF-8, refused early when over the cap:
    at most four bytes a character, so more bytes than that is too long unread."""
    limit = MAX_CHECK_CHARACTERS * 4
    try:
        data = stream.read(limit + 1)
    except OSError as error:
        raise BadInput(f"cannot read the post from standard input: {error}") from None
    if len(data) > limit:
        raise too_large("more than " + f"{MAX_CHECK_CHARACTERS:,}")
    # Decode strictly: a post that is not UTF-8 must not reach the check as
    # surrogate-escaped garbage with wrong offsets.
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise BadInput(f"cannot read the post from standard input: {error}") from None


def check_post(
    text: str,
    *,
    networks: Sequence[str] | None = None,
    language: str = "en",
    policy_path: Path | None = None,
    from_feed: bool = False,
) -> CheckResult:
    """The employee-side check of ``text``: the built-in rules plus ``policy_path``
    (default: the bundled demo pack's policy), for ``networks`` (default: the
    previewed ones).  ``from_feed``: the post is made from a feed item, so it must
    carry a disclosure even when it does not name the company.  Raises
    :class:`PostTooLarge` or :class:`BadInput` (an invalid policy)."""
    if len(text) > MAX_CHECK_CHARACTERS:
        raise too_large(f"{len(text):,}")
    from advocate_desktop.policy.engine import PolicyEngine
    from advocate_desktop.policy.loader import (
        PolicyError,
        builtin_rules,
        combine,
        load_policy_file,
    )

    try:
        policy = combine(builtin_rules(), load_policy_file(policy_path or default_policy_path()))
    except PolicyError as error:
        raise BadInput(f"invalid policy: {error}") from None
    chosen = tuple(dict.fromkeys(networks or DEFAULT_NETWORKS))
    return PolicyEngine(policy).check(
        text, networks=chosen, language=language, company_content=from_feed
    )


def default_policy_path() -> Path:
    return demo_pack_dir() / "policy.json"
