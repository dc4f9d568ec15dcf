"""Cold start of Advocate Desktop against a bare PySide6 window.

Both programs are started as fresh processes on the offscreen platform; the
clock stops when they report their first painted window (the app: with the
demo pack loaded and shown).  Peak RSS (VmHWM) is read at that moment.

Usage: python benchmarks/startup.py [--runs N]
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

HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM")


def measure(command: list[str], marker: str, env: dict[str, str]) -> tuple[float, float]:
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
    assert process.stderr is not None
    try:
        for line in process.stderr:
            if marker in line:
                elapsed = time.perf_counter() - start
                return elapsed, peak_rss_mb(process.pid)
        raise RuntimeError(f"{command[0]} exited without {marker!r}")
    finally:
        process.kill()
        process.wait()
        process.stderr.close()


def app_environment(home: Path) -> dict[str, str]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=os.environ.get("ADVOCATE_BENCH_PLATFORM", "offscreen"),
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_CONFIG_DIRS=str(home / "site"),
    )
    config = home / "config" / "advocate-desktop"
    config.mkdir(parents=True, exist_ok=True)
    (config / "consent.json").write_text(json.dumps({"version": 1, "agreed_at": "bench"}))
    return env


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--platform", default="offscreen", help="Qt platform: offscreen, or xcb under xvfb-run"
    )
    arguments = parser.parse_args()
    runs = arguments.runs
    os.environ["ADVOCATE_BENCH_PLATFORM"] = arguments.platform
    scratch = Path(tempfile.mkdtemp(prefix="advocate-bench-"))
    bare_env = dict(os.environ, QT_QPA_PLATFORM=arguments.platform)
    bare_cmd = [sys.executable, str(HERE / "bare_window.py")]
    app_cmd = [str(BIN / "advocate-desktop")]
    measure(bare_cmd, "ready", bare_env)  # warm the OS file cache for both
    measure(app_cmd, "main window ready", app_environment(scratch / "warm"))

    results: dict[str, list[tuple[float, float]]] = {"bare": [], "first": [], "later": []}
    reused = app_environment(scratch / "reused")
    for run in range(runs):
        results["bare"].append(measure(bare_cmd, "ready", bare_env))
        fresh = app_environment(scratch / f"fresh-{run}")
        results["first"].append(measure(app_cmd, "main window ready", fresh))
        results["later"].append(measure(app_cmd, "main window ready", reused))

    def median(kind: str, index: int) -> float:
        return statistics.median(r[index] for r in results[kind])

    bare_time, bare_rss = median("bare", 0), median("bare", 1)
    print(f"runs per program: {runs} ({arguments.platform} platform, medians)")
    print(f"bare QMainWindow:           {bare_time * 1000:7.1f} ms  peak RSS {bare_rss:6.1f} MB")
    for kind, label in (("first", "app, first start (import)"), ("later", "app, later start")):
        elapsed, rss = median(kind, 0), median(kind, 1)
        print(
            f"{label:<27} {elapsed * 1000:7.1f} ms  peak RSS {rss:6.1f} MB"
            f"   ratio {elapsed / bare_time:4.2f}x  RSS {rss - bare_rss:+5.1f} MB"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
