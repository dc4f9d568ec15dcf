from __future__ import annotations

import json
from pathlib import Path

import pytest

from advocate_desktop.paths import AppPaths
from advocate_desktop.settings.consent import consent_given, record_consent
from advocate_desktop.settings.managed import (
    ManagedConfigError,
    load_managed,
    load_managed_strictly,
)
from advocate_desktop.settings.service import LockedSetting, SettingsService
from advocate_desktop.store.connection import Database
from advocate_desktop.store.settings_repo import SettingsRepository


def _managed(tmp_path: Path, document: object) -> Path:
    path = tmp_path / "managed.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_defaults_user_values_and_it_presets(tmp_path: Path) -> None:
    repo = SettingsRepository(Database(tmp_path / "s.sqlite3"))
    managed = load_managed(_managed(tmp_path, {"settings": {"grace_minutes": 5}}))
    service = SettingsService(repo, managed)
    assert service.get("language") == "system"
    assert service.get("grace_minutes") == 5  # IT's preset, not locked
    service.set("grace_minutes", 10)
    assert SettingsService(repo, managed).get("grace_minutes") == 10


def test_locked_settings_cannot_be_changed(tmp_path: Path) -> None:
    repo = SettingsRepository(Database(tmp_path / "s.sqlite3"))
    repo.save("paused", True)  # a value from before IT locked it
    managed = load_managed(
        _managed(tmp_path, {"settings": {"paused": False}, "locked": ["paused"]})
    )
    service = SettingsService(repo, managed)
    assert service.get("paused") is False
    assert service.is_locked("paused")
    with pytest.raises(LockedSetting):
        service.set("paused", True)


@pytest.mark.parametrize(
    ("document", "pointer"),
    [
        ([], ""),
        ({"settings": []}, "/settings"),
        ({"settings": {"colour": "red"}}, "/settings/colour"),
        ({"settings": {"grace_minutes": "ten"}}, "/settings/grace_minutes"),
        ({"settings": {"grace_minutes": -1}}, "/settings/grace_minutes"),
        ({"settings": {"grace_minutes": True}}, "/settings/grace_minutes"),
        ({"settings": {"language": "de"}}, "/settings/language"),
        ({"locked": "paused"}, "/locked"),
        ({"locked": ["nope"]}, "/locked/0"),
    ],
)
def test_invalid_managed_config_names_the_pointer(
    tmp_path: Path, document: object, pointer: str
) -> None:
    managed = load_managed(_managed(tmp_path, document))
    assert [p.pointer for p in managed.problems] == [pointer]
    with pytest.raises(ManagedConfigError) as caught:
        load_managed_strictly(_managed(tmp_path, document))
    assert caught.value.pointer == pointer


def test_invalid_user_values_fall_back_to_defaults(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    repo = SettingsRepository(Database(tmp_path / "s.sqlite3"))
    repo.save("language", "klingon")
    assert SettingsService(repo).get("language") == "system"
    with pytest.raises(ValueError, match="language"):
        SettingsService(repo).set("language", "klingon")


def test_paths_follow_xdg_and_create_nothing(tmp_path: Path) -> None:
    paths = AppPaths.from_environment()
    assert str(paths.data_dir).startswith(str(tmp_path))
    assert str(paths.config_dir).startswith(str(tmp_path))
    assert not paths.data_dir.exists() and not paths.config_dir.exists()
    assert paths.managed_config_file() is None


def test_the_managed_file_comes_from_the_site_folder_or_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "xdg" / "site" / "advocate-desktop"
    site.mkdir(parents=True)
    (site / "managed.json").write_text("{}")
    assert AppPaths.from_environment().managed_config_file() == site / "managed.json"
    monkeypatch.setenv("ADVOCATE_MANAGED_CONFIG", str(tmp_path / "other.json"))
    assert AppPaths.from_environment().managed_config_file() == tmp_path / "other.json"


def test_consent_is_recorded_and_versioned(tmp_path: Path, clock: object) -> None:
    path = tmp_path / "c" / "consent.json"
    assert not consent_given(path)
    from datetime import UTC, datetime

    record_consent(path, datetime(2026, 1, 1, tzinfo=UTC))
    assert consent_given(path)
    path.write_text('{"version": 0}')
    assert not consent_given(path)
