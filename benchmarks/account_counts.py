"""What counting with an account's own rules costs per check of a post.

The editor measures the chosen account's network and every preview on each check.
Bluesky now counts its stored text (links shortened as the official app does) over
the typed text; a Mastodon account counts with its server's link weight.  Printed:
the median CPU time of this process for one measure of a post (so other work on a
shared machine does not count), per rules, beside the plain grapheme count Bluesky
used before, and the ratio.

Usage: python benchmarks/account_counts.py [--repeat N] [--length N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from dataclasses import replace

from advocate_desktop.networks.text_rules import account_text_rules
from advocate_desktop.text.counting import Analysis, grapheme_units
from advocate_desktop.text.networks import NetworkRules, measure_analysis, rules_for

PARAGRAPH = (
    "#pracujęwNordvik Dziś startuje NordvikPay – płatności natychmiastowe dla małych firm, "
    "bez terminala 👩‍💻. Więcej: https://www.nordvik.example/news/2026/nordvikpay-launch"
    "?utm_source=bluesky. We worked with @ala.bsky.social on the rollout in Gdańsk. "
)


def median_ms(rules: NetworkRules, text: str, repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        begin = time.process_time()
        measure_analysis(rules, Analysis(text), rules.limit)  # a fresh text each check
        timings.append((time.process_time() - begin) * 1000)
    return statistics.median(timings)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=300)
    parser.add_argument("--length", type=int, default=3000)
    options = parser.parse_args()
    text = (PARAGRAPH * (options.length // len(PARAGRAPH) + 1))[: options.length]
    bluesky = rules_for("bluesky")
    typed = replace(bluesky, units=grapheme_units, byte_units=None)
    server = {"limits": {"max_characters": 5000, "characters_reserved_per_url": 40}}
    cases = [
        ("bluesky, typed graphemes (before)", typed),
        ("bluesky, as the server counts", bluesky),
        ("mastodon, defaults", rules_for("mastodon")),
        ("mastodon account, 5000 / links 40", account_text_rules("mastodon", server)),
    ]
    print(f"post: {len(text)} characters, {options.repeat} runs each")
    results = {}
    for name, rules in cases:
        median_ms(rules, text, 20)  # warm up
        results[name] = median_ms(rules, text, options.repeat)
        print(f"{name:<36} median {results[name]:6.3f} ms")
    ratio = results[cases[1][0]] / results[cases[0][0]]
    print(f"bluesky as the server counts / typed graphemes: {ratio:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
