"""Start the installed ``advocate-desktop`` under Xvfb on a throwaway HOME."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e
BIN = Path(sys.executable).parent


def _environment(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "QT_QPA"))}
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / ".local/share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_CONFIG_DIRS=str(home / "site"),
        LANG="en_US.UTF-8",
    )
    return env


class Running:
    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.process = process
        self.lines: list[str] = []
        self._seen = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def stop(self) -> None:
        if self.process.poll() is None:
            # The app first, as a logout's SIGTERM reaches it while the display is still
            # up: terminating the whole group at once races Xvfb's exit against the app's
            # clean quit, and an app that lost its display cannot finish quitting.
            for pid in self._app_pids():
                os.kill(pid, signal.SIGTERM)
            deadline = time.monotonic() + 10
            while self._app_pids() and time.monotonic() < deadline:
                time.sleep(0.05)
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        self._reader.join(timeout=10)
        assert self.process.stderr is not None
        self.process.stderr.close()

    def _app_pids(self) -> list[int]:
        """The app's own processes in this launch's group (not xvfb-run or Xvfb)."""
        found = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text()
                command = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            fields = stat[stat.rindex(")") + 2 :].split()
            ours = fields[0] != "Z" and int(fields[2]) == self.process.pid
            if ours and b"advocate-desktop" in command and b"xvfb-run" not in command:
                found.append(int(entry.name))
        return found

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            with self._seen:
                self.lines.append(line.rstrip())
                self._seen.notify_all()

    def wait_for(self, text: str, timeout: float = 60) -> str:
        deadline = time.monotonic() + timeout
        with self._seen:
            while True:
                for line in self.lines:
                    if text in line:
                        return line
                remaining = deadline - time.monotonic()
                if remaining <= 0 or self.process.poll() is not None:
                    raise AssertionError(f"never logged {text!r}; got: {self.lines}")
                self._seen.wait(remaining)


@pytest.fixture
def launch(tmp_path: Path) -> Iterator[object]:
    xvfb_run = shutil.which("xvfb-run")
    assert xvfb_run, "xvfb-run is installed by scripts/install-system-deps.sh test"
    started: list[Running] = []

    def start(*args: str, home: Path | None = None) -> Running:
        home = home or tmp_path / "home"
        process = subprocess.Popen(
            [xvfb_run, "-a", str(BIN / "advocate-desktop"), *args],
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


def test_first_start_shows_the_consent_screen_and_writes_nothing(
    launch: object, tmp_path: Path
) -> None:
    running = launch()  # type: ignore[operator]
    running.wait_for("showing the first-run consent screen")
    home = tmp_path / "home"
    assert not (home / ".local/share/advocate-desktop").exists()
    assert not (home / ".config/advocate-desktop").exists()


def test_the_first_start_speaks_the_language_it_sets(launch: object, tmp_path: Path) -> None:
    """With ``language: pl`` locked by IT, the consent screen appeared in English."""
    home = tmp_path / "home"
    site = home / "site/advocate-desktop"
    site.mkdir(parents=True)
    managed = {"settings": {"language": "pl"}, "locked": ["language"]}
    (site / "managed.json").write_text(json.dumps(managed))
    running = launch(home=home)  # type: ignore[operator]
    running.wait_for("showing the first-run consent screen in pl")
    assert not (home / ".config/advocate-desktop").exists()


def test_after_consent_the_main_window_comes_up_with_the_demo_pack(
    launch: object, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    config = home / ".config/advocate-desktop"
    config.mkdir(parents=True)
    (config / "consent.json").write_text(json.dumps({"version": 1, "agreed_at": "now"}))
    running = launch(home=home)  # type: ignore[operator]
    line = running.wait_for("main window ready with")
    assert "with 10 feed items" in line
    assert (home / ".local/share/advocate-desktop/advocate.sqlite3").exists()


def _agreed(home: Path) -> Path:
    config = home / ".config/advocate-desktop"
    config.mkdir(parents=True)
    (config / "consent.json").write_text(json.dumps({"version": 1}))
    return home


def _cli_pack(tmp_path: Path) -> Path:
    import zipfile

    from advocate_desktop.paths import demo_pack_dir

    root = demo_pack_dir()
    feed = json.loads((root / "feed.json").read_text(encoding="utf-8"))
    for item in feed["items"]:
        item["id"] = "cli-" + item["id"]
    pack = tmp_path / "pack.zip"
    with zipfile.ZipFile(pack, "w") as bundle:
        bundle.writestr("feed.json", json.dumps(feed))
        for image in (root / "media").iterdir():
            bundle.write(image, f"media/{image.name}")
    return pack


def test_import_opens_a_pack_given_on_the_command_line(launch: object, tmp_path: Path) -> None:
    home = _agreed(tmp_path / "home")
    pack = _cli_pack(tmp_path)
    running = launch("--import", str(pack), home=home)  # type: ignore[operator]
    line = running.wait_for("imported ")
    assert "20 items in the list" in line


def test_a_second_start_hands_its_import_to_the_running_app_and_exits(
    launch: object, tmp_path: Path
) -> None:
    """Two instances on one profile would both run schedulers: the second one must not."""
    home = _agreed(tmp_path / "home")
    first = launch(home=home)  # type: ignore[operator]
    first.wait_for("main window ready with")
    pack = _cli_pack(tmp_path)
    second = launch("--import", str(pack), home=home)  # type: ignore[operator]
    assert second.process.wait(timeout=60) == 0
    assert any("already runs on this profile" in line for line in second.lines)
    assert not any("main window ready" in line for line in second.lines)
    line = first.wait_for("imported ")
    assert "20 items in the list" in line
    assert first.process.poll() is None


def test_a_lock_left_by_a_killed_app_does_not_stop_the_next_start(
    launch: object, tmp_path: Path
) -> None:
    home = _agreed(tmp_path / "home")
    first = launch(home=home)  # type: ignore[operator]
    first.wait_for("main window ready with")
    os.killpg(first.process.pid, signal.SIGKILL)
    first.process.wait(timeout=10)
    assert (home / ".local/share/advocate-desktop/instance.lock").exists()
    again = launch(home=home)  # type: ignore[operator]
    again.wait_for("main window ready with")


def test_a_damaged_database_is_reported_and_never_recreated_over(
    launch: object, tmp_path: Path
) -> None:
    home = _agreed(tmp_path / "home")
    first = launch(home=home)  # type: ignore[operator]
    first.wait_for("main window ready with")
    first.stop()
    database = home / ".local/share/advocate-desktop/advocate.sqlite3"
    import sqlite3

    settle = sqlite3.connect(database)  # fold the WAL in, so the damage is what is read
    settle.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    settle.close()
    data = bytearray(database.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle : middle + 4096] = b"\xa5" * 4096  # a page mid-file, scribbled
    database.write_bytes(bytes(data))
    running = launch(home=home)  # type: ignore[operator]
    running.wait_for("the database is damaged")
    assert database.read_bytes() == bytes(data)
    assert not any("main window ready" in line for line in running.lines)
    assert not [line for line in running.lines if "Traceback" in line]


def test_an_emptied_database_is_damage_not_a_fresh_start(launch: object, tmp_path: Path) -> None:
    home = _agreed(tmp_path / "home")
    database = home / ".local/share/advocate-desktop/advocate.sqlite3"
    database.parent.mkdir(parents=True)
    database.touch()
    running = launch(home=home)  # type: ignore[operator]
    line = running.wait_for("the database is damaged")
    assert "the file is empty" in line
    assert database.stat().st_size == 0


def test_an_unwritable_data_folder_is_explained_not_a_traceback(
    launch: object, tmp_path: Path
) -> None:
    home = _agreed(tmp_path / "home")
    (home / ".local/share").mkdir(parents=True)
    (home / ".local/share/advocate-desktop").write_text("a file where the folder should be")
    running = launch(home=home)  # type: ignore[operator]
    line = running.wait_for("cannot start")
    assert "advocate-desktop" in line
    assert not [entry for entry in running.lines if "Traceback" in entry]


def test_a_bad_managed_value_is_ignored_alone_and_the_app_starts(
    launch: object, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    config = home / ".config/advocate-desktop"
    config.mkdir(parents=True)
    (config / "consent.json").write_text(json.dumps({"version": 1}))
    site = home / "site/advocate-desktop"
    site.mkdir(parents=True)
    (site / "managed.json").write_text(
        '{"settings": {"grace_minutes": "soon", "language": "pl"}, "locked": ["language"]}'
    )
    running = launch(home=home)  # type: ignore[operator]
    line = running.wait_for("managed configuration: ignored")
    assert "/settings/grace_minutes" in line
    running.wait_for("main window ready with")
    assert not [entry for entry in running.lines if "cannot start" in entry]
    assert not [entry for entry in running.lines if "Traceback" in entry]


def test_check_managed_prints_each_problem_with_its_pointer(tmp_path: Path) -> None:
    """Without a display (no DISPLAY, no Qt platform): IT's pipelines run it."""
    environment = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    environment["HOME"] = str(tmp_path)
    environment["XDG_CONFIG_DIRS"] = str(tmp_path / "site")
    environment.pop("ADVOCATE_MANAGED_CONFIG", None)
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            {
                "settings": {"grace_minutes": "soon", "paused": True},
                "trusted_keys": [{"name": "C", "key": "advocate-ed25519 nope"}],
                "colour": "red",
            }
        )
    )
    checked = subprocess.run(
        [BIN / "advocate-desktop", "--check-managed", str(bad)],
        capture_output=True,
        text=True,
        timeout=60,
        env=environment,
    )
    assert checked.returncode == 1, checked.stderr
    lines = checked.stdout.splitlines()
    assert [line.split(": ")[1] for line in lines] == [
        "/settings/grace_minutes",
        "/colour",
        "/trusted_keys/0/key",
    ]
    assert "only signed content is accepted" in lines[2].lower()
    good = tmp_path / "good.json"
    good.write_text(json.dumps({"settings": {"paused": True}, "locked": ["paused"]}))
    checked = subprocess.run(
        [BIN / "advocate-desktop", "--check-managed", str(good)],
        capture_output=True,
        text=True,
        timeout=60,
        env=environment,
    )
    assert checked.returncode == 0 and checked.stdout.startswith("valid:"), checked.stdout
    # No FILE: what this computer reads (here $XDG_CONFIG_DIRS).
    site = tmp_path / "site/advocate-desktop"
    site.mkdir(parents=True)
    (site / "managed.json").write_text('{"locked": ["nope"]}')
    checked = subprocess.run(
        [BIN / "advocate-desktop", "--check-managed"],
        capture_output=True,
        text=True,
        timeout=60,
        env=environment,
    )
    assert checked.returncode == 1
    assert checked.stdout == f'{site / "managed.json"}: /locked/0: unknown setting "nope"\n'


def test_version_and_help() -> None:
    from advocate_desktop import __version__

    version = subprocess.run(
        [BIN / "advocate-desktop", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert version.stdout.strip() == f"advocate-desktop {__version__}"
    usage = subprocess.run(
        [BIN / "advocate-desktop", "--help"], capture_output=True, text=True, timeout=60, check=True
    )
    assert "--import FILE" in usage.stdout


def test_a_deeply_nested_managed_config_is_reported_and_publishing_fails_safe(
    launch: object, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    config = home / ".config/advocate-desktop"
    config.mkdir(parents=True)
    (config / "consent.json").write_text(json.dumps({"version": 1}))
    site = home / "site/advocate-desktop"
    site.mkdir(parents=True)
    depth = 1_000_000
    (site / "managed.json").write_text('{"policy": ' + "[" * depth + "]" * depth + "}")
    running = launch(home=home)  # type: ignore[operator]
    line = running.wait_for("managed configuration: ignored")
    assert "nested too deeply" in line and "nothing is published" in line
    running.wait_for("main window ready with")
    assert not [entry for entry in running.lines if "Traceback" in entry]


def test_the_page_check_waits_for_nothing_after_a_clean_quit_and_for_everything_after_a_kill(
    launch: object, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    config = home / ".config/advocate-desktop"
    config.mkdir(parents=True)
    (config / "consent.json").write_text(json.dumps({"version": 1, "agreed_at": "now"}))
    data = home / ".local/share/advocate-desktop"
    database = data / "advocate.sqlite3"
    mark = data / "advocate.sqlite3.closed-cleanly"

    first = launch(home=home)  # type: ignore[operator]
    first.wait_for("main window ready with")
    first.wait_for("scheduler run done")
    first.stop()  # SIGTERM: quits as the Quit menu does
    deadline = time.monotonic() + 20
    while not mark.exists() and time.monotonic() < deadline:
        time.sleep(0.1)  # the app may still be closing after xvfb-run went
    assert mark.exists()

    second = launch(home=home)  # type: ignore[operator]
    second.wait_for("the database is checked in the background")
    second.wait_for("scheduler run done")  # the check passed, then the reconcile ran
    assert not mark.exists()  # taken at the start: a crash now leaves none
    os.killpg(second.process.pid, signal.SIGKILL)
    second.process.wait(timeout=10)

    # Fill the file so a page in its middle holds data, then scribble over that page.
    connection = sqlite3.connect(database)
    with connection:
        connection.executemany(
            "INSERT INTO posts (id, network, language, text, state, created_at, updated_at)"
            " VALUES (?, 'x', 'en', ?, 'draft', '2026-01-01', '2026-01-01')",
            [(f"filler-{n}", "draft " * 60) for n in range(400)],
        )
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    damaged = bytearray(database.read_bytes())
    middle = len(damaged) // 2 // 4096 * 4096
    damaged[middle : middle + 4096] = b"\xa5" * 4096
    database.write_bytes(bytes(damaged))

    third = launch(home=home)  # type: ignore[operator]
    third.wait_for("the database is damaged")
    time.sleep(1)  # the dialog waits for the employee; nothing else may run meanwhile
    assert not any("checked in the background" in line for line in third.lines)
    assert not any("scheduler run done" in line for line in third.lines), third.lines
    assert not any("main window ready" in line for line in third.lines), third.lines
    assert database.read_bytes() == bytes(damaged)


@pytest.mark.parametrize("how", ["flag", "environment"])
def test_the_pseudo_localized_run_starts_from_a_flag_or_the_environment(
    launch: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    home = _agreed(tmp_path / "home")
    if how == "environment":
        monkeypatch.setenv("ADVOCATE_PSEUDO_L10N", "1")
    args = ("--pseudo-locale",) if how == "flag" else ()
    running = launch(*args, home=home)  # type: ignore[operator]
    running.wait_for("pseudo-localized run")
    running.wait_for("main window ready with")


def test_the_window_remembers_its_size_and_place_across_starts(
    launch: object, tmp_path: Path
) -> None:
    home = _agreed(tmp_path / "home")
    first = launch(home=home)  # type: ignore[operator]
    first.wait_for("main window ready with")
    first.stop()
    saved = home / ".config/advocate-desktop/window.ini"
    assert "geometry=@ByteArray" in saved.read_text(encoding="utf-8")
    again = launch(home=home)  # type: ignore[operator]
    again.wait_for("main window ready with")
    assert not any("saved window geometry was not readable" in line for line in again.lines)
