"""The bundled demo pack's version: a digest of its files.

The demo pack is part of the app and carries no signed manifest, so its version is
what its files hold.  The app stores the pack once and again only when this changes
(an update of the app brought a new demo), instead of at every start.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

DIGEST_PREFIX = "demo-sha256:"


def folder_digest(folder: Path) -> str:
    """A digest of every file's path (relative, ``/``-separated) and bytes, in a fixed
    order, so the same files give the same digest wherever the folder is."""
    digest = hashlib.sha256()
    files = sorted(
        (path.relative_to(folder).as_posix(), path) for path in folder.rglob("*") if path.is_file()
    )
    for name, path in files:
        data = path.read_bytes()
        digest.update(f"{name}\0{len(data)}\0".encode())
        digest.update(data)
    return DIGEST_PREFIX + digest.hexdigest()
