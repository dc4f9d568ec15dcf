"""Checks of IT's structured values (feeds, trusted keys, company apps…), part by part.

Each cleaner keeps the parts that are good and reports the others with a pointer
below the key, so one bad entry never costs the rest.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import Any

from advocate_desktop.settings.setting import (
    EXPECTED_BOOL,
    EXPECTED_OBJECT,
    EXPECTED_STR,
    QT_TRANSLATE_NOOP,
    InvalidValue,
    shown,
)

COMPANY_APP_NETWORKS = ("linkedin", "x", "threads")

NOT_AN_ADDRESS = QT_TRANSLATE_NOOP(
    "ManagedConfig", "expected a feed address starting with https:// or http://, got %1"
)
KEY_ENTRY = QT_TRANSLATE_NOOP(
    "ManagedConfig", 'expected {"name": …, "key": "advocate-ed25519 …"}, got %1'
)
BAD_EXPIRY = QT_TRANSLATE_NOOP(
    "ManagedConfig", "expected a date (2027-06-30) or a date and time with a time zone"
)
UNKNOWN_FIELD = QT_TRANSLATE_NOOP("ManagedConfig", "unknown field %1")
UNKNOWN_NETWORK = QT_TRANSLATE_NOOP(
    "ManagedConfig", "no company app is used for %1; expected one of %2"
)
MISSING_CLIENT_ID = QT_TRANSLATE_NOOP("ManagedConfig", "expected a client_id (text)")
NOT_HTTPS = QT_TRANSLATE_NOOP("ManagedConfig", "expected an https:// address, got %1")
EMPTY = QT_TRANSLATE_NOOP("ManagedConfig", "expected text that is not empty")
API_VERSION = QT_TRANSLATE_NOOP(
    "ManagedConfig", "expected a LinkedIn API version as YYYYMM (e.g. 202611), got %1"
)

Problems = list[tuple[str, InvalidValue]]
# A kept trusted key remembers its place in the source, for a later problem's pointer.
INDEX = "_index"


def clean_feeds(value: list[Any]) -> tuple[list[str], Problems]:
    kept: list[str] = []
    problems: Problems = []
    for index, entry in enumerate(value):
        if isinstance(entry, str) and entry.strip().lower().startswith(("https://", "http://")):
            kept.append(entry.strip())
        else:
            problems.append((f"/{index}", InvalidValue(NOT_AN_ADDRESS, shown(entry))))
    return kept, problems


def key_expiry(value: Any) -> datetime | None:
    """When IT's trust in a key ends: a date (the start of that day, UTC) or a date and
    time with a time zone; None when the entry gives none."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidValue(BAD_EXPIRY)
    try:
        if len(value) == 10:
            return datetime.combine(date.fromisoformat(value), datetime.min.time(), UTC)
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise InvalidValue(BAD_EXPIRY) from None
    if moment.tzinfo is None:
        raise InvalidValue(BAD_EXPIRY)
    try:
        return moment.astimezone(UTC)
    except OverflowError:
        raise InvalidValue(BAD_EXPIRY) from None


def clean_trusted_keys(value: list[Any]) -> tuple[list[dict[str, Any]], Problems]:
    """The entries' shape and end dates; whether a key line parses is checked where the
    keys are used (:mod:`advocate_desktop.managed_checks`)."""
    kept: list[dict[str, Any]] = []
    problems: Problems = []
    for index, entry in enumerate(value):
        if not (
            isinstance(entry, dict)
            and isinstance(entry.get("name"), str)
            and isinstance(entry.get("key"), str)
        ):
            problems.append((f"/{index}", InvalidValue(KEY_ENTRY, shown(entry))))
            continue
        unknown = sorted(set(entry) - {"name", "key", "expires"})
        if unknown:
            problems.append((f"/{index}/{unknown[0]}", InvalidValue(UNKNOWN_FIELD, unknown[0])))
            continue
        try:
            key_expiry(entry.get("expires"))
        except InvalidValue as error:
            problems.append((f"/{index}/expires", error))
            continue
        kept.append({**entry, INDEX: index})
    return kept, problems


def check_folder(value: str) -> None:
    if not value.strip():
        raise InvalidValue(EMPTY)


def check_api_version(value: str) -> None:
    if not re.fullmatch(r"20\d\d(0[1-9]|1[0-2])", value):
        raise InvalidValue(API_VERSION, shown(value))


#: What one network's entry in ``company_apps`` may hold.
COMPANY_APP_FIELDS = ("client_id", "client_secret", "token_exchange_url", "redirect_url")


def clean_company_apps(value: dict[str, Any]) -> tuple[dict[str, Any], Problems]:
    kept: dict[str, Any] = {}
    problems: Problems = []
    for network, entry in value.items():
        here = f"/{escape_pointer(network)}"
        if network not in COMPANY_APP_NETWORKS:
            problems.append(
                (here, InvalidValue(UNKNOWN_NETWORK, network, ", ".join(COMPANY_APP_NETWORKS)))
            )
            continue
        try:
            kept[network] = _company_app(entry, here, problems)
        except _Dropped:
            continue
    return kept, problems


class _Dropped(Exception):
    pass


def _company_app(entry: Any, here: str, problems: Problems) -> dict[str, str]:
    if not isinstance(entry, dict):
        problems.append((here, InvalidValue(EXPECTED_OBJECT, shown(entry))))
        raise _Dropped
    for name in sorted(set(entry) - {*COMPANY_APP_FIELDS}):
        problems.append((f"{here}/{escape_pointer(name)}", InvalidValue(UNKNOWN_FIELD, name)))
        raise _Dropped
    client_id = entry.get("client_id")
    if not isinstance(client_id, str) or not client_id.strip():
        problems.append((f"{here}/client_id", InvalidValue(MISSING_CLIENT_ID)))
        raise _Dropped
    app = {"client_id": client_id.strip()}
    secret = entry.get("client_secret")
    if secret is not None:
        if not isinstance(secret, str):
            problems.append((f"{here}/client_secret", InvalidValue(EXPECTED_STR, "…")))
            raise _Dropped
        app["client_secret"] = secret
    for name in ("token_exchange_url", "redirect_url"):
        address = entry.get(name)
        if address is None:
            continue
        if not isinstance(address, str) or not address.lower().startswith("https://"):
            problems.append((f"{here}/{name}", InvalidValue(NOT_HTTPS, shown(address))))
            raise _Dropped
        app[name] = address
    return app


def check_bool(value: object) -> None:
    if not isinstance(value, bool):
        raise InvalidValue(EXPECTED_BOOL, shown(value))


def escape_pointer(token: str) -> str:
    """One JSON Pointer reference token (RFC 6901)."""
    return str(token).replace("~", "~0").replace("/", "~1")
