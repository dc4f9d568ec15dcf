"""Content packs: ``feed.json``, ``policy.json`` and ``media/``, as a folder or a zip.

A zip is checked member by member before anything is used: no absolute paths,
no ``..``, no links, and caps on the total size and the compression ratio.  A
folder is held to the same rules: a link or anything but plain files and folders
refuses it.
"""

from __future__ import annotations

import os
import shutil
import stat
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import zipfile

from advocate_desktop.feed.errors import FeedError
from advocate_desktop.feed.model import Feed
from advocate_desktop.feed.parse import parse_json_feed
from advocate_desktop.feed.signing import (
    MANIFEST_NAME,
    SIGNATURE_NAME,
    SignatureError,
    TrustedKey,
    check_files,
    digest,
    read_manifest,
    verify_signature,
)

FEED_NAME = "feed.json"
POLICY_NAME = "policy.json"
MEDIA_DIR = "media"
MAX_TOTAL_BYTES = 200 * 1024 * 1024
MAX_MEMBERS = 5000
MAX_RATIO = 200


@dataclass(frozen=True)
class SignedRelease:
    """Who signed a pack, and which release of which pack their manifest says it is."""

    signer: str
    key_id: str
    pack_id: str
    version: int
    expires_at: datetime | None = None


@dataclass(frozen=True)
class LoadedPack:
    location: str
    feed: Feed
    policy_json: str | None
    media_root: Path
    signer: str | None = None
    release: SignedRelease | None = None


@dataclass(frozen=True)
class Trust:
    """Which keys may sign packs, and whether unsigned packs are refused.

    ``now`` is when the keys are judged: a key past its IT-given end date signs nothing.
    """

    keys: tuple[TrustedKey, ...] = ()
    require_signed: bool = False
    now: datetime | None = None

    def vouches_for(self, key_id: str | None, signer: str | None) -> bool:
        """Whether content stored as signed by ``key_id`` is still signed in this trust.

        Rows stored before key ids were kept carry only the signer's name.
        """
        if signer is None:
            return False
        for key in self.keys:
            if (key.key_id == key_id or (key_id is None and key.name == signer)) and not (
                self.now is not None and key.is_expired(self.now)
            ):
                return True
        return False


def load_pack(path: Path, extract_to: Path, trust: Trust | None = None) -> LoadedPack:
    """Load a pack folder in place, or a zip into a subfolder of ``extract_to``.

    The signature is checked before anything in the pack is read as content.
    """
    trust = trust or Trust()
    if path.is_dir():
        pack_files(path)  # refuses links and special files before anything is read
        release = _verify_folder(path, path, trust)
        return _from_folder(path, path, release)
    if not path.exists():
        raise FeedError(str(path), "", "no such file")
    # Imported here: start-up loads folders only, and these modules cost time.
    import hashlib
    import zipfile

    if not zipfile.is_zipfile(path):
        raise FeedError(str(path), "", "not a content pack: the file is not a zip archive")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:32]
    target = extract_to / digest
    if not (target / FEED_NAME).is_file():
        staging = extract_to / f".{digest}.partial"
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        try:
            _safe_extract(path, staging)
            shutil.rmtree(target, ignore_errors=True)
            staging.rename(target)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    release = _verify_folder(target, path, trust)
    return _from_folder(target, path, release)


def pack_files(folder: Path) -> dict[str, Path]:
    """Every file of a pack folder by its pack path, without the manifest and signature.

    Links (which could lead out of the folder) and special files such as a named
    pipe (which would block the reader) refuse the whole pack, as in a zip.
    """
    files: dict[str, Path] = {}
    for item in sorted(folder.rglob("*")):
        relative = item.relative_to(folder).as_posix()
        mode = item.lstat().st_mode
        if stat.S_ISLNK(mode) or _is_junction(item):
            raise FeedError(str(folder), relative, "links are not allowed in a pack")
        if stat.S_ISDIR(mode):
            continue
        if not stat.S_ISREG(mode):
            raise FeedError(str(folder), relative, "only plain files are allowed in a pack")
        if relative not in (MANIFEST_NAME, SIGNATURE_NAME):
            files[relative] = item
    return files


def _is_junction(path: Path) -> bool:
    """A Windows junction leads elsewhere like a link but is not reported as one."""
    return bool(getattr(os.path, "isjunction", lambda _: False)(path))


def _verify_folder(folder: Path, origin: Path, trust: Trust) -> SignedRelease | None:
    """Who signed a signed pack and which release it is; None for an accepted unsigned one."""
    manifest_path = folder / MANIFEST_NAME
    signature_path = folder / SIGNATURE_NAME
    try:
        if not signature_path.is_file():
            if trust.require_signed:
                raise SignatureError(
                    "unsigned",
                    "the pack is not signed, and this computer accepts signed content only",
                )
            return None
        if not manifest_path.is_file():
            raise SignatureError("bad_manifest", f"the pack has a signature but no {MANIFEST_NAME}")
        manifest = manifest_path.read_bytes()
        key = verify_signature(manifest, signature_path.read_bytes(), trust.keys, trust.now)
        actual = {name: digest(p.read_bytes()) for name, p in pack_files(folder).items()}
        listed = read_manifest(manifest)
        check_files(listed.files, actual)
    except SignatureError as error:
        raise FeedError(str(origin), "", error.problem) from error
    return SignedRelease(key.name, key.key_id, listed.pack_id, listed.version, listed.expires_at)


def _from_folder(folder: Path, origin: Path, release: SignedRelease | None = None) -> LoadedPack:
    source = str(origin)
    feed_path = folder / FEED_NAME
    try:
        data = feed_path.read_bytes()
    except FileNotFoundError:
        raise FeedError(source, "", f"the pack has no {FEED_NAME}") from None
    except OSError as error:
        raise FeedError(source, "", f"cannot read {FEED_NAME}: {error.strerror}") from error
    root = folder.resolve()

    def resolve(reference: str) -> str | None:
        if "\\" in reference or PurePosixPath(reference).is_absolute() or ":" in reference:
            return None  # a UNC, drive or absolute path names something outside the pack
        candidate = (root / reference).resolve()
        if not candidate.is_relative_to(root) or not candidate.is_file():
            return None
        return str(candidate)

    feed = parse_json_feed(data, f"{source}/{FEED_NAME}", resolve)
    policy_path = folder / POLICY_NAME
    try:
        policy_json = policy_path.read_text(encoding="utf-8") if policy_path.is_file() else None
    except UnicodeDecodeError as error:
        raise FeedError(source, POLICY_NAME, f"not UTF-8 text (byte {error.start})") from None
    return LoadedPack(
        location=str(origin.resolve()),
        feed=feed,
        policy_json=policy_json,
        media_root=folder / MEDIA_DIR,
        signer=release.signer if release else None,
        release=release,
    )


def _safe_extract(archive: Path, target: Path) -> None:
    import zipfile

    source = str(archive)
    try:
        with zipfile.ZipFile(archive) as bundle:
            members = bundle.infolist()
            if len(members) > MAX_MEMBERS:
                raise FeedError(source, "", f"too many files ({len(members)} > {MAX_MEMBERS})")
            total = 0
            _check_names(members, source)
            for member in members:
                _check_member(member, source)
                total += member.file_size
                if total > MAX_TOTAL_BYTES:
                    raise FeedError(
                        source,
                        member.filename,
                        f"the pack unpacks to more than {MAX_TOTAL_BYTES // (1024 * 1024)} MB",
                    )
            for member in members:
                if member.is_dir():
                    continue
                destination = target.joinpath(*PurePosixPath(member.filename).parts)
                destination.parent.mkdir(parents=True, exist_ok=True)
                with bundle.open(member) as reader, destination.open("wb") as writer:
                    written = 0
                    while chunk := reader.read(1 << 16):
                        written += len(chunk)
                        if written > member.file_size:
                            raise FeedError(source, member.filename, "larger than it declares")
                        writer.write(chunk)
    except zipfile.BadZipFile as error:
        raise FeedError(source, "", f"damaged zip archive: {error}") from error
    except OSError as error:  # a name this file system refuses (too long, reserved, …)
        raise FeedError(
            source, "", f"a file of the pack cannot be written here: {error.strerror or error}"
        ) from None


def _check_names(members: list[zipfile.ZipInfo], source: str) -> None:
    """Refuse names that would land on the same file, on any of the systems the app runs on.

    Windows and macOS compare names case-insensitively (and macOS after Unicode
    normalisation), so ``media/A.png`` and ``media/a.png`` are one file there; a
    name that is both a file and a folder (``media/x`` and ``media/x/y``) cannot be
    written anywhere.  The same pack is accepted or refused on every system.
    """
    import unicodedata

    def key(parts: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(unicodedata.normalize("NFC", p).casefold() for p in parts)

    files: dict[tuple[str, ...], str] = {}
    folders: dict[tuple[str, ...], str] = {}
    for member in members:
        parts = PurePosixPath(member.filename).parts
        for depth in range(1, len(parts)):
            folders.setdefault(key(parts[:depth]), member.filename)
        if member.is_dir():
            folders.setdefault(key(parts), member.filename)
            continue
        name = key(parts)
        if name in files:
            raise FeedError(
                source,
                member.filename,
                f"clashes with {files[name]!r}: names that differ only in case, or the same"
                " name twice, are one file on Windows and macOS",
            )
        files[name] = member.filename
    for name, original in files.items():
        if name in folders:
            raise FeedError(source, original, f"is a file and also a folder (of {folders[name]!r})")


def _check_member(member: zipfile.ZipInfo, source: str) -> None:
    name = member.filename
    path = PurePosixPath(name)
    if name.startswith(("/", "\\")) or "\\" in name or (path.parts and ":" in path.parts[0]):
        raise FeedError(source, name, "absolute paths are not allowed in a pack")
    if ".." in path.parts:
        raise FeedError(source, name, "paths leaving the pack (..) are not allowed")
    mode = member.external_attr >> 16
    if stat.S_ISLNK(mode):
        raise FeedError(source, name, "links are not allowed in a pack")
    if member.compress_size and member.file_size / member.compress_size > MAX_RATIO:
        raise FeedError(source, name, "suspicious compression ratio (zip bomb?)")
