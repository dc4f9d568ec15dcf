"""The requests session publishers talk through: timeouts, OS trust store, User-Agent.

A stand-in until the shared HTTP layer (``advocate_desktop/http.py``) lands: it makes
the same choices as :func:`advocate_desktop.feed.fetch.new_session` (the operating
system's trust store through ``truststore``, proxies from the environment as
``requests`` reads them, a User-Agent naming the app) without importing ``feed/``,
which ``networks/`` must not.  On merge, callers switch to the shared session.
"""

from __future__ import annotations

import ssl
from typing import Any

import requests
from requests.adapters import HTTPAdapter

from advocate_desktop import __version__

USER_AGENT = f"AdvocateDesktop/{__version__} (+https://advocate-desktop.org)"


class _SystemTrustAdapter(HTTPAdapter):
    """Verifies certificates with the operating system's trust store."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        import truststore

        kwargs["ssl_context"] = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        super().init_poolmanager(*args, **kwargs)


def prepare_session(session: requests.Session) -> requests.Session:
    """Give ``session`` the app's trust store and User-Agent (also used on authlib's session)."""
    session.mount("https://", _SystemTrustAdapter())
    session.headers["User-Agent"] = USER_AGENT
    return session


def new_session() -> requests.Session:
    return prepare_session(requests.Session())
