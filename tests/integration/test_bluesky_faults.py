"""Bluesky against servers that misbehave: a proxy's HTML page, 429, silence, a 5xx.

The reference PDS does not misbehave on demand, so these answers come from raw
loopback sockets (tests/peers/raw_http.py); what the publisher does with them
is the same code path as with the real server.
"""

from __future__ import annotations

import time
import uuid
from datetime import UTC, datetime

import pytest

from advocate_desktop.credentials import CredentialStore
from advocate_desktop.networks.base import FailureKind, OutgoingPost, PublishError, RateLimited
from advocate_desktop.networks.bluesky.contract import for_runner
from advocate_desktop.networks.bluesky.errors import BlueskyError
from advocate_desktop.networks.bluesky.publisher import BlueskyPublisher
from advocate_desktop.networks.bluesky.secrets import ACCESS_JWT, REFRESH_JWT, KeyringSecrets
from advocate_desktop.networks.bluesky.session import BlueskyAccount, SignInError, sign_in
from advocate_desktop.networks.bluesky.xrpc import XrpcClient
from tests.peers.raw_http import RawServer

pytestmark = [pytest.mark.integration, pytest.mark.keyring]

HTML_502 = (
    b"HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nContent-Length: 33\r\n"
    b"Connection: close\r\n\r\n<html><h1>Bad Gateway</h1></html>"
)
HTML_200 = (
    b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 27\r\n"
    b"Connection: close\r\n\r\n<html>a company portal</html>"
)


def _json_answer(status: str, body: bytes, extra: bytes = b"") -> bytes:
    return (
        f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\n".encode()
        + extra
        + f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode()
        + body
    )


NOT_FOUND = _json_answer(
    "400 Bad Request", b'{"error":"RecordNotFound","message":"Could not locate record"}'
)


class ScriptedServer(RawServer):
    """The n-th connection gets the n-th answer (the last repeats); None: silence."""

    def __init__(self, answers: list[bytes | None]) -> None:
        self._answers = list(answers)
        super().__init__(None)

    def _serve(self) -> None:
        self.socket.settimeout(0.1)
        while not self._stop.is_set():
            try:
                connection, _ = self.socket.accept()
            except OSError:
                continue
            answer = self._answers.pop(0) if len(self._answers) > 1 else self._answers[0]
            with connection:
                connection.settimeout(1)
                try:
                    connection.recv(65536)
                    if answer is None:  # silent until the client gives up and closes
                        connection.settimeout(3)
                        while connection.recv(65536):
                            pass
                    else:
                        connection.sendall(answer)
                except OSError:
                    pass


def _publisher(server: RawServer, keyring_store: CredentialStore) -> BlueskyPublisher:
    secrets = KeyringSecrets(keyring_store, str(uuid.uuid4()))
    secrets.set(ACCESS_JWT, "a.b.c")
    secrets.set(REFRESH_JWT, "d.e.f")
    account = BlueskyAccount(f"http://127.0.0.1:{server.port}", "did:plc:abc", "a.test")
    client = XrpcClient(account.service, connect_timeout=2, read_timeout=0.5)
    return BlueskyPublisher(account, secrets, client=client)


def _post() -> OutgoingPost:
    return OutgoingPost(str(uuid.uuid4()), "a", "bluesky", "en", "hello", None, datetime.now(UTC))


def _publish_error(server: RawServer, keyring_store: CredentialStore) -> PublishError:
    try:
        with pytest.raises(PublishError) as failed:
            _publisher(server, keyring_store).publish(_post())
    finally:
        server.stop()
    return failed.value


def test_a_rate_limit_carries_the_reset_time(keyring_store: CredentialStore) -> None:
    reset = int(time.time()) + 600
    answer = _json_answer(
        "429 Too Many Requests",
        b'{"error":"RateLimitExceeded","message":"Rate Limit Exceeded"}',
        f"RateLimit-Reset: {reset}\r\n".encode(),
    )
    error = _publish_error(RawServer(answer), keyring_store)
    assert (error.kind, error.code) == (FailureKind.TRANSIENT, "rate_limited")
    assert isinstance(error, BlueskyError)
    assert error.retry_at == datetime.fromtimestamp(reset, UTC)
    # The runner's class says when to come back.
    runner_error = for_runner(error)
    assert isinstance(runner_error, RateLimited)
    assert runner_error.retry_at == datetime.fromtimestamp(reset, UTC)


def test_a_proxy_error_page_before_anything_was_written_is_unavailable(
    keyring_store: CredentialStore,
) -> None:
    error = _publish_error(RawServer(HTML_502), keyring_store)
    assert (error.kind, error.code) == (FailureKind.TRANSIENT, "server_unavailable")
    assert "non-XRPC page" in error.detail


def test_a_proxy_error_page_after_the_record_was_sent_is_unknown_outcome(
    keyring_store: CredentialStore,
) -> None:
    # Not there yet; the create answered by a proxy's page; the read-back too.
    error = _publish_error(ScriptedServer([NOT_FOUND, HTML_502]), keyring_store)
    # Whether it was written is unknown, and a retry is safe: the key holds one record.
    assert (error.kind, error.code) == (FailureKind.TRANSIENT, "unknown_outcome")
    assert "non-XRPC page" in error.detail


def test_a_server_that_hangs_after_the_request_is_unknown_outcome(
    keyring_store: CredentialStore,
) -> None:
    error = _publish_error(ScriptedServer([NOT_FOUND, None]), keyring_store)
    assert (error.kind, error.code) == (FailureKind.TRANSIENT, "unknown_outcome")


def test_a_lost_answer_whose_record_is_there_is_published(
    keyring_store: CredentialStore,
) -> None:
    found = _json_answer(
        "200 OK", b'{"uri":"at://did:plc:abc/app.bsky.feed.post/x","cid":"c","value":{}}'
    )
    server = ScriptedServer([NOT_FOUND, None, found])
    try:
        receipt = _publisher(server, keyring_store).publish(_post())
    finally:
        server.stop()
    assert receipt.remote_id.startswith("at://did:plc:abc/app.bsky.feed.post/")


def test_a_refused_record_keeps_the_servers_message(keyring_store: CredentialStore) -> None:
    # Every request gets this answer, the read-back too: not "RecordNotFound", so it
    # is the server's word about the record that is passed on.
    answer = _json_answer(
        "400 Bad Request",
        b'{"error":"InvalidRequest","message":"Invalid app.bsky.feed.post record"}',
    )
    error = _publish_error(RawServer(answer), keyring_store)
    assert error.kind is FailureKind.PERMANENT
    assert (error.code, error.detail) == ("rejected", "Invalid app.bsky.feed.post record")


def test_a_server_down_before_anything_was_sent_is_unavailable(
    keyring_store: CredentialStore,
) -> None:
    server = RawServer(HTML_502)
    server.stop()
    error = _publish_error(server, keyring_store)
    assert (error.kind, error.code) == (FailureKind.TRANSIENT, "server_unavailable")


def test_signing_in_to_something_that_is_not_bluesky(keyring_store: CredentialStore) -> None:
    server = RawServer(HTML_200)
    secrets = KeyringSecrets(keyring_store, "acct-portal")
    try:
        with pytest.raises(SignInError) as refused:
            sign_in(f"http://127.0.0.1:{server.port}", "a.test", "abcd-efgh-ijkl-mnop", secrets)
    finally:
        server.stop()
    assert refused.value.code == "not_bluesky"
    assert secrets.get(ACCESS_JWT) is None
