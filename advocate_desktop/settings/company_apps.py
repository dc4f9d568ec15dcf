"""The company's own app registrations for networks that need one (LinkedIn, X, Threads).

IT registers an app with the network once and puts its client id (and, where the
network's flow needs it, a secret or a token-exchange service of the company's) in
the managed configuration under ``company_apps``::

    {"company_apps": {"linkedin": {"client_id": "86abc…",
                                   "token_exchange_url": "https://sso.example/linkedin"}},
     "linkedin_api_version": "202611",
     "x_api_enabled": false}

The managed configuration has validated these values (an invalid entry is ignored
and listed on the "Managed by your organization" page), so the readers here only
pick them out.  Nothing here imports Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from advocate_desktop.settings.managed import ManagedConfig

COMPANY_APP_NETWORKS = ("linkedin", "x", "threads")


@dataclass(frozen=True)
class CompanyApp:
    """One network's app registration, as IT configured it."""

    client_id: str
    client_secret: str | None = None
    token_exchange_url: str | None = None  # an https address of the company's
    # Threads: the https page registered as the redirect, which sends the browser on
    # to the app's loopback listener (Meta accepts no loopback redirect).
    redirect_url: str | None = None
    # LinkedIn: the API version IT pinned (``linkedin_api_version``), None: the app's.
    api_version: str | None = None


def company_app(managed: ManagedConfig, network: str) -> CompanyApp | None:
    """The app IT registered for ``network`` ("linkedin", "x" or "threads"), or None
    when IT configured none (or its entry was invalid and so ignored).  X's app counts
    only while IT turned X's paid API on (``x_api_enabled``)."""
    if network == "x" and not x_api_enabled(managed):
        return None
    apps = managed.extra.get("company_apps")
    if not isinstance(apps, dict):
        return None
    entry = apps.get(str(network))
    if not isinstance(entry, dict) or not isinstance(entry.get("client_id"), str):
        return None
    secret = entry.get("client_secret")
    exchange = entry.get("token_exchange_url")
    relay = entry.get("redirect_url")
    return CompanyApp(
        client_id=entry["client_id"],
        client_secret=secret if isinstance(secret, str) else None,
        token_exchange_url=exchange if isinstance(exchange, str) else None,
        redirect_url=relay if isinstance(relay, str) else None,
        api_version=linkedin_api_version(managed) if network == "linkedin" else None,
    )


def linkedin_api_version(managed: ManagedConfig) -> str | None:
    """The LinkedIn API version IT pinned (e.g. "202611"), or None: the app's own."""
    value = managed.extra.get("linkedin_api_version")
    return value if isinstance(value, str) else None


def x_api_enabled(managed: ManagedConfig) -> bool:
    """Whether IT turned on publishing through X's paid API (off unless set)."""
    return managed.extra.get("x_api_enabled") is True
