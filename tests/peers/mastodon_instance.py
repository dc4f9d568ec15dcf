"""A Mastodon server's ``/api/v2/instance`` on loopback, with limits a test sets.

mastodon_mock hard-codes its limits (500 characters, links 23, 4 images), so a
server that publishes other ones (glitch-soc and many instances raise the length)
is played by this one.  It answers as Mastodon 4.3 does and no more leniently:
only ``GET /api/v2/instance`` (the document shaped as Mastodon's ``Instance``
entity: https://docs.joinmastodon.org/entities/Instance/), a JSON 404 for any other
path or method, ``application/json; charset=utf-8``.  It writes down every request,
so a test can see what was sent (no token: the endpoint is public).

It can also fail as servers fail: ``mode = "html_error"`` answers like an nginx in
front of a stopped Mastodon (502 with an HTML page), ``"hang"`` never answers, and
``stop()`` closes the port (connection refused).
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

VAPID_KEY = (
    "BCk-QqERU0q-CfYZjcuB6lnyyOYfJ2AifKqfeGIm7Z-HiTU5T9eTG5GxVA0_OH5mMlI4UkkDTpaZwozy0TzdZ2M="
)
NGINX_502 = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
    b"</body>\r\n</html>\r\n"
)


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class InstanceServer:
    max_characters: int = 500
    characters_reserved_per_url: int = 23
    max_media_attachments: int = 4
    #: "ok", "html_error" or "hang".
    mode: str = "ok"
    #: Replaces ``configuration.statuses`` when set (a server stating odd values).
    statuses: dict[str, Any] | None = None
    seen: list[Seen] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._release = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self.port = int(self._server.server_address[1])
        self.base_url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def document(self) -> dict[str, Any]:
        """The ``Instance`` entity of Mastodon 4.3 (v2), with this server's limits."""
        statuses = self.statuses
        if statuses is None:
            statuses = {
                "max_characters": self.max_characters,
                "max_media_attachments": self.max_media_attachments,
                "characters_reserved_per_url": self.characters_reserved_per_url,
            }
        return {
            "domain": f"127.0.0.1:{self.port}",
            "title": "Loopback Social",
            "version": "4.3.2",
            "source_url": "https://github.com/mastodon/mastodon",
            "description": "A Mastodon server on this computer, for tests.",
            "usage": {"users": {"active_month": 1}},
            "thumbnail": {"url": f"{self.base_url}/packs/media/images/preview.png"},
            "icon": [],
            "languages": ["en", "pl"],
            "configuration": {
                "urls": {
                    "streaming": f"ws://127.0.0.1:{self.port}",
                    "status": None,
                    "about": f"{self.base_url}/about",
                    "privacy_policy": None,
                    "terms_of_service": None,
                },
                "vapid": {"public_key": VAPID_KEY},
                "accounts": {"max_featured_tags": 10, "max_pinned_statuses": 5},
                "statuses": statuses,
                "media_attachments": {
                    "supported_mime_types": [
                        "image/jpeg",
                        "image/png",
                        "image/gif",
                        "image/heic",
                        "image/heif",
                        "image/webp",
                        "image/avif",
                        "video/mp4",
                    ],
                    "description_limit": 1500,
                    "image_size_limit": 16777216,
                    "image_matrix_limit": 33177600,
                    "video_size_limit": 103809024,
                    "video_frame_rate_limit": 120,
                    "video_matrix_limit": 8294400,
                },
                "polls": {
                    "max_options": 4,
                    "max_characters_per_option": 50,
                    "min_expiration": 300,
                    "max_expiration": 2629746,
                },
                "translation": {"enabled": False},
            },
            "registrations": {
                "enabled": False,
                "approval_required": False,
                "message": None,
                "url": None,
            },
            "api_versions": {"mastodon": 2},
            "contact": {"email": "admin@127.0.0.1", "account": None},
            "rules": [],
        }

    def requests_to(self, path: str) -> int:
        return sum(1 for s in self.seen if s.path.split("?")[0] == path)

    def stop(self) -> None:
        self._release.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # quiet
                pass

            def _answer(self, status: int, body: bytes, kind: str) -> None:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                server.seen.append(Seen(self.command, self.path, dict(self.headers.items())))
                if server.mode == "hang":
                    server._release.wait(30)
                    return
                if server.mode == "html_error":
                    self._answer(502, NGINX_502, "text/html")
                    return
                if self.command != "GET" or self.path.split("?")[0] != "/api/v2/instance":
                    body = json.dumps({"error": "Record not found"}).encode()
                    self._answer(404, body, "application/json; charset=utf-8")
                    return
                body = json.dumps(server.document()).encode()
                self._answer(200, body, "application/json; charset=utf-8")

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

        return Handler
