"""Who signed a pack, whether its files are what they signed, and whether you trust them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from advocate_desktop.services.authoring.errors import BadInput
from advocate_desktop.services.authoring.results import VerifyResult, VerifyState

if TYPE_CHECKING:
    from advocate_desktop.feed.pack import LoadedPack
    from advocate_desktop.feed.signing import TrustedKey


def read_trusted_keys(paths: Iterable[Path]) -> tuple[TrustedKey, ...]:
    """The public keys in ``paths`` (one ``advocate-ed25519 …`` line each)."""
    from advocate_desktop.feed.signing import KeyFormatError, parse_public_key

    keys = []
    for path in paths:
        try:
            keys.append(parse_public_key(path.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError, KeyFormatError) as error:
            raise BadInput(f"{path}: {error}") from None
    return tuple(keys)


def verify_pack(
    pack: Path, trusted: Sequence[TrustedKey] = (), *, now: datetime | None = None
) -> VerifyResult:
    """The state of ``pack`` (a zip or a folder) for a reader who trusts ``trusted``:
    valid and trusted; valid but signed by a key not among them; signed by an unknown
    key that cannot be checked; invalid; or unsigned.  The pack's policy must load as
    the app loads it.  Raises :class:`BadInput` when ``pack`` does not exist."""
    import tempfile

    from advocate_desktop.feed.errors import FeedError

    if not pack.exists():
        raise BadInput(f"{pack} does not exist")
    moment = now or datetime.now(UTC)
    with tempfile.TemporaryDirectory() as scratch:
        try:
            loaded = _load(pack, Path(scratch), tuple(trusted))
            return _valid(pack, loaded, VerifyState.VALID_AND_TRUSTED, None, moment)
        except FeedError as error:
            problem = str(error).replace(scratch, str(pack))
            code = getattr(error.__cause__, "code", None)
        if code == "unsigned":
            return VerifyResult(VerifyState.UNSIGNED, problem, code=code)
        if code != "unknown_key":
            return VerifyResult(VerifyState.INVALID, problem, code=code)
        embedded = _embedded_key(pack)
        if embedded is None:
            return VerifyResult(VerifyState.SIGNER_UNKNOWN, problem, code=code)
        try:
            loaded = _load(pack, Path(scratch), (embedded,))
        except FeedError as error:
            return VerifyResult(
                VerifyState.INVALID,
                str(error).replace(scratch, str(pack)),
                key_id=embedded.key_id,
                code=getattr(error.__cause__, "code", None),
            )
        why = (
            f"signature valid, signer not in your trusted keys: key {embedded.key_id} is not"
            " trusted here; trust its public key to accept the pack"
        )
        return _valid(pack, loaded, VerifyState.VALID_SIGNER_NOT_TRUSTED, why, moment)


def _load(pack: Path, scratch: Path, keys: tuple[TrustedKey, ...]) -> LoadedPack:
    from advocate_desktop.feed.errors import FeedError
    from advocate_desktop.feed.pack import Trust, load_pack
    from advocate_desktop.policy.loader import PolicyError, load_policy_text

    loaded = load_pack(pack, scratch, Trust(keys, True))
    if loaded.policy_json is not None:  # the app refuses a pack whose policy fails
        try:
            load_policy_text(loaded.policy_json, f"{pack}/policy.json")
        except PolicyError as error:
            raise FeedError(str(pack), f"policy.json{error.pointer}", error.problem) from None
    return loaded


def _embedded_key(pack: Path) -> TrustedKey | None:
    import zipfile

    from advocate_desktop.feed.signing import SIGNATURE_NAME, embedded_public_key

    try:
        if pack.is_dir():
            data = (pack / SIGNATURE_NAME).read_bytes()
        else:
            with zipfile.ZipFile(pack) as bundle:
                info = bundle.getinfo(SIGNATURE_NAME)
                if info.file_size > 4096:
                    return None
                data = bundle.read(info)
    except (OSError, KeyError, zipfile.BadZipFile):
        return None
    return embedded_public_key(data)


def _valid(
    pack: Path, loaded: LoadedPack, state: VerifyState, problem: str | None, now: datetime
) -> VerifyResult:
    from advocate_desktop.feed.pack import pack_files

    root = pack if pack.is_dir() else Path(loaded.media_root).parent
    files = tuple(sorted(pack_files(root)))
    release = loaded.release
    assert release is not None  # verify trusts no unsigned pack
    expired = release.expires_at is not None and release.expires_at <= now
    return VerifyResult(
        state,
        problem,
        key_id=release.key_id,
        signer=loaded.signer if state is VerifyState.VALID_AND_TRUSTED else None,
        pack_id=release.pack_id,
        version=release.version,
        expires_at=release.expires_at,
        expired=expired,
        files=files,
        items=len(loaded.feed.items),
        refused_items=tuple(loaded.feed.refused),
    )
