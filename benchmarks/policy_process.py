"""A whole ``advocate-pack check`` process: the demo pack's policy (every term lists
its forms) and a policy of bare terms (as IT writes them), the first run of which
stores the lemma entries its terms need; later runs read them.

Usage: python benchmarks/policy_process.py [--repeat N]

Each figure is the median wall time of N fresh processes; "python -c pass" is
the interpreter's own start, for reference.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

POST = "Rozmowy z Orbisami i Zubrem, spotkanie z Kornetami. Zefir w Komecie, klienci Zefira."
BARE_POLICY = {
    "rules": [
        {
            "id": "it.codenames",
            "kind": "confidential",
            "severity": "block",
            "message": {"en": "{match}", "pl": "{match}"},
            "terms": ["Zefir", "Kometa", "klient Orbis", "Szklana Pułapka", "Altair"],
        }
    ]
}


def timed(arguments: list[str], environment: dict[str, str]) -> float:
    begin = time.perf_counter()
    subprocess.run(arguments, env=environment, capture_output=True, check=False, timeout=300)
    return time.perf_counter() - begin


def median(arguments: list[str], environment: dict[str, str], repeat: int) -> float:
    return statistics.median(timed(arguments, environment) for _ in range(repeat))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=10)
    repeat = parser.parse_args().repeat
    check = [sys.executable, "-m", "advocate_desktop.pack_cli", "check", "--lang", "pl"]
    with tempfile.TemporaryDirectory() as scratch:
        environment = {**os.environ, "XDG_CACHE_HOME": str(Path(scratch) / "cache")}
        policy = Path(scratch) / "bare.json"
        policy.write_text(json.dumps(BARE_POLICY), encoding="utf-8")
        started = median([sys.executable, "-c", "pass"], environment, repeat)
        print(f"python -c pass                          median {started:6.3f} s")
        listed = median([*check, "--text", POST], environment, repeat)
        print(f"check, demo policy (listed forms)       median {listed:6.3f} s")
        bare = [*check, "--policy", str(policy), "--text", POST]
        cold = timed(bare, environment)
        print(f"check, bare terms, first run (no cache) once   {cold:6.3f} s")
        warm = median(bare, environment, repeat)
        print(f"check, bare terms, cache stored         median {warm:6.3f} s")
        stored = sum(f.stat().st_size for f in (Path(scratch) / "cache").rglob("*.json"))
        print(f"lemma cache: {stored / 1024:.1f} KiB ({repeat} runs each)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
