"""Building pack zips for the communications team: reproducible, optionally signed.

The same folder always gives the same bytes: members in a fixed order, a fixed
timestamp and permissions, and a fixed compression level.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from advocate_desktop.feed.pack import pack_files
from advocate_desktop.feed.signing import (
    MANIFEST_NAME,
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


def with_manifest(contents: dict[str, bytes], private_pem: bytes | None) -> dict[str, bytes]:
    """The pack's files plus a fresh manifest, and a signature when a key is given."""
    files = {k: v for k, v in contents.items() if k not in (MANIFEST_NAME, SIGNATURE_NAME)}
    manifest = build_manifest({name: digest(data) for name, data in files.items()})
    result = dict(files)
    result[MANIFEST_NAME] = manifest
    if private_pem is not None:
        result[SIGNATURE_NAME] = sign_manifest(manifest, private_pem)
    return result


def read_zip(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as bundle:
        return {i.filename: bundle.read(i) for i in bundle.infolist() if not i.is_dir()}
