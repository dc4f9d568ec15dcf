"""Signing keys: created, kept and read without a plain private key file by default.

A key is kept in one of three places (:class:`KeyStorage`):

- the OS keyring (the default): service ``advocate-pack``, user name the key id, the
  secret the key's unencrypted PKCS#8 PEM (the keyring encrypts what it stores);
- a file encrypted with a passphrase: PKCS#8 PEM with the ``cryptography`` package's
  best available encryption (scrypt and AES-256 today);
- a plain PKCS#8 PEM file, only when asked for.

``build`` and ``sign`` name a key by a *reference*: ``keyring:<key id>`` or a file's
path.  An encrypted file needs its passphrase: given as text, or by a callable the
service calls only when the file is encrypted (the command line asks with getpass).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from advocate_desktop.services.authoring.errors import (
    BadInput,
    KeyExists,
    KeyProblem,
    KeyringUnavailable,
    PassphraseNeeded,
    WrongPassphrase,
)
from advocate_desktop.services.authoring.results import KeygenResult, KeyStorage

KEYRING_SERVICE = "advocate-pack"
KEYRING_PREFIX = "keyring:"
#: The environment variable a CI job can give an encrypted key file's passphrase in.
PASSPHRASE_ENV = "ADVOCATE_PACK_PASSPHRASE"
MIN_PASSPHRASE = 8

Passphrase = str | Callable[[], str] | None


@dataclass(frozen=True)
class SigningKey:
    """A private key unlocked in memory, ready to sign.  ``pem`` is unencrypted PKCS#8;
    it never appears in ``repr``."""

    key_id: str
    public_key: bytes  # 32 raw bytes
    pem: bytes = field(repr=False)

    def public_line(self, name: str = "") -> str:
        from advocate_desktop.feed.signing import public_key_line

        return public_key_line(self.public_key, name)


@dataclass(frozen=True)
class KeyReference:
    """Where a key is: in the keyring under ``key_id``, or in the file ``path``."""

    key_id: str | None = None
    path: Path | None = None

    @classmethod
    def parse(cls, text: str | Path) -> KeyReference:
        """``keyring:<key id>`` or a path."""
        if isinstance(text, Path):
            return cls(path=text)
        if text.startswith(KEYRING_PREFIX):
            key_id = text[len(KEYRING_PREFIX) :].strip()
            if not key_id:
                raise BadInput("keyring: needs the key id, e.g. keyring:3f2a9c0d1e4b5a67")
            return cls(key_id=key_id)
        if not text:
            raise BadInput("no key given")
        return cls(path=Path(text))

    @property
    def in_keyring(self) -> bool:
        return self.key_id is not None

    def __str__(self) -> str:
        return f"{KEYRING_PREFIX}{self.key_id}" if self.key_id is not None else str(self.path)


# -- keyring -------------------------------------------------------------------
def keyring_available() -> bool:
    """Whether a real OS keyring can hold keys here."""
    from advocate_desktop.credentials import CredentialStore

    return CredentialStore(service=KEYRING_SERVICE).available()


def keyring_key_ids() -> tuple[str, ...]:
    """The ids of the keys this tool stored in the keyring (from its index entry)."""
    from advocate_desktop.credentials import INDEX, CredentialError, CredentialStore

    try:
        raw = CredentialStore(service=KEYRING_SERVICE).get(INDEX)
    except CredentialError as error:
        raise KeyringUnavailable(str(error)) from None
    try:
        names = json.loads(raw) if raw else []
    except ValueError:
        return ()
    if not isinstance(names, list):
        return ()
    return tuple(sorted(n for n in names if isinstance(n, str)))


def delete_keyring_key(key_id: str) -> bool:
    """Remove a key from the keyring; False when there was none."""
    from advocate_desktop.credentials import CredentialError, CredentialStore

    try:
        return CredentialStore(service=KEYRING_SERVICE).delete(key_id)
    except CredentialError as error:
        raise KeyringUnavailable(str(error)) from None


# -- creating ------------------------------------------------------------------
def generate_key(
    *,
    storage: KeyStorage = KeyStorage.KEYRING,
    name: str = "",
    prefix: Path | None = None,
    passphrase: str | None = None,
) -> KeygenResult:
    """A new Ed25519 key pair, the private key kept as ``storage`` says.

    ``prefix``: write ``PREFIX.pub`` (the public line) and, for a file storage,
    ``PREFIX.key`` (mode 0600); needed for the file storages.  ``passphrase``: for
    :attr:`KeyStorage.ENCRYPTED_FILE`, at least 8 characters.  Never overwrites a key:
    raises :class:`KeyExists`.  Nothing is written when any step fails."""
    from advocate_desktop.feed.signing import generate_private_key, key_id, public_key_line

    private_path = public_path = None
    if prefix is not None:
        public_path = prefix.with_name(prefix.name + ".pub")
        if storage is not KeyStorage.KEYRING:
            private_path = prefix.with_name(prefix.name + ".key")
    elif storage is not KeyStorage.KEYRING:
        raise BadInput("a key file needs a PREFIX: where PREFIX.key and PREFIX.pub go")
    for path in (private_path, public_path):
        if path is not None and path.exists():
            raise KeyExists(f"{path} exists; never overwrite a key")
    if storage is KeyStorage.ENCRYPTED_FILE:
        if passphrase is None:
            raise PassphraseNeeded("an encrypted key file needs a passphrase")
        check_new_passphrase(passphrase)
    if storage is KeyStorage.KEYRING and not keyring_available():
        raise KeyringUnavailable(
            "no OS keyring is available here; keep the key in a passphrase-protected"
            " file instead (--passphrase)"
        )
    pem, raw = generate_private_key()
    identifier = key_id(raw)
    line = public_key_line(raw, name)
    data = None
    if storage is KeyStorage.ENCRYPTED_FILE:
        data = _encrypted(pem, passphrase or "")
    elif storage is KeyStorage.PLAIN_FILE:
        data = pem
    # The public key first: when keeping the private key fails, it is removed again,
    # so a failed keygen leaves nothing behind.
    if public_path is not None:
        _create(public_path, (line + "\n").encode("utf-8"), 0o644)
    try:
        if storage is KeyStorage.KEYRING:
            _keep_in_keyring(identifier, pem)
        elif private_path is not None and data is not None:
            _create(private_path, data, 0o600)
    except BaseException:
        if public_path is not None:
            public_path.unlink(missing_ok=True)
        raise
    reference = f"{KEYRING_PREFIX}{identifier}" if private_path is None else str(private_path)
    return KeygenResult(identifier, storage, line, public_path, private_path, reference)


def _create(path: Path, data: bytes, mode: int) -> None:
    """Write a new file (never replacing one) with ``mode``."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:  # a file where the folder should be, a read-only disk
        raise KeyProblem(f"cannot write {path}: {error.strerror}") from None
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    except FileExistsError:
        raise KeyExists(f"{path} exists; never overwrite a key") from None
    except OSError as error:
        raise KeyProblem(f"cannot write {path}: {error.strerror}") from None
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
    except OSError as error:
        path.unlink(missing_ok=True)
        raise KeyProblem(f"cannot write {path}: {error.strerror}") from None


def _keep_in_keyring(identifier: str, pem: bytes) -> None:
    from advocate_desktop.credentials import CredentialError, CredentialStore

    store = CredentialStore(service=KEYRING_SERVICE)
    try:
        if store.get(identifier) is not None:  # 64 random bits: never in practice
            raise KeyExists(f"the keyring already holds a key {identifier}")
        store.set(identifier, pem.decode("ascii"))
    except CredentialError as error:
        raise KeyringUnavailable(str(error)) from None


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise BadInput(f"a passphrase has at least {MIN_PASSPHRASE} characters")


def _encrypted(pem: bytes, passphrase: str) -> bytes:
    from cryptography.hazmat.primitives import serialization

    from advocate_desktop.feed.signing import load_private_key

    return load_private_key(pem).private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase.encode("utf-8")),
    )


# -- reading -------------------------------------------------------------------
def is_encrypted_key_file(data: bytes) -> bool:
    return b"-----BEGIN ENCRYPTED PRIVATE KEY-----" in data


def load_signing_key(
    reference: str | Path | KeyReference, passphrase: Passphrase = None
) -> SigningKey:
    """The key ``reference`` names, unlocked.  ``passphrase`` (text, or a callable
    asked only for an encrypted file).  Raises :class:`KeyProblem` subclasses:
    :class:`PassphraseNeeded`, :class:`WrongPassphrase`, :class:`KeyringUnavailable`."""
    ref = reference if isinstance(reference, KeyReference) else KeyReference.parse(reference)
    if ref.key_id is not None:
        from advocate_desktop.credentials import CredentialError, CredentialStore

        try:
            text = CredentialStore(service=KEYRING_SERVICE).get(ref.key_id)
        except CredentialError as error:
            raise KeyringUnavailable(str(error)) from None
        if text is None:
            raise KeyProblem(f"the keyring holds no key {ref.key_id} (service {KEYRING_SERVICE})")
        return _unlocked(text.encode("ascii", "replace"), None, str(ref))
    assert ref.path is not None
    try:
        data = ref.path.read_bytes()
    except OSError as error:
        raise KeyProblem(f"cannot read the key {ref.path}: {error.strerror}") from None
    secret: str | None = None
    if is_encrypted_key_file(data):
        secret = passphrase() if callable(passphrase) else passphrase
        if secret is None:
            raise PassphraseNeeded(
                f"{ref.path} is protected by a passphrase; give it (--passphrase-file,"
                f" or {PASSPHRASE_ENV} for automation)"
            )
    return _unlocked(data, secret, str(ref.path))


def _unlocked(data: bytes, passphrase: str | None, where: str) -> SigningKey:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from advocate_desktop.feed.signing import key_id

    try:
        key = serialization.load_pem_private_key(
            data, password=passphrase.encode("utf-8") if passphrase is not None else None
        )
    except TypeError:
        # A passphrase for a plain key, or none for an encrypted one.
        if passphrase is not None:
            return _unlocked(data, None, where)
        raise PassphraseNeeded(f"{where} is protected by a passphrase") from None
    except ValueError as error:
        if passphrase is not None and is_encrypted_key_file(data):
            raise WrongPassphrase(f"the passphrase does not unlock {where}") from None
        raise KeyProblem(f"{where}: not a private key file: {error}") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyProblem(f"{where}: the private key is not an Ed25519 key")
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return SigningKey(key_id(raw), raw, pem)


def read_passphrase_file(path: Path) -> str:
    """The first line of ``path`` (a CI secret mounted as a file), without its line end."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise BadInput(f"cannot read the passphrase file {path}: {error}") from None
    first = text.splitlines()[0] if text else ""
    if not first:
        raise BadInput(f"the passphrase file {path} is empty")
    return first
