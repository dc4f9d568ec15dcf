"""IT's proxy settings (``proxy``, ``proxy_bypass``): their checks and the route they make.

``proxy`` is one address, as browsers' policies take it (Chrome's ``ProxyServer``,
Firefox's ``HTTPProxy``): ``http://proxy.example:3128`` or ``https://…`` (the proxy
spoken to over TLS); ``proxy.example:3128`` means ``http://``.  The port is required
(proxies have no default port to guess), and a user name or password is refused:
the configuration is readable by every user of the computer.  ``proxy_bypass``
lists hosts reached directly (see :func:`advocate_desktop.proxy.bypass_entry`);
loopback always is.  Nothing here loads ``requests``.
"""

from __future__ import annotations

import ipaddress
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from advocate_desktop.proxy import ProxyRoute, bypass_entry, is_host_name
from advocate_desktop.settings.setting import QT_TRANSLATE_NOOP, InvalidValue, shown

if TYPE_CHECKING:
    from advocate_desktop.settings.managed import ManagedConfig

PROXY = "proxy"
BYPASS = "proxy_bypass"

PROXY_SCHEME = QT_TRANSLATE_NOOP(
    "ManagedConfig", "expected an http:// or https:// proxy address, got %1"
)
PROXY_HOST = QT_TRANSLATE_NOOP("ManagedConfig", "expected a host name or IP address, got %1")
PROXY_PORT = QT_TRANSLATE_NOOP(
    "ManagedConfig", "expected a port from 1 to 65535, as in http://proxy.example:3128, got %1"
)
PROXY_CREDENTIALS = QT_TRANSLATE_NOOP(
    "ManagedConfig",
    "a proxy address with a user name or password is refused: every user of the computer"
    " can read it",
)
PROXY_EXTRA = QT_TRANSLATE_NOOP(
    "ManagedConfig", "expected only a scheme, a host and a port, got %1"
)
BYPASS_ENTRY = QT_TRANSLATE_NOOP(
    "ManagedConfig",
    "expected a host (intranet.example), *.domain, an IP address, a network (10.0.0.0/8)"
    " or <local>, got %1",
)


def proxy_address(value: str) -> str:
    """IT's proxy as ``scheme://host:port`` ("" for none); raises :class:`InvalidValue`."""
    text = value.strip()
    if not text:
        return ""
    if "://" not in text:
        text = "http://" + text
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        raise InvalidValue(PROXY_PORT, shown(value)) from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise InvalidValue(PROXY_SCHEME, shown(value))
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        raise InvalidValue(PROXY_CREDENTIALS)
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise InvalidValue(PROXY_EXTRA, shown(value))
    host = (parts.hostname or "").lower()
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        address = None
        if not is_host_name(host):
            raise InvalidValue(PROXY_HOST, shown(value)) from None
    if port is None or port == 0:
        raise InvalidValue(PROXY_PORT, shown(value))
    shown_host = f"[{host}]" if address is not None and address.version == 6 else host
    return f"{scheme}://{shown_host}:{port}"


def check_proxy(value: str) -> None:
    proxy_address(value)


def clean_bypass(value: list[Any]) -> tuple[list[str], list[tuple[str, InvalidValue]]]:
    """The entries that can be read, each once; the others are problems."""
    kept: list[str] = []
    problems: list[tuple[str, InvalidValue]] = []
    for index, entry in enumerate(value):
        try:
            if not isinstance(entry, str):
                raise ValueError(entry)
            canonical = bypass_entry(entry)
        except ValueError:
            problems.append((f"/{index}", InvalidValue(BYPASS_ENTRY, shown(entry))))
            continue
        if canonical not in kept:
            kept.append(canonical)
    return kept, problems


def proxy_route(managed: ManagedConfig) -> ProxyRoute | None:
    """IT's proxy and its bypass list; None when IT sets no (usable) proxy."""
    value = managed.extra.get(PROXY)
    if not isinstance(value, str):
        return None
    try:
        address = proxy_address(value)
    except InvalidValue:  # read_document reported it already
        return None
    if not address:
        return None
    bypass = managed.extra.get(BYPASS) or []
    return ProxyRoute(address, tuple(str(entry) for entry in bypass))
