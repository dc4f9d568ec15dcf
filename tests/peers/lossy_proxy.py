"""A loopback TCP proxy that loses the answers to chosen requests on the way back.

The request reaches the real server, which does the work; the answer never reaches
the client, which waits until its read timeout.  That is the crash-in-the-middle a
network cut causes, which a server-side delay cannot imitate (mastodon_mock drops a
request whose client has gone).
"""

from __future__ import annotations

import socket
import threading


class LossyProxy:
    def __init__(self, upstream_port: int, lose_prefix: bytes) -> None:
        self.upstream_port = upstream_port
        self.lose_prefix = lose_prefix
        self.lost = 0
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen(8)
        self.socket.settimeout(0.1)
        self.port = int(self.socket.getsockname()[1])
        self.base_url = f"http://127.0.0.1:{self.port}"
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._accept = threading.Thread(target=self._serve, daemon=True)
        self._accept.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self.socket.accept()
            except OSError:
                continue
            upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
            losing = threading.Event()
            for target, args in (
                (self._forward, (client, upstream, losing)),
                (self._backward, (upstream, client, losing)),
            ):
                thread = threading.Thread(target=target, args=args, daemon=True)
                thread.start()
                self._threads.append(thread)

    def _forward(
        self, client: socket.socket, upstream: socket.socket, losing: threading.Event
    ) -> None:
        client.settimeout(0.1)
        while not self._stop.is_set():
            try:
                data = client.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                break
            if not data:
                break
            # Requests on a kept-alive connection follow each other: once the one to
            # lose has started, every answer after it is lost too.
            if data.startswith(self.lose_prefix):
                losing.set()
                self.lost += 1
            upstream.sendall(data)
        upstream.close()

    def _backward(
        self, upstream: socket.socket, client: socket.socket, losing: threading.Event
    ) -> None:
        upstream.settimeout(0.1)
        while not self._stop.is_set():
            try:
                data = upstream.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                break
            if not data:
                break
            if not losing.is_set():
                client.sendall(data)
        client.close()

    def stop(self) -> None:
        self._stop.set()
        self._accept.join(timeout=5)
        for thread in self._threads:
            thread.join(timeout=5)
        self.socket.close()
