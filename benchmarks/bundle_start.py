"""Size of the PyInstaller bundle, and its cold start against the venv install.

The figure of issue 14: the time until the main window is shown ("main window ready",
the marker benchmarks/startup.py stops its clock at), median of N runs each, and the
ratio of the medians (bundle / venv). The machine's load average is printed before
and after: the two cores are shared, and a busy neighbour moves the figures.

Both programs start as fresh processes on the offscreen platform, on a fresh profile
each run (the consent given, nothing else: the demo pack is imported, as on an
employee's first start), and also on a reused profile (every later start); the clock
stops at "main window ready". The venv is byte-compiled first and
PYTHONDONTWRITEBYTECODE is removed, so neither side compiles Python on the way; the
OS file cache is warm for both (one start each before measuring).

Build the bundles first (minutes of CPU each):

    make bundle                                       # the pruned one, build/dist
    ADVOCATE_BUNDLE_UNPRUNED=1 .venv/bin/pyinstaller --noconfirm \\
        --distpath build/unpruned --workpath build/pyinstaller-unpruned \\
        packaging/pyinstaller/advocate-desktop.spec    # only for the size before pruning

(ADVOCATE_BUNDLE_ARCHIVE=1 builds the modules into PyInstaller's compressed archive
instead of .pyc files: 10 MB smaller, slower to start; measured at 1.10-1.29 times the
venv's start-up here, against 0.8-1.07 for the default, in an earlier session.)

Usage: python benchmarks/bundle_start.py [--runs N] [--bundle DIR] [--unpruned DIR]
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import sys
import sysconfig
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.startup import app_environment, measure  # noqa: E402 - after the path

MARKER = "main window ready"


def size_mb(folder: Path) -> float:
    total = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return total / 1_000_000


def byte_compile_venv() -> None:
    for folder in (ROOT / "advocate_desktop", Path(sysconfig.get_paths()["purelib"])):
        compileall.compile_dir(folder, quiet=2, workers=1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--bundle", type=Path, default=ROOT / "build/dist/advocate-desktop")
    parser.add_argument("--unpruned", type=Path, default=None)
    arguments = parser.parse_args()
    bundle_program = arguments.bundle / "advocate-desktop"
    venv_program = Path(sys.executable).parent / "advocate-desktop"
    if not bundle_program.is_file():
        parser.error(f"no bundle in {arguments.bundle}: run make bundle first")

    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"bundle {arguments.bundle}: {size_mb(arguments.bundle):6.1f} MB")
    if arguments.unpruned is not None:
        print(f"bundle without pruning {arguments.unpruned}: {size_mb(arguments.unpruned):6.1f} MB")

    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    byte_compile_venv()
    scratch = Path(tempfile.mkdtemp(prefix="advocate-bundle-bench-"))
    programs = {"venv": [str(venv_program)], "bundle": [str(bundle_program)]}
    for name, command in programs.items():  # warm the OS file cache for both
        measure(command, MARKER, app_environment(scratch / f"warm-{name}"))

    first: dict[str, list[float]] = {name: [] for name in programs}
    later: dict[str, list[float]] = {name: [] for name in programs}
    for run in range(arguments.runs):
        for name, command in programs.items():
            fresh = app_environment(scratch / f"fresh-{name}-{run}")
            first[name].append(measure(command, MARKER, fresh)[0])
            reused = app_environment(scratch / f"reused-{name}")
            later[name].append(measure(command, MARKER, reused)[0])

    print(f"runs per program: {arguments.runs} (offscreen platform, medians)")
    for label, results in (("first start", first), ("later start", later)):
        venv = statistics.median(results["venv"])
        bundled = statistics.median(results["bundle"])
        print(
            f"{label}: venv {venv * 1000:7.1f} ms  bundle {bundled * 1000:7.1f} ms"
            f"  ratio bundle/venv {bundled / venv:4.2f}"
        )
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
