"""A strict Threads API on a loopback port, with the company's relay and exchange service.

:class:`ThreadsPeer` answers what the app calls, checking each request the way Meta's
documentation says the real API does (developers.facebook.com/docs/threads):

- ``GET /oauth/authorize`` (client id, ``response_type=code``, both permissions, a
  registered redirect URI) approves at once for :attr:`ThreadsPeer.user` and sends
  the browser back with a one-hour, single-use code;
- ``POST /oauth/access_token`` (form: client id and secret, ``authorization_code``,
  the same redirect URI) gives a one-hour token and the user's id;
- ``GET /access_token?grant_type=th_exchange_token`` (the app secret, a short-lived
  token) gives a 60-day token; ``GET /refresh_access_token?grant_type=th_refresh_token``
  refreshes a long-lived token only when it is at least 24 hours old and unexpired;
- ``GET /v1.0/me``; ``POST /v1.0/{user}/threads`` (``TEXT`` needs ``text``, ``IMAGE``
  a public ``https`` ``image_url``: loopback, private and link-local addresses and
  ``http`` are refused; at most 500 characters and 5 distinct links, the latter with
  ``THREADS_API__LINK_LIMIT_EXCEEDED``); ``GET /v1.0/{container}?fields=status,...``
  (``IN_PROGRESS`` for :attr:`processing_polls` questions, then ``FINISHED`` or the
  injected ``ERROR``); ``POST /v1.0/{user}/threads_publish`` (only a ``FINISHED``
  container of that user, once); ``GET /v1.0/{media}?fields=permalink``;
  ``GET /v1.0/{user}/threads`` (the user's posts since ``since``).
- Tokens go as ``Authorization: Bearer`` (or ``access_token`` in the query); an
  expired or unknown one is refused with the Graph API's code 190.

Time is :attr:`ThreadsPeer.now` (tests move it to expire or age tokens).
Faults (:meth:`ThreadsPeer.fail`): an HTTP status with headers (429 with
``Retry-After``, 5xx), a hang (the client's read timeout), a dropped connection
before the request is handled, or after it was (the publish happened, the answer
was lost).

Where it is laxer than Meta: redirect URIs are matched exactly against
:attr:`registered_redirects`, and ``accept_loopback`` (on by default) lets
``http://127.0.0.1:<port>/callback`` through, which Meta's dashboard refuses (it
takes only https).  The relay in tests is http on loopback for the same reason.
"""

from __future__ import annotations

import ipaddress
import itertools
import json
import re
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import regex
import requests

from tests.leak_guard import remember

SHORT_LIVED = timedelta(hours=1)
LONG_LIVED = timedelta(days=60)
REFRESH_AFTER = timedelta(hours=24)
CODE_LIFETIME = timedelta(hours=1)
MAX_CHARACTERS = 500
MAX_LINKS = 5


def threads_length(text: str) -> int:
    """As Meta documents it: characters, with an emoji counted as its UTF-8 bytes."""
    emoji = regex.compile(r"\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3")
    return sum(
        len(cluster.encode("utf-8")) if emoji.search(cluster) else 1
        for cluster in regex.findall(r"\X", text)
    )


_LINK = re.compile(r"(?:https?://|www\.)[^\s]+", re.IGNORECASE)
_LOOPBACK_CALLBACK = re.compile(r"http://127\.0\.0\.1:\d{1,5}/callback")


@dataclass
class Token:
    user_id: str
    long_lived: bool
    issued_at: datetime
    expires_at: datetime


@dataclass
class Container:
    id: str
    user_id: str
    fields: dict[str, str]
    polls_left: int
    outcome: tuple[str, str]  # the status it ends in, and its error message
    status: str = "IN_PROGRESS"
    media_id: str = ""


@dataclass
class Post:
    id: str
    user_id: str
    text: str
    media_type: str
    image_url: str
    alt_text: str
    permalink: str
    timestamp: datetime


@dataclass
class Fault:
    method: str
    path: re.Pattern[str]
    effect: str  # "status", "hang", "drop" (before handling), "drop_after" (after)
    status: int = 500
    body: dict[str, Any] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0
    count: int = 1
    skip: int = 0  # matching requests let through first


def graph_error(
    message: str, code: int = 100, kind: str = "OAuthException", **extra: Any
) -> dict[str, Any]:
    return {
        "error": {"message": message, "type": kind, "code": code, "fbtrace_id": "peer", **extra}
    }


def public_https(url: str) -> bool:
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.scheme != "https" or not host or host == "localhost":
        return False
    try:
        return ipaddress.ip_address(host).is_global
    except ValueError:
        return "." in host


class _Refusal(Exception):
    def __init__(self, status: int, body: dict[str, Any]) -> None:
        super().__init__(status)
        self.status = status
        self.body = body


class ThreadsPeer:
    def __init__(self, *, user: str = "ania.kowalska", user_id: str = "17841400000000001") -> None:
        self.client_id = "990602627938098"
        self.client_secret = "peer-app-secret-" + secrets.token_hex(12)
        remember(self.client_secret)
        self.user = user
        self.user_id = user_id
        self.usernames = {user_id: user}
        self.registered_redirects: set[str] = set()
        self.accept_loopback = True
        self.processing_polls = 0
        self.container_outcome: tuple[str, str] = ("FINISHED", "")
        self.now: Callable[[], datetime] = lambda: datetime.now(UTC)
        self.tokens: dict[str, Token] = {}
        self.codes: dict[str, tuple[str, datetime, str]] = {}  # code → redirect, issued, user
        self.containers: dict[str, Container] = {}
        self.posts: list[Post] = []
        self.requests: list[tuple[str, str, dict[str, list[str]], dict[str, str]]] = []
        self.faults: list[Fault] = []
        self._lock = threading.RLock()
        self._ids = itertools.count(18_000_000_000_000_001)
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.server.daemon_threads = True
        self.server.peer = self  # type: ignore[attr-defined]
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    # -- what a test arranges ----------------------------------------------------
    def fail(
        self,
        method: str,
        path: str,
        effect: str,
        *,
        status: int = 500,
        body: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        seconds: float = 0.0,
        count: int = 1,
        skip: int = 0,
    ) -> None:
        """``count`` requests matching ``method`` and the ``path`` regex fail, after
        ``skip`` of them were let through."""
        with self._lock:
            self.faults.append(
                Fault(
                    method,
                    re.compile(path),
                    effect,
                    status,
                    body or {},
                    headers or {},
                    seconds,
                    count,
                    skip,
                )
            )

    def issue_token(self, *, long_lived: bool = True, age: timedelta = timedelta(0)) -> str:
        """A token for the user, as if signed in ``age`` ago."""
        token = "THAA" + secrets.token_urlsafe(32)
        remember(token)
        issued = self.now() - age
        lasts = LONG_LIVED if long_lived else SHORT_LIVED
        with self._lock:
            self.tokens[token] = Token(self.user_id, long_lived, issued, issued + lasts)
        return token

    def paths(self, method: str | None = None) -> list[str]:
        return [p for m, p, _, _ in self.requests if method is None or m == method]

    # -- the browser ---------------------------------------------------------------
    def browser(self, url: str) -> None:
        """Stands in for the system browser: the authorization page approves at once,
        and every redirect is followed (through a relay to the app's listener)."""
        answer = requests.get(url, timeout=10)
        answer.raise_for_status()

    # -- handling -------------------------------------------------------------------
    def handle(
        self,
        method: str,
        path: str,
        query: dict[str, list[str]],
        form: dict[str, list[str]],
        headers: dict[str, str],
    ) -> tuple[int, dict[str, Any] | None, dict[str, str]]:
        params = {k: v[-1] for k, v in {**query, **form}.items()}
        if path == "/oauth/authorize" and method == "GET":
            return self._authorize(params)
        if path == "/oauth/access_token" and method == "POST":
            return 200, self._code_exchange({k: v[-1] for k, v in form.items()}), {}
        if path == "/access_token" and method == "GET":
            return 200, self._long_lived(params), {}
        if path == "/refresh_access_token" and method == "GET":
            return 200, self._refresh(params), {}
        match = re.fullmatch(r"/v1\.0/([A-Za-z0-9_]+)(/[a-z_]+)?", path)
        if not match:
            raise _Refusal(404, graph_error("Unknown path components", 2500))
        token = self._token(headers, params)
        node, edge = match.group(1), match.group(2) or ""
        if node == "me":
            node = token.user_id
        if edge == "/threads" and method == "POST":
            return 200, self._create(token, node, params), {}
        if edge == "/threads" and method == "GET":
            return 200, self._list(token, node, params), {}
        if edge == "/threads_publish" and method == "POST":
            return 200, self._publish(token, node, params), {}
        if not edge and method == "GET":
            return 200, self._read(token, node, params), {}
        raise _Refusal(400, graph_error("Unsupported request", 100))

    def _authorize(self, params: dict[str, str]) -> tuple[int, None, dict[str, str]]:
        redirect = params.get("redirect_uri", "")
        if params.get("client_id") != self.client_id:
            raise _Refusal(400, graph_error("Invalid client_id", 101))
        if not self._redirect_allowed(redirect):
            raise _Refusal(400, graph_error("redirect_uri is not an allowed redirect URI", 191))
        if params.get("response_type") != "code":
            raise _Refusal(400, graph_error("response_type must be code", 100))
        scopes = set(re.split(r"[ ,]+", params.get("scope", "")))
        if not {"threads_basic", "threads_content_publish"} <= scopes:
            raise _Refusal(400, graph_error("Missing permissions", 100))
        code = "AQ" + secrets.token_urlsafe(24)
        remember(code)
        with self._lock:
            self.codes[code] = (redirect, self.now(), self.user_id)
        back = {"code": code}
        if "state" in params:
            back["state"] = params["state"]
        # Meta appends "#_" to the redirect; a browser does not send the fragment on.
        return 302, None, {"Location": f"{redirect}?{urlencode(back)}#_"}

    def _redirect_allowed(self, redirect: str) -> bool:
        if redirect in self.registered_redirects:
            return True
        return self.accept_loopback and bool(_LOOPBACK_CALLBACK.fullmatch(redirect))

    def _code_exchange(self, form: dict[str, str]) -> dict[str, Any]:
        if (
            form.get("client_id") != self.client_id
            or form.get("client_secret") != self.client_secret
        ):
            raise _Refusal(400, graph_error("Error validating client secret.", 1))
        if form.get("grant_type") != "authorization_code":
            raise _Refusal(400, graph_error("Unsupported grant_type", 100))
        with self._lock:
            found = self.codes.pop(form.get("code", ""), None)
        if found is None:
            raise _Refusal(400, graph_error("Invalid authorization code", 100))
        redirect, issued, user_id = found
        if form.get("redirect_uri") != redirect:
            raise _Refusal(
                400, graph_error("Error validating verification code: redirect_uri", 100)
            )
        if self.now() - issued > CODE_LIFETIME:
            raise _Refusal(400, graph_error("This authorization code has expired.", 100))
        token = "THQV" + secrets.token_urlsafe(32)
        remember(token)
        with self._lock:
            self.tokens[token] = Token(user_id, False, self.now(), self.now() + SHORT_LIVED)
        return {"access_token": token, "user_id": int(user_id)}

    def _long_lived(self, params: dict[str, str]) -> dict[str, Any]:
        if params.get("grant_type") != "th_exchange_token":
            raise _Refusal(400, graph_error("Unsupported grant_type", 100))
        if params.get("client_secret") != self.client_secret:
            raise _Refusal(400, graph_error("Error validating client secret.", 1))
        short = self._valid(params.get("access_token", ""))
        if short.long_lived:
            raise _Refusal(400, graph_error("The token is already long-lived", 100))
        return self._new_long_lived(short.user_id)

    def _refresh(self, params: dict[str, str]) -> dict[str, Any]:
        if params.get("grant_type") != "th_refresh_token":
            raise _Refusal(400, graph_error("Unsupported grant_type", 100))
        token = self._valid(params.get("access_token", ""))
        if not token.long_lived:
            raise _Refusal(400, graph_error("Only long-lived tokens can be refreshed", 100))
        if self.now() - token.issued_at < REFRESH_AFTER:
            raise _Refusal(400, graph_error("The token must be at least 24 hours old", 100))
        return self._new_long_lived(token.user_id)

    def _new_long_lived(self, user_id: str) -> dict[str, Any]:
        token = "THLL" + secrets.token_urlsafe(40)
        remember(token)
        now = self.now()
        with self._lock:
            self.tokens[token] = Token(user_id, True, now, now + LONG_LIVED)
        return {
            "access_token": token,
            "token_type": "bearer",
            "expires_in": int(LONG_LIVED.total_seconds()),
        }

    def _valid(self, raw: str) -> Token:
        with self._lock:
            token = self.tokens.get(raw)
        if token is None:
            raise _Refusal(400, graph_error("Invalid OAuth access token.", 190))
        if self.now() >= token.expires_at:
            raise _Refusal(
                400,
                graph_error(
                    "Error validating access token: Session has expired.", 190, error_subcode=463
                ),
            )
        return token

    def _token(self, headers: dict[str, str], params: dict[str, str]) -> Token:
        auth = headers.get("authorization", "")
        raw = auth[7:] if auth.lower().startswith("bearer ") else params.get("access_token", "")
        if not raw:
            raise _Refusal(400, graph_error("An active access token must be used", 2500))
        return self._valid(raw)

    def _own(self, token: Token, user_id: str) -> None:
        if user_id != token.user_id:
            raise _Refusal(
                400,
                graph_error(
                    "Unsupported post request: object does not exist or missing permissions",
                    100,
                    error_subcode=33,
                ),
            )

    def _create(self, token: Token, user_id: str, params: dict[str, str]) -> dict[str, Any]:
        self._own(token, user_id)
        kind = params.get("media_type", "")
        text = params.get("text", "")
        if kind == "TEXT":
            if not text:
                raise _Refusal(400, graph_error("The parameter text is required", 100))
            if "image_url" in params:
                raise _Refusal(400, graph_error("image_url is not allowed for TEXT", 100))
        elif kind == "IMAGE":
            url = params.get("image_url", "")
            if not public_https(url):
                raise _Refusal(
                    400,
                    graph_error(
                        "The image_url must be a public https URL", 100, error_subcode=2207052
                    ),
                )
        else:
            raise _Refusal(400, graph_error("The parameter media_type is required", 100))
        if "alt_text" in params and kind == "TEXT":
            raise _Refusal(400, graph_error("alt_text is not available for text posts", 100))
        if threads_length(text) > MAX_CHARACTERS:
            raise _Refusal(400, graph_error("The text is too long", 100, error_subcode=2207011))
        if len({m.group(0) for m in _LINK.finditer(text)}) > MAX_LINKS:
            raise _Refusal(400, graph_error("THREADS_API__LINK_LIMIT_EXCEEDED", 100))
        container = Container(
            str(next(self._ids)),
            user_id,
            dict(params),
            self.processing_polls,
            self.container_outcome,
        )
        with self._lock:
            self.containers[container.id] = container
        return {"id": container.id}

    def _read(self, token: Token, node: str, params: dict[str, str]) -> dict[str, Any]:
        fields = set(params.get("fields", "").split(","))
        if node == token.user_id:
            return {"id": node, "username": self.usernames[node]}
        with self._lock:
            container = self.containers.get(node)
            if container is not None:
                self._own(token, container.user_id)
                if container.status == "IN_PROGRESS":
                    if container.polls_left > 0:
                        container.polls_left -= 1
                    else:
                        container.status = container.outcome[0]
                body: dict[str, Any] = {"id": node, "status": container.status}
                if container.status == "ERROR" and "error_message" in fields:
                    body["error_message"] = container.outcome[1]
                return body
            post = next((p for p in self.posts if p.id == node), None)
        if post is None:
            raise _Refusal(400, graph_error("Object does not exist", 100, error_subcode=33))
        self._own(token, post.user_id)
        return {"id": post.id, "permalink": post.permalink}

    def _publish(self, token: Token, user_id: str, params: dict[str, str]) -> dict[str, Any]:
        self._own(token, user_id)
        with self._lock:
            container = self.containers.get(params.get("creation_id", ""))
            if container is None or container.user_id != user_id:
                raise _Refusal(
                    400,
                    graph_error("The media container does not exist", 100, error_subcode=4279009),
                )
            if container.status != "FINISHED":
                raise _Refusal(
                    400,
                    graph_error(
                        f"The media is not ready to be published ({container.status})",
                        9007,
                        error_subcode=2207027,
                    ),
                )
            media_id = str(next(self._ids))
            code = secrets.token_urlsafe(8)
            self.posts.append(
                Post(
                    media_id,
                    user_id,
                    container.fields.get("text", ""),
                    container.fields["media_type"],
                    container.fields.get("image_url", ""),
                    container.fields.get("alt_text", ""),
                    f"https://www.threads.net/@{self.usernames[user_id]}/post/{code}",
                    self.now(),
                )
            )
            container.status = "PUBLISHED"
            container.media_id = media_id
        return {"id": media_id}

    def _list(self, token: Token, user_id: str, params: dict[str, str]) -> dict[str, Any]:
        self._own(token, user_id)
        since = datetime.fromtimestamp(int(params.get("since", "0")), UTC)
        with self._lock:
            found = [
                p for p in reversed(self.posts) if p.user_id == user_id and p.timestamp >= since
            ]
        limit = int(params.get("limit", "25"))
        return {
            "data": [
                {
                    "id": p.id,
                    "text": p.text,
                    "permalink": p.permalink,
                    "media_type": "TEXT_POST" if p.media_type == "TEXT" else p.media_type,
                    "timestamp": p.timestamp.strftime("%Y-%m-%dT%H:%M:%S+0000"),
                }
                for p in found[:limit]
            ]
        }

    def take_fault(self, method: str, path: str) -> Fault | None:
        with self._lock:
            for fault in self.faults:
                if fault.count > 0 and fault.method == method and fault.path.search(path):
                    if fault.skip > 0:
                        fault.skip -= 1
                        continue
                    fault.count -= 1
                    return fault
        return None


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        self._serve("GET")

    def do_POST(self) -> None:
        self._serve("POST")

    def _serve(self, method: str) -> None:
        peer: ThreadsPeer = self.server.peer  # type: ignore[attr-defined]
        parts = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length).decode("utf-8") if length else ""
        form = parse_qs(raw, keep_blank_values=True)
        query = parse_qs(parts.query, keep_blank_values=True)
        headers = {k.lower(): v for k, v in self.headers.items()}
        with peer._lock:
            peer.requests.append((method, parts.path, {**query, **form}, headers))
        fault = peer.take_fault(method, parts.path)
        if fault is not None and fault.effect == "drop":
            self.close_connection = True
            self.connection.shutdown(2)
            return
        if fault is not None and fault.effect == "hang":
            time.sleep(fault.seconds)
        if fault is not None and fault.effect == "status":
            self._reply(
                fault.status,
                fault.body or graph_error("An unexpected error has occurred.", 2, "OAuthException"),
                fault.headers,
            )
            return
        try:
            status, body, extra = peer.handle(method, parts.path, query, form, headers)
        except _Refusal as refusal:
            status, body, extra = refusal.status, refusal.body, {}
        if fault is not None and fault.effect == "drop_after":
            self.close_connection = True
            self.connection.shutdown(2)
            return
        self._reply(status, body, extra)

    def _reply(self, status: int, body: dict[str, Any] | None, headers: dict[str, str]) -> None:
        data = json.dumps(body).encode() if body is not None else b""
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Type", "application/json; charset=UTF-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the query strings carry tokens."""


class _Small(ThreadingHTTPServer):
    daemon_threads = True


class RedirectRelay:
    """The company's registered redirect page: sends the browser on to the app's
    loopback listener, whose port starts the ``state`` (``<port>.<random>``)."""

    def __init__(self) -> None:
        relay = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                state = parse_qs(parts.query).get("state", [""])[0]
                port = state.split(".", 1)[0]
                relay.hits += 1
                if parts.path != "/threads/callback" or not port.isdigit():
                    self.send_response(400)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self.send_response(302)
                self.send_header("Location", f"http://127.0.0.1:{port}/callback?{parts.query}")
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                """Quiet: the query carries the code."""

        self.hits = 0
        self.server = _Small(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/threads/callback"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class ExchangeService:
    """The company's token-exchange service: takes the app's form requests without a
    secret, adds the Threads app's secret and forwards them to Threads."""

    def __init__(self, peer: ThreadsPeer) -> None:
        service = self
        self.received: list[dict[str, str]] = []

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                form = {k: v[-1] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
                service.received.append(form)
                if "client_secret" in form or form.get("client_id") != peer.client_id:
                    answer = requests.Response()
                    answer.status_code = 400
                    answer._content = json.dumps({"error": "invalid_request"}).encode()
                elif form.get("grant_type") == "authorization_code":
                    answer = requests.post(
                        f"{peer.base}/oauth/access_token",
                        data={**form, "client_secret": peer.client_secret},
                        timeout=10,
                    )
                elif form.get("grant_type") == "th_exchange_token":
                    answer = requests.get(
                        f"{peer.base}/access_token",
                        params={
                            "grant_type": "th_exchange_token",
                            "client_secret": peer.client_secret,
                            "access_token": form.get("access_token", ""),
                        },
                        timeout=10,
                    )
                else:
                    answer = requests.Response()
                    answer.status_code = 400
                    answer._content = json.dumps({"error": "unsupported_grant_type"}).encode()
                self.send_response(answer.status_code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(answer.content)))
                self.end_headers()
                self.wfile.write(answer.content)

            def log_message(self, format: str, *args: Any) -> None:
                """Quiet: the forms carry codes and tokens."""

        self.server = _Small(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/threads/token"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
