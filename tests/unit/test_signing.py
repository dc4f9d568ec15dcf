"""Signed packs: every forgery the issue lists is refused before the feed is read."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from advocate_desktop.feed.errors import FeedError
from advocate_desktop.feed.pack import Trust, load_pack
from advocate_desktop.feed.pack_build import build_zip, folder_contents, read_zip, with_manifest
from advocate_desktop.feed.signing import (
    MANIFEST_NAME,
    SIGNATURE_NAME,
    KeyFormatError,
    TrustedKey,
    build_manifest,
    generate_private_key,
    parse_public_key,
    public_key_line,
)
from advocate_desktop.paths import demo_pack_dir

Keys = tuple[bytes, TrustedKey, bytes, TrustedKey]


@pytest.fixture(scope="module")
def keys() -> Keys:
    pem, raw = generate_private_key()
    other_pem, other_raw = generate_private_key()
    return pem, TrustedKey("Comms", raw), other_pem, TrustedKey("Someone else", other_raw)


def _signed(tmp_path: Path, pem: bytes, name: str = "pack.zip") -> Path:
    path = tmp_path / name
    path.write_bytes(build_zip(with_manifest(folder_contents(demo_pack_dir()), pem)))
    return path


def _rewrite(path: Path, change: dict[str, bytes | None]) -> Path:
    contents = read_zip(path)
    for member, data in change.items():
        if data is None:
            contents.pop(member, None)
        else:
            contents[member] = data
    path.write_bytes(build_zip(contents))
    return path


def test_a_pack_signed_by_a_trusted_key_loads_and_names_its_signer(
    tmp_path: Path, keys: Keys
) -> None:
    pem, trusted, _, _ = keys
    pack = load_pack(_signed(tmp_path, pem), tmp_path / "c", Trust((trusted,), True))
    assert pack.signer == "Comms"
    assert len(pack.feed.items) >= 8


def test_an_unsigned_pack_is_refused_when_signed_content_is_required(tmp_path: Path) -> None:
    path = tmp_path / "pack.zip"
    path.write_bytes(build_zip(folder_contents(demo_pack_dir())))
    with pytest.raises(FeedError, match="not signed"):
        load_pack(path, tmp_path / "c", Trust((), True))
    assert load_pack(path, tmp_path / "c2", Trust((), False)).signer is None


def test_a_signature_by_an_unknown_key_is_refused(tmp_path: Path, keys: Keys) -> None:
    _, trusted, other_pem, _ = keys
    with pytest.raises(FeedError, match="not trusted"):
        load_pack(_signed(tmp_path, other_pem), tmp_path / "c", Trust((trusted,), True))


def test_a_file_changed_after_signing_is_refused(tmp_path: Path, keys: Keys) -> None:
    pem, trusted, _, _ = keys
    path = _rewrite(_signed(tmp_path, pem), {"policy.json": b'{"rules": []}'})
    with pytest.raises(FeedError, match=r"policy\.json was changed after"):
        load_pack(path, tmp_path / "c", Trust((trusted,), True))


def test_a_file_added_after_signing_is_refused(tmp_path: Path, keys: Keys) -> None:
    pem, trusted, _, _ = keys
    path = _rewrite(_signed(tmp_path, pem), {"media/extra.png": b"x"})
    with pytest.raises(FeedError, match="not in the manifest"):
        load_pack(path, tmp_path / "c", Trust((trusted,), True))


def test_a_manifest_that_omits_a_file_is_refused(tmp_path: Path, keys: Keys) -> None:
    pem, trusted, _, _ = keys
    contents = folder_contents(demo_pack_dir())
    partial = {k: v for k, v in contents.items() if k != "policy.json"}
    signed = with_manifest(partial, pem)
    signed["policy.json"] = contents["policy.json"]  # smuggled in beside the manifest
    path = tmp_path / "pack.zip"
    path.write_bytes(build_zip(signed))
    with pytest.raises(FeedError, match=r"policy\.json is in the pack but not in the manifest"):
        load_pack(path, tmp_path / "c", Trust((trusted,), True))


def test_a_manifest_edited_after_signing_is_refused(tmp_path: Path, keys: Keys) -> None:
    pem, trusted, _, _ = keys
    path = _signed(tmp_path, pem)
    contents = read_zip(path)
    files = json.loads(contents[MANIFEST_NAME])["files"]
    files["policy.json"] = "0" * 64
    _rewrite(path, {MANIFEST_NAME: build_manifest(files)})
    with pytest.raises(FeedError, match="does not match"):
        load_pack(path, tmp_path / "c", Trust((trusted,), True))


def test_a_file_missing_from_the_pack_is_refused(tmp_path: Path, keys: Keys) -> None:
    pem, trusted, _, _ = keys
    path = _rewrite(_signed(tmp_path, pem), {"policy.json": None})
    with pytest.raises(FeedError, match="not in the pack"):
        load_pack(path, tmp_path / "c", Trust((trusted,), True))


@pytest.mark.parametrize(
    "damage",
    [b"not json", b'{"key_id": "x"}', b'{"algorithm":"rsa","key_id":"x","signature":"AA=="}'],
)
def test_a_damaged_signature_file_is_refused(tmp_path: Path, keys: Keys, damage: bytes) -> None:
    pem, trusted, _, _ = keys
    path = _rewrite(_signed(tmp_path, pem), {SIGNATURE_NAME: damage})
    with pytest.raises(FeedError, match="damaged"):
        load_pack(path, tmp_path / "c", Trust((trusted,), True))


def test_a_signed_pack_is_verified_again_on_every_load(tmp_path: Path, keys: Keys) -> None:
    """The unpacked cache must not remember a trust the keys no longer give."""
    pem, trusted, _, stranger = keys
    path = _signed(tmp_path, pem)
    load_pack(path, tmp_path / "c", Trust((trusted,), True))
    with pytest.raises(FeedError, match="not trusted"):
        load_pack(path, tmp_path / "c", Trust((stranger,), True))


def test_signed_folders_are_verified_too(tmp_path: Path, keys: Keys) -> None:
    pem, trusted, _, _ = keys
    folder = tmp_path / "pack"
    for name, data in with_manifest(folder_contents(demo_pack_dir()), pem).items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    assert load_pack(folder, tmp_path / "c", Trust((trusted,), True)).signer == "Comms"
    (folder / "feed.json").write_bytes((folder / "feed.json").read_bytes() + b" ")
    with pytest.raises(FeedError, match="changed after"):
        load_pack(folder, tmp_path / "c", Trust((trusted,), True))


def test_builds_are_reproducible(keys: Keys) -> None:
    pem = keys[0]
    first = build_zip(with_manifest(folder_contents(demo_pack_dir()), pem))
    second = build_zip(with_manifest(folder_contents(demo_pack_dir()), pem))
    assert first == second
    names = zipfile.ZipFile(__import__("io").BytesIO(first)).namelist()
    assert names[:2] == [MANIFEST_NAME, SIGNATURE_NAME]


def test_public_key_lines_round_trip_and_reject_junk() -> None:
    _, raw = generate_private_key()
    key = parse_public_key(public_key_line(raw, "Nordvik Comms"))
    assert key.public_key == raw and key.name == "Nordvik Comms"
    for junk in ("", "ssh-ed25519 AAAA", "advocate-ed25519 !!!", "advocate-ed25519 AAAA"):
        with pytest.raises(KeyFormatError):
            parse_public_key(junk)
