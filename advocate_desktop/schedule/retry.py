"""How long to wait before trying again: exponential back-off with jitter."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import timedelta


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 5
    first_delay: timedelta = timedelta(minutes=1)
    max_delay: timedelta = timedelta(hours=1)
    # The random share of each delay, so accounts (and laptops) that failed together
    # do not all come back in the same second: 0.5 waits between half and all of it.
    jitter: float = 0.5

    def __post_init__(self) -> None:
        if not 0.0 <= self.jitter <= 1.0:
            raise ValueError("jitter is a fraction between 0 and 1")

    def delay(self, failures: int, rng: random.Random | None = None) -> timedelta:
        """The wait after the ``failures``-th failure in a row (1 for the first)."""
        doublings = min(max(failures - 1, 0), 40)  # beyond that it is max_delay anyway
        full: timedelta = min(self.first_delay * (2**doublings), self.max_delay)
        if not self.jitter:
            return full
        share = (rng or random).random()
        return full * (1 - self.jitter) + full * self.jitter * share
