"""A strict stand-in for X's API v2 and its OAuth 2.0 server, on a loopback port.

No X server runs here, so this one enforces what X publishes:

- **Every API request and every answer is validated against X's own OpenAPI document**
  (``tests/peers/conformance/x-openapi.json``, from xdevplatform/xdk) by openapi-core:
  paths, methods, query parameters, JSON and multipart bodies (unknown fields,
  types, ``media_ids`` count and pattern, alt text length…).  A request that does not
  validate is answered 400 with X's problem shape and recorded in
  :attr:`XServer.invalid`, so a test can assert there were none; an answer of ours
  that does not validate fails the test the same way.  The document's ``security``
  is checked by hand instead: openapi-core does not evaluate OAuth 2 schemes, so
  this server checks the bearer token, its expiry and its scopes itself.
- **The OAuth 2.0 endpoints** (``/i/oauth2/authorize``, ``/2/oauth2/token``,
  ``/2/oauth2/revoke``) are not in the OpenAPI document; they are checked by hand
  as X documents them: a registered client id, a redirect URI that matches a
  registered callback exactly (port included), ``code_challenge_method=S256`` and
  the verifier, a code used once, public clients naming themselves by ``client_id``
  in the form and confidential ones by HTTP Basic, **refresh tokens that rotate**
  (a refresh token used once is refused ever after, as X does).
- **Tweets** are counted by twitter-text v3 with ``twitter-text-parser`` (an
  implementation independent of the app's own): over 280 weighted is refused, as is
  the same text twice on an account (403, "duplicate content").
- **Faults** per path: 429 with ``x-rate-limit-reset``, any status, a delay longer
  than the client waits (before or after the request took effect), and a connection
  dropped (before or after).
"""

from __future__ import annotations

import base64
import hashlib
import io
import itertools
import json
import secrets
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import requests

from tests.leak_guard import remember

#: X's OpenAPI document (from xdevplatform/xdk, MIT; see conformance/README.md).
OPENAPI = Path(__file__).resolve().parent / "conformance" / "x-openapi.json"

ACCESS_LIFETIME = 7200  # X's access tokens last two hours
ALL_SCOPES = {"tweet.read", "tweet.write", "users.read", "offline.access", "media.write"}
#: The scopes each API operation needs (the OpenAPI document's OAuth2UserToken lists).
NEEDS = {
    ("GET", "/2/users/me"): {"users.read", "tweet.read"},
    ("POST", "/2/tweets"): {"tweet.write", "tweet.read", "users.read"},
    ("POST", "/2/media/upload"): {"media.write"},
    ("POST", "/2/media/metadata"): {"media.write"},
}

_validator: Any = None
_validator_lock = threading.Lock()


def openapi() -> Any:
    """X's OpenAPI document as an openapi-core validator (loaded once: about 2 s).

    The document itself fails openapi-spec-validator (a duplicated enum value in a
    DM field list), so checking the document is skipped, not the requests.  Its
    servers are replaced by a relative one so any loopback port matches, and its
    ``security`` is left to this server (see the module's text)."""
    global _validator
    with _validator_lock:
        if _validator is None:
            from openapi_core import Config, OpenAPI

            if not OPENAPI.is_file():
                raise RuntimeError(f"X's OpenAPI document is missing: {OPENAPI}")
            document = json.loads(OPENAPI.read_text(encoding="utf-8"))
            document["servers"] = [{"url": "/"}]
            document.pop("security", None)
            for operations in document["paths"].values():
                for operation in operations.values():
                    if isinstance(operation, dict):
                        operation.pop("security", None)
            _validator = OpenAPI.from_dict(document, config=Config(spec_validator_cls=None))
        return _validator


def weighted_length(text: str) -> int:
    from twitter_text import parse_tweet

    return int(parse_tweet(text).weightedLength)


@dataclass
class Fault:
    """What the next matching request meets.

    ``status`` (with ``headers`` and ``body``) answers instead of the API; ``delay``
    sleeps that long first; ``drop`` closes the connection without an answer.  With
    ``after=True`` the request takes effect first (a tweet is created), then the
    delay or drop happens: the client cannot know it went out."""

    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body: dict[str, Any] | None = None
    delay: float = 0.0
    drop: bool = False
    after: bool = False


@dataclass
class Grant:
    client_id: str
    redirect_uri: str
    challenge: str
    scope: set[str]
    user_id: str


@dataclass
class Issued:
    user_id: str
    client_id: str
    scope: set[str]
    expires_at: float


@dataclass
class User:
    id: str
    username: str
    name: str


class XServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, *, clock: Callable[[], float] = time.time) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.clock = clock
        self.lock = threading.Lock()
        self.clients: dict[str, str | None] = {}  # client id → secret (None: public)
        self.callbacks: set[str] = set()
        self.users: dict[str, User] = {}
        self.signed_in: str | None = None  # the user id the "browser" approves as
        self.deny = False  # the employee presses "Cancel" on X's authorize page
        self.grants: dict[str, Grant] = {}
        self.access: dict[str, Issued] = {}
        self.refresh: dict[str, Issued] = {}
        self.spent_refresh: set[str] = set()
        self.revoked: list[str] = []
        self.media: dict[str, dict[str, Any]] = {}
        self.tweets: list[dict[str, Any]] = []
        self.faults: dict[str, deque[Fault]] = {}
        self.requests: list[tuple[str, str]] = []
        self.bearers: list[str] = []  # the access token of each API request, in order
        self.token_requests: list[dict[str, str]] = []
        self.invalid: list[str] = []  # requests (or our answers) the OpenAPI document refused
        self._ids = itertools.count(1_800_000_000_000_000_001)
        openapi()  # loaded before the first request, not during one
        self.thread = threading.Thread(
            target=self.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    # -- set-up --------------------------------------------------------------------
    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def endpoints(self) -> Any:
        from advocate_desktop.networks.x.spec import Endpoints

        return Endpoints(
            authorize=self.base + "/i/oauth2/authorize",
            token=self.base + "/2/oauth2/token",
            revoke=self.base + "/2/oauth2/revoke",
            api=self.base,
            web="https://x.test",
        )

    def register_client(self, client_id: str, secret: str | None = None) -> None:
        self.clients[client_id] = secret
        if secret:
            remember(secret)

    def add_user(self, username: str, name: str = "") -> User:
        user = User(str(next(self._ids)), username, name or username.title())
        self.users[user.id] = user
        self.signed_in = self.signed_in or user.id
        return user

    def fault(self, path: str, fault: Fault, times: int = 1) -> None:
        with self.lock:
            self.faults.setdefault(path, deque()).extend(fault for _ in range(times))

    def rate_limit(self, path: str, reset_in: int = 900) -> int:
        """The next request to ``path`` is refused with 429; the reset time (Unix s)."""
        reset = int(self.clock()) + reset_in
        self.fault(
            path,
            Fault(
                status=429,
                headers={
                    "x-rate-limit-limit": "100",
                    "x-rate-limit-remaining": "0",
                    "x-rate-limit-reset": str(reset),
                },
                body=_problem(429, "Too Many Requests", "Too Many Requests", "about:blank"),
            ),
        )
        return reset

    def expire_access_tokens(self) -> None:
        """Every access token issued so far expires now (as two hours passing would)."""
        with self.lock:
            for issued in self.access.values():
                issued.expires_at = self.clock() - 1

    def _issue(self, user_id: str, client_id: str, scope: set[str]) -> dict[str, Any]:
        access = "xa-" + secrets.token_urlsafe(24)
        issued = Issued(user_id, client_id, scope, self.clock() + ACCESS_LIFETIME)
        self.access[access] = issued
        answer: dict[str, Any] = {
            "token_type": "bearer",
            "expires_in": ACCESS_LIFETIME,
            "access_token": access,
            "scope": " ".join(sorted(scope)),
        }
        remember(access)
        if "offline.access" in scope:
            refresh = "xr-" + secrets.token_urlsafe(24)
            self.refresh[refresh] = Issued(user_id, client_id, scope, float("inf"))
            answer["refresh_token"] = refresh
            remember(refresh)
        return answer

    def next_fault(self, path: str) -> Fault | None:
        with self.lock:
            queue = self.faults.get(path)
            return queue.popleft() if queue else None


class Browser:
    """Stands in for the system browser: opens the authorize URL and follows X's answer
    back to the app's loopback listener (X's consent page is approved at once, as
    the server's ``signed_in`` user)."""

    def __init__(self) -> None:
        self.opened: list[str] = []
        self.landed: requests.Response | None = None

    def __call__(self, url: str) -> None:
        self.opened.append(url)
        answer = requests.get(url, allow_redirects=False, timeout=10)
        if answer.status_code != 302:
            raise AssertionError(f"the authorize page refused: {answer.status_code} {answer.text}")
        self.landed = requests.get(answer.headers["Location"], timeout=10)


class ExchangeProxy(ThreadingHTTPServer):
    """A company's token-exchange service: takes the app's RFC 6749 form (code and PKCE
    verifier, or a refresh token), adds the confidential client's secret as HTTP Basic
    and forwards it to X's token endpoint; X's answer goes back unchanged."""

    daemon_threads = True

    def __init__(self, token_url: str, client_id: str, secret: str) -> None:
        super().__init__(("127.0.0.1", 0), _ExchangeHandler)
        self.token_url = token_url
        self.client_id = client_id
        self.secret = secret
        self.forwarded: list[dict[str, str]] = []
        self.thread = threading.Thread(
            target=self.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/x/token"


class _ExchangeHandler(BaseHTTPRequestHandler):
    server: ExchangeProxy

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
        self.server.forwarded.append(form)
        if "Authorization" in self.headers or "client_secret" in form:
            # The laptop never holds the secret: a request with one is a bug.
            self._send(400, {"error": "invalid_request", "error_description": "secret sent"})
            return
        answer = requests.post(
            self.server.token_url,
            data=form,
            auth=(self.server.client_id, self.server.secret),
            timeout=10,
        )
        self._send(answer.status_code, answer.json())

    def _send(self, status: int, body: dict[str, Any]) -> None:
        raw = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(raw)))
        self.end_headers()
        self.wfile.write(raw)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def _problem(
    status: int, title: str, detail: str, kind: str = "about:blank", **extra: Any
) -> dict[str, Any]:
    """An error answer as X sends it (``title``, ``detail``, ``type``, ``status``), with
    the ``code`` and ``message`` X's OpenAPI document requires of a JSON error body."""
    return {
        "title": title,
        "detail": detail,
        "type": kind,
        "status": status,
        "code": status,
        "message": detail,
        **extra,
    }


class _Handler(BaseHTTPRequestHandler):
    server: XServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass  # query strings carry codes and tokens

    # -- plumbing ------------------------------------------------------------------
    def _body(self) -> bytes:
        length = int(self.headers.get("Content-Length", "0"))
        return self.rfile.read(length) if length else b""

    def _send(
        self, status: int, body: dict[str, Any], headers: dict[str, str] | None = None
    ) -> None:
        raw = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(raw)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(raw)

    def _drop(self) -> None:
        self.close_connection = True
        self.connection.shutdown(2)

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_POST(self) -> None:
        self._dispatch("POST")

    def _dispatch(self, method: str) -> None:
        parts = urlsplit(self.path)
        body = self._body()
        self.server.requests.append((method, parts.path))
        fault = self.server.next_fault(parts.path)
        if fault is not None and not fault.after:
            if fault.delay:
                time.sleep(fault.delay)
            if fault.drop:
                self._drop()
                return
            if fault.status is not None:
                self._send(
                    fault.status,
                    fault.body or _problem(fault.status, "Error", "Error"),
                    fault.headers,
                )
                return
        if parts.path == "/i/oauth2/authorize" and method == "GET":
            status, answer, headers = self._authorize(parts.query)
        elif parts.path == "/2/oauth2/token" and method == "POST":
            status, answer, headers = self._token(body)
        elif parts.path == "/2/oauth2/revoke" and method == "POST":
            status, answer, headers = self._revoke(body)
        else:
            status, answer, headers = self._api(method, parts.path, parts.query, body)
        if fault is not None and fault.after:
            if fault.delay:
                time.sleep(fault.delay)
            if fault.drop:
                self._drop()
                return
        if status == 302:
            self.send_response(302)
            self.send_header("Location", headers["Location"])
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self._send(status, answer, headers)

    # -- OAuth 2.0 (by hand: not in the OpenAPI document) ---------------------------
    def _authorize(self, query_string: str) -> tuple[int, dict[str, Any], dict[str, str]]:
        query = {k: v[0] for k, v in parse_qs(query_string).items()}
        server = self.server
        problems = []
        if query.get("response_type") != "code":
            problems.append("response_type must be code")
        if query.get("client_id") not in server.clients:
            problems.append("unknown client_id")
        redirect = query.get("redirect_uri", "")
        if redirect not in server.callbacks:
            problems.append(f"redirect_uri {redirect!r} is not a registered callback")
        if not query.get("state"):
            problems.append("state is required")
        if query.get("code_challenge_method") != "S256" or not query.get("code_challenge"):
            problems.append("code_challenge with S256 is required")
        scope = set(query.get("scope", "").split())
        if not scope or not scope <= ALL_SCOPES:
            problems.append(f"scope {query.get('scope')!r}")
        if server.signed_in is None:
            problems.append("nobody is signed in to the browser")
        if problems:
            server.invalid.append("authorize: " + "; ".join(problems))
            return 400, {"error": "invalid_request", "error_description": "; ".join(problems)}, {}
        if server.deny:
            answer = {"state": query["state"], "error": "access_denied"}
            return 302, {}, {"Location": redirect + "?" + urlencode(answer)}
        code = secrets.token_urlsafe(24)
        assert server.signed_in is not None
        server.grants[code] = Grant(
            query["client_id"], redirect, query["code_challenge"], scope, server.signed_in
        )
        location = redirect + "?" + urlencode({"state": query["state"], "code": code})
        return 302, {}, {"Location": location}

    def _client(self, form: dict[str, str]) -> str | None:
        """The client a token request comes from: a public one names itself in the form,
        a confidential one authenticates with HTTP Basic (and its secret)."""
        header = self.headers.get("Authorization", "")
        if header.startswith("Basic "):
            client_id, _, secret = base64.b64decode(header[6:]).decode().partition(":")
            if self.server.clients.get(client_id) != secret or not secret:
                return None
            return client_id
        client_id = form.get("client_id", "")
        if client_id in self.server.clients and self.server.clients[client_id] is None:
            return client_id
        return None  # a confidential client without its secret, or unknown

    def _token(self, raw: bytes) -> tuple[int, dict[str, Any], dict[str, str]]:
        server = self.server
        if (
            self.headers.get("Content-Type", "").split(";")[0]
            != "application/x-www-form-urlencoded"
        ):
            server.invalid.append("token: not a form")
            return 400, {"error": "invalid_request"}, {}
        form = {k: v[0] for k, v in parse_qs(raw.decode()).items()}
        server.token_requests.append(form)
        client_id = self._client(form)
        if client_id is None:
            return (
                401,
                {
                    "error": "unauthorized_client",
                    "error_description": "Missing valid authorization header",
                },
                {},
            )
        with server.lock:
            if form.get("grant_type") == "authorization_code":
                grant = server.grants.pop(form.get("code", ""), None)
                verifier = form.get("code_verifier", "")
                challenge = (
                    base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
                    .rstrip(b"=")
                    .decode()
                )
                if (
                    grant is None
                    or grant.client_id != client_id
                    or grant.redirect_uri != form.get("redirect_uri")
                    or grant.challenge != challenge
                ):
                    return (
                        400,
                        {
                            "error": "invalid_request",
                            "error_description": "Value passed for the authorization code"
                            " was invalid.",
                        },
                        {},
                    )
                return 200, server._issue(grant.user_id, client_id, grant.scope), {}
            if form.get("grant_type") == "refresh_token":
                token = form.get("refresh_token", "")
                issued = server.refresh.pop(token, None)
                if issued is None or token in server.spent_refresh or issued.client_id != client_id:
                    return (
                        400,
                        {
                            "error": "invalid_request",
                            "error_description": "Value passed for the token was invalid.",
                        },
                        {},
                    )
                server.spent_refresh.add(token)  # rotation: never again
                return 200, server._issue(issued.user_id, client_id, issued.scope), {}
        return 400, {"error": "unsupported_grant_type"}, {}

    def _revoke(self, raw: bytes) -> tuple[int, dict[str, Any], dict[str, str]]:
        form = {k: v[0] for k, v in parse_qs(raw.decode()).items()}
        if self._client(form) is None:
            return 401, {"error": "unauthorized_client"}, {}
        token = form.get("token", "")
        with self.server.lock:
            self.server.access.pop(token, None)
            if self.server.refresh.pop(token, None) is not None:
                self.server.spent_refresh.add(token)
            self.server.revoked.append(token)
        return 200, {"revoked": True}, {}

    # -- the API, validated against X's OpenAPI document ----------------------------
    def _api(
        self, method: str, path: str, query: str, body: bytes
    ) -> tuple[int, dict[str, Any], dict[str, str]]:
        request = self._openapi_request(method, path, query, body)
        try:
            openapi().validate_request(request)
        except Exception as error:  # openapi-core's validation errors have no one base
            detail = f"{type(error).__name__}: {error} {error.__cause__ or ''}"[:2000]
            self.server.invalid.append(f"{method} {path}: {detail}")
            return (
                400,
                _problem(
                    400, "Invalid Request", detail, "https://api.x.com/2/problems/invalid-request"
                ),
                {},
            )
        finally:
            request.request.close()  # the files a multipart body was parsed into
        status, answer, headers = self._operation(method, path, body)
        self._check_answer(self._openapi_request(method, path, query, body), status, answer)
        return status, answer, headers

    def _openapi_request(self, method: str, path: str, query: str, body: bytes) -> Any:
        from openapi_core.contrib.werkzeug import WerkzeugOpenAPIRequest
        from werkzeug.test import EnvironBuilder
        from werkzeug.wrappers import Request

        builder = EnvironBuilder(
            method=method,
            path=path,
            query_string=query,
            base_url=self.server.base,
            headers={k: v for k, v in self.headers.items() if k.lower() != "host"},
            input_stream=io.BytesIO(body),
            content_length=len(body),
            content_type=self.headers.get("Content-Type"),
        )
        return WerkzeugOpenAPIRequest(Request(builder.get_environ()))

    def _check_answer(self, request: Any, status: int, answer: dict[str, Any]) -> None:
        from openapi_core.contrib.werkzeug import WerkzeugOpenAPIResponse
        from werkzeug.wrappers import Response

        response = Response(json.dumps(answer), status=status, content_type="application/json")
        try:
            openapi().validate_response(request, WerkzeugOpenAPIResponse(response))
        except Exception as error:
            self.server.invalid.append(f"our answer {status}: {type(error).__name__}: {error}")
        finally:
            request.request.close()

    def _user(self, needs: set[str]) -> tuple[User | None, dict[str, Any]]:
        header = self.headers.get("Authorization", "")
        self.server.bearers.append(header.removeprefix("Bearer "))
        issued = (
            self.server.access.get(header.removeprefix("Bearer "))
            if header.startswith("Bearer ")
            else None
        )
        if issued is None or issued.expires_at <= self.server.clock():
            return None, _problem(401, "Unauthorized", "Unauthorized")
        if not needs <= issued.scope:
            return None, _problem(403, "Forbidden", "missing scope", "about:blank")
        return self.server.users[issued.user_id], {}

    def _operation(
        self, method: str, path: str, body: bytes
    ) -> tuple[int, dict[str, Any], dict[str, str]]:
        needs = NEEDS.get((method, path))
        if needs is None:
            return 404, _problem(404, "Not Found Error", f"no route {method} {path}"), {}
        user, refusal = self._user(needs)
        if user is None:
            return int(refusal["status"]), refusal, {}
        server = self.server
        if path == "/2/users/me":
            return 200, {"data": {"id": user.id, "username": user.username, "name": user.name}}, {}
        if path == "/2/media/upload":
            from werkzeug.formparser import parse_form_data
            from werkzeug.test import EnvironBuilder

            environ = EnvironBuilder(
                method="POST",
                input_stream=io.BytesIO(body),
                content_length=len(body),
                content_type=self.headers.get("Content-Type"),
            ).get_environ()
            _, form, files = parse_form_data(environ)
            data = files["media"].read()
            for upload in files.values():
                upload.close()
            if not data.startswith((b"\x89PNG", b"\xff\xd8", b"RIFF", b"GIF8")):
                return (
                    400,
                    _problem(400, "Invalid Request", "unsupported media type", "about:blank"),
                    {},
                )
            media_id = str(next(server._ids))
            server.media[media_id] = {
                "owner": user.id,
                "bytes": data,
                "alt": None,
                "category": form.get("media_category"),
            }
            return (
                200,
                {
                    "data": {
                        "id": media_id,
                        "media_key": f"3_{media_id}",
                        "size": len(data),
                        "expires_after_secs": 86400,
                    }
                },
                {},
            )
        payload = json.loads(body)
        if path == "/2/media/metadata":
            media = server.media.get(payload["id"])
            if media is None or media["owner"] != user.id:
                return (
                    400,
                    _problem(400, "Invalid Request", "unknown media id", "about:blank"),
                    {},
                )
            alt = payload.get("metadata", {}).get("alt_text", {}).get("text")
            media["alt"] = alt
            return (
                200,
                {"data": {"id": payload["id"], "associated_metadata": {"alt_text": {"text": alt}}}},
                {},
            )
        # POST /2/tweets
        text = payload.get("text", "")
        media_ids = payload.get("media", {}).get("media_ids", [])
        if not text and not media_ids:
            return (
                400,
                _problem(
                    400,
                    "Invalid Request",
                    "text or media is required",
                    "https://api.x.com/2/problems/invalid-request",
                ),
                {},
            )
        if weighted_length(text) > 280:
            return (
                400,
                _problem(
                    400,
                    "Invalid Request",
                    "One or more parameters to your request was invalid.",
                    "https://api.x.com/2/problems/invalid-request",
                    errors=[
                        {
                            "parameters": {"text": ["(too long)"]},
                            "message": "Your Tweet text is too long. For more"
                            " information on how Twitter determines text length see"
                            " https://github.com/twitter/twitter-text.",
                        }
                    ],
                ),
                {},
            )
        for media_id in media_ids:
            media = server.media.get(media_id)
            if media is None or media["owner"] != user.id:
                return (
                    400,
                    _problem(
                        400,
                        "Invalid Request",
                        f"media {media_id} unknown",
                        "https://api.x.com/2/problems/invalid-request",
                    ),
                    {},
                )
        with server.lock:
            if any(t["author"] == user.id and t["text"] == text and text for t in server.tweets):
                return (
                    403,
                    _problem(
                        403,
                        "Forbidden",
                        "You are not allowed to create a Tweet with duplicate content.",
                    ),
                    {},
                )
            tweet_id = str(next(server._ids))
            server.tweets.append(
                {
                    "id": tweet_id,
                    "author": user.id,
                    "text": text,
                    "media": [server.media[m] for m in media_ids],
                }
            )
        return (
            201,
            {"data": {"id": tweet_id, "text": text, "edit_history_post_ids": [tweet_id]}},
            {},
        )
