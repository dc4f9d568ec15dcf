"""The OAuth flow against a strict authorization server on loopback.

mastodon_mock advertises S256 but never checks the verifier; this server does what
RFC 6749 and RFC 7636 require (the verifier's S256 equals the challenge, the same
redirect URI, the client secret, a code used once), so PKCE is proven here.
"""

from __future__ import annotations

import base64
import hashlib
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
import requests

from advocate_desktop.networks.oauth import OAuthClient, OAuthError, authorize

pytestmark = pytest.mark.integration


class StrictServer(ThreadingHTTPServer):
    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.grants: dict[str, dict[str, str]] = {}
        self.token_requests: list[dict[str, str]] = []
        self.answer_state: str | None = None  # to send back a state other than the client's
        self.deny = False
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)
        self.thread.start()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def client(self, *, pkce: bool = True) -> OAuthClient:
        return OAuthClient(
            "client-1",
            "secret-1",
            self.base + "/authorize",
            self.base + "/token",
            "read write",
            pkce,
        )


class _Handler(BaseHTTPRequestHandler):
    server: StrictServer

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        redirect = query["redirect_uri"]
        assert urlsplit(redirect).hostname == "127.0.0.1"
        assert query["client_id"] == "client-1" and query["response_type"] == "code"
        state = self.server.answer_state or query["state"]
        if self.server.deny:
            answer = {
                "error": "access_denied",
                "error_description": "The user refused",
                "state": state,
            }
        else:
            code = f"code-{len(self.server.grants)}"
            self.server.grants[code] = query
            answer = {"code": code, "state": state}
        self.send_response(302)
        self.send_header("Location", redirect + "?" + urlencode(answer))
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_POST(self) -> None:
        length = int(self.headers["Content-Length"])
        form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
        self.server.token_requests.append(form)
        grant = self.server.grants.pop(form.get("code", ""), None)
        error = None
        if grant is None:
            error = "invalid_grant"
        elif form.get("client_id") != "client-1" or form.get("client_secret") != "secret-1":
            error = "invalid_client"
        elif form.get("redirect_uri") != grant["redirect_uri"]:
            error = "invalid_grant"
        elif "code_challenge" in grant:
            digest = hashlib.sha256(form.get("code_verifier", "").encode()).digest()
            if base64.urlsafe_b64encode(digest).rstrip(b"=").decode() != grant["code_challenge"]:
                error = "invalid_grant"
        elif "code_verifier" in form:
            error = "invalid_request"
        body: dict[str, Any] = (
            {"error": error, "error_description": f"refused: {error}"}
            if error
            else {"access_token": "token-xyz", "token_type": "Bearer", "scope": "read write"}
        )
        data = json.dumps(body).encode()
        self.send_response(400 if error else 200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def strict() -> Iterator[StrictServer]:
    server = StrictServer()
    yield server
    server.shutdown()
    server.server_close()


def browser(url: str) -> None:
    """Follows the authorization page's redirect back to the app, as a browser does."""
    requests.get(url, timeout=10)


def test_pkce_s256_round_trip(strict: StrictServer) -> None:
    opened: list[str] = []

    def open_and_remember(url: str) -> None:
        opened.append(url)
        # A browser also asks for the favicon; it must not end the wait.
        redirect = parse_qs(urlsplit(url).query)["redirect_uri"][0]
        assert (
            requests.get(redirect.replace("/callback", "/favicon.ico"), timeout=5).status_code
            == 404
        )
        browser(url)

    token = authorize(strict.client(), open_browser=open_and_remember, timeout=10)
    assert token.access_token == "token-xyz" and token.scope == "read write"
    assert "token-xyz" not in repr(token)
    (request,) = strict.token_requests
    assert 43 <= len(request["code_verifier"]) <= 128
    query = parse_qs(urlsplit(opened[0]).query)
    assert query["code_challenge_method"] == ["S256"]


def test_without_pkce_no_challenge_is_sent(strict: StrictServer) -> None:
    opened: list[str] = []
    token = authorize(
        strict.client(pkce=False),
        open_browser=lambda url: (opened.append(url), browser(url)),
        timeout=10,
    )
    assert token.access_token == "token-xyz"
    assert "code_challenge" not in opened[0]
    assert "code_verifier" not in strict.token_requests[0]


def test_an_answer_with_another_state_is_refused(strict: StrictServer) -> None:
    strict.answer_state = "forged"
    with pytest.raises(OAuthError) as error:
        authorize(strict.client(), open_browser=browser, timeout=10)
    assert error.value.code == "state_mismatch"
    assert strict.token_requests == []  # the code was never exchanged


def test_the_employee_refusing_is_denied(strict: StrictServer) -> None:
    strict.deny = True
    with pytest.raises(OAuthError) as error:
        authorize(strict.client(), open_browser=browser, timeout=10)
    assert (error.value.code, error.value.detail) == ("denied", "The user refused")


def test_a_refused_code_is_token_refused(strict: StrictServer) -> None:
    client = strict.client()
    wrong = OAuthClient(
        client.client_id, "wrong", client.authorize_url, client.token_url, client.scope
    )
    with pytest.raises(OAuthError) as error:
        authorize(wrong, open_browser=browser, timeout=10)
    assert (error.value.code, error.value.detail) == ("token_refused", "refused: invalid_client")


def test_a_browser_that_cannot_open_is_reported(strict: StrictServer) -> None:
    def broken(url: str) -> None:
        raise OSError("no browser")

    with pytest.raises(OAuthError) as error:
        authorize(strict.client(), open_browser=broken, timeout=10)
    assert error.value.code == "browser_failed"


def test_an_unreachable_token_endpoint_is_server_unavailable(strict: StrictServer) -> None:
    client = strict.client()
    with socket_closed_port() as port:
        gone = OAuthClient(
            client.client_id,
            client.client_secret,
            client.authorize_url,
            f"http://127.0.0.1:{port}/token",
            client.scope,
        )
        with pytest.raises(OAuthError) as error:
            authorize(gone, open_browser=browser, timeout=10)
    assert error.value.code == "server_unavailable"


class socket_closed_port:
    """A loopback port nothing listens on, for the duration of the block."""

    def __enter__(self) -> int:
        import socket

        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            return int(probe.getsockname()[1])

    def __exit__(self, *exc: object) -> None:
        return None
