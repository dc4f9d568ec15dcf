"""Start at login: an XDG autostart entry on Linux, the Run key on Windows, a LaunchAgent
on macOS.

Each backend writes one thing under a name that is the app's own, and turning it
off removes that thing only: an entry the app did not write is never overwritten
or deleted (the employee, or IT, may have made one by hand).
"""

from __future__ import annotations

import os
import plistlib
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Protocol

from advocate_desktop import APP_ID, APP_NAME, DESKTOP_ID

BACKGROUND_ARGUMENT = "--background"
XDG_MARKER = "X-Advocate-Desktop-Autostart"
RUN_KEY_PATH = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE_NAME = APP_NAME
LAUNCH_AGENT_LABEL = "org.advocate-desktop.autostart"


class AutostartError(Exception):
    """Start at login could not be turned on or off; the message says why."""


class Autostart(Protocol):
    def is_enabled(self) -> bool:
        """True when the entry this app writes is in place."""

    def enable(self, command: Sequence[str]) -> None:
        """Write the entry that starts ``command`` at login."""

    def disable(self) -> bool:
        """Remove the entry this app wrote; True when something was removed."""


def launch_command(
    executable: str | None = None, *, frozen: bool | None = None, platform: str | None = None
) -> list[str]:
    """How the login session starts this app: in the background, straight to the tray."""
    executable = executable or sys.executable
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    platform = platform or sys.platform
    if frozen:  # a bundled build: the executable is the app itself
        return [executable, BACKGROUND_ARGUMENT]
    if platform == "win32":
        # pythonw.exe: no console window opens at login.
        windowed = Path(executable).with_name("pythonw.exe")
        if windowed.exists():
            executable = str(windowed)
    return [executable, "-m", "advocate_desktop", BACKGROUND_ARGUMENT]


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _failed(action: str, path: Path | str, error: OSError) -> AutostartError:
    return AutostartError(f"cannot {action} {path}: {error.strerror or error}")


class _FileAutostart:
    """An entry that is one file of this app's: written atomically, removed only when
    this app wrote it."""

    path: Path

    def _ours(self) -> bool | None:
        """None when there is no file; else whether this app wrote it."""
        raise NotImplementedError

    def _content(self, command: Sequence[str]) -> bytes:
        raise NotImplementedError

    def is_enabled(self) -> bool:
        return bool(self._ours())

    def enable(self, command: Sequence[str]) -> None:
        if self._ours() is False:
            raise AutostartError(
                f"{self.path} exists and was not written by {APP_NAME}; it was left as it is"
            )
        try:
            _write_atomically(self.path, self._content(command))
        except OSError as error:
            raise _failed("write", self.path, error) from error

    def disable(self) -> bool:
        if not self._ours():
            return False
        try:
            self.path.unlink()
        except FileNotFoundError:
            return False
        except OSError as error:
            raise _failed("remove", self.path, error) from error
        return True


# -- Linux and other XDG desktops ------------------------------------------------------

_EXEC_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")


def exec_quote(argument: str) -> str:
    """One argument of a desktop entry's Exec key, quoted by the Desktop Entry rules.

    An argument with a reserved character is put in double quotes, in which ``"``,
    `````, ``$`` and ``\\`` take a backslash; ``%`` is doubled so it is never read
    as a field code.  The string-level escaping of the whole value comes after.
    """
    argument = argument.replace("%", "%%")
    if argument and not any(c in _EXEC_RESERVED for c in argument):
        return argument
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument)
    return f'"{escaped}"'


def _desktop_string(value: str) -> str:
    """A value of type string in a desktop entry: backslash and control characters escaped."""
    return (
        value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")
    )


def desktop_entry(command: Sequence[str]) -> str:
    exec_line = " ".join(exec_quote(argument) for argument in command)
    return "\n".join(
        (
            "[Desktop Entry]",
            "Type=Application",
            f"Name={APP_NAME}",
            "Comment=Publishes the posts you scheduled",
            f"Exec={_desktop_string(exec_line)}",
            f"Icon={DESKTOP_ID}",
            "Terminal=false",
            "X-GNOME-Autostart-enabled=true",
            f"{XDG_MARKER}=true",
            "",
        )
    )


def xdg_config_home(environment: Mapping[str, str], home: Path) -> Path:
    """$XDG_CONFIG_HOME when it is an absolute path (the spec ignores a relative one)."""
    configured = environment.get("XDG_CONFIG_HOME", "")
    if configured and Path(configured).is_absolute():
        return Path(configured)
    return home / ".config"


class XdgAutostart(_FileAutostart):
    def __init__(self, config_home: Path) -> None:
        self.path = config_home / "autostart" / f"{APP_ID}.desktop"

    def _ours(self) -> bool | None:
        """None when there is no file; else whether this app wrote it."""
        try:
            text = self.path.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return None
        except OSError as error:
            raise _failed("read", self.path, error) from error
        return f"\n{XDG_MARKER}=true\n" in text

    def _content(self, command: Sequence[str]) -> bytes:
        return desktop_entry(command).encode("utf-8")


# -- Windows -------------------------------------------------------------------------


class RunKey(Protocol):
    """The string values of HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run."""

    def get(self, name: str) -> str | None: ...

    def set(self, name: str, data: str) -> None: ...

    def delete(self, name: str) -> None: ...


class WinregRunKey:
    """The real Run key, through the standard library's winreg."""

    def get(self, name: str) -> str | None:
        if sys.platform != "win32":
            raise AutostartError("the Windows registry exists only on Windows")
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY_PATH) as key:
                value, _kind = winreg.QueryValueEx(key, name)
        except FileNotFoundError:
            return None
        return str(value)

    def set(self, name: str, data: str) -> None:
        if sys.platform != "win32":
            raise AutostartError("the Windows registry exists only on Windows")
        import winreg

        with winreg.CreateKeyEx(
            winreg.HKEY_CURRENT_USER, RUN_KEY_PATH, 0, winreg.KEY_SET_VALUE
        ) as key:
            winreg.SetValueEx(key, name, 0, winreg.REG_SZ, data)

    def delete(self, name: str) -> None:
        if sys.platform != "win32":
            raise AutostartError("the Windows registry exists only on Windows")
        import winreg

        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY_PATH, 0, winreg.KEY_SET_VALUE) as key:
            winreg.DeleteValue(key, name)


class WindowsAutostart:
    """One value, named after the app, in the current user's Run key."""

    def __init__(self, key: RunKey) -> None:
        self._key = key

    def is_enabled(self) -> bool:
        try:
            return self._key.get(RUN_VALUE_NAME) is not None
        except OSError as error:
            raise _failed("read", RUN_KEY_PATH, error) from error

    def enable(self, command: Sequence[str]) -> None:
        try:
            # list2cmdline quotes by the rules Windows programs parse their command line with.
            self._key.set(RUN_VALUE_NAME, subprocess.list2cmdline(list(command)))
        except OSError as error:
            raise _failed("write", RUN_KEY_PATH, error) from error

    def disable(self) -> bool:
        if not self.is_enabled():
            return False
        try:
            self._key.delete(RUN_VALUE_NAME)
        except FileNotFoundError:
            return False
        except OSError as error:
            raise _failed("remove", RUN_KEY_PATH, error) from error
        return True


# -- macOS ---------------------------------------------------------------------------


def launch_agent(command: Sequence[str]) -> bytes:
    return plistlib.dumps(
        {
            "Label": LAUNCH_AGENT_LABEL,
            "ProgramArguments": list(command),
            "RunAtLoad": True,
            "ProcessType": "Interactive",
            "LimitLoadToSessionType": "Aqua",
        },
        fmt=plistlib.FMT_XML,
    )


class LaunchAgentAutostart(_FileAutostart):
    """A LaunchAgent in ~/Library/LaunchAgents; launchd loads it at the next login."""

    def __init__(self, home: Path) -> None:
        self.path = home / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"

    def _ours(self) -> bool | None:
        try:
            data = plistlib.loads(self.path.read_bytes())
        except FileNotFoundError:
            return None
        except OSError as error:
            raise _failed("read", self.path, error) from error
        except (plistlib.InvalidFileException, ValueError):
            return False
        return isinstance(data, dict) and data.get("Label") == LAUNCH_AGENT_LABEL

    def _content(self, command: Sequence[str]) -> bytes:
        return launch_agent(command)


def for_this_system(
    platform: str | None = None,
    environment: Mapping[str, str] | None = None,
    home: Path | None = None,
) -> Autostart:
    platform = platform or sys.platform
    environment = os.environ if environment is None else environment
    home = home or Path.home()
    if platform == "win32":
        return WindowsAutostart(WinregRunKey())
    if platform == "darwin":
        return LaunchAgentAutostart(home)
    return XdgAutostart(xdg_config_home(environment, home))
