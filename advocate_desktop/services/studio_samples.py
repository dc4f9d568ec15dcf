"""The sample posts the communications team tries the policy on, kept per pack on this
computer (never in the pack: they would ship to every employee).

One small JSON file per pack folder (or zip) in the app's configuration folder, named
by a digest of the pack's path.  A damaged or unreadable file is no samples; a file is
written whole or not at all.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from advocate_desktop.services.policy_editing import Sample, samples_from_json, samples_to_json

SAMPLES_DIR = "studio-samples"


class SampleStore:
    def __init__(self, config_dir: Path) -> None:
        self.folder = config_dir / SAMPLES_DIR

    def path_for(self, pack: Path) -> Path:
        digest = hashlib.sha256(str(pack.resolve()).encode("utf-8")).hexdigest()[:32]
        return self.folder / f"{digest}.json"

    def load(self, pack: Path) -> list[Sample]:
        """The samples kept for ``pack``; none when there are none or they cannot be read."""
        try:
            data = json.loads(self.path_for(pack).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []
        if not isinstance(data, dict) or data.get("pack") != str(pack.resolve()):
            return []  # another pack's file (a digest collision is not ours to trust)
        return samples_from_json(data.get("samples"))

    def save(self, pack: Path, samples: list[Sample]) -> None:
        path = self.path_for(pack)
        if not samples:
            path.unlink(missing_ok=True)
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(path.name + ".tmp")
        with temporary.open("w", encoding="utf-8") as handle:
            json.dump(
                {"pack": str(pack.resolve()), "samples": samples_to_json(samples)},
                handle,
                ensure_ascii=False,
                indent=1,
            )
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
