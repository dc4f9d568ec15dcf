"""Where each OS keeps IT's managed configuration, read into one document shape.

The chain, highest precedence first (the first source that sets a key wins; locks
and problems add up):

1. the OS's policy store: on Windows the registry under
   ``HKLM\\Software\\Policies\\AdvocateDesktop`` (what Group Policy and Intune write);
   on macOS the managed preferences of the app's domain (what an MDM profile installs);
2. the JSON file: ``$ADVOCATE_MANAGED_CONFIG`` if set (then nothing else is read),
   else ``managed.json`` in the first of ``$XDG_CONFIG_DIRS`` that has one (Linux,
   ``/etc/xdg/advocate-desktop/``), ``%ProgramData%\\AdvocateDesktop\\`` (Windows) or
   ``/Library/Application Support/AdvocateDesktop/`` (macOS).

The registry and the preferences are read through small interfaces
(:class:`RegistryReader`, :class:`PreferencesReader`) so that their conversion is
tested anywhere with fakes; the real readers are thin.  Nothing here imports Qt.
"""

from __future__ import annotations

import json
import os
import plistlib
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Protocol

from advocate_desktop import DESKTOP_ID
from advocate_desktop.paths import MANAGED_CONFIG_ENV, MANAGED_CONFIG_NAME, AppPaths
from advocate_desktop.settings.definitions import IT_SETTINGS, SETTINGS
from advocate_desktop.settings.managed import (
    NOT_JSON,
    UNREADABLE,
    ManagedConfig,
    load_managed,
    merge,
    read_document,
    unreadable,
)
from advocate_desktop.settings.setting import InvalidValue, SettingDefinition

REGISTRY_KEY = r"Software\Policies\AdvocateDesktop"
REGISTRY_SOURCE = "HKLM\\" + REGISTRY_KEY
SETTINGS_SUBKEY = "Settings"
LOCKED_SUBKEY = "Locked"
MAC_DOMAIN = DESKTOP_ID
MAC_MANAGED_FOLDER = Path("/Library/Managed Preferences")
WINDOWS_FOLDER = "AdvocateDesktop"
MAC_JSON = Path("/Library/Application Support/AdvocateDesktop") / MANAGED_CONFIG_NAME

# IT's lists of text, kept as a subkey of values 1, 2… (an ADMX list element).
REGISTRY_LISTS = ("feeds", "allowed_networks", "proxy_bypass")
# The registry's value types (as winreg numbers them).
REG_SZ, REG_EXPAND_SZ, REG_DWORD, REG_MULTI_SZ, REG_QWORD = 1, 2, 4, 7, 11


class RegistryReader(Protocol):
    """Read-only access to ``HKLM\\Software\\Policies\\AdvocateDesktop``, as winreg
    gives it."""

    def read_values(self, subkey: str) -> dict[str, tuple[Any, int]] | None:
        """The values of the key (``subkey`` "" ) or of a subkey, by name, each as
        (data, type) like ``winreg.EnumValue``; None when the key does not exist."""
        ...


class PreferencesReader(Protocol):
    """Read-only access to the managed (forced) preferences of the app's domain, as
    CFPreferences gives them (plist types: dict, list, str, int, bool…)."""

    def copy_key_list(self) -> list[str]: ...

    def copy_value(self, key: str) -> Any: ...


class WindowsRegistry:
    """The real registry (Windows only; ``winreg`` exists nowhere else)."""

    def read_values(self, subkey: str) -> dict[str, tuple[Any, int]] | None:
        import winreg  # type: ignore[import-not-found,unused-ignore]

        path = REGISTRY_KEY + ("\\" + subkey if subkey else "")
        try:
            # The 64-bit view, which Group Policy writes, whatever this Python's bitness.
            access = winreg.KEY_READ | winreg.KEY_WOW64_64KEY  # type: ignore[attr-defined,unused-ignore]
            key = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, path, 0, access)  # type: ignore[attr-defined,unused-ignore]
        except OSError:
            return None
        values: dict[str, tuple[Any, int]] = {}
        with key:
            index = 0
            while True:
                try:
                    name, data, kind = winreg.EnumValue(key, index)  # type: ignore[attr-defined,unused-ignore]
                except OSError:
                    break
                values[str(name)] = (data, int(kind))
                index += 1
        return values


class ManagedPreferencesFiles:
    """macOS managed preferences as the OS keeps them on disk: what an MDM profile
    forces for the domain is written to ``/Library/Managed Preferences`` (per user in
    a folder of the user's name, else for the machine); the user's file wins."""

    def __init__(
        self, domain: str = MAC_DOMAIN, folder: Path = MAC_MANAGED_FOLDER, user: str | None = None
    ) -> None:
        self.files = [
            *([folder / user / f"{domain}.plist"] if user else []),
            folder / f"{domain}.plist",
        ]
        self._values: dict[str, Any] | None = None

    def _read(self) -> dict[str, Any]:
        if self._values is None:
            values: dict[str, Any] = {}
            for path in reversed(self.files):  # the machine's first, the user's over it
                if path.is_file():
                    with path.open("rb") as file:
                        loaded = plistlib.load(file)
                    if isinstance(loaded, dict):
                        values.update(loaded)
            self._values = values
        return self._values

    def copy_key_list(self) -> list[str]:
        return list(self._read())

    def copy_value(self, key: str) -> Any:
        return self._read().get(key)


# -- the registry ------------------------------------------------------------------


def registry_document(
    reader: RegistryReader,
) -> tuple[dict[str, Any] | None, list[tuple[str, InvalidValue]]]:
    """The registry's policy values as a managed document (None: no policy there),
    and the values that could not even be converted (JSON text that does not parse).

    Layout (what the ADMX templates write): IT's keys as values of the key itself, a
    list of text as a subkey of that name with values ``1``, ``2``…, structured
    values as JSON text (REG_SZ, or REG_MULTI_SZ lines); the employee's settings as
    values of the ``Settings`` subkey; a lock as a non-zero DWORD named after the
    setting in the ``Locked`` subkey.
    """
    found: list[tuple[str, InvalidValue]] = []
    main = reader.read_values("")
    if main is None:
        return None, found
    document: dict[str, Any] = {}
    for name, (data, kind) in main.items():
        definition = IT_SETTINGS.get(name)
        if definition is None:
            document[name] = data  # reported as an unknown key
            continue
        converted = _from_registry(definition, data, kind, f"/{name}", found)
        if converted is not _SKIP:
            document[name] = converted
    for name in REGISTRY_LISTS:
        listed = reader.read_values(name)
        if listed is not None and name not in document:
            document[name] = [data for _, (data, _kind) in sorted(listed.items(), key=_order)]
    settings = reader.read_values(SETTINGS_SUBKEY)
    if settings:
        converted_settings: dict[str, Any] = {}
        for name, (data, kind) in settings.items():
            definition = SETTINGS.get(name)
            if definition is None:
                converted_settings[name] = data
                continue
            value = _from_registry(definition, data, kind, f"/settings/{name}", found)
            if value is not _SKIP:
                converted_settings[name] = value
        document["settings"] = converted_settings
    locks = reader.read_values(LOCKED_SUBKEY)
    if locks:
        document["locked"] = [name for name, (data, _kind) in locks.items() if data not in (0, "0")]
    return document, found


_SKIP = object()


def _order(entry: tuple[str, tuple[Any, int]]) -> tuple[int, str]:
    name = entry[0]
    return (int(name), "") if name.isdigit() else (sys.maxsize, name)


def _from_registry(
    definition: SettingDefinition,
    data: Any,
    kind: int,
    pointer: str,
    found: list[tuple[str, InvalidValue]],
) -> Any:
    """A registry value as the JSON value the table expects; a value of the wrong kind
    passes through unchanged so the table's check names what is wrong."""
    if definition.type is bool and kind in (REG_DWORD, REG_QWORD) and data in (0, 1):
        return bool(data)
    if kind == REG_EXPAND_SZ and isinstance(data, str):
        return os.path.expandvars(data)  # %ProgramData%\… as Windows would expand it
    if definition.type in (dict, list) and kind in (REG_SZ, REG_EXPAND_SZ, REG_MULTI_SZ):
        text = "\n".join(data) if isinstance(data, list) else str(data)
        try:
            return json.loads(text)
        except (ValueError, RecursionError) as error:
            found.append((pointer, InvalidValue(NOT_JSON, error)))
            return _SKIP
    return data


def load_registry(reader: RegistryReader) -> ManagedConfig | None:
    try:
        document, found = registry_document(reader)
    except OSError as error:
        return unreadable(REGISTRY_SOURCE, UNREADABLE, error.strerror or str(error))
    if document is None:
        return None
    return read_document(document, REGISTRY_SOURCE, found=found)


# -- macOS managed preferences -------------------------------------------------------


def load_preferences(reader: PreferencesReader, source: str) -> ManagedConfig | None:
    """The domain's managed preferences carry the document's keys directly ("settings",
    "locked", "feeds"…) in plist types; None when none is set."""
    try:
        keys = reader.copy_key_list()
        document = {key: reader.copy_value(key) for key in keys}
    except (OSError, ValueError, plistlib.InvalidFileException) as error:
        return unreadable(source, UNREADABLE, error)
    if not document:
        return None
    return read_document(document, source)


# -- the chain ---------------------------------------------------------------------


def json_files(paths: AppPaths, system: str = sys.platform) -> list[Path]:
    """Where this OS keeps the JSON file, in order (the first that exists is read)."""
    explicit = os.environ.get(MANAGED_CONFIG_ENV)
    if explicit:
        return [Path(explicit)]
    if system == "win32":
        program_data = os.environ.get("PROGRAMDATA", r"C:\ProgramData")
        return [Path(program_data) / WINDOWS_FOLDER / MANAGED_CONFIG_NAME]
    if system == "darwin":
        return [MAC_JSON]
    return [folder / MANAGED_CONFIG_NAME for folder in paths.site_config_dirs]


def load_chain(
    json_candidates: Iterable[Path],
    *,
    registry: RegistryReader | None = None,
    preferences: PreferencesReader | None = None,
    preferences_source: str = f"{MAC_MANAGED_FOLDER}/{MAC_DOMAIN}.plist",
) -> ManagedConfig:
    """Every source there is, merged in precedence order; never raises."""
    configs: list[ManagedConfig] = []
    if registry is not None:
        config = load_registry(registry)
        if config is not None:
            configs.append(config)
    if preferences is not None:
        config = load_preferences(preferences, preferences_source)
        if config is not None:
            configs.append(config)
    for path in json_candidates:
        if path.exists():
            configs.append(load_managed(path))
            break
    return merge(configs) if configs else ManagedConfig()


def load_for_this_system(paths: AppPaths, system: str = sys.platform) -> ManagedConfig:
    """The managed configuration of this computer (only the file when
    ``$ADVOCATE_MANAGED_CONFIG`` names one)."""
    files = json_files(paths, system)
    if os.environ.get(MANAGED_CONFIG_ENV):
        return load_chain(files)
    if system == "win32":
        return load_chain(files, registry=WindowsRegistry())
    if system == "darwin":
        user = os.environ.get("USER") or None
        return load_chain(files, preferences=ManagedPreferencesFiles(user=user))
    return load_chain(files)
