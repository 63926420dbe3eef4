"""The control socket: a per-user QLocalServer, and the client the CLI uses.

Each connection sends one JSON request line and gets one JSON reply line.
Oversized, malformed or silent peers get an error or are dropped; they never
block the event loop or crash the app.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from knotbreak.core.protocol import MAX_REQUEST_BYTES, ProtocolError, Request, decode_request, encode

log = logging.getLogger(__name__)

CONNECTION_TIMEOUT_MS = 5000
LINGER_MS = 200
"""After refusing an over-long request, how long the rest of it may keep arriving before we hang up.

Closing with unread bytes makes the kernel reset the connection, and the
reset can destroy the refusal before the peer reads it.
"""
Handler = Callable[[Request], dict[str, Any]]


class ControlServer(QObject):
    def __init__(self, path: Path, handler: Handler, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = path
        self._handler = handler
        self._server = QLocalServer(self)
        # Owner-only access to the socket file, on top of the owner-only runtime folder.
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        # Only reached while holding the instance lock, so a socket file left
        # here belongs to a dead instance.
        QLocalServer.removeServer(str(self._path))
        if not self._server.listen(str(self._path)):
            log.error("cannot listen on %s: %s", self._path, self._server.errorString())
            return False
        return True

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            _Connection(socket, self._handler, self)


class _Connection(QObject):
    def __init__(self, socket: QLocalSocket, handler: Handler, parent: QObject) -> None:
        super().__init__(parent)
        self._socket = socket
        self._handler = handler
        self._buffer = bytearray()
        self._done = False
        socket.setParent(self)
        socket.readyRead.connect(self._read)
        socket.disconnected.connect(self._close)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.timeout.connect(self._close)
        self._deadline.start(CONNECTION_TIMEOUT_MS)
        self._linger = QTimer(self)
        self._linger.setSingleShot(True)
        self._linger.setInterval(LINGER_MS)
        self._linger.timeout.connect(self._hang_up)

    def _read(self) -> None:
        if self._done:
            self._socket.readAll()
            if self._linger.isActive():
                self._linger.start()  # still coming: wait for the quiet
            return
        self._buffer += bytes(self._socket.readAll().data())
        newline = self._buffer.find(b"\n")
        if newline < 0:
            if len(self._buffer) > MAX_REQUEST_BYTES:
                self._reply({"ok": False, "error": "request too long"}, linger=True)
            return
        self._reply(self._respond(bytes(self._buffer[:newline])))

    def _respond(self, line: bytes) -> dict[str, Any]:
        try:
            request = decode_request(line)
        except ProtocolError as error:
            return {"ok": False, "error": str(error)}
        try:
            return self._handler(request)
        except Exception:  # a bug in a handler must not take the app down
            log.exception("control command %r failed", request.command)
            return {"ok": False, "error": "internal error; see the app's log"}

    def _reply(self, message: dict[str, Any], *, linger: bool = False) -> None:
        self._done = True
        self._socket.write(encode(message))
        self._socket.flush()
        if linger:
            self._linger.start()
        else:
            self._socket.disconnectFromServer()

    def _hang_up(self) -> None:
        self._socket.disconnectFromServer()

    def _close(self) -> None:
        if self._socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            self._socket.abort()
        self._deadline.stop()
        self.deleteLater()


class NotRunning(Exception):
    pass


class BadReply(Exception):
    """Something answered on the socket, but not a reply: too big, too slow, or not a JSON object."""


MAX_REPLY_BYTES = 1 << 20


def send_request(path: Path, message: dict[str, Any], timeout_ms: int = 5000) -> dict[str, Any]:
    """Send one request to the running app and return its reply.

    NotRunning if nothing listens; BadReply if what answers is not a reply
    within timeout_ms in all (a dribbling peer cannot hold the command line)
    or MAX_REPLY_BYTES.
    """
    deadline = time.monotonic() + timeout_ms / 1000

    def left_ms() -> int:
        return max(0, int((deadline - time.monotonic()) * 1000))

    socket = QLocalSocket()
    socket.connectToServer(str(path))
    if not socket.waitForConnected(min(1000, timeout_ms)):
        raise NotRunning(socket.errorString())
    try:
        socket.write(encode(message))
        socket.waitForBytesWritten(left_ms())
        data = bytearray()
        while b"\n" not in data:
            if len(data) > MAX_REPLY_BYTES:
                raise BadReply(f"the reply is over {MAX_REPLY_BYTES} bytes")
            if left_ms() == 0:
                raise BadReply(f"no complete reply within {timeout_ms / 1000:g} s")
            if not socket.waitForReadyRead(left_ms()) and socket.bytesAvailable() == 0:
                if socket.state() != QLocalSocket.LocalSocketState.ConnectedState:
                    break
                continue
            data += bytes(socket.readAll().data())
    finally:
        socket.abort()
    line = bytes(data).split(b"\n", 1)[0]
    if not line:
        raise NotRunning("the app did not answer")
    try:
        reply = json.loads(line)
    except (UnicodeDecodeError, ValueError):
        raise BadReply("the reply is not JSON") from None
    if not isinstance(reply, dict):
        raise BadReply("the reply is not a JSON object")
    return reply
