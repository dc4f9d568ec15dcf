"""Misbehaving HTTP servers nginx will not imitate: a body cut short, and silence."""

from __future__ import annotations

import itertools
import socket
import threading


class RawServer:
    """Answers every connection with ``response`` bytes (or nothing), then closes."""

    def __init__(self, response: bytes | None, hold_seconds: float = 0.0) -> None:
        self.response = response
        self.hold_seconds = hold_seconds
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen(8)
        self.port = int(self.socket.getsockname()[1])
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def url(self, path: str = "feed.json") -> str:
        return f"http://127.0.0.1:{self.port}/{path}"

    def _serve(self) -> None:
        self.socket.settimeout(0.1)
        while not self._stop.is_set():
            try:
                connection, _ = self.socket.accept()
            except OSError:
                continue
            with connection:
                connection.settimeout(1)
                try:
                    connection.recv(65536)
                    if self.response is not None:
                        connection.sendall(self.response)
                    self._stop.wait(self.hold_seconds)
                except OSError:
                    pass

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self.socket.close()


class TrickleServer:
    """Sends ``head`` one byte every ``interval`` seconds, then ``filler`` forever.

    With a head that stops inside a header line, the headers never finish: a server
    that holds its client by trickling.  Each connection has its own thread;
    ``requests`` lists what the clients sent.
    """

    def __init__(self, head: bytes, interval: float = 0.2, filler: bytes = b"a") -> None:
        self.head = head
        self.filler = filler
        self.interval = interval
        self.requests: list[bytes] = []
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen(8)
        self.port = int(self.socket.getsockname()[1])
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def url(self, path: str = "feed.json") -> str:
        return f"http://127.0.0.1:{self.port}/{path}"

    def _serve(self) -> None:
        self.socket.settimeout(0.1)
        while not self._stop.is_set():
            try:
                connection, _ = self.socket.accept()
            except OSError:
                continue
            threading.Thread(target=self._trickle, args=(connection,), daemon=True).start()

    def _trickle(self, connection: socket.socket) -> None:
        with connection:
            connection.settimeout(1)
            try:
                self.requests.append(connection.recv(65536))
                for byte in itertools.chain(self.head, itertools.cycle(self.filler)):
                    connection.sendall(bytes([byte]))
                    if self._stop.wait(self.interval):
                        return
            except OSError:
                pass  # the client gave up: what the tests expect

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self.socket.close()
