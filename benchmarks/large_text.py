"""Large texts: ``advocate-pack check`` given 10 MB, and one check at the cap.

The check refuses a text over 100,000 characters before any rule runs, and the
command line reads at most 400,001 bytes of standard input (four bytes per
character), so a huge input costs a short read and an error.  Measured here:
the command's wall time and peak memory for 10 MB and 1 MB of standard input
(and, for comparison, for an ordinary post), and the in-process time of one
check of a realistic text at the cap.

Usage: python benchmarks/large_text.py [--repeat N]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time

from advocate_desktop.paths import demo_pack_dir
from advocate_desktop.policy.engine import MAX_CHECK_CHARACTERS, PolicyEngine
from advocate_desktop.policy.loader import builtin_rules, combine, load_policy_file
from benchmarks.policy_check import post


def run_cli(data: bytes) -> tuple[float, float, int]:
    """Wall seconds, peak resident MiB of the child, and its exit status."""
    command = [sys.executable, "-m", "advocate_desktop.pack_cli", "check", "--json"]
    code = (
        "import resource, subprocess, sys, time\n"
        "data = sys.stdin.buffer.read()\n"
        "start = time.perf_counter()\n"
        f"done = subprocess.run({command!r}, input=data, capture_output=True)\n"
        "wall = time.perf_counter() - start\n"
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
        "print(wall, peak, done.returncode)\n"
    )
    # A fresh parent per run, so the children's peak is this run's alone.
    out = subprocess.run(
        [sys.executable, "-c", code], input=data, capture_output=True, check=True, env=os.environ
    )
    wall, peak, status = out.stdout.split()
    return float(wall), float(peak), int(status)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    repeat = parser.parse_args().repeat
    for label, data in (
        ("10 MB", b"a" * 10_000_000),
        ("1 MB", ("Zażółć gęślą jaźń " * 60_000).encode()[:1_000_000]),
        ("a 3,000-character post", post().encode()),
    ):
        runs = [run_cli(data) for _ in range(repeat)]
        walls = sorted(r[0] for r in runs)
        peaks = sorted(r[1] for r in runs)
        print(
            f"advocate-pack check, {label:<24} median {statistics.median(walls) * 1000:7.0f} ms"
            f"  peak {max(peaks):6.1f} MiB  exit {runs[0][2]}  ({repeat} runs)"
        )
    engine = PolicyEngine(
        combine(builtin_rules(), load_policy_file(demo_pack_dir() / "policy.json"))
    )
    text = post(MAX_CHECK_CHARACTERS)
    timings = []
    for _ in range(repeat):
        begin = time.perf_counter()
        engine.check(text, networks=["linkedin"], language="pl", company_content=True)
        timings.append(time.perf_counter() - begin)
    print(
        f"one check at the cap ({len(text):,} characters, LinkedIn): median"
        f" {statistics.median(timings) * 1000:.0f} ms, slowest {max(timings) * 1000:.0f} ms"
    )
    print(
        f"this process's peak: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
