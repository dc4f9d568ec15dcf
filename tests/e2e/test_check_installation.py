"""``advocate-desktop --check-installation`` from the virtual environment's command
(the packaging tier runs it on the installed .deb, and on a damaged copy of it)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

BIN = Path(sys.executable).parent


def test_the_installation_check_passes_without_a_display(tmp_path: Path) -> None:
    from advocate_desktop.schedule.own_images import ACCEPTED_FORMATS

    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("QT_QPA", "DISPLAY", "WAYLAND"))
    }
    checked = subprocess.run(
        [BIN / "advocate-desktop", "--check-installation"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**environment, "HOME": str(tmp_path)},
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    lines = checked.stdout.splitlines()
    assert [line.split(":")[1].strip() for line in lines] == [
        *(f"image {kind}" for kind in ACCEPTED_FORMATS),
        "Polish translation",
        "collation",
        "modules imported by name",
        "signatures",
    ]
    assert all(line.startswith("ok: ") for line in lines)
    assert not list(tmp_path.iterdir())  # nothing written to the home folder
