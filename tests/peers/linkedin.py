"""A strict LinkedIn on a loopback port: sign-in, userinfo, images and posts.

It answers as LinkedIn's documentation says (November 2026) and refuses what
LinkedIn refuses:

- ``GET /oauth/v2/authorization``: the client id must be the registered one and the
  redirect URI must match a registered one *exactly*, port included; the scopes must
  include ``openid profile w_member_social``.  The member approves at once (or
  refuses, with ``refuse_next``) and is sent back with ``code`` and ``state``.
  https://learn.microsoft.com/en-us/linkedin/shared/authentication/authorization-code-flow
- ``POST /oauth/v2/accessToken``: a form with ``grant_type=authorization_code``, the
  code once, the same redirect URI, the client id and secret, and the PKCE verifier
  when the authorization carried a challenge (S256).  Tokens last ``token_lifetime``
  seconds (60 days), with no refresh token.
- ``GET /v2/userinfo`` (OpenID Connect): ``sub`` and ``name``.
- Every ``/rest/`` call needs ``LinkedIn-Version`` (an active one: a retired version
  answers 426 ``NONEXISTENT_VERSION``, a missing one 400 ``VERSION_MISSING``) and
  ``X-Restli-Protocol-Version: 2.0.0``.
  https://learn.microsoft.com/en-us/linkedin/marketing/versioning
- ``POST /rest/images?action=initializeUpload`` for the member (``owner`` is the
  token's member) and the ``PUT`` of the bytes to the address it gave.
  https://learn.microsoft.com/en-us/linkedin/marketing/community-management/shares/images-api
- ``POST /rest/posts``: the author is the token's member (``urn:li:person:<sub>``);
  the commentary escapes every reserved character of the "little text" format; an
  image is one this member uploaded, with a non-empty ``altText`` of at most 4,086
  characters; an article has a ``source`` and a ``title``.  201 with ``x-restli-id``.
  https://learn.microsoft.com/en-us/linkedin/marketing/community-management/shares/posts-api
  https://learn.microsoft.com/en-us/linkedin/marketing/community-management/shares/little-text-format
- ``GET /rest/posts/{urn}`` (the member's own post) and ``POST /oauth/v2/revoke``.

Faults (:meth:`LinkedInPeer.inject`), per path prefix, for the next ``count``
requests: ``rate_limited`` (429; LinkedIn sends no reset header, ``headers`` adds
one), ``status`` (any status with a LinkedIn error body), ``timeout`` (the request
is carried out, the answer comes after ``delay`` seconds), ``drop`` (the connection
is closed without an answer, before anything is done), ``drop_after`` (carried out,
then closed without an answer), ``no_id`` (a post is created and 201 comes without
``x-restli-id``).
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import secrets
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlencode, urlsplit

import requests

from advocate_desktop.networks.linkedin.endpoints import Endpoints
from tests.leak_guard import remember

ACTIVE_VERSIONS = frozenset({"202611", "202610", "202609"})
RETIRED_VERSIONS = frozenset({"202301", "202401"})
RESERVED = set("\\|{}@[]()<>#*_~")
SCOPES_NEEDED = {"openid", "profile", "w_member_social"}
SIXTY_DAYS = 60 * 24 * 3600
MAX_ALT_TEXT = 4086


def unescaped_reserved(text: str) -> list[str]:
    """The reserved characters of ``text`` that no backslash escapes."""
    found, index = [], 0
    while index < len(text):
        char = text[index]
        if char == "\\":
            if index + 1 >= len(text):
                found.append("\\")
            index += 2
            continue
        if char in RESERVED:
            found.append(char)
        index += 1
    return found


@dataclass
class Fault:
    prefix: str
    kind: str
    count: int
    status: int = 500
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


@dataclass
class Grant:
    client_id: str
    redirect_uri: str
    challenge: str | None
    sub: str


class LinkedInPeer:
    """The server; ``start()`` binds it to 127.0.0.1 on a free port."""

    def __init__(
        self,
        *,
        client_id: str = "linkedin-client-id-test",
        client_secret: str = "linkedin-client-secret-test-0123456789",
        member_sub: str = "aBcD-12_xYz",
        member_name: str = "Zofia Łęcka",
        readable_posts: bool = True,
        token_lifetime: int = SIXTY_DAYS,
    ) -> None:
        self.client_id = client_id
        self.client_secret = client_secret
        self.member_sub = member_sub
        self.member_name = member_name
        self.readable_posts = readable_posts
        self.token_lifetime = token_lifetime
        self.registered_redirects: set[str] = set()
        self.refuse_next = False
        self.grants: dict[str, Grant] = {}
        self.tokens: dict[str, tuple[str, float]] = {}  # token → (sub, expires at)
        self.images: dict[str, dict[str, Any]] = {}  # urn → owner, uploaded, bytes
        self.posts: dict[str, dict[str, Any]] = {}
        self.requests: list[tuple[str, str, dict[str, str]]] = []  # method, path, headers
        self.token_forms: list[dict[str, str]] = []
        self.faults: list[Fault] = []
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._server.daemon_threads = True
        self._server.peer = self  # type: ignore[attr-defined]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        remember(client_secret)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def endpoints(self) -> Endpoints:
        return Endpoints(
            authorize_url=f"{self.base}/oauth/v2/authorization",
            token_url=f"{self.base}/oauth/v2/accessToken",
            revoke_url=f"{self.base}/oauth/v2/revoke",
            api_base=self.base,
            feed_base=f"{self.base}/feed/update",
        )

    def start(self) -> LinkedInPeer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)

    def inject(
        self,
        prefix: str,
        kind: str,
        *,
        count: int = 1,
        status: int = 500,
        headers: dict[str, str] | None = None,
        delay: float = 0.0,
    ) -> None:
        with self._lock:
            self.faults.append(Fault(prefix, kind, count, status, dict(headers or {}), delay))

    def take_fault(self, path: str) -> Fault | None:
        with self._lock:
            for fault in self.faults:
                if path.startswith(fault.prefix) and fault.count > 0:
                    fault.count -= 1
                    return fault
        return None

    def issue_token(self, sub: str) -> str:
        token = "li-token-" + secrets.token_urlsafe(24)
        remember(token)
        self.tokens[token] = (sub, time.time() + self.token_lifetime)
        return token


class _Handler(BaseHTTPRequestHandler):
    server: ThreadingHTTPServer
    protocol_version = "HTTP/1.1"

    @property
    def peer(self) -> LinkedInPeer:
        return self.server.peer  # type: ignore[attr-defined,no-any-return]

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the query strings carry codes."""

    # -- plumbing ---------------------------------------------------------------
    def _body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _send(self, status: int, body: Any = None, headers: dict[str, str] | None = None) -> None:
        data = b"" if body is None else json.dumps(body).encode()
        self.send_response(status)
        if body is not None:
            self.send_header("Content-Type", "application/json")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _error(
        self, status: int, message: str, code: str = "", headers: dict[str, str] | None = None
    ) -> None:
        body: dict[str, Any] = {"status": status, "message": message}
        if code:
            body["code"] = code
        if status in (400, 403, 422):
            body["serviceErrorCode"] = 100
        self._send(status, body, headers)

    def _drop(self) -> None:
        self.close_connection = True
        self.connection.shutdown(2)

    def _handle(self, method: str) -> None:
        parts = urlsplit(self.path)
        self.peer.requests.append((method, parts.path, dict(self.headers.items())))
        body = self._body()
        fault = self.peer.take_fault(parts.path)
        if fault is not None and fault.kind in ("rate_limited", "status", "drop"):
            if fault.kind == "drop":
                self._drop()
            elif fault.kind == "rate_limited":
                self._error(429, "Resource level throttle limit", headers=fault.headers)
            else:
                self._error(fault.status, "Injected failure")
            return
        route = self._route(method, parts.path)
        if route is None:
            self._error(404, f"No such resource: {parts.path}")
            return
        query = {key: values[0] for key, values in parse_qs(parts.query).items()}
        status, answer, headers = route(query, body)
        if fault is not None and fault.kind == "timeout":
            time.sleep(fault.delay)
        if fault is not None and fault.kind == "drop_after":
            self._drop()
            return
        if fault is not None and fault.kind == "no_id":
            headers.pop("x-restli-id", None)
        if status >= 400 and isinstance(answer, dict):
            self._error(status, str(answer.get("message", "")), str(answer.get("code", "")))
        else:
            self._send(status, answer, headers)

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def do_PUT(self) -> None:
        self._handle("PUT")

    def _route(self, method: str, path: str) -> Any:
        routes = {
            ("GET", "/oauth/v2/authorization"): self._authorize,
            ("POST", "/oauth/v2/accessToken"): self._access_token,
            ("POST", "/oauth/v2/revoke"): self._revoke,
            ("GET", "/v2/userinfo"): self._userinfo,
            ("POST", "/rest/images"): self._initialize_upload,
            ("POST", "/rest/posts"): self._create_post,
        }
        if (method, path) in routes:
            return routes[(method, path)]
        if method == "PUT" and path.startswith("/upload/"):
            return lambda query, body: self._upload(path.removeprefix("/upload/"), body)
        if method == "GET" and path.startswith("/rest/posts/"):
            return lambda query, body: self._read_post(unquote(path.removeprefix("/rest/posts/")))
        return None

    # -- OAuth ---------------------------------------------------------------------
    def _authorize(self, query: dict[str, str], body: bytes) -> Any:
        peer = self.peer
        if query.get("response_type") != "code":
            return 400, {"message": "response_type must be code"}, {}
        if query.get("client_id") != peer.client_id:
            return 400, {"message": "invalid client_id"}, {}
        redirect = query.get("redirect_uri", "")
        if redirect not in peer.registered_redirects:
            return 400, {"message": "The redirect_uri does not match the registered value"}, {}
        scopes = set(query.get("scope", "").split())
        if not scopes >= SCOPES_NEEDED:
            return 400, {"message": f"missing scopes: {SCOPES_NEEDED - scopes}"}, {}
        challenge = query.get("code_challenge")
        if challenge is not None and query.get("code_challenge_method") != "S256":
            return 400, {"message": "code_challenge_method must be S256"}, {}
        state = query.get("state", "")
        if peer.refuse_next:
            peer.refuse_next = False
            refusal = {
                "error": "user_cancelled_authorize",
                "error_description": "The member refused",
                "state": state,
            }
            target = f"{redirect}?{urlencode(refusal)}"
        else:
            code = "code-" + secrets.token_urlsafe(16)
            peer.grants[code] = Grant(peer.client_id, redirect, challenge, peer.member_sub)
            target = f"{redirect}?{urlencode({'code': code, 'state': state})}"
        return 302, None, {"Location": target}

    def _access_token(self, query: dict[str, str], body: bytes) -> Any:
        peer = self.peer
        if not self.headers.get("Content-Type", "").startswith("application/x-www-form-urlencoded"):
            return 400, {"error": "invalid_request"}, {}
        form = {key: values[0] for key, values in parse_qs(body.decode()).items()}
        peer.token_forms.append(form)
        if form.get("grant_type") != "authorization_code":
            return 400, {"error": "unsupported_grant_type"}, {}
        if (
            form.get("client_id") != peer.client_id
            or form.get("client_secret") != peer.client_secret
        ):
            return (
                401,
                {"error": "invalid_client", "error_description": "Client authentication failed"},
                {},
            )
        grant = peer.grants.pop(form.get("code", ""), None)
        if grant is None or form.get("redirect_uri") != grant.redirect_uri:
            return 400, {"error": "invalid_grant", "error_description": "code or redirect_uri"}, {}
        if grant.challenge is not None:
            verifier = form.get("code_verifier", "")
            digest = hashlib.sha256(verifier.encode()).digest()
            if base64.urlsafe_b64encode(digest).rstrip(b"=").decode() != grant.challenge:
                return 400, {"error": "invalid_grant", "error_description": "PKCE verifier"}, {}
        token = peer.issue_token(grant.sub)
        answer = {
            "access_token": token,
            "expires_in": peer.token_lifetime,
            "scope": "email,openid,profile,w_member_social",
            "token_type": "Bearer",
            "id_token": "not.checked.here",
        }
        return 200, answer, {"Cache-Control": "no-store"}

    def _revoke(self, query: dict[str, str], body: bytes) -> Any:
        form = {key: values[0] for key, values in parse_qs(body.decode()).items()}
        if (
            form.get("client_id") != self.peer.client_id
            or form.get("client_secret") != self.peer.client_secret
        ):
            return 401, {"error": "invalid_client"}, {}
        self.peer.tokens.pop(form.get("token", ""), None)
        return 200, None, {}

    # -- the API -------------------------------------------------------------------
    def _member(self) -> str | None:
        header = self.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            return None
        found = self.peer.tokens.get(header.removeprefix("Bearer "))
        if found is None or found[1] <= time.time():
            return None
        return found[0]

    def _rest_refusal(self) -> tuple[int, dict[str, str], dict[str, str]] | None:
        version = self.headers.get("LinkedIn-Version")
        if not version:
            return 400, {"message": "A version must be present", "code": "VERSION_MISSING"}, {}
        if version not in ACTIVE_VERSIONS:
            return (
                426,
                {
                    "message": f"Requested version {version} is not active",
                    "code": "NONEXISTENT_VERSION",
                },
                {},
            )
        if self.headers.get("X-Restli-Protocol-Version") != "2.0.0":
            return 400, {"message": "X-Restli-Protocol-Version 2.0.0 is required"}, {}
        if self._member() is None:
            return 401, {"message": "Invalid access token", "code": "REVOKED_ACCESS_TOKEN"}, {}
        return None

    def _userinfo(self, query: dict[str, str], body: bytes) -> Any:
        sub = self._member()
        if sub is None:
            return 401, {"message": "Invalid access token"}, {}
        given, _, family = self.peer.member_name.partition(" ")
        return (
            200,
            {
                "sub": sub,
                "name": self.peer.member_name,
                "given_name": given,
                "family_name": family,
                "locale": {"country": "PL", "language": "pl"},
            },
            {},
        )

    def _initialize_upload(self, query: dict[str, str], body: bytes) -> Any:
        refusal = self._rest_refusal()
        if refusal:
            return refusal
        if query.get("action") != "initializeUpload":
            return 400, {"message": "unknown action"}, {}
        try:
            owner = json.loads(body)["initializeUploadRequest"]["owner"]
        except (ValueError, KeyError, TypeError):
            return 400, {"message": "initializeUploadRequest.owner is required"}, {}
        if owner != f"urn:li:person:{self._member()}":
            return (
                403,
                {
                    "message": "Not enough permissions to upload for this owner",
                    "code": "ACCESS_DENIED",
                },
                {},
            )
        key = secrets.token_hex(8)
        urn = f"urn:li:image:D4E{key}"
        self.peer.images[urn] = {"owner": owner, "uploaded": False, "key": key}
        value = {
            "uploadUrlExpiresAt": int(time.time() * 1000) + 3_600_000,
            "uploadUrl": f"{self.peer.base}/upload/{quote(urn, safe='')}",
            "image": urn,
        }
        return 200, {"value": value}, {}

    def _upload(self, encoded: str, body: bytes) -> Any:
        if self._member() is None:
            return 401, {"message": "Invalid access token"}, {}
        image = self.peer.images.get(unquote(encoded))
        if image is None:
            return 404, {"message": "no such upload"}, {}
        if not body:
            return 400, {"message": "empty upload"}, {}
        image["uploaded"] = True
        image["bytes"] = body
        image["type"] = self.headers.get("Content-Type", "")
        return 201, None, {}

    def _create_post(self, query: dict[str, str], body: bytes) -> Any:
        refusal = self._rest_refusal()
        if refusal:
            return refusal
        try:
            post = json.loads(body)
        except ValueError:
            return 400, {"message": "the body is not JSON"}, {}
        if not isinstance(post, dict):
            return 400, {"message": "the body is not an object"}, {}
        author = post.get("author")
        if not isinstance(author, str) or not re.fullmatch(
            r"urn:li:(person|organization):[A-Za-z0-9_-]+", author
        ):
            return 422, {"message": f"/author: invalid URN {author!r}"}, {}
        if author != f"urn:li:person:{self._member()}":
            return (
                403,
                {
                    "message": "Not enough permissions to post as this author",
                    "code": "ACCESS_DENIED",
                },
                {},
            )
        commentary = post.get("commentary", "")
        if not isinstance(commentary, str):
            return 422, {"message": "/commentary must be a string"}, {}
        unescaped = unescaped_reserved(commentary)
        if unescaped:
            return (
                422,
                {"message": f"/commentary: unescaped reserved characters {''.join(unescaped)}"},
                {},
            )
        if post.get("visibility") not in ("PUBLIC", "CONNECTIONS", "LOGGED_IN"):
            return 422, {"message": "/visibility"}, {}
        distribution = post.get("distribution")
        if not isinstance(distribution, dict) or distribution.get("feedDistribution") not in (
            "MAIN_FEED",
            "NONE",
        ):
            return 422, {"message": "/distribution/feedDistribution"}, {}
        if post.get("lifecycleState") != "PUBLISHED":
            return 422, {"message": "/lifecycleState"}, {}
        content = post.get("content")
        if content is not None:
            problem = self._content_problem(content, author)
            if problem:
                return 422, {"message": problem}, {}
        urn = f"urn:li:share:{7_000_000_000_000_000_000 + len(self.peer.posts)}"
        self.peer.posts[urn] = post
        return 201, None, {"x-restli-id": urn}

    def _content_problem(self, content: Any, author: str) -> str:
        if not isinstance(content, dict) or len(content) != 1:
            return "/content: one of media, article"
        media, article = content.get("media"), content.get("article")
        if media is not None:
            image = self.peer.images.get(str(media.get("id")))
            if image is None or image["owner"] != author:
                return "/content/media/id: no such image"
            if not image["uploaded"]:
                return "/content/media/id: the image was never uploaded"
            alt = media.get("altText")
            if not isinstance(alt, str) or not alt.strip():
                return "/content/media/altText is required"
            if len(alt) > MAX_ALT_TEXT:
                return "/content/media/altText is too long"
            return ""
        if article is not None:
            source, title = article.get("source"), article.get("title")
            if not isinstance(source, str) or not re.match(r"https?://", source):
                return "/content/article/source"
            if not isinstance(title, str) or not title:
                return "/content/article/title is required"
            return ""
        return "/content: unknown content"

    def _read_post(self, urn: str) -> Any:
        refusal = self._rest_refusal()
        if refusal:
            return refusal
        if not self.peer.readable_posts:
            return (
                403,
                {
                    "message": "Not enough permissions to access: GET /posts",
                    "code": "ACCESS_DENIED",
                },
                {},
            )
        post = self.peer.posts.get(urn)
        if post is None:
            return 404, {"message": "no such post"}, {}
        return 200, {**post, "id": urn}, {}


class Browser:
    """Stands in for the system browser: opens the authorization address, where the
    member approves, and follows LinkedIn's redirect back to the app's listener."""

    def __init__(self) -> None:
        self.opened: list[str] = []
        self.landed: requests.Response | None = None

    def __call__(self, url: str) -> None:
        self.opened.append(url)
        answer = requests.get(url, allow_redirects=False, timeout=10)
        if answer.status_code != 302:
            raise AssertionError(f"LinkedIn refused the authorization: {answer.text}")
        self.landed = requests.get(answer.headers["Location"], timeout=10)


class TokenExchange:
    """The company's token exchange: takes the app's token request without a secret,
    adds the client secret, forwards it to LinkedIn and hands back the answer."""

    def __init__(self, peer: LinkedInPeer) -> None:
        self.peer = peer
        self.forwarded: list[dict[str, str]] = []
        exchange = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
                exchange.forwarded.append(dict(form))
                if "client_secret" in form:  # a laptop must never send one here
                    status, data = 400, b'{"error":"invalid_request"}'
                else:
                    form["client_secret"] = exchange.peer.client_secret
                    answer = requests.post(
                        f"{exchange.peer.base}/oauth/v2/accessToken", data=form, timeout=10
                    )
                    status, data = answer.status_code, answer.content
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/linkedin/token"

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
