"""Pack manifests and their detached Ed25519 signatures.

A signed pack carries ``manifest.json`` — the SHA-256 of every other file — and
``manifest.sig``, a signature over the manifest's exact bytes.  Verifying means:
the signature is by a trusted key, every file in the pack is in the manifest with
the same digest, and every file in the manifest is in the pack.

The manifest also carries what protects against rollback and stale content: the
pack's id, its version (a whole number that only grows, e.g. a Unix timestamp) and
an optional expiry.  Old manifests without them read as version 0, never expiring.

Public keys travel as one line of text: ``advocate-ed25519 <base64 of 32 bytes> [comment]``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

# cryptography is imported inside the functions that sign or verify, so that
# starting the app (which only lists stored items) does not pay for loading it.

MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig"
KEY_PREFIX = "advocate-ed25519"
MANIFEST_FORMAT = 1


class SignatureError(ValueError):
    """A pack whose signature or manifest does not hold; ``code`` is stable for the UI."""

    def __init__(self, code: str, problem: str) -> None:
        super().__init__(problem)
        self.code = code
        self.problem = problem


class KeyFormatError(ValueError):
    pass


@dataclass(frozen=True)
class TrustedKey:
    name: str
    public_key: bytes  # 32 raw bytes
    expires_at: datetime | None = None  # IT may give a key an end date

    def is_expired(self, now: datetime) -> bool:
        return self.expires_at is not None and self.expires_at <= now

    @property
    def key_id(self) -> str:
        return key_id(self.public_key)

    def line(self) -> str:
        return public_key_line(self.public_key, self.name)


def key_id(public_key: bytes) -> str:
    """A short, stable fingerprint: the first 16 hex digits of SHA-256 of the raw key."""
    return hashlib.sha256(public_key).hexdigest()[:16]


def public_key_line(public_key: bytes, comment: str = "") -> str:
    encoded = base64.b64encode(public_key).decode("ascii")
    return f"{KEY_PREFIX} {encoded} {comment}".rstrip()


def parse_public_key(line: str, name: str | None = None) -> TrustedKey:
    parts = line.strip().split(maxsplit=2)
    if len(parts) < 2 or parts[0] != KEY_PREFIX:
        raise KeyFormatError(f"a public key line starts with {KEY_PREFIX!r}")
    try:
        raw = base64.b64decode(parts[1], validate=True)
    except (binascii.Error, ValueError):
        raise KeyFormatError("the key is not valid base64") from None
    if len(raw) != 32:
        raise KeyFormatError("an Ed25519 public key is 32 bytes")
    comment = parts[2] if len(parts) > 2 else ""
    return TrustedKey(name=name or comment or key_id(raw), public_key=raw)


def generate_private_key() -> tuple[bytes, bytes]:
    """(PEM of a new private key, its raw public key)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    raw = private.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    return pem, raw


def load_private_key(pem: bytes) -> Ed25519PrivateKey:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except (ValueError, TypeError) as error:
        raise KeyFormatError(f"not a private key file: {error}") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFormatError("the private key is not an Ed25519 key")
    return key


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Manifest:
    """What a signature vouches for: the files, and which release of which pack this is."""

    files: dict[str, str] = field(default_factory=dict)
    pack_id: str = ""
    version: int = 0
    expires_at: datetime | None = None


MAX_PACK_ID = 200


def build_manifest(
    files: Mapping[str, str],
    *,
    pack_id: str = "",
    version: int = 0,
    expires_at: datetime | None = None,
) -> bytes:
    """Canonical manifest bytes for ``{path: sha256}``: sorted keys, no spaces, UTF-8."""
    document: dict[str, Any] = {"format": MANIFEST_FORMAT, "files": dict(sorted(files.items()))}
    if pack_id:
        document["pack_id"] = pack_id
    if version:
        document["version"] = version
    if expires_at is not None:
        if expires_at.tzinfo is None:
            raise ValueError("the expiry needs a time zone, e.g. 2027-01-31T00:00:00Z")
        document["expires_at"] = expires_at.isoformat()
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def sign_manifest(manifest: bytes, private_pem: bytes) -> bytes:
    from cryptography.hazmat.primitives import serialization

    key = load_private_key(private_pem)
    raw_public = key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    document = {
        "algorithm": "ed25519",
        "key_id": key_id(raw_public),
        # Trust never comes from here (only from keys given to the reader): it lets a
        # reader without the key tell a valid signature by an unknown signer from a
        # broken one.  Readers of older packs ignore it.
        "public_key": base64.b64encode(raw_public).decode("ascii"),
        "signature": base64.b64encode(key.sign(manifest)).decode("ascii"),
    }
    return json.dumps(document, sort_keys=True, separators=(",", ":")).encode()


def read_manifest(manifest: bytes) -> Manifest:
    try:
        document: Any = json.loads(manifest.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise SignatureError("bad_manifest", f"{MANIFEST_NAME} is not valid JSON") from None
    files = document.get("files") if isinstance(document, dict) else None
    if (
        not isinstance(files, dict)
        or document.get("format") != MANIFEST_FORMAT
        or not all(isinstance(k, str) and isinstance(v, str) for k, v in files.items())
    ):
        raise SignatureError("bad_manifest", f"{MANIFEST_NAME} does not list files and digests")
    pack_id = document.get("pack_id", "")
    if not isinstance(pack_id, str) or len(pack_id) > MAX_PACK_ID:
        raise SignatureError(
            "bad_manifest", f"{MANIFEST_NAME}: pack_id is text of at most {MAX_PACK_ID} characters"
        )
    version = document.get("version", 0)
    if not isinstance(version, int) or isinstance(version, bool) or not 0 <= version < 2**63:
        raise SignatureError(
            "bad_manifest", f"{MANIFEST_NAME}: version is a whole number, 0 or more"
        )
    return Manifest(dict(files), pack_id, version, _expiry(document.get("expires_at")))


def _expiry(value: Any) -> datetime | None:
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        moment = None
    try:
        if not isinstance(value, str) or moment is None or moment.tzinfo is None:
            raise ValueError(value)
        return moment.astimezone(UTC)  # the year 9999 at -05:00 cannot be stored
    except (ValueError, OverflowError):
        raise SignatureError(
            "bad_manifest",
            f"{MANIFEST_NAME}: expires_at is a date and time with a time zone",
        ) from None


def verify_signature(
    manifest: bytes,
    signature: bytes,
    trusted: Iterable[TrustedKey],
    now: datetime | None = None,
) -> TrustedKey:
    """The trusted key that signed ``manifest``; raises :class:`SignatureError` otherwise."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        document: Any = json.loads(signature.decode("utf-8"))
        wanted = str(document["key_id"])
        raw_signature = base64.b64decode(str(document["signature"]), validate=True)
        if document.get("algorithm") != "ed25519":
            raise ValueError("algorithm")
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, binascii.Error, RecursionError):
        raise SignatureError("bad_signature", f"{SIGNATURE_NAME} is damaged") from None
    for key in trusted:
        if key.key_id != wanted:
            continue
        if now is not None and key.is_expired(now):
            assert key.expires_at is not None
            raise SignatureError(
                "expired_key",
                f"signed by {key.name} (key {wanted}), whose trust ended on"
                f" {key.expires_at.date().isoformat()}; ask IT for the new key",
            )
        try:
            Ed25519PublicKey.from_public_bytes(key.public_key).verify(raw_signature, manifest)
        except InvalidSignature:
            raise SignatureError(
                "bad_signature", f"the signature does not match the manifest (key {wanted})"
            ) from None
        return key
    raise SignatureError(
        "unknown_key",
        f"signed by a key that is not trusted here (key {wanted}); ask IT to add it"
        " or add it yourself in Settings if you know it",
    )


def embedded_public_key(signature: bytes) -> TrustedKey | None:
    """The public key a signature file carries, when it carries one whose id matches
    the signature's key id; None otherwise.  Not a trusted key: a name-less stand-in
    for checking that the signature is whole."""
    try:
        document: Any = json.loads(signature.decode("utf-8"))
        raw = base64.b64decode(str(document["public_key"]), validate=True)
        wanted = str(document["key_id"])
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, binascii.Error, RecursionError):
        return None
    if len(raw) != 32 or key_id(raw) != wanted:
        return None
    return TrustedKey(name=wanted, public_key=raw)


def check_files(listed: Mapping[str, str], actual: Mapping[str, str]) -> None:
    """Every file listed with the same digest, and nothing unlisted."""
    for path, expected in sorted(listed.items()):
        found = actual.get(path)
        if found is None:
            raise SignatureError("missing_file", f"{path} is in the manifest but not in the pack")
        if found != expected:
            raise SignatureError("changed_file", f"{path} was changed after the pack was signed")
    extra = sorted(set(actual) - set(listed))
    if extra:
        raise SignatureError("unlisted_file", f"{extra[0]} is in the pack but not in the manifest")
