"""Start at login on the three systems: each writes one entry and removes only that."""

from __future__ import annotations

import plistlib
import subprocess
from pathlib import Path

import pytest

from advocate_desktop.autostart import (
    BACKGROUND_ARGUMENT,
    LAUNCH_AGENT_LABEL,
    RUN_VALUE_NAME,
    AutostartError,
    LaunchAgentAutostart,
    WindowsAutostart,
    XdgAutostart,
    desktop_entry,
    exec_quote,
    for_this_system,
    launch_command,
    xdg_config_home,
)

COMMAND = ["/opt/Advocate Apps/bin/python3", "-m", "advocate_desktop", BACKGROUND_ARGUMENT]


# -- Linux ---------------------------------------------------------------------------


def test_xdg_entry_is_written_into_xdg_config_home_and_removed_exactly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config-home"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    autostart = for_this_system("linux")
    assert isinstance(autostart, XdgAutostart)
    neighbour = config / "autostart" / "someone-else.desktop"
    neighbour.parent.mkdir(parents=True)
    neighbour.write_text("[Desktop Entry]\nName=Other\n", encoding="utf-8")
    assert not autostart.is_enabled()

    autostart.enable(COMMAND)

    path = config / "autostart" / "advocate-desktop.desktop"
    assert autostart.path == path and path.is_file()
    assert autostart.is_enabled()
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    assert "Type=Application" in lines
    assert 'Exec="/opt/Advocate Apps/bin/python3" -m advocate_desktop --background' in lines
    assert sorted(p.name for p in path.parent.iterdir()) == [
        "advocate-desktop.desktop",
        "someone-else.desktop",
    ]

    assert autostart.disable() is True
    assert not path.exists()
    assert not autostart.is_enabled()
    assert neighbour.read_text(encoding="utf-8") == "[Desktop Entry]\nName=Other\n"
    assert autostart.disable() is False  # nothing left to remove


def test_an_entry_the_app_did_not_write_is_neither_overwritten_nor_removed(
    tmp_path: Path,
) -> None:
    autostart = XdgAutostart(tmp_path)
    autostart.path.parent.mkdir(parents=True)
    handmade = "[Desktop Entry]\nType=Application\nExec=advocate-desktop --verbose\n"
    autostart.path.write_text(handmade, encoding="utf-8")
    assert not autostart.is_enabled()
    with pytest.raises(AutostartError, match="not written by Advocate Desktop"):
        autostart.enable(COMMAND)
    assert autostart.disable() is False
    assert autostart.path.read_text(encoding="utf-8") == handmade


def test_an_unwritable_autostart_folder_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "autostart").write_text("a file where the folder should be")
    with pytest.raises(AutostartError, match="Not a directory"):
        XdgAutostart(tmp_path).enable(COMMAND)


def test_a_relative_or_empty_xdg_config_home_falls_back_to_dot_config(tmp_path: Path) -> None:
    assert xdg_config_home({"XDG_CONFIG_HOME": "rel/path"}, tmp_path) == tmp_path / ".config"
    assert xdg_config_home({"XDG_CONFIG_HOME": ""}, tmp_path) == tmp_path / ".config"
    assert xdg_config_home({}, tmp_path) == tmp_path / ".config"
    assert xdg_config_home({"XDG_CONFIG_HOME": "/x/y"}, tmp_path) == Path("/x/y")


@pytest.mark.parametrize(
    ("argument", "quoted"),
    [
        ("plain", "plain"),
        ("/a b/c", '"/a b/c"'),
        ('say "hi"', '"say \\"hi\\""'),
        ("$HOME", '"\\$HOME"'),
        ("back\\slash", '"back\\\\slash"'),
        ("100%", "100%%"),
        ("`cmd`", '"\\`cmd\\`"'),
        ("", '""'),
    ],
)
def test_exec_arguments_are_quoted_by_the_desktop_entry_rules(argument: str, quoted: str) -> None:
    assert exec_quote(argument) == quoted


def test_a_backslash_is_escaped_again_at_the_string_level() -> None:
    # The spec: a literal backslash in a quoted argument takes four in the file.
    entry = desktop_entry(["C:\\odd path\\python"])
    assert 'Exec="C:\\\\\\\\odd path\\\\\\\\python"' in entry.splitlines()


def test_the_desktop_entry_passes_desktop_file_validate(tmp_path: Path) -> None:
    import shutil

    validator = shutil.which("desktop-file-validate")
    assert validator, "desktop-file-utils is missing: make setup-test installs it"
    path = tmp_path / "advocate-desktop.desktop"
    path.write_text(desktop_entry(COMMAND), encoding="utf-8")
    result = subprocess.run([validator, str(path)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


# -- Windows -------------------------------------------------------------------------


class StrictRunKey:
    """A Run key that records every call and refuses any name but the app's."""

    def __init__(self, values: dict[str, str] | None = None) -> None:
        self.values = dict(values or {})
        self.calls: list[tuple[str, ...]] = []

    def _check(self, name: str) -> None:
        if name != RUN_VALUE_NAME:
            raise AssertionError(f"touched a value that is not the app's: {name!r}")

    def get(self, name: str) -> str | None:
        self.calls.append(("get", name))
        return self.values.get(name)

    def set(self, name: str, data: str) -> None:
        self._check(name)
        self.calls.append(("set", name, data))
        self.values[name] = data

    def delete(self, name: str) -> None:
        self._check(name)
        self.calls.append(("delete", name))
        if name not in self.values:
            raise FileNotFoundError(name)
        del self.values[name]


def test_the_run_key_gets_one_value_and_loses_exactly_that_value() -> None:
    key = StrictRunKey({"OneDrive": '"C:\\OneDrive.exe" /background'})
    autostart = WindowsAutostart(key)
    assert not autostart.is_enabled()
    command = ["C:\\Program Files\\Advocate\\advocate-desktop.exe", BACKGROUND_ARGUMENT]
    autostart.enable(command)
    assert key.values == {
        "OneDrive": '"C:\\OneDrive.exe" /background',
        "Advocate Desktop": '"C:\\Program Files\\Advocate\\advocate-desktop.exe" --background',
    }
    assert autostart.is_enabled()
    assert autostart.disable() is True
    assert key.values == {"OneDrive": '"C:\\OneDrive.exe" /background'}
    assert [c[0] for c in key.calls if c[0] != "get"] == ["set", "delete"]
    assert autostart.disable() is False
    assert [c[0] for c in key.calls if c[0] != "get"] == ["set", "delete"]


def test_a_registry_failure_is_a_clear_error() -> None:
    class Denied(StrictRunKey):
        def set(self, name: str, data: str) -> None:
            raise PermissionError(13, "Access is denied")

    with pytest.raises(AutostartError, match="Access is denied"):
        WindowsAutostart(Denied()).enable(["x.exe"])


def test_the_windows_command_line_round_trips_through_the_c_runtime_rules() -> None:
    command = launch_command("C:\\Py thon\\python.exe", frozen=False, platform="win32")
    assert command == ["C:\\Py thon\\python.exe", "-m", "advocate_desktop", BACKGROUND_ARGUMENT]
    assert subprocess.list2cmdline(command).startswith('"C:\\Py thon\\python.exe" -m')


def test_a_frozen_build_starts_itself() -> None:
    assert launch_command("/Applications/A.app/Contents/MacOS/A", frozen=True) == [
        "/Applications/A.app/Contents/MacOS/A",
        BACKGROUND_ARGUMENT,
    ]


def test_pythonw_is_preferred_on_windows_so_no_console_opens(tmp_path: Path) -> None:
    (tmp_path / "python.exe").write_bytes(b"")
    (tmp_path / "pythonw.exe").write_bytes(b"")
    command = launch_command(str(tmp_path / "python.exe"), frozen=False, platform="win32")
    assert command[0] == str(tmp_path / "pythonw.exe")


# -- macOS ---------------------------------------------------------------------------


def test_the_launch_agent_is_a_valid_plist_and_is_removed_exactly(tmp_path: Path) -> None:
    autostart = for_this_system("darwin", {}, tmp_path)
    assert isinstance(autostart, LaunchAgentAutostart)
    agents = tmp_path / "Library" / "LaunchAgents"
    agents.mkdir(parents=True)
    other = agents / "com.example.other.plist"
    other.write_bytes(plistlib.dumps({"Label": "com.example.other", "RunAtLoad": True}))

    autostart.enable(COMMAND)

    path = agents / f"{LAUNCH_AGENT_LABEL}.plist"
    data = plistlib.loads(path.read_bytes())
    assert data == {
        "Label": LAUNCH_AGENT_LABEL,
        "ProgramArguments": COMMAND,
        "RunAtLoad": True,
        "ProcessType": "Interactive",
        "LimitLoadToSessionType": "Aqua",
    }
    assert path.read_bytes().startswith(b"<?xml")
    assert autostart.is_enabled()
    assert autostart.disable() is True
    assert sorted(p.name for p in agents.iterdir()) == ["com.example.other.plist"]
    assert autostart.disable() is False


def test_a_foreign_or_broken_plist_under_the_apps_name_is_left_alone(tmp_path: Path) -> None:
    autostart = LaunchAgentAutostart(tmp_path)
    autostart.path.parent.mkdir(parents=True)
    autostart.path.write_bytes(b"not a plist at all")
    assert not autostart.is_enabled()
    with pytest.raises(AutostartError, match="not written"):
        autostart.enable(COMMAND)
    assert autostart.disable() is False
    assert autostart.path.read_bytes() == b"not a plist at all"
