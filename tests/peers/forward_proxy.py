"""A forward proxy on loopback that records what went through it.

It speaks what an HTTP proxy speaks to clients: ``CONNECT host:port`` (a tunnel, for
https) and requests in absolute form (``GET http://host/path``, for plain http).  It
never connects anywhere but loopback: each host name it is asked for maps to a port
on 127.0.0.1 (``routes``); any other host is answered 502 and recorded all the same.
So a test can name a real-looking host (``feeds.nordvik.example``) that no DNS ever
resolves, and see that the app's request reached it through the proxy.
"""

from __future__ import annotations

import select
import socket
import socketserver
import threading
from dataclasses import dataclass, field


@dataclass
class Seen:
    method: str
    target: str  # "host:port" for CONNECT, the absolute address otherwise
    headers: dict[str, str] = field(default_factory=dict)


class ForwardProxy(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, routes: dict[str, int] | None = None) -> None:
        self.routes = dict(routes or {})  # host name -> port on 127.0.0.1
        self.seen: list[Seen] = []
        self._lock = threading.Lock()
        super().__init__(("127.0.0.1", 0), _Handler)
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def record(self, seen: Seen) -> None:
        with self._lock:
            self.seen.append(seen)

    def hosts(self) -> list[str]:
        """The hosts asked for, in order (CONNECT's without the port)."""
        with self._lock:
            return [
                s.target.rsplit(":", 1)[0] if s.method == "CONNECT" else s.target.split("/")[2]
                for s in self.seen
            ]

    def port_for(self, host: str) -> int | None:
        return self.routes.get(host.lower())

    def stop(self) -> None:
        self.shutdown()
        self.server_close()
        self.thread.join(timeout=5)


class _Handler(socketserver.StreamRequestHandler):
    server: ForwardProxy

    def handle(self) -> None:
        line = self.rfile.readline(65537).decode("latin-1").strip()
        if not line:
            return
        headers: dict[str, str] = {}
        raw_headers: list[bytes] = []
        while True:
            header = self.rfile.readline(65537)
            if header in (b"\r\n", b"\n", b""):
                break
            raw_headers.append(header)
            name, _, value = header.decode("latin-1").partition(":")
            headers[name.strip()] = value.strip()
        method, target, version = line.split(" ", 2)
        self.server.record(Seen(method, target, headers))
        if method == "CONNECT":
            host, _, port_text = target.rpartition(":")
            port = self.server.port_for(host)
            if port is None or not port_text.isdigit():
                self._refuse()
                return
            upstream = socket.create_connection(("127.0.0.1", port), timeout=10)
            self.wfile.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
            self.wfile.flush()
            self._pipe(self.connection, upstream)
            return
        # Absolute form: http://host[:port]/path → origin form to the mapped port.
        if not target.startswith("http://"):
            self._refuse()
            return
        rest = target[len("http://") :]
        authority, _, path = rest.partition("/")
        port = self.server.port_for(authority.rsplit(":", 1)[0])
        if port is None:
            self._refuse()
            return
        upstream = socket.create_connection(("127.0.0.1", port), timeout=10)
        kept = [h for h in raw_headers if not h.lower().startswith(b"proxy-")]
        upstream.sendall(
            f"{method} /{path} {version}\r\n".encode("latin-1") + b"".join(kept) + b"\r\n"
        )
        length = int(headers.get("Content-Length", "0") or 0)
        if length:
            upstream.sendall(self.rfile.read(length))
        self._pipe(self.connection, upstream)

    def _refuse(self) -> None:
        body = b"no route from this test proxy"
        self.wfile.write(
            b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: "
            + str(len(body)).encode()
            + b"\r\nConnection: close\r\n\r\n"
            + body
        )

    @staticmethod
    def _pipe(client: socket.socket, upstream: socket.socket) -> None:
        sockets = [client, upstream]
        try:
            while True:
                readable, _, _ = select.select(sockets, [], [], 10)
                if not readable:
                    return
                for sock in readable:
                    data = sock.recv(65536)
                    if not data:
                        return
                    (upstream if sock is client else client).sendall(data)
        except OSError:
            return
        finally:
            upstream.close()
