"""One running app per profile: a lock in the data folder and a local socket to the first.

Two instances on one profile would both run schedulers, and the second one's start
would settle the first one's post in flight as an unknown outcome.  The first
instance holds ``instance.lock`` (Qt's QLockFile: the owner's PID and host are in
it, so a lock left by a crash is taken over) and listens on a local socket named
after the data folder; a second start hands its command line to the first
(bring the window forward, import a pack) and exits.
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

LOCK_NAME = "instance.lock"
MAX_MESSAGE = 64 * 1024
TIMEOUT_MS = 3000


class LockUnavailable(OSError):
    """The lock file cannot be written at all (a read-only or missing data folder)."""


def server_name(data_dir: Path) -> str:
    """A socket name unique to the profile (the same folder gives the same name)."""
    digest = hashlib.sha256(str(data_dir.resolve()).encode("utf-8")).hexdigest()[:20]
    return f"advocate-desktop-{digest}"


class InstanceGuard(QObject):
    """Held for the life of the app; ``received`` carries what a second start asked for."""

    received = Signal(dict)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self._lock = QLockFile(str(data_dir / LOCK_NAME))
        # Only a dead owner (by PID and host) makes a lock stale, never its age: a
        # running app may hold it for months.
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True when this process is the profile's only instance; raises LockUnavailable
        when the lock cannot be written at all."""
        if self._lock.tryLock(0):
            return True
        error = self._lock.error()
        if error == QLockFile.LockError.LockFailedError:
            return False
        raise LockUnavailable(
            f"cannot write {self.data_dir / LOCK_NAME}"
            + (" (permission denied)" if error == QLockFile.LockError.PermissionError else "")
        )

    def listen(self) -> None:
        """Accept messages from later starts (call after acquire() returned True)."""
        name = server_name(self.data_dir)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            # We own the lock, so a socket by this name is a crashed instance's leftover.
            QLocalServer.removeServer(name)
            if not server.listen(name):
                log.warning("cannot listen for a second start: %s", server.errorString())
                return
        server.newConnection.connect(self._accept)
        self._server = server

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def _accept(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            self._read_from(socket)

    def _read_from(self, socket: QLocalSocket) -> None:
        buffer = bytearray()

        def ready() -> None:
            buffer.extend(bytes(socket.readAll().data()))
            if len(buffer) > MAX_MESSAGE:
                socket.abort()
                return
            if buffer.endswith(b"\n"):
                socket.disconnectFromServer()
                self._deliver(bytes(buffer))

        socket.readyRead.connect(ready)
        socket.disconnected.connect(socket.deleteLater)

    def _deliver(self, raw: bytes) -> None:
        try:
            message = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            log.warning("ignoring a malformed message from a second start")
            return
        if isinstance(message, dict):
            self.received.emit(message)


def send_to_running(data_dir: Path, message: dict[str, Any], timeout_ms: int = TIMEOUT_MS) -> bool:
    """Hand a second start's wishes to the running instance; False when it did not answer."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write((json.dumps(message) + "\n").encode("utf-8"))
    if not socket.waitForBytesWritten(timeout_ms):
        return False
    # The first instance closes the connection once it has read the whole line.
    if socket.state() == QLocalSocket.LocalSocketState.ConnectedState:
        socket.waitForDisconnected(timeout_ms)
    return True
