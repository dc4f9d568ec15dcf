"""Patterns compiled the first time they are used.

``regex`` compiles a pattern in Python, a millisecond or so for one with Unicode
properties, and ``advocate-pack check`` is a fresh process per post: a pattern
this post never needs (the link pattern for a post without a link) should cost
it nothing.  The app, which checks on every edit, compiles each once as before.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # ``regex`` itself is imported with the first pattern compiled
    import regex


class LazyPattern:
    """A ``regex`` pattern, compiled on first use and kept."""

    __slots__ = ("_compiled", "_ignore_case", "_source")

    def __init__(self, source: str, *, ignore_case: bool = False) -> None:
        self._source = source
        self._ignore_case = ignore_case
        self._compiled: regex.Pattern[str] | None = None

    @property
    def compiled(self) -> regex.Pattern[str]:
        if self._compiled is None:
            import regex

            flags = regex.IGNORECASE if self._ignore_case else 0
            self._compiled = regex.compile(self._source, flags)
        return self._compiled

    def finditer(self, text: str) -> Iterator[regex.Match[str]]:
        return self.compiled.finditer(text)

    def findall(self, text: str) -> list[str]:
        found: list[str] = self.compiled.findall(text)
        return found

    def match(self, text: str, position: int = 0) -> regex.Match[str] | None:
        return self.compiled.match(text, position)

    def search(self, text: str) -> regex.Match[str] | None:
        return self.compiled.search(text)
