"""The own-words comparison (text/own_words.py), as the editor's meter runs it on a
worker after typing stops: a typical post, a LinkedIn-length post, and the worst case
the meter still compares (MAX_WORDS words of few distinct words, reordered).

Usage: python benchmarks/own_words.py [--repeat N]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from advocate_desktop.text.own_words import MAX_WORDS, compare

SUGGESTED = (
    "#IWorkAtNordvik We're opening an office in Gdańsk and hiring 40 engineers. Backend,"
    " data, security – come build payments with us! https://nordvik.example/en/careers/gdansk"
)


def median_ms(function: object, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()  # type: ignore[operator]
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=20)
    repeat = parser.parse_args().repeat
    rewrite = "My team is growing! " + SUGGESTED.replace("come build", "build")
    long_suggested = " ".join([SUGGESTED] * 16)[:3000]
    long_post = "A few words of mine first. " + long_suggested
    rng = random.Random(7)
    vocabulary = ["a", "b", "c", "dd", "ee", "ff", "word", "other"]
    worst = [rng.choice(vocabulary) for _ in range(MAX_WORDS)]
    cases = (
        ("typical post (30 words)", lambda: compare(SUGGESTED, rewrite)),
        ("LinkedIn-length post (3,000 characters)", lambda: compare(long_suggested, long_post)),
        (
            f"worst case compared ({MAX_WORDS:,} words each)",
            lambda: compare(" ".join(worst), " ".join(reversed(worst))),
        ),
    )
    for name, function in cases:
        print(f"{name}: {median_ms(function, repeat):.2f} ms (median of {repeat})")


if __name__ == "__main__":
    main()
