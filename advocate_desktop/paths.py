"""Where Advocate Desktop keeps things on disk.

Locations come from platformdirs, which honours ``XDG_DATA_HOME``,
``XDG_CONFIG_HOME``, ``XDG_CACHE_HOME`` and ``XDG_CONFIG_DIRS`` on Linux, so tests
and checks run on a throwaway HOME.  Nothing here creates a folder: the app
writes nothing before the employee has agreed on the first-run screen.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path

from advocate_desktop import APP_ID

MANAGED_CONFIG_ENV = "ADVOCATE_MANAGED_CONFIG"
MANAGED_CONFIG_NAME = "managed.json"


@functools.cache  # where the program is installed does not change while it runs
def resources_dir() -> Path:
    """The bundled resources: inside the wheel, or beside the package in a checkout."""
    packaged = Path(__file__).resolve().parent / "_resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "resources"


def demo_pack_dir() -> Path:
    return resources_dir() / "demo-pack"


@dataclass(frozen=True)
class AppPaths:
    """The folders of one profile: data, configuration, cache and IT's configuration."""

    data_dir: Path
    config_dir: Path
    cache_dir: Path
    site_config_dirs: tuple[Path, ...]

    @classmethod
    def from_environment(cls) -> AppPaths:
        import platformdirs  # here: a policy check finds its resources without it

        site = platformdirs.site_config_dir(APP_ID, appauthor=False, multipath=True)
        return cls(
            data_dir=Path(platformdirs.user_data_dir(APP_ID, appauthor=False)),
            config_dir=Path(platformdirs.user_config_dir(APP_ID, appauthor=False)),
            cache_dir=Path(platformdirs.user_cache_dir(APP_ID, appauthor=False)),
            site_config_dirs=tuple(Path(p) for p in site.split(os.pathsep) if p),
        )

    @property
    def database(self) -> Path:
        return self.data_dir / "advocate.sqlite3"

    @property
    def consent_file(self) -> Path:
        return self.config_dir / "consent.json"

    @property
    def media_cache(self) -> Path:
        return self.cache_dir / "media"

    def managed_config_file(self) -> Path | None:
        """IT's configuration: an explicit path from the environment, else the first site file."""
        explicit = os.environ.get(MANAGED_CONFIG_ENV)
        if explicit:
            return Path(explicit)
        for folder in self.site_config_dirs:
            candidate = folder / MANAGED_CONFIG_NAME
            if candidate.is_file():
                return candidate
        return None

    def ensure(self) -> None:
        for folder in (self.data_dir, self.config_dir, self.cache_dir):
            folder.mkdir(parents=True, exist_ok=True)

    def remove_all(self) -> list[Path]:
        """Delete every folder the app owns (not the outbox folders the employee chose);
        returns the ones that could not be removed (or not completely)."""
        import shutil

        left = []
        for folder in (self.data_dir, self.config_dir, self.cache_dir):
            shutil.rmtree(folder, ignore_errors=True)
            if folder.exists() or folder.is_symlink():
                left.append(folder)
        return left
