"""Shared fixtures.  Every test runs on throwaway XDG folders and fails on logged errors."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from advocate_desktop.paths import AppPaths
from advocate_desktop.schedule.clock import FakeClock

START = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)

# After the suite, no secret the tests used may be found in a file the suite produced.
pytest_plugins = ["tests.leak_guard"]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The slow tier (soak and repeated-crash tests) runs with ``make test-slow``, the
    packaging tier (a PyInstaller build of several minutes first) with
    ``make test-packaging``."""
    tiers = {
        "slow": ("ADVOCATE_SLOW", "slow tier: run it with make test-slow"),
        "packaging": ("ADVOCATE_PACKAGING", "packaging tier: run it with make test-packaging"),
    }
    for marker, (variable, reason) in tiers.items():
        if os.environ.get(variable) == "1":
            continue
        skip = pytest.mark.skip(reason=reason)
        for item in items:
            if item.get_closest_marker(marker) is not None:
                item.add_marker(skip)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / "xdg" / name.lower()))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "xdg" / "site"))
    monkeypatch.delenv("ADVOCATE_MANAGED_CONFIG", raising=False)


@pytest.fixture(autouse=True)
def _no_it_proxy() -> Iterator[None]:
    """IT's proxy route is the process's: whatever a test set is gone after it."""
    from advocate_desktop import proxy

    proxy.use(None)
    yield
    proxy.use(None)


@pytest.fixture(autouse=True)
def _fail_on_logged_errors(
    request: pytest.FixtureRequest, caplog: pytest.LogCaptureFixture
) -> Iterator[None]:
    """Like qutebrowser's logfail: an ERROR logged by the app fails the test."""
    caplog.set_level(logging.INFO)
    yield
    if request.node.get_closest_marker("allow_log_errors"):
        return
    errors = [
        r
        for r in caplog.get_records("call")
        if r.levelno >= logging.ERROR and r.name.startswith("advocate_desktop")
    ]
    if errors:
        pytest.fail("unexpected logged errors: " + "; ".join(r.getMessage() for r in errors))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    base = tmp_path / "app"
    return AppPaths(base / "data", base / "config", base / "cache", (base / "site",))
