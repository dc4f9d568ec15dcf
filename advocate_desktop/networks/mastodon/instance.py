"""What a Mastodon server tells about itself: its limits and its OAuth endpoints."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from advocate_desktop.networks.mastodon.api import MastodonApi
from advocate_desktop.networks.mastodon.errors import MastodonError
from advocate_desktop.networks.mastodon.limits import (
    DEFAULT_DESCRIPTION_LIMIT,
    DEFAULT_IMAGE_TYPES,
    InstanceLimits,
)

__all__ = [
    "DEFAULT_DESCRIPTION_LIMIT",
    "DEFAULT_IMAGE_TYPES",
    "AuthServer",
    "InstanceInfo",
    "InstanceLimits",
    "fetch_auth_server",
    "fetch_instance",
    "limits_from",
]


@dataclass(frozen=True)
class InstanceInfo:
    base_url: str
    domain: str
    title: str
    version: str
    limits: InstanceLimits
    #: The server stated its length limit; if not, ``limits`` holds Mastodon's defaults.
    limits_stated: bool = True


@dataclass(frozen=True)
class AuthServer:
    authorize_url: str
    token_url: str
    revoke_url: str
    pkce_s256: bool


def _section(data: dict[str, Any], *keys: str) -> dict[str, Any]:
    for key in keys:
        value = data.get(key)
        if not isinstance(value, dict):
            return {}
        data = value
    return data


def limits_from(configuration: dict[str, Any]) -> InstanceLimits:
    statuses = _section(configuration, "statuses")
    media = _section(configuration, "media_attachments")
    mime_types = media.get("supported_mime_types")
    image_types = (
        tuple(t for t in mime_types if isinstance(t, str) and t.startswith("image/"))
        if isinstance(mime_types, list)
        else ()
    )
    return InstanceLimits.from_config(
        {
            "max_characters": statuses.get("max_characters"),
            "characters_reserved_per_url": statuses.get("characters_reserved_per_url"),
            "max_media_attachments": statuses.get("max_media_attachments"),
            "image_size_limit": media.get("image_size_limit"),
            "image_types": list(image_types),
            "description_limit": media.get("description_limit"),
        }
    )


def fetch_instance(api: MastodonApi) -> InstanceInfo:
    """``/api/v2/instance`` (Mastodon 4.0+), or ``/api/v1/instance`` on older servers.

    Anything that is not a Mastodon instance document is ``not_mastodon``.
    """
    try:
        data = api.get("/api/v2/instance", auth=False)
        domain_key = "domain"
    except MastodonError as error:
        if error.code not in ("not_found", "not_mastodon"):
            raise
        try:
            data = api.get("/api/v1/instance", auth=False)
        except MastodonError as older:
            if older.code in ("not_found", "not_mastodon", "rejected"):
                raise MastodonError(
                    "not_mastodon", f"{api.base_url} has no Mastodon instance information"
                ) from None
            raise
        domain_key = "uri"
    if not isinstance(data, dict) or not isinstance(data.get("configuration"), dict):
        raise MastodonError(
            "not_mastodon", f"{api.base_url} answers, but not with Mastodon's instance information"
        )
    return InstanceInfo(
        base_url=api.base_url,
        domain=str(data.get(domain_key) or api.host),
        title=str(data.get("title") or ""),
        version=str(data.get("version") or ""),
        limits=limits_from(data["configuration"]),
        limits_stated=_states_length(data["configuration"]),
    )


def _states_length(configuration: dict[str, Any]) -> bool:
    value = _section(configuration, "statuses").get("max_characters")
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def fetch_auth_server(api: MastodonApi) -> AuthServer:
    """OAuth endpoints; PKCE only when the server lists S256 (Mastodon 4.3+).

    Older servers have no metadata document: the classic ``/oauth/…`` paths, no PKCE.
    """
    classic = AuthServer(
        api.base_url + "/oauth/authorize",
        api.base_url + "/oauth/token",
        api.base_url + "/oauth/revoke",
        pkce_s256=False,
    )
    try:
        data = api.get("/.well-known/oauth-authorization-server", auth=False)
    except MastodonError as error:
        if error.code in ("not_found", "not_mastodon", "bad_response"):
            return classic
        raise
    if not isinstance(data, dict):
        return classic
    methods = data.get("code_challenge_methods_supported")
    return AuthServer(
        authorize_url=_same_server(api, data.get("authorization_endpoint"), classic.authorize_url),
        token_url=_same_server(api, data.get("token_endpoint"), classic.token_url),
        revoke_url=_same_server(api, data.get("revocation_endpoint"), classic.revoke_url),
        pkce_s256=isinstance(methods, list) and "S256" in methods,
    )


def _same_server(api: MastodonApi, url: Any, default: str) -> str:
    """An endpoint on the same server, else the classic path.

    A metadata document that sends the token request elsewhere would hand our client
    secret and the code to another host; the classic path on the server we were
    given is used instead.
    """
    if isinstance(url, str) and url.startswith(api.base_url + "/"):
        return url
    return default
