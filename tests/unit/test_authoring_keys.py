"""Signing keys through the authoring service, with the real Secret Service keyring
(scripts/run-tests.sh starts one): kept in the keyring, in a passphrase-protected
file, or in a plain file only when asked; build and sign read each kind."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from advocate_desktop.credentials import CredentialStore
from advocate_desktop.feed.signing import parse_public_key
from advocate_desktop.services.authoring.errors import (
    BadInput,
    KeyExists,
    KeyProblem,
    PassphraseNeeded,
    WrongPassphrase,
)
from advocate_desktop.services.authoring.keys import (
    KEYRING_SERVICE,
    KeyReference,
    delete_keyring_key,
    generate_key,
    is_encrypted_key_file,
    keyring_key_ids,
    load_signing_key,
    read_passphrase_file,
)
from advocate_desktop.services.authoring.packs import build_pack, init_pack
from advocate_desktop.services.authoring.results import KeyStorage, Release, VerifyState
from advocate_desktop.services.authoring.verify import verify_pack

PASSPHRASE = "correct horse battery"


@pytest.fixture
def real_keyring() -> CredentialStore:
    store = CredentialStore(service=KEYRING_SERVICE)
    if not store.available():
        message = f"no real keyring here (backend: {store.backend_name()})"
        if os.environ.get("ADVOCATE_REQUIRE_KEYRING") == "1":
            pytest.fail(message + "; run the tests through scripts/run-tests.sh")
        pytest.skip(message)
    return store


def test_keygen_keeps_the_private_key_in_the_keyring_only(
    tmp_path: Path, real_keyring: CredentialStore
) -> None:
    result = generate_key(name="Nordvik Comms", prefix=tmp_path / "comms")
    assert result.storage is KeyStorage.KEYRING
    assert result.private_path is None and result.reference == f"keyring:{result.key_id}"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["comms.pub"]  # no private file
    public = parse_public_key((tmp_path / "comms.pub").read_text(encoding="utf-8"))
    assert public.key_id == result.key_id and public.name == "Nordvik Comms"
    stored = real_keyring.get(result.key_id)
    assert stored is not None and "PRIVATE KEY" in stored
    assert result.key_id in keyring_key_ids()

    key = load_signing_key(result.reference)
    assert key.key_id == result.key_id and key.public_key == public.public_key
    assert "PRIVATE" not in repr(key)  # the PEM never shows in a repr or a log

    assert delete_keyring_key(result.key_id)
    with pytest.raises(KeyProblem, match="holds no key"):
        load_signing_key(result.reference)
    assert not delete_keyring_key(result.key_id)


def test_a_keyring_key_signs_a_pack_that_verifies(
    tmp_path: Path, real_keyring: CredentialStore
) -> None:
    init_pack(tmp_path / "news")
    made = generate_key(name="Comms", prefix=tmp_path / "comms")
    try:
        built = build_pack(
            tmp_path / "news",
            tmp_path / "news.zip",
            key=load_signing_key(made.reference),
            release=Release(version=7),
        )
        assert built.signed and built.key_id == made.key_id and built.version == 7
        trusted = parse_public_key(made.public_line)
        verified = verify_pack(tmp_path / "news.zip", [trusted])
        assert verified.state is VerifyState.VALID_AND_TRUSTED and verified.signer == "Comms"
    finally:
        delete_keyring_key(made.key_id)


def test_keygen_without_a_prefix_needs_the_keyring(
    tmp_path: Path, real_keyring: CredentialStore
) -> None:
    result = generate_key(name="Comms")
    try:
        assert result.public_path is None and result.private_path is None
        assert load_signing_key(KeyReference.parse(result.reference)).key_id == result.key_id
    finally:
        delete_keyring_key(result.key_id)
    with pytest.raises(BadInput, match="needs a PREFIX"):
        generate_key(storage=KeyStorage.PLAIN_FILE)


def test_an_encrypted_key_file_needs_its_passphrase(tmp_path: Path) -> None:
    result = generate_key(
        storage=KeyStorage.ENCRYPTED_FILE, prefix=tmp_path / "comms", passphrase=PASSPHRASE
    )
    assert result.private_path == tmp_path / "comms.key"
    data = result.private_path.read_bytes()
    assert is_encrypted_key_file(data) and b"BEGIN PRIVATE KEY" not in data
    assert stat.S_IMODE(result.private_path.stat().st_mode) == 0o600

    with pytest.raises(PassphraseNeeded):
        load_signing_key(result.reference)
    with pytest.raises(WrongPassphrase):
        load_signing_key(result.reference, "not the passphrase")
    asked: list[str] = []

    def ask() -> str:
        asked.append("asked")
        return PASSPHRASE

    assert load_signing_key(result.reference, ask).key_id == result.key_id
    assert asked == ["asked"]
    assert load_signing_key(Path(result.reference), PASSPHRASE).key_id == result.key_id


def test_a_plain_key_is_read_without_asking_for_a_passphrase(tmp_path: Path) -> None:
    result = generate_key(storage=KeyStorage.PLAIN_FILE, prefix=tmp_path / "comms")
    assert result.private_path is not None
    assert b"BEGIN PRIVATE KEY" in result.private_path.read_bytes()

    def never() -> str:
        raise AssertionError("a plain key asks no passphrase")

    assert load_signing_key(result.reference, never).key_id == result.key_id
    # A passphrase given for a plain key (a CI variable set for every job) is ignored.
    assert load_signing_key(result.reference, PASSPHRASE).key_id == result.key_id


def test_keygen_never_overwrites_and_refuses_short_passphrases(tmp_path: Path) -> None:
    generate_key(storage=KeyStorage.PLAIN_FILE, prefix=tmp_path / "comms")
    before = (tmp_path / "comms.key").read_bytes()
    for storage in (KeyStorage.PLAIN_FILE, KeyStorage.ENCRYPTED_FILE):
        with pytest.raises(KeyExists):
            generate_key(storage=storage, prefix=tmp_path / "comms", passphrase=PASSPHRASE)
    assert (tmp_path / "comms.key").read_bytes() == before
    with pytest.raises(BadInput, match="at least 8"):
        generate_key(storage=KeyStorage.ENCRYPTED_FILE, prefix=tmp_path / "x", passphrase="short")
    with pytest.raises(PassphraseNeeded):
        generate_key(storage=KeyStorage.ENCRYPTED_FILE, prefix=tmp_path / "x")
    assert not (tmp_path / "x.key").exists() and not (tmp_path / "x.pub").exists()


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not a key",
        b"-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n",
        b"-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----\n",
        b"\xff\xfe\x00garbage",
    ],
)
def test_a_damaged_key_file_is_a_clear_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.key"
    path.write_bytes(content)
    with pytest.raises(KeyProblem):
        load_signing_key(str(path), PASSPHRASE)


def test_an_rsa_key_is_refused(tmp_path: Path) -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    pem = rsa.generate_private_key(public_exponent=65537, key_size=2048).private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    (tmp_path / "rsa.key").write_bytes(pem)
    with pytest.raises(KeyProblem, match="not an Ed25519 key"):
        load_signing_key(str(tmp_path / "rsa.key"))


def test_key_references_and_passphrase_files(tmp_path: Path) -> None:
    assert KeyReference.parse("keyring:abc").key_id == "abc"
    assert KeyReference.parse("comms.key").path == Path("comms.key")
    assert str(KeyReference.parse("keyring:abc")) == "keyring:abc"
    with pytest.raises(BadInput):
        KeyReference.parse("keyring:")
    with pytest.raises(KeyProblem, match="cannot read"):
        load_signing_key(str(tmp_path / "missing.key"))
    (tmp_path / "pass").write_text(PASSPHRASE + "\nsecond line\n", encoding="utf-8")
    assert read_passphrase_file(tmp_path / "pass") == PASSPHRASE
    (tmp_path / "empty").write_text("", encoding="utf-8")
    with pytest.raises(BadInput, match="empty"):
        read_passphrase_file(tmp_path / "empty")


def test_a_keygen_that_fails_leaves_no_public_key_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from advocate_desktop.services.authoring import keys
    from advocate_desktop.services.authoring.errors import KeyringUnavailable

    def refuse(identifier: str, pem: bytes) -> None:
        raise KeyringUnavailable("the keyring is locked")

    monkeypatch.setattr(keys, "keyring_available", lambda: True)
    monkeypatch.setattr(keys, "_keep_in_keyring", refuse)
    with pytest.raises(KeyringUnavailable):
        generate_key(prefix=tmp_path / "comms")
    assert list(tmp_path.iterdir()) == []
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    with pytest.raises(KeyProblem, match="cannot write") as failed:
        generate_key(storage=KeyStorage.PLAIN_FILE, prefix=tmp_path / "a-file" / "comms")
    assert not isinstance(failed.value, KeyExists)  # not "never overwrite a key"
