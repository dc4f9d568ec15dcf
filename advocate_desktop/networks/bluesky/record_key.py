"""The record key of a post, derived from our post id, so a publish is never doubled.

``app.bsky.feed.post`` records are keyed by a TID: 13 characters of
base32-sortable encoding of a 64-bit number, top bit zero, then 53 bits of
microseconds since the Unix epoch and 10 bits of clock id.  Deriving it from
the post id (not from a clock) makes it the same on every attempt: the server
refuses a second record under a taken key, and after a crash
``com.atproto.repo.getRecord`` answers exactly whether the post went out.

The 50 bits taken from the post id's SHA-256 are placed as a timestamp in the
first weeks of 2024 plus the clock id, so the key is valid, sorts before any
key the network hands out today, and two posts of one account collide with a
probability of about n²/2⁵¹.  The key's time means nothing: the record's
``createdAt`` carries the real time of publishing.
"""

from __future__ import annotations

import hashlib
import re

ALPHABET = "234567abcdefghijklmnopqrstuvwxyz"
TID_PATTERN = re.compile(r"^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$")
_BASE_MICROSECONDS = 1_704_067_200_000_000  # 2024-01-01T00:00:00Z
_SPREAD_BITS = 40  # about 12.7 days of microseconds


def tid(microseconds: int, clock_id: int) -> str:
    if not 0 <= microseconds < 2**53 or not 0 <= clock_id < 2**10:
        raise ValueError("a TID holds 53 bits of time and 10 bits of clock id")
    value = (microseconds << 10) | clock_id
    return "".join(ALPHABET[(value >> shift) & 31] for shift in range(60, -1, -5))


def record_key(post_id: str) -> str:
    """The TID under which the post with ``post_id`` is published, the same every time."""
    digest = hashlib.sha256(f"advocate-desktop/bluesky/{post_id}".encode()).digest()
    spread = int.from_bytes(digest[:8], "big") >> (64 - _SPREAD_BITS)
    clock_id = int.from_bytes(digest[8:10], "big") & 0x3FF
    return tid(_BASE_MICROSECONDS + spread, clock_id)
