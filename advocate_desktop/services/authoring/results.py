"""The typed values the authoring service returns (plain data, no behaviour beyond
reading it and turning it into JSON)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from advocate_desktop.feed.lint import ERROR, WARNING, LintIssue

if TYPE_CHECKING:
    from advocate_desktop.policy.inflection import Inflection

#: One lint problem: ``file`` (feed.json, policy.json, or a pack path), ``pointer``
#: (a JSON pointer into that file, "" for the whole file), ``severity`` ("error" or
#: "warning"), ``message`` and ``fix`` (what to do), each a sentence.
Problem = LintIssue
__all__ = ["ERROR", "WARNING", "Problem"]


@dataclass(frozen=True)
class LintReport:
    """Every problem of a pack folder, and the release build would stamp."""

    problems: tuple[Problem, ...]
    pack_id: str
    version: int | None  # None while errors keep build from stamping one

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == ERROR)

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity != ERROR)

    @property
    def ok(self) -> bool:
        """True when build would accept the folder (warnings allowed)."""
        return not self.errors


@dataclass(frozen=True)
class InitResult:
    folder: Path
    files: tuple[str, ...]  # pack paths created, sorted


@dataclass(frozen=True)
class InflectResult:
    policy: Path
    written: bool
    inflections: tuple[Inflection, ...]


@dataclass(frozen=True)
class Release:
    """What a manifest says about a release: ``None`` fields take their defaults
    (version: SOURCE_DATE_EPOCH, else the newest modification time; pack id: feed.json's
    feed_url, else its title; expiry: none)."""

    version: int | None = None
    pack_id: str | None = None
    expires: str | datetime | None = None  # "2027-01-31", "2027-01-31T12:00:00Z" or a datetime


@dataclass(frozen=True)
class BuildResult:
    path: Path
    sha256: str  # of the zip's bytes
    size: int
    signed: bool
    key_id: str | None
    files: tuple[str, ...]
    inflections: tuple[Inflection, ...]
    pack_id: str
    version: int
    expires_at: datetime | None
    warnings: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class SignResult:
    path: Path
    key_id: str
    files: tuple[str, ...]
    pack_id: str
    version: int
    expires_at: datetime | None


class VerifyState(StrEnum):
    VALID_AND_TRUSTED = "valid-and-trusted"
    #: The signature checks out against the public key the pack carries and every file
    #: matches, but that key is not among the keys given as trusted.
    VALID_SIGNER_NOT_TRUSTED = "valid-signer-not-trusted"
    #: Signed by a key that is not trusted, in a pack that does not carry its public
    #: key (signed before packs carried it), so the signature cannot be checked.
    SIGNER_UNKNOWN = "signer-unknown"
    INVALID = "invalid"
    UNSIGNED = "unsigned"


@dataclass(frozen=True)
class VerifyResult:
    state: VerifyState
    problem: str | None  # why it is not valid-and-trusted, for people
    key_id: str | None = None
    signer: str | None = None  # the trusted key's name (valid-and-trusted only)
    pack_id: str | None = None
    version: int | None = None
    expires_at: datetime | None = None
    expired: bool = False
    files: tuple[str, ...] = ()
    items: int = 0
    refused_items: tuple[str, ...] = ()
    code: str | None = None  # a stable code of the problem (e.g. "changed_file")

    @property
    def valid(self) -> bool:
        return self.state is VerifyState.VALID_AND_TRUSTED


class KeyStorage(StrEnum):
    KEYRING = "keyring"  # the OS keyring: service "advocate-pack", user name the key id
    ENCRYPTED_FILE = "encrypted-file"  # PKCS#8 PEM encrypted with a passphrase
    PLAIN_FILE = "plain-file"  # PKCS#8 PEM, unencrypted (only when asked)


@dataclass(frozen=True)
class KeygenResult:
    key_id: str
    storage: KeyStorage
    public_line: str  # "advocate-ed25519 <base64> <name>": what IT trusts
    public_path: Path | None  # where the public line was written, if anywhere
    private_path: Path | None  # the key file (None for the keyring)
    reference: str  # what build/sign take: "keyring:<id>" or the key file's path


@dataclass(frozen=True)
class ServeInfo:
    url: str
    folder: Path
    host: str
    port: int


def to_json(value: Any) -> Any:
    """A result as JSON-ready data (paths and dates as text, enums as their value)."""
    from dataclasses import fields, is_dataclass

    if hasattr(value, "to_json"):
        return value.to_json()
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [to_json(v) for v in value]
    return value
