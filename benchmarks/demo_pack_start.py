"""The bundled demo pack at start: stored on the first start, checked on the others.

Before, every start parsed the demo pack and replaced its source's items in one
write transaction; now a start whose demo files did not change only reads them to
compute their digest.  Prints the median time of each, and their ratio.

Usage: python benchmarks/demo_pack_start.py [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from advocate_desktop.paths import AppPaths, demo_pack_dir
from advocate_desktop.schedule.clock import FakeClock
from advocate_desktop.services.app_services import build_services
from advocate_desktop.services.content import DEMO_KIND


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=30)
    arguments = parser.parse_args()
    clock = FakeClock(datetime(2026, 11, 30, 9, tzinfo=UTC))
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        paths = AppPaths(base / "data", base / "config", base / "cache", (base / "site",))
        services = build_services(paths, clock)
        stored, unchanged = [], []
        for _ in range(arguments.repeat):
            started = time.perf_counter()
            services.content.import_pack(demo_pack_dir(), kind=DEMO_KIND)  # what every start did
            stored.append(time.perf_counter() - started)
        services.content.import_demo_pack()
        for _ in range(arguments.repeat):
            started = time.perf_counter()
            services.content.import_demo_pack()  # what a start with an unchanged demo does now
            unchanged.append(time.perf_counter() - started)
        services.db.close()
    before, after = statistics.median(stored), statistics.median(unchanged)
    print(f"demo pack stored again (every start before): {before * 1000:.1f} ms (median)")
    print(f"demo pack unchanged (a start now):           {after * 1000:.1f} ms (median)")
    print(f"ratio before / now: {before / after:.1f}")


if __name__ == "__main__":
    main()
