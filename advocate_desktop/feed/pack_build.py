"""Building pack zips for the communications team: reproducible, optionally signed.

The same folder and version always give the same bytes: members in a fixed order,
a fixed timestamp and permissions, and a fixed compression level.  The version
stamped into the manifest comes from the command line, else ``SOURCE_DATE_EPOCH``
(the reproducible-builds convention), else the newest modification time of the
folder's files — so an unchanged folder builds the same pack again.
"""

from __future__ import annotations

import io
import json
import os
import zipfile
from datetime import datetime
from pathlib import Path

from advocate_desktop.feed.pack import pack_files
from advocate_desktop.feed.signing import (
    MANIFEST_NAME,
    MAX_PACK_ID,
    SIGNATURE_NAME,
    build_manifest,
    digest,
    sign_manifest,
)

FIXED_TIME = (1980, 1, 1, 0, 0, 0)


def _member(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o100644 << 16
    info.create_system = 3  # Unix, so the permissions above mean what they say
    return info


def build_zip(contents: dict[str, bytes]) -> bytes:
    """A zip of ``contents`` with manifest and signature first, then the rest sorted."""
    order = [n for n in (MANIFEST_NAME, SIGNATURE_NAME) if n in contents]
    order += sorted(n for n in contents if n not in (MANIFEST_NAME, SIGNATURE_NAME))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as bundle:
        for name in order:
            bundle.writestr(_member(name), contents[name], compresslevel=9)
    return buffer.getvalue()


def folder_contents(folder: Path) -> dict[str, bytes]:
    return {name: path.read_bytes() for name, path in pack_files(folder).items()}


def with_manifest(
    contents: dict[str, bytes],
    private_pem: bytes | None,
    *,
    version: int = 0,
    pack_id: str | None = None,
    expires_at: datetime | None = None,
) -> dict[str, bytes]:
    """The pack's files plus a fresh manifest, and a signature when a key is given.

    ``pack_id`` defaults to the one :func:`default_pack_id` finds in ``feed.json``.
    """
    files = {k: v for k, v in contents.items() if k not in (MANIFEST_NAME, SIGNATURE_NAME)}
    if pack_id is None:
        pack_id = default_pack_id(files.get("feed.json", b""))
    if len(pack_id) > MAX_PACK_ID:
        raise ValueError(f"the pack id is longer than {MAX_PACK_ID} characters")
    if version < 0:
        raise ValueError("the pack version is a whole number, 0 or more")
    manifest = build_manifest(
        {name: digest(data) for name, data in files.items()},
        pack_id=pack_id,
        version=version,
        expires_at=expires_at,
    )
    result = dict(files)
    result[MANIFEST_NAME] = manifest
    if private_pem is not None:
        result[SIGNATURE_NAME] = sign_manifest(manifest, private_pem)
    return result


def read_zip(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as bundle:
        return {i.filename: bundle.read(i) for i in bundle.infolist() if not i.is_dir()}


def default_pack_id(feed_json: bytes) -> str:
    """What names a pack across its releases: the feed's ``feed_url`` (JSON Feed's own
    unique identifier of a feed), else its title."""
    try:
        document = json.loads(feed_json.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return ""
    if not isinstance(document, dict):
        return ""
    for key in ("feed_url", "title"):
        value = document.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()[:MAX_PACK_ID]
    return ""


def default_version(folder: Path) -> int:
    """``SOURCE_DATE_EPOCH`` when set, else the newest modification time (whole seconds)
    of the folder's pack files: an edit raises it, a rebuild of the same files keeps it."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        if not epoch.isdigit():
            raise ValueError("SOURCE_DATE_EPOCH is a whole number of seconds")
        return int(epoch)
    times = [int(path.stat().st_mtime) for path in pack_files(folder).values()]
    return max(times, default=0)
