"""Resolved settings: IT's locked value, else the employee's, else IT's preset, else the default."""

from __future__ import annotations

import logging
from typing import Any

from advocate_desktop.settings.definitions import SETTINGS
from advocate_desktop.settings.managed import ManagedConfig
from advocate_desktop.store.settings_repo import SettingsRepository

log = logging.getLogger(__name__)


class LockedSetting(PermissionError):
    pass


class SettingsService:
    def __init__(self, repo: SettingsRepository, managed: ManagedConfig | None = None) -> None:
        self._repo = repo
        self.managed = managed or ManagedConfig()
        self._user: dict[str, Any] = {}
        for key, value in repo.load().items():
            definition = SETTINGS.get(key)
            if definition is None:
                continue
            try:
                self._user[key] = definition.validate(value)
            except ValueError:
                log.warning("ignoring a stored setting with a bad value: %s", key)

    def get(self, key: str) -> Any:
        definition = SETTINGS[key]
        if key in self.managed.locked and key in self.managed.values:
            return self.managed.values[key]
        if key in self._user:
            return self._user[key]
        return self.managed.values.get(key, definition.default)

    def is_locked(self, key: str) -> bool:
        return key in self.managed.locked

    def set(self, key: str, value: Any) -> None:
        if self.is_locked(key):
            raise LockedSetting(key)
        try:
            self._user[key] = SETTINGS[key].validate(value)
        except ValueError as error:
            raise ValueError(f"{key}: {error}") from None
        self._repo.save(key, value)
