"""Quitting while a server holds the sync by trickling its headers: the real program exits."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.test_startup import BIN, Running, _environment
from tests.peers.raw_http import TrickleServer

pytestmark = pytest.mark.e2e
# Not a speed target (that is 2 s, measured by the printed figure): a hung sync held
# the process for the whole 120 s deadline, so anything under this bound is a fix.
HUNG = 15.0


def test_quit_during_a_trickling_sync_exits_at_once(tmp_path: Path) -> None:
    trickle = TrickleServer(b"HTTP/1.1 200 OK\r\nX-Slow: ", interval=0.2)
    home = tmp_path / "home"
    config = home / ".config/advocate-desktop"
    config.mkdir(parents=True)
    (config / "consent.json").write_text(json.dumps({"version": 1}))
    site = home / "site/advocate-desktop"
    site.mkdir(parents=True)
    (site / "managed.json").write_text(json.dumps({"feeds": [trickle.url()]}))
    env = _environment(home)
    env["QT_QPA_PLATFORM"] = "offscreen"  # the program itself gets the signal, no xvfb-run
    process = subprocess.Popen(
        [str(BIN / "advocate-desktop")],
        env=env,
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        start_new_session=True,
    )
    running = Running(process)
    try:
        running.wait_for("syncing 1 content source(s)")
        deadline = time.monotonic() + 30
        while not trickle.requests and time.monotonic() < deadline:
            time.sleep(0.05)
        assert trickle.requests, "the sync never reached the trickling server"
        time.sleep(1.0)  # the headers are arriving, a byte every 0.2 s
        began = time.monotonic()
        os.kill(process.pid, signal.SIGTERM)
        code = process.wait(timeout=HUNG)
        elapsed = time.monotonic() - began
        print(f"\nexit {elapsed * 1000:.0f} ms after the quit request", file=sys.stderr)
        assert code == 0
        running.wait_for("exited")
        assert any("quit requested by a signal" in line for line in running.lines)
        assert not [line for line in running.lines if "Traceback" in line]
        assert not [line for line in running.lines if "leaving without waiting" in line]
    finally:
        running.stop()
        trickle.stop()
