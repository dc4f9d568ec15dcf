"""services/profile.py: the login entry as Settings reads and switches it, through a
real XDG autostart folder, and what IT decides about it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from advocate_desktop.autostart import XdgAutostart
from advocate_desktop.paths import AppPaths
from advocate_desktop.schedule.clock import FakeClock
from advocate_desktop.services.app_services import AppServices
from advocate_desktop.settings.managed import load_managed
from advocate_desktop.store.connection import Database


def built(paths: AppPaths, clock: FakeClock, home: Path, managed: Path | None) -> AppServices:
    paths.ensure()
    return AppServices(
        paths=paths,
        clock=clock,
        db=Database(paths.database),
        managed=load_managed(managed),
        autostart=XdgAutostart(home),
    )


def test_the_login_entry_is_written_read_and_offered_once(
    paths: AppPaths, clock: FakeClock, tmp_path: Path
) -> None:
    services = built(paths, clock, tmp_path / "xdg-config", None)
    try:
        profile = services.profile
        assert not profile.starts_at_login()
        assert profile.should_offer_start_at_login()
        assert not profile.should_offer_start_at_login()  # once
        profile.set_start_at_login(True)
        assert profile.starts_at_login() and services.settings.get("start_at_login")
        assert any((tmp_path / "xdg-config" / "autostart").iterdir())
        profile.set_start_at_login(False)
        assert not profile.starts_at_login()
    finally:
        services.db.close()


def test_start_at_login_set_by_it_cannot_be_switched_nor_offered(
    paths: AppPaths, clock: FakeClock, tmp_path: Path
) -> None:
    document = tmp_path / "managed.json"
    document.write_text(
        json.dumps({"settings": {"start_at_login": False}, "locked": ["start_at_login"]}),
        encoding="utf-8",
    )
    services = built(paths, clock, tmp_path / "xdg-config", document)
    try:
        assert not services.profile.should_offer_start_at_login()
        with pytest.raises(PermissionError):
            services.profile.set_start_at_login(True)
        assert not services.profile.starts_at_login()
    finally:
        services.db.close()
