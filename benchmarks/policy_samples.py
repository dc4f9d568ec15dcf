"""What the studio's Policy page pays on its worker after each edit: every sample post
checked against the built-in rules and the pack's rules, compiled afresh (the rule just
changed).  The page waits 300 ms after the last keystroke, then runs this once.

Usage: python benchmarks/policy_samples.py [--samples N] [--terms N] [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from typing import Any

from advocate_desktop.paths import demo_pack_dir
from advocate_desktop.services.policy_editing import Sample, sample_catches, warm_up

TEXTS = (
    ("#pracujęwNordvik Spotkanie z klientem Orbisem poszło świetnie, dzięki zespołowi!", "pl"),
    ("#IWorkAtNordvik Try Nordvik pay today: https://nordvik.example/pay", "en"),
    ("Great week in Gdańsk with the Altair team. Call me at +48 600 700 800", "en"),
    ("Widziałem żubra w Białowieży, polecam każdemu ten las.", "pl"),
)


def rules(extra_terms: int) -> list[Any]:
    document = json.loads((demo_pack_dir() / "policy.json").read_text(encoding="utf-8"))
    found: list[Any] = document["rules"]
    if extra_terms:
        terms = [
            {"term": f"Klient{n}", "forms": [f"Klient{n}a", f"Klient{n}em"]}
            for n in range(extra_terms)
        ]
        found[0]["terms"] = found[0]["terms"] + terms
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=20)
    parser.add_argument("--terms", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=20)
    arguments = parser.parse_args()
    started = time.perf_counter()
    warm_up()
    warm_ms = (time.perf_counter() - started) * 1000
    print(f"warm-up (built-in rules, lists, models read once): {warm_ms:.0f} ms")
    samples = [Sample(*TEXTS[n % len(TEXTS)]) for n in range(arguments.samples)]
    for label, extra in (("demo policy", 0), (f"demo + {arguments.terms} terms", arguments.terms)):
        policy = rules(extra)
        times = []
        for _ in range(arguments.repeat):
            started = time.perf_counter()
            caught = sample_catches(policy, samples)
            times.append((time.perf_counter() - started) * 1000)
        print(
            f"{label}, {len(samples)} samples: median {statistics.median(times):.1f} ms,"
            f" max {max(times):.1f} ms ({len(caught.by_rule)} rules catch something)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
