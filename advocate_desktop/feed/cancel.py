"""Stopping a download from another thread: by its deadline, or when the app quits.

Blocking socket reads do not look at flags, so a stop shuts the download's
sockets: the read returns at once and the fetch reports why it stopped.  Kept
apart from :mod:`fetch` so the app can hold a :class:`Cancel` without loading
the network stack at start.
"""

from __future__ import annotations

import contextlib
import socket
import threading


class Watch:
    """The sockets of one fetch; :meth:`abort` shuts them so a blocked read returns."""

    def __init__(self) -> None:
        self.reason: str | None = None
        self._lock = threading.Lock()
        self._sockets: set[socket.socket] = set()

    def add(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.add(sock)
            aborted = self.reason is not None
        if aborted:
            _shut(sock)

    def abort(self, reason: str) -> None:
        with self._lock:
            if self.reason is None:
                self.reason = reason
            sockets = list(self._sockets)
        for sock in sockets:
            _shut(sock)


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):  # already closed or never connected
        sock.shutdown(socket.SHUT_RDWR)


class Cancel:
    """Stops every download that was given it, now and later (quitting the app)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._watches: set[Watch] = set()
        self._set = False

    @property
    def is_set(self) -> bool:
        return self._set

    def cancel(self) -> None:
        with self._lock:
            self._set = True
            watches = list(self._watches)
        for watch in watches:
            watch.abort("cancelled")

    def attach(self, watch: Watch) -> None:
        with self._lock:
            self._watches.add(watch)
            cancelled = self._set
        if cancelled:
            watch.abort("cancelled")

    def detach(self, watch: Watch) -> None:
        with self._lock:
            self._watches.discard(watch)
