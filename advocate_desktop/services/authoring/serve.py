"""Serving a pack folder on loopback, for a preview in the employee mode."""

from __future__ import annotations

import ipaddress
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from advocate_desktop.services.authoring.errors import BadInput, ServeError
from advocate_desktop.services.authoring.results import ServeInfo

DEFAULT_PORT = 8765


def is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


class _QuietHandler(SimpleHTTPRequestHandler):
    """Serves the folder without logging every request to standard error."""

    def log_message(self, format: str, *args: Any) -> None:
        pass


class PreviewServer:
    """An HTTP server of ``folder`` on a loopback address.  Listening starts in the
    constructor (port 0 picks a free port; :attr:`info` says which).  Run it with
    :meth:`serve_forever` (blocks) or :meth:`start` (a daemon thread); :meth:`close`
    stops it and frees the port."""

    def __init__(
        self,
        folder: Path,
        *,
        host: str = "127.0.0.1",
        port: int = DEFAULT_PORT,
        quiet: bool = False,
    ) -> None:
        if not is_loopback(host):
            raise ServeError("serve listens on this computer only: use 127.0.0.1, ::1 or localhost")
        if not folder.is_dir():
            raise BadInput(f"{folder} is not a folder")
        handler_class = _QuietHandler if quiet else SimpleHTTPRequestHandler
        handler = partial(handler_class, directory=str(folder))
        try:
            self._server = ThreadingHTTPServer((host, port), handler)
        except OSError as error:
            raise ServeError(f"cannot listen on port {port}: {error.strerror}") from None
        bound = self._server.server_address[1]
        shown = f"[{host}]" if ":" in host else host
        self.info = ServeInfo(f"http://{shown}:{bound}/feed.json", folder, host, int(bound))
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """The feed's address, for the app to subscribe to."""
        return self.info.url

    def serve_forever(self) -> None:
        self._server.serve_forever()

    def start(self) -> None:
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="pack-preview", daemon=True
        )
        self._thread.start()

    def close(self) -> None:
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join()
            self._thread = None
        self._server.server_close()

    def __enter__(self) -> PreviewServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
