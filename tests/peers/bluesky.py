"""The AT Protocol reference PDS and a PLC directory on loopback (tests/peers/pds).

``scripts/install-test-peers.sh`` installs it (``make setup-test`` runs that);
:class:`LocalPds` starts ``start.mjs`` under the Node 22 the ``node`` package
brings, on free loopback ports, waits for its ``READY`` line and stops it.
Helpers create accounts and app passwords the way a person would on the web.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import socket
import subprocess
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests

from tests.leak_guard import mark_peer_storage, remember

PEER_DIR = Path(__file__).resolve().parent / "pds"
NODE = PEER_DIR / "node_modules" / ".bin" / "node"
START_TIMEOUT = 120.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass(frozen=True)
class PdsAccount:
    handle: str
    email: str
    password: str  # the main password
    did: str
    access_jwt: str  # a main-password session, for account chores (app passwords)


class LocalPds:
    def __init__(self, scratch: Path, *, rate_limits: bool = False) -> None:
        if not NODE.exists():
            raise RuntimeError(
                f"{NODE} is missing: run scripts/install-test-peers.sh (make setup-test)"
            )
        mark_peer_storage(scratch)
        self.scratch = scratch
        self.pds_port, self.plc_port = free_port(), free_port()
        arguments = [
            str(NODE),
            "start.mjs",
            "--pds-port",
            str(self.pds_port),
            "--plc-port",
            str(self.plc_port),
        ]
        if rate_limits:
            arguments.append("--rate-limits")
        # Data and blobs go to os.tmpdir(): our scratch folder, removed with the test run.
        environment = {**os.environ, "TMPDIR": str(scratch), "LOG_ENABLED": "false"}
        self._log = (scratch / "pds.log").open("w")
        self.process = subprocess.Popen(
            arguments,
            cwd=PEER_DIR,
            env=environment,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._log,
            text=True,
        )
        self.info = self._wait_for_ready()
        self.url: str = self.info["pds"]
        self.jwt_secret: str = self.info["jwtSecret"]
        self.admin_password: str = self.info["adminPassword"]

    def _wait_for_ready(self) -> dict[str, Any]:
        found: list[str] = []
        assert self.process.stdout is not None
        stdout = self.process.stdout

        def read() -> None:
            for line in stdout:
                if line.startswith("READY "):
                    found.append(line[len("READY ") :])
                    return

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        reader.join(START_TIMEOUT)
        if not found:
            self.stop()
            log = (self.scratch / "pds.log").read_text(errors="replace")[-4000:]
            raise RuntimeError(f"the PDS did not start within {START_TIMEOUT:.0f} s:\n{log}")
        info: dict[str, Any] = json.loads(found[0])
        return info

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()
        self._log.close()

    # -- what a person does on the web --------------------------------------------

    def xrpc(
        self, nsid: str, body: dict[str, Any] | None = None, token: str | None = None
    ) -> dict[str, Any]:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        response = requests.post(f"{self.url}/xrpc/{nsid}", json=body, headers=headers, timeout=30)
        if response.status_code != 200:
            raise RuntimeError(f"{nsid}: {response.status_code} {response.text}")
        answer: dict[str, Any] = response.json() if response.content else {}
        return answer

    def create_account(self, name: str | None = None) -> PdsAccount:
        name = name or f"u{uuid.uuid4().hex[:10]}"
        handle, email, password = f"{name}.test", f"{name}@example.test", uuid.uuid4().hex
        answer = self.xrpc(
            "com.atproto.server.createAccount",
            {"handle": handle, "email": email, "password": password},
        )
        remember(password, answer["accessJwt"], answer.get("refreshJwt", ""))
        return PdsAccount(handle, email, password, answer["did"], answer["accessJwt"])

    def create_app_password(self, account: PdsAccount, name: str = "Advocate Desktop") -> str:
        answer = self.xrpc(
            "com.atproto.server.createAppPassword", {"name": name}, account.access_jwt
        )
        remember(str(answer["password"]))
        return str(answer["password"])

    def revoke_app_password(self, account: PdsAccount, name: str = "Advocate Desktop") -> None:
        self.xrpc("com.atproto.server.revokeAppPassword", {"name": name}, account.access_jwt)

    def expired_copy(self, access_jwt: str, seconds_ago: int = 60) -> str:
        """The same access token, re-signed with the dev JWT secret, expired ``seconds_ago``.

        The reference PDS signs access tokens with HS256 and its configured secret
        (``createAccessToken``); dev-env's secret is public, so the test can make the
        token the server would have issued two hours earlier.
        """
        header, payload, _ = access_jwt.split(".")
        claims = json.loads(_b64decode(payload))
        now = int(time.time())
        claims["exp"] = now - seconds_ago
        claims["iat"] = now - seconds_ago - 7200
        forged_payload = _b64encode(json.dumps(claims, separators=(",", ":")).encode())
        signing_input = f"{header}.{forged_payload}".encode()
        signature = hmac.new(self.jwt_secret.encode(), signing_input, hashlib.sha256).digest()
        return f"{header}.{forged_payload}.{_b64encode(signature)}"


def _b64decode(part: str) -> bytes:
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))


def _b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()
