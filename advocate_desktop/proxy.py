"""IT's proxy: where the app's requests go when the managed configuration names one.

The one HTTP layer (:mod:`advocate_desktop.http`) asks :func:`current` for every
request.  Without a route (IT set no ``proxy``) nothing changes: ``requests`` takes
the system's proxy settings from the environment as it always did.  With one, IT's
proxy is used for every request, the environment's proxy settings are not, and these
go direct: loopback (``localhost``, ``*.localhost``, 127.0.0.0/8, ::1: this computer,
never a proxy's business) and the hosts IT's ``proxy_bypass`` lists.

Plain standard library: the settings check IT's values with this module without
loading ``requests``, and the start of the app sets the route the same way.
"""

from __future__ import annotations

import ipaddress
import threading
from dataclasses import dataclass
from urllib.parse import urlsplit

#: A bypass entry for every host name without a dot (Windows' and Chrome's "<local>").
LOCAL = "<local>"


def is_loopback(host: str) -> bool:
    """This computer: ``localhost`` (and its subdomains, RFC 6761) or a loopback IP."""
    name = host.strip("[]").rstrip(".").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def bypass_entry(text: str) -> str:
    """One ``proxy_bypass`` entry in the form :func:`bypassed` reads; raises ValueError.

    ``intranet.example`` (that host and its subdomains, as curl's ``NO_PROXY``),
    ``*.example`` or ``.example`` (subdomains only), an IP address, a network in CIDR
    form (``10.0.0.0/8``) or ``<local>`` (names without a dot)."""
    entry = text.strip().lower()
    if entry == LOCAL:
        return entry
    if not entry:
        raise ValueError("empty")
    try:
        return str(ipaddress.ip_network(entry.strip("[]"), strict=False))
    except ValueError:
        pass
    suffix = entry.startswith(("*.", "."))
    name = entry.removeprefix("*").removeprefix(".")
    if not is_host_name(name):
        raise ValueError(entry)
    return f".{name}" if suffix else name


def is_host_name(name: str) -> bool:
    """A DNS name: labels of letters, digits and hyphens, not starting or ending with a
    hyphen, each up to 63 characters, up to 253 in all."""
    name = name.rstrip(".")
    if not name or len(name) > 253:
        return False
    return all(
        0 < len(label) <= 63
        and not label.startswith("-")
        and not label.endswith("-")
        and all(c.isascii() and (c.isalnum() or c == "-") for c in label)
        for label in name.split(".")
    )


def bypassed(host: str, entries: tuple[str, ...]) -> bool:
    """Whether ``host`` matches one of the (already checked) bypass ``entries``."""
    name = host.strip("[]").rstrip(".").lower()
    try:
        address: ipaddress.IPv4Address | ipaddress.IPv6Address | None = ipaddress.ip_address(name)
    except ValueError:
        address = None
    for entry in entries:
        if entry == LOCAL:
            if address is None and "." not in name:
                return True
        elif (network := _network(entry)) is not None:
            if address is not None and address.version == network.version and address in network:
                return True
        elif entry.startswith("."):
            if name.endswith(entry):
                return True
        elif name == entry or name.endswith("." + entry):
            return True
    return False


def _network(entry: str) -> ipaddress.IPv4Network | ipaddress.IPv6Network | None:
    try:
        return ipaddress.ip_network(entry, strict=False)
    except ValueError:
        return None


@dataclass(frozen=True)
class ProxyRoute:
    """IT's proxy (``http://host:port`` or ``https://host:port``) and what bypasses it."""

    address: str
    bypass: tuple[str, ...] = ()

    def proxy_for(self, url: str) -> str | None:
        """The proxy a request to ``url`` goes through; None: direct."""
        try:
            host = urlsplit(url).hostname
        except ValueError:
            host = None
        if not host or is_loopback(host) or bypassed(host, self.bypass):
            return None
        return self.address

    @property
    def host(self) -> str:
        """The proxy's host and port, as "What my company can see" names it."""
        return urlsplit(self.address).netloc


_lock = threading.Lock()
_route: ProxyRoute | None = None


def use(route: ProxyRoute | None) -> None:
    """Send the app's requests through ``route`` from now on (None: the system's)."""
    global _route
    with _lock:
        _route = route


def current() -> ProxyRoute | None:
    """IT's proxy route, or None when the system's proxy settings apply."""
    return _route
