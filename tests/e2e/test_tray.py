"""The real program with a real system tray (trayer) under Xvfb, and without one."""

from __future__ import annotations

import json
import shlex
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.test_startup import BIN, Running, _environment

pytestmark = pytest.mark.e2e

WAIT_FOR_TRAY = (
    "import sys, time\n"
    "from PySide6.QtWidgets import QApplication, QSystemTrayIcon\n"
    "app = QApplication([])\n"
    "deadline = time.monotonic() + 30\n"
    "while not QSystemTrayIcon.isSystemTrayAvailable():\n"
    "    if time.monotonic() > deadline: sys.exit('no tray came up')\n"
    "    time.sleep(0.1)\n"
)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    config = home / ".config/advocate-desktop"
    config.mkdir(parents=True)
    (config / "consent.json").write_text(json.dumps({"version": 1, "agreed_at": "now"}))
    return home


@pytest.fixture
def run() -> Iterator[object]:
    started: list[Running] = []

    def start(script: str, home: Path) -> Running:
        xvfb_run = shutil.which("xvfb-run")
        assert xvfb_run, "xvfb-run is installed by scripts/install-system-deps.sh test"
        process = subprocess.Popen(
            [xvfb_run, "-a", "sh", "-c", script],
            env=_environment(home),
            stderr=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            text=True,
            start_new_session=True,
        )
        running = Running(process)
        started.append(running)
        return running

    yield start
    for running in started:
        running.stop()


def test_started_at_login_it_lives_in_a_real_tray(run: object, home: Path) -> None:
    trayer = shutil.which("trayer")
    assert trayer, "trayer is installed by scripts/install-system-deps.sh test"
    script = (
        f"{trayer} --edge bottom --widthtype request 2>/dev/null & "
        f"{sys.executable} -c {shlex.quote(WAIT_FOR_TRAY)} && "
        f"exec {BIN / 'advocate-desktop'} --background"
    )
    running = run(script, home)  # type: ignore[operator]
    running.wait_for("tray icon shown")
    running.wait_for("started in the background; the tray icon opens the window")
    running.wait_for("main window ready with")
    assert not [line for line in running.lines if "Traceback" in line]


def test_without_a_tray_background_still_shows_the_window(run: object, home: Path) -> None:
    script = f"exec {BIN / 'advocate-desktop'} --background"
    running = run(script, home)  # type: ignore[operator]
    running.wait_for("no system tray here: showing the window despite --background")
    running.wait_for("main window ready with")
    assert not [line for line in running.lines if "tray icon shown" in line]
