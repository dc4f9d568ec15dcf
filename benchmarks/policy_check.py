"""One policy check of a 3,000-character post (demo pack policy + built-in rules).

Usage: python benchmarks/policy_check.py [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time

from advocate_desktop.paths import demo_pack_dir
from advocate_desktop.policy.engine import PolicyEngine
from advocate_desktop.policy.loader import builtin_rules, combine, load_policy_file

PARAGRAPH = (
    "#pracujęwNordvik Dziś startuje NordvikPay – płatności natychmiastowe dla małych firm, "
    "bez terminala 👩‍💻. Więcej: https://nordvik.example/nordvikpay?utm_source=x. "
    "We worked with @ala@social.example on the rollout in Gdańsk and Poznań. "
)


def post(length: int = 3000) -> str:
    text = (PARAGRAPH * (length // len(PARAGRAPH) + 1))[:length]
    return text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=300)
    repeat = parser.parse_args().repeat
    started = time.perf_counter()
    engine = PolicyEngine(
        combine(builtin_rules(), load_policy_file(demo_pack_dir() / "policy.json"))
    )
    load_ms = (time.perf_counter() - started) * 1000
    text = post()
    assert len(text) == 3000
    print(f"policy load: {load_ms:.1f} ms; post: {len(text)} characters")
    for networks in (("linkedin",), ("x", "linkedin", "mastodon", "bluesky", "threads")):
        engine.check(text, networks=networks, language="pl")  # warm caches
        timings = []
        for _ in range(repeat):
            begin = time.perf_counter()
            engine.check(text, networks=networks, language="pl")
            timings.append((time.perf_counter() - begin) * 1000)
        timings.sort()
        print(
            f"networks {','.join(networks):<37} median {statistics.median(timings):6.2f} ms"
            f"  p95 {timings[int(len(timings) * 0.95)]:6.2f} ms  ({repeat} runs)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
