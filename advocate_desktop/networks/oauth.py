"""OAuth 2 sign-in for a desktop app: authorization code, PKCE S256, loopback redirect.

What happens (RFC 8252, "OAuth 2.0 for Native Apps"):

1. A one-shot HTTP listener is bound to ``127.0.0.1`` on a port the system picks
   (§7.3; the literal address, not ``localhost``, per §8.3), or on the first free one
   of ``ports`` for a server that, against §7.3, matches the redirect URI's port
   exactly (X): the company registers each of those callback addresses.
2. The authorization URL, with a fresh ``state`` and, when the server supports it,
   a PKCE S256 ``code_challenge`` (RFC 7636), is handed to ``open_browser``: the UI
   passes ``QDesktopServices.openUrl`` (the system browser, never an embedded view);
   tests pass a function that follows the URL with ``requests``.
3. The browser comes back to ``http://127.0.0.1:<port>/callback?code=…&state=…``.
   A ``state`` other than ours ends the sign-in (``state_mismatch``); an ``error``
   parameter means the employee refused (``denied``).
4. The code (with the PKCE verifier) is exchanged for a token at the token endpoint.

The caller may cancel at any time through a :class:`threading.Event`; the wait for
the browser gives up after ``timeout`` seconds.  Everything blocks, so the UI runs
it in a worker thread.

The protocol details (state and verifier generation, the S256 challenge, the grant
URL, the token request and its error answers) are authlib's, imported when a
sign-in starts so it stays off the app's start-up path.
"""

from __future__ import annotations

import html
import secrets
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import requests

from advocate_desktop.http import prepare_session

CALLBACK_PATH = "/callback"
LOOPBACK_HOST = "127.0.0.1"

#: Opens the authorization URL in the employee's browser.
Opener = Callable[[str], object]


class OAuthError(Exception):
    """A sign-in that did not give a token.  ``code`` is stable; the UI translates it.

    Codes: ``cancelled`` (the employee pressed Cancel), ``timed_out`` (no answer from
    the browser in time), ``denied`` (the employee refused on the server's page;
    ``detail`` has the server's reason), ``state_mismatch`` (the browser came back
    with an answer to a sign-in we did not start), ``no_code`` (the answer carried
    no code), ``browser_failed`` (the browser could not be opened), ``token_refused``
    (the server refused the code; ``detail`` has its reason), ``server_unavailable``
    (the token endpoint could not be reached or did not answer in time),
    ``callback_port_busy`` (every one of the fixed callback ports is taken; ``detail``
    names them).
    """

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class OAuthClient:
    """A client registered on an authorization server."""

    client_id: str
    client_secret: str | None
    authorize_url: str
    token_url: str
    scope: str
    use_pkce: bool = True
    #: The loopback port the browser comes back to; 0: any free port (RFC 8252 §7.3).
    #: A server that matches the redirect URI exactly, port included (LinkedIn), needs
    #: the one port its app registration names.
    redirect_port: int = 0


@dataclass(frozen=True)
class Token:
    access_token: str = field(repr=False)
    token_type: str
    scope: str
    refresh_token: str | None = field(default=None, repr=False)
    expires_at: float | None = None  # seconds since the epoch, when the server says


@dataclass(frozen=True)
class CallbackPages:
    """What the browser shows when it comes back; the UI passes translated text."""

    signed_in: str = "You are signed in. You can close this tab and return to Advocate Desktop."
    failed: str = "The sign-in did not complete. Return to Advocate Desktop and try again."


@dataclass
class _Answer:
    params: dict[str, str] | None = None
    arrived: threading.Event = field(default_factory=threading.Event)


def _page(text: str) -> bytes:
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Advocate Desktop</title>"
        f"</head><body><p>{html.escape(text)}</p></body></html>"
    ).encode()


class _Listener(HTTPServer):
    """One-shot loopback server: the first request to the callback path is the answer."""

    def __init__(self, state: str, pages: CallbackPages, port: int = 0) -> None:
        super().__init__((LOOPBACK_HOST, port), _CallbackHandler)
        self.expected_state = state
        self.pages = pages
        self.answer = _Answer()

    @property
    def port(self) -> int:
        return int(self.server_address[1])


def _listen(state: str, pages: CallbackPages, ports: Sequence[int]) -> _Listener:
    """A listener on the first of ``ports`` that is free (0: one the system picks)."""
    for port in ports:
        try:
            return _Listener(state, pages, port)
        except OSError:
            continue  # taken by another program: the next registered one
    raise OAuthError("callback_port_busy", ", ".join(str(port) for port in ports))


class _CallbackHandler(BaseHTTPRequestHandler):
    server: _Listener

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        if parts.path != CALLBACK_PATH or self.server.answer.arrived.is_set():
            # A browser also asks for /favicon.ico; only the callback counts, once.
            self._reply(404, "Not found.")
            return
        query = {key: values[0] for key, values in parse_qs(parts.query).items()}
        good = query.get("state") == self.server.expected_state and "code" in query
        self._reply(
            200 if good else 400, self.server.pages.signed_in if good else self.server.pages.failed
        )
        self.server.answer.params = query
        self.server.answer.arrived.set()

    def _reply(self, status: int, text: str) -> None:
        body = _page(text)
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        """The query string carries the code: never print it."""


def authorize(
    client: OAuthClient,
    *,
    open_browser: Opener,
    cancel: threading.Event | None = None,
    timeout: float = 300.0,
    http_timeout: tuple[float, float] = (10.0, 30.0),
    pages: CallbackPages | None = None,
    ports: Sequence[int] | None = None,
    relay_url: str | None = None,
) -> Token:
    """Run the whole authorization-code flow; the token, or :class:`OAuthError`.

    ``ports``: where the callback may listen, tried in order; 0 lets the system pick
    (RFC 8252 §7.3), fixed ones are for servers that match the port exactly.  None:
    the client's ``redirect_port`` (0 unless its registration names one).

    ``relay_url``: for a network that accepts only https redirect addresses (Meta's
    Threads), the https page the company registered as the redirect.  The ``state``
    then starts with the loopback port and a dot (``<port>.<random>``), and the relay
    sends the browser on to ``http://127.0.0.1:<port>/callback`` with the query it
    got, unchanged; the code is exchanged with ``relay_url`` as the redirect URI."""
    from authlib.integrations.requests_client import OAuth2Session

    cancel = cancel or threading.Event()
    nonce = secrets.token_urlsafe(32)
    # RFC 7636 §4.1: 43 to 128 characters from the unreserved set; 64 bytes → 86.
    verifier = secrets.token_urlsafe(64) if client.use_pkce else None
    listener = _listen(
        nonce, pages or CallbackPages(), ports if ports is not None else (client.redirect_port,)
    )
    if relay_url:
        state = f"{listener.port}.{nonce}"
        listener.expected_state = state
        redirect_uri = relay_url
    else:
        state = nonce
        redirect_uri = f"http://{LOOPBACK_HOST}:{listener.port}{CALLBACK_PATH}"
    server = threading.Thread(
        target=listener.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    server.start()
    session = OAuth2Session(
        client.client_id,
        client.client_secret,
        scope=client.scope,
        redirect_uri=redirect_uri,
        code_challenge_method="S256" if client.use_pkce else None,
        token_endpoint_auth_method="client_secret_post" if client.client_secret else "none",
    )
    with session:
        prepare_session(session)
        try:
            url, _ = session.create_authorization_url(
                client.authorize_url, state=state, code_verifier=verifier
            )
            try:
                open_browser(url)
            except Exception as error:  # the opener is the UI's; any failure: no browser
                raise OAuthError("browser_failed", str(error)) from None
            params = _wait(listener.answer, cancel, timeout)
        finally:
            listener.shutdown()
            listener.server_close()
            server.join(timeout=5)
        code = _code_from(params, state)
        raw = _exchange(session, client, code, verifier, redirect_uri, http_timeout)
    return _token_from(dict(raw))


def _exchange(
    session: Any,
    client: OAuthClient,
    code: str,
    verifier: str | None,
    redirect_uri: str,
    http_timeout: tuple[float, float],
) -> dict[str, Any]:
    from authlib.common.errors import AuthlibBaseError

    extra = {"code_verifier": verifier} if verifier else {}
    try:
        raw = session.fetch_token(
            client.token_url,
            grant_type="authorization_code",
            code=code,
            redirect_uri=redirect_uri,
            timeout=http_timeout,
            **extra,
        )
    except requests.RequestException as error:
        response = getattr(error, "response", None)
        if response is not None and response.status_code < 500:
            raise OAuthError("token_refused", f"HTTP {response.status_code}") from None
        raise OAuthError("server_unavailable", type(error).__name__) from None
    except AuthlibBaseError as error:
        # The server's ``error`` and ``error_description``, as authlib read them.
        raise OAuthError("token_refused", str(error.description or error.error or "")) from None
    except ValueError as error:  # a 2xx answer that is not a JSON object
        raise OAuthError("token_refused", str(error)) from None
    return dict(raw)


def _wait(answer: _Answer, cancel: threading.Event, timeout: float) -> dict[str, str]:
    deadline = time.monotonic() + timeout
    while not answer.arrived.wait(0.05):
        if cancel.is_set():
            raise OAuthError("cancelled")
        if time.monotonic() >= deadline:
            raise OAuthError("timed_out")
    assert answer.params is not None  # set before the event
    return answer.params


def _code_from(params: dict[str, str], state: str) -> str:
    if not secrets.compare_digest(params.get("state", ""), state):
        raise OAuthError("state_mismatch")
    if "error" in params:
        reason = params.get("error_description") or params["error"]
        raise OAuthError("denied", reason)
    code = params.get("code", "")
    if not code:
        raise OAuthError("no_code")
    return code


def _token_from(raw: dict[str, Any]) -> Token:
    access = raw.get("access_token")
    if not isinstance(access, str) or not access:
        raise OAuthError("token_refused", "the answer has no access token")
    expires_at = raw.get("expires_at")
    refresh = raw.get("refresh_token")
    return Token(
        access_token=access,
        token_type=str(raw.get("token_type", "Bearer")),
        scope=str(raw.get("scope", "")),
        refresh_token=refresh if isinstance(refresh, str) and refresh else None,
        expires_at=float(expires_at) if isinstance(expires_at, int | float) else None,
    )
