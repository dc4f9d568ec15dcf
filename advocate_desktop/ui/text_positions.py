"""Qt counts positions in UTF-16 units; the core counts Python characters."""

from __future__ import annotations


def to_qt(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2


def from_qt(text: str, position: int) -> int:
    units = 0
    for index, char in enumerate(text):
        if units >= position:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)
