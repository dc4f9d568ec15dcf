from __future__ import annotations


class FeedError(ValueError):
    """A feed or pack that cannot be used; names the file and the JSON pointer."""

    def __init__(self, source: str, pointer: str, problem: str) -> None:
        where = f"{source}: {pointer}" if pointer else source
        super().__init__(f"{where}: {problem}")
        self.source = source
        self.pointer = pointer
        self.problem = problem
