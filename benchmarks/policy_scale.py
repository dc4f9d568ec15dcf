"""Issue 4's scale figures: a 3,000-character post against 2,000 (and 20,000)
confidential terms with their forms, 500 substitutions and every built-in rule;
then 2,000 terms listed without forms, which also load the lemmatizer (once per
process, on a worker in the app).

Usage: python benchmarks/policy_scale.py [--repeat N]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from advocate_desktop.policy.engine import PolicyEngine
from advocate_desktop.policy.loader import builtin_rules, combine, parse_policy
from benchmarks.policy_check import post

ENDINGS = ("u", "owi", "em", "ie", "y", "ów")
FIVE = ("x", "linkedin", "mastodon", "bluesky", "threads")


def policy(terms: int, substitutions: int, *, bare: bool = False) -> dict[str, object]:
    rng = random.Random(7)
    letters = "abcdefghijklmnoprstuwyzżźćńółęąś"

    def word() -> str:
        return "".join(rng.choice(letters) for _ in range(rng.randint(5, 11))).capitalize()

    confidential: list[object] = [
        word() if bare else {"term": (t := word()), "forms": [t + e for e in ENDINGS]}
        for _ in range(terms)
    ]
    replacements = [
        {"wrong": [w.lower() + " pay"], "right": w + "Pay"}
        for w in (word() for _ in range(substitutions))
    ]
    return {
        "rules": [
            {
                "id": "c",
                "kind": "confidential",
                "severity": "block",
                "message": {"en": "{match}"},
                "terms": confidential,
            },
            {
                "id": "s",
                "kind": "substitution",
                "severity": "suggest",
                "message": {"en": "{right}"},
                "replacements": replacements,
            },
        ]
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=100)
    repeat = parser.parse_args().repeat
    text = post()
    for terms, bare in ((2_000, False), (20_000, False), (2_000, True)):
        document = policy(terms, 500, bare=bare)
        if bare:
            # The first compile reads simplemma's data and stores the entries the
            # terms need; a later process reads only those.
            from advocate_desktop.policy import lemmas

            os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp()
            begin = time.perf_counter()
            PolicyEngine(combine(builtin_rules(), parse_policy(document, "bench")))
            print(
                f"first compile of the bare terms (no cache): {time.perf_counter() - begin:.2f} s"
            )
            lemmas._made.clear()
            lemmas._let_go()
        begin = time.perf_counter()
        engine = PolicyEngine(combine(builtin_rules(), parse_policy(document, "bench")))
        load_ms = (time.perf_counter() - begin) * 1000
        medians = []
        for networks in (["linkedin"], list(FIVE)):
            engine.check(text, networks=networks, language="pl")
            timings = []
            for _ in range(repeat):
                begin = time.perf_counter()
                engine.check(text, networks=networks, language="pl")
                timings.append((time.perf_counter() - begin) * 1000)
            medians.append(statistics.median(timings))
        shape = "without forms" if bare else f"(x{1 + len(ENDINGS)} forms)"
        print(
            f"{terms:>6} terms {shape} + 500 substitutions: load {load_ms:6.0f} ms, "
            f"check median {medians[0]:5.2f} ms (one network), {medians[1]:5.2f} ms "
            f"(five networks) ({repeat} runs)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
