"""XRPC over ``requests``: one call, its timeouts, and every way it can fail as a value.

An XRPC error answer is JSON ``{"error": "Name", "message": "..."}`` with an
HTTP status; a proxy or a broken server may answer with an HTML page instead,
which becomes an :class:`XrpcError` with no name rather than a parse crash.
Whether a failed request may have reached the server matters to a publish, so
transport failures say so (:attr:`TransportError.maybe_sent`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import requests

from advocate_desktop.http import Timeouts, new_session

CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 30.0
UPLOAD_READ_TIMEOUT = 120.0


@dataclass
class XrpcError(Exception):
    """The server answered, and not with success."""

    status: int
    error: str  # the XRPC error name, "" when the body was not an XRPC error
    message: str
    headers: dict[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        name = self.error or f"HTTP {self.status}"
        return f"{name}: {self.message}" if self.message else name


@dataclass
class TransportError(Exception):
    """No answer.  ``maybe_sent``: the request may have reached the server."""

    reason: str
    maybe_sent: bool
    timed_out: bool = False

    def __str__(self) -> str:
        return self.reason


class XrpcClient:
    """Calls ``/xrpc/<nsid>`` on one service (a PDS or an entryway such as bsky.social)."""

    def __init__(
        self,
        service: str,
        session: requests.Session | None = None,
        *,
        connect_timeout: float = CONNECT_TIMEOUT,
        read_timeout: float = READ_TIMEOUT,
    ) -> None:
        self.service = service.rstrip("/")
        self._session = session or new_session(timeouts=Timeouts(connect_timeout, read_timeout))
        self._connect_timeout = connect_timeout
        self._read_timeout = read_timeout

    def query(
        self, nsid: str, params: dict[str, str] | None = None, token: str | None = None
    ) -> dict[str, Any]:
        return self._send("GET", nsid, token=token, params=params)

    def procedure(
        self, nsid: str, body: dict[str, Any] | None = None, token: str | None = None
    ) -> dict[str, Any]:
        return self._send("POST", nsid, token=token, json=body if body is not None else None)

    def upload(self, nsid: str, data: bytes, mime_type: str, token: str) -> dict[str, Any]:
        return self._send(
            "POST",
            nsid,
            token=token,
            data=data,
            content_type=mime_type,
            read_timeout=max(self._read_timeout, UPLOAD_READ_TIMEOUT),
        )

    def _send(
        self,
        method: str,
        nsid: str,
        *,
        token: str | None,
        params: dict[str, str] | None = None,
        json: dict[str, Any] | None = None,
        data: bytes | None = None,
        content_type: str | None = None,
        read_timeout: float | None = None,
    ) -> dict[str, Any]:
        headers = {"Accept": "application/json"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        if content_type:
            headers["Content-Type"] = content_type
        try:
            response = self._session.request(
                method,
                f"{self.service}/xrpc/{nsid}",
                params=params,
                json=json,
                data=data,
                headers=headers,
                timeout=(self._connect_timeout, read_timeout or self._read_timeout),
                allow_redirects=False,
            )
        except requests.ConnectTimeout:
            raise TransportError(
                "the server did not accept the connection in time", False, True
            ) from None
        except requests.ReadTimeout:
            raise TransportError("the server did not answer in time", True, True) from None
        except requests.exceptions.SSLError as error:
            raise TransportError(f"secure connection failed: {error}", False) from None
        except requests.ConnectionError as error:
            # A refused or unreachable connection sent nothing; a reset after the
            # request went out may have been acted on.
            sent = not _never_connected(error)
            raise TransportError(f"connection failed: {type(error).__name__}", sent) from None
        return _answer(response)


def _never_connected(error: requests.ConnectionError) -> bool:
    text = repr(error)
    return any(
        marker in text
        for marker in (
            "NewConnectionError",
            "Connection refused",
            "Name or service not known",
            "NameResolutionError",
            "No route to host",
            "Network is unreachable",
        )
    )


def _answer(response: requests.Response) -> dict[str, Any]:
    headers = {key.lower(): value for key, value in response.headers.items()}
    try:
        body = response.json()
    except ValueError:
        body = None
    if 200 <= response.status_code < 300:
        if isinstance(body, dict):
            return body
        if not response.content:
            return {}
        raise XrpcError(response.status_code, "", "the answer was not JSON", headers)
    if isinstance(body, dict) and isinstance(body.get("error"), str):
        message = body.get("message")
        raise XrpcError(
            response.status_code,
            body["error"],
            message if isinstance(message, str) else "",
            headers,
        )
    kind = headers.get("content-type", "").split(";")[0] or "no content type"
    raise XrpcError(
        response.status_code, "", f"the server answered with a non-XRPC page ({kind})", headers
    )
