"""LinkedIn's "little text" format for post commentary.

In the Posts API, ``\\ | { } @ [ ] ( ) < > # * _ ~`` are markup; to appear as
typed they are escaped with a backslash.  (Real hashtags and mentions use
templates such as ``{hashtag|\\#|tag}``, which a publisher adds deliberately.)
"""

from __future__ import annotations

RESERVED = frozenset("\\|{}@[]()<>#*_~")


def escape_little_text(text: str) -> str:
    return "".join(f"\\{char}" if char in RESERVED else char for char in text)


def unescape_little_text(text: str) -> str:
    """The text as LinkedIn shows it: every backslash escape undone."""
    result = []
    chars = iter(text)
    for char in chars:
        result.append(next(chars, "\\") if char == "\\" else char)
    return "".join(result)
