"""What importing the app costs at start-up, now against an earlier commit.

Usage: python benchmarks/import_cost.py [--against REF] [--runs N]

Each run is a fresh process that imports what ``advocate-desktop`` imports before
its first window (``advocate_desktop.app`` and ``advocate_desktop.ui.employee.main_window``)
and reports its CPU time (user + system) and wall time for the imports alone.
Both trees are byte-compiled first and PYTHONDONTWRITEBYTECODE unset, as an
installed program runs.  Runs of the two trees alternate, so a busy machine
weighs on both alike.  Also lists the network libraries the imports loaded:
they must load only when an account first needs them.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBE = """
import json, os, resource, sys, time
sys.path.insert(0, sys.argv[1])
t0, r0 = time.perf_counter(), resource.getrusage(resource.RUSAGE_SELF)
import advocate_desktop.app
import advocate_desktop.ui.employee.main_window
t1, r1 = time.perf_counter(), resource.getrusage(resource.RUSAGE_SELF)
cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
heavy = sorted(m for m in ("requests", "urllib3", "keyring", "truststore", "authlib", "PIL")
               if m in sys.modules)
print(json.dumps({"wall": t1 - t0, "cpu": cpu, "heavy": heavy}))
"""


def export(ref: str, into: Path) -> Path:
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", ref, "advocate_desktop"],
        check=True,
        capture_output=True,
    ).stdout
    tar_path = into / "tree.tar"
    tar_path.write_bytes(archive)
    with tarfile.open(tar_path) as tar:
        tar.extractall(into, filter="data")
    return into


def run(tree: Path) -> dict[str, object]:
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    environment["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(tree)],
        check=True,
        capture_output=True,
        text=True,
        env=environment,
        cwd=tree,
    )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--against", default="673f08d", help="the earlier commit")
    parser.add_argument("--runs", type=int, default=15)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        before = export(arguments.against, Path(scratch))
        trees = {"now": ROOT, arguments.against: before}
        for tree in trees.values():
            compileall.compile_dir(tree / "advocate_desktop", quiet=1)
        samples: dict[str, list[dict[str, object]]] = {name: [] for name in trees}
        for _ in range(arguments.runs):
            for name, tree in trees.items():
                samples[name].append(run(tree))
        for name, found in samples.items():
            cpu = statistics.median(float(str(s["cpu"])) for s in found) * 1000
            wall = statistics.median(float(str(s["wall"])) for s in found) * 1000
            print(
                f"{name:>10}: imports {cpu:.0f} ms CPU, {wall:.0f} ms wall (median of "
                f"{len(found)}); network libraries loaded: {found[-1]['heavy'] or 'none'}"
            )
        now = statistics.median(float(str(s["cpu"])) for s in samples["now"])
        then = statistics.median(float(str(s["cpu"])) for s in samples[arguments.against])
        print(f"difference: {(now - then) * 1000:+.0f} ms CPU")


if __name__ == "__main__":
    main()
