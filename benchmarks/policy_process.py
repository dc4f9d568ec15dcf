"""A whole ``advocate-pack check`` process: the demo pack's policy (every term lists
its forms) and a policy of bare terms (as IT writes them), the first run of which
stores the lemma entries its terms need; later runs read them.

The package is byte-compiled first and PYTHONDONTWRITEBYTECODE unset, so every
process starts from .pyc files as an installed program does.

Usage: python benchmarks/policy_process.py [--repeat N] [--instructions]

Each figure is the median of N fresh processes: wall time, and the CPU time
(user + system) the process used, which a busy machine inflates much less than
wall time.  "python -c pass" is the interpreter's own start, for reference.

``--instructions`` (needs ``apt install valgrind``) adds the instructions each
process executes, counted by valgrind's callgrind: a figure a busy machine does
not change, for comparing two versions while other work runs.  On this machine one second of a
quiet process is about 2.05 billion of them (``python -c pass``: 39 million
instructions, 0.019 s).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
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


def timed(arguments: list[str], environment: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    begin = time.perf_counter()
    subprocess.run(arguments, env=environment, capture_output=True, check=False, timeout=300)
    wall = time.perf_counter() - begin
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu


def instructions(arguments: list[str], environment: dict[str, str]) -> str:
    """The instructions one process executes, by valgrind's count."""
    with tempfile.TemporaryDirectory() as scratch:
        finished = subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                f"--callgrind-out-file={scratch}/callgrind.out",
                *arguments,
            ],
            env=environment,
            capture_output=True,
            text=True,
            check=False,
            timeout=600,
        )
    for line in finished.stderr.splitlines():
        if "Collected :" in line:
            return f"{int(line.rsplit(':', 1)[1]) / 1e6:6.1f} million instructions"
    raise RuntimeError(f"valgrind gave no count: {finished.stderr[-500:]}")


def median(arguments: list[str], environment: dict[str, str], repeat: int) -> str:
    runs = [timed(arguments, environment) for _ in range(repeat)]
    wall = statistics.median(run[0] for run in runs)
    cpu = statistics.median(run[1] for run in runs)
    return f"median {wall:6.3f} s wall, {cpu:6.3f} s CPU"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--instructions", action="store_true", help="count with valgrind too")
    options = parser.parse_args()
    repeat = options.repeat
    compileall.compile_dir(str(ROOT / "advocate_desktop"), quiet=1)
    # The installed command, as users and their CI run it: "python -m" would compile
    # pack_cli.py afresh in every process (a __main__ module has no .pyc).
    command = Path(sys.executable).parent / "advocate-pack"
    check = [str(command), "check", "--lang", "pl"]
    with tempfile.TemporaryDirectory() as scratch:
        environment = {**os.environ, "XDG_CACHE_HOME": str(Path(scratch) / "cache")}
        environment.pop("PYTHONDONTWRITEBYTECODE", None)
        policy = Path(scratch) / "bare.json"
        policy.write_text(json.dumps(BARE_POLICY), encoding="utf-8")
        started = median([sys.executable, "-c", "pass"], environment, repeat)
        print(f"python -c pass                          {started}")
        listed = median([*check, "--text", POST], environment, repeat)
        print(f"check, demo policy (listed forms)       {listed}")
        if options.instructions:
            interpreter = instructions([sys.executable, "-c", "pass"], environment)
            print(f"python -c pass                          {interpreter}")
            counted = instructions([*check, "--text", POST], environment)
            print(f"check, demo policy (listed forms)       {counted}")
        bare = [*check, "--policy", str(policy), "--text", POST]
        cold_wall, cold_cpu = timed(bare, environment)
        print(
            f"check, bare terms, first run (no cache) once   {cold_wall:6.3f} s wall,"
            f" {cold_cpu:6.3f} s CPU"
        )
        warm = median(bare, environment, repeat)
        print(f"check, bare terms, cache stored         {warm}")
        stored = sum(f.stat().st_size for f in (Path(scratch) / "cache").rglob("*.json"))
        print(f"lemma cache: {stored / 1024:.1f} KiB ({repeat} runs each)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
