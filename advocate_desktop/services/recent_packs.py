"""The packs the studio opened last, newest first, kept in one small JSON file.

A damaged or unreadable file is an empty list (the list is a convenience, never a
reason to refuse to start); it is written whole or not at all.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

RECENT_FILE = "studio-recent.json"
MAX_RECENT = 10


class RecentPacks:
    def __init__(self, config_dir: Path) -> None:
        self.path = config_dir / RECENT_FILE

    def load(self) -> list[Path]:
        """The packs still where they were, newest first."""
        try:
            names = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []
        if not isinstance(names, list):
            return []
        return [Path(n) for n in names if isinstance(n, str) and n and Path(n).exists()]

    def add(self, pack: Path) -> list[Path]:
        """Put ``pack`` first; returns the new list."""
        pack = pack.resolve()
        packs = [pack, *(p for p in self.load() if p != pack)][:MAX_RECENT]
        self._write(packs)
        return packs

    def forget(self, pack: Path) -> list[Path]:
        packs = [p for p in self.load() if p != pack.resolve()]
        self._write(packs)
        return packs

    def _write(self, packs: list[Path]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_name(self.path.name + ".tmp")
        with temporary.open("w", encoding="utf-8") as handle:
            json.dump([str(p) for p in packs], handle, ensure_ascii=False, indent=1)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, self.path)
