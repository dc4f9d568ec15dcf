"""Qt counts positions in UTF-16 units; the core counts Python characters."""

from __future__ import annotations


def to_qt(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2
