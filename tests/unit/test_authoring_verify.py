"""verify through the authoring service: a valid signature by a trusted key, by a key
not among the trusted ones, by an unknown key that cannot be checked, a broken pack,
an unsigned one — and trust never comes from the pack itself."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from advocate_desktop.services.authoring.errors import BadInput
from advocate_desktop.services.authoring.keys import SigningKey, generate_key, load_signing_key
from advocate_desktop.services.authoring.packs import build_pack, init_pack, sign_pack
from advocate_desktop.services.authoring.results import KeyStorage, Release, VerifyState
from advocate_desktop.services.authoring.verify import read_trusted_keys, verify_pack


def new_key(tmp_path: Path, name: str) -> tuple[SigningKey, Path]:
    made = generate_key(storage=KeyStorage.PLAIN_FILE, prefix=tmp_path / name, name=name)
    assert made.public_path is not None
    return load_signing_key(made.reference), made.public_path


@pytest.fixture
def signed(tmp_path: Path) -> tuple[Path, SigningKey, Path]:
    init_pack(tmp_path / "news")
    key, public = new_key(tmp_path, "comms")
    build_pack(tmp_path / "news", tmp_path / "news.zip", key=key, release=Release(version=9))
    return tmp_path / "news.zip", key, public


def test_valid_and_trusted(signed: tuple[Path, SigningKey, Path]) -> None:
    pack, key, public = signed
    result = verify_pack(pack, read_trusted_keys([public]))
    assert result.state is VerifyState.VALID_AND_TRUSTED and result.valid
    assert (result.signer, result.key_id, result.version, result.problem) == (
        "comms",
        key.key_id,
        9,
        None,
    )
    assert "feed.json" in result.files and result.items == 2 and not result.expired


def test_a_valid_signature_without_the_signer_among_the_trusted_keys(
    signed: tuple[Path, SigningKey, Path], tmp_path: Path
) -> None:
    pack, key, _ = signed
    _, other = new_key(tmp_path, "someone-else")
    for trusted in ((), read_trusted_keys([other])):
        result = verify_pack(pack, trusted)
        assert result.state is VerifyState.VALID_SIGNER_NOT_TRUSTED and not result.valid
        assert result.key_id == key.key_id and result.signer is None
        assert result.problem is not None
        assert result.problem.startswith("signature valid, signer not in your trusted keys")
        assert result.version == 9 and "feed.json" in result.files


def test_a_changed_file_is_invalid_with_or_without_trust(
    tmp_path: Path, signed: tuple[Path, SigningKey, Path]
) -> None:
    _, key, public = signed
    folder = tmp_path / "news"
    sign_pack(folder, key, release=Release(version=10))
    (folder / "media" / "late.png").write_bytes(b"added later")
    for trusted in ((), read_trusted_keys([public])):
        result = verify_pack(folder, trusted)
        assert result.state is VerifyState.INVALID
        assert result.problem is not None and "late.png" in result.problem
        assert result.code == "unlisted_file"


def test_a_pack_signed_before_signatures_carried_their_key(
    tmp_path: Path, signed: tuple[Path, SigningKey, Path]
) -> None:
    _, key, public = signed
    folder = tmp_path / "news"
    sign_pack(folder, key, release=Release(version=10))
    signature = json.loads((folder / "manifest.sig").read_text(encoding="utf-8"))
    del signature["public_key"]
    (folder / "manifest.sig").write_text(json.dumps(signature), encoding="utf-8")
    unknown = verify_pack(folder)
    assert unknown.state is VerifyState.SIGNER_UNKNOWN and "not trusted" in str(unknown.problem)
    assert verify_pack(folder, read_trusted_keys([public])).valid  # still verifies with the key


def test_a_forged_embedded_key_grants_nothing(
    tmp_path: Path, signed: tuple[Path, SigningKey, Path]
) -> None:
    _, key, public = signed
    folder = tmp_path / "news"
    sign_pack(folder, key, release=Release(version=10))
    path = folder / "manifest.sig"
    signature = json.loads(path.read_text(encoding="utf-8"))
    intruder, _ = new_key(tmp_path, "intruder")
    # Another key under the signer's key id: the id does not match it, so it is ignored.
    signature["public_key"] = base64.b64encode(intruder.public_key).decode("ascii")
    path.write_text(json.dumps(signature), encoding="utf-8")
    assert verify_pack(folder).state is VerifyState.SIGNER_UNKNOWN
    # Re-signed by the intruder with their own key: valid, but only as theirs.
    sign_pack(folder, intruder, release=Release(version=11))
    result = verify_pack(folder, read_trusted_keys([public]))
    assert result.state is VerifyState.VALID_SIGNER_NOT_TRUSTED
    assert result.key_id == intruder.key_id != key.key_id


@pytest.mark.parametrize(
    "signature",
    [
        b"not json",
        b'{"algorithm":"ed25519","key_id":"x","signature":"AA==","public_key":"!!"}',
        b'{"algorithm":"ed25519","key_id":"x","signature":"AA==","public_key":"'
        + b"A" * 8000
        + b'"}',
        b"[1, 2, 3]",
    ],
)
def test_a_damaged_signature_is_invalid(tmp_path: Path, signature: bytes) -> None:
    init_pack(tmp_path / "news")
    key, _ = new_key(tmp_path, "comms")
    sign_pack(tmp_path / "news", key, release=Release(version=1))
    (tmp_path / "news" / "manifest.sig").write_bytes(signature)
    result = verify_pack(tmp_path / "news")
    assert result.state in (VerifyState.INVALID, VerifyState.SIGNER_UNKNOWN)
    assert result.problem


def test_unsigned_and_missing_packs(tmp_path: Path) -> None:
    init_pack(tmp_path / "news")
    build_pack(tmp_path / "news", tmp_path / "p.zip", release=Release(version=1))
    result = verify_pack(tmp_path / "p.zip")
    assert result.state is VerifyState.UNSIGNED and "not signed" in str(result.problem)
    with pytest.raises(BadInput, match="does not exist"):
        verify_pack(tmp_path / "missing.zip")
    (tmp_path / "junk.zip").write_bytes(b"PK\x03\x04 junk")
    assert verify_pack(tmp_path / "junk.zip").state is VerifyState.INVALID


def test_a_signed_pack_whose_policy_the_app_refuses_is_invalid(tmp_path: Path) -> None:
    init_pack(tmp_path / "news")
    key, public = new_key(tmp_path, "comms")
    (tmp_path / "news" / "policy.json").write_text('{"rules": [{"id": 1}]}', encoding="utf-8")
    sign_pack(tmp_path / "news", key, release=Release(version=1))
    result = verify_pack(tmp_path / "news", read_trusted_keys([public]))
    assert result.state is VerifyState.INVALID and "policy.json" in str(result.problem)


def test_an_expired_release_is_valid_but_marked(tmp_path: Path) -> None:
    init_pack(tmp_path / "news")
    key, public = new_key(tmp_path, "comms")
    build_pack(
        tmp_path / "news",
        tmp_path / "p.zip",
        key=key,
        release=Release(version=1, expires="2027-01-01"),
    )
    trusted = read_trusted_keys([public])
    assert not verify_pack(
        tmp_path / "p.zip", trusted, now=datetime(2026, 12, 1, tzinfo=UTC)
    ).expired
    assert verify_pack(tmp_path / "p.zip", trusted, now=datetime(2027, 2, 1, tzinfo=UTC)).expired


def test_trusted_key_files_that_do_not_read_are_bad_input(tmp_path: Path) -> None:
    (tmp_path / "bad.pub").write_text("ssh-ed25519 AAAA", encoding="utf-8")
    (tmp_path / "binary.pub").write_bytes(b"\xff\xfe")
    for path in (tmp_path / "bad.pub", tmp_path / "binary.pub", tmp_path / "missing.pub"):
        with pytest.raises(BadInput):
            read_trusted_keys([path])
