"""mastodon_mock (PyPI, MIT): a stateful Mastodon API server on a loopback port.

It implements the REST API the app uses (apps, OAuth with S256 advertised, statuses
with Idempotency-Key, v2 media, v2 instance) over FastAPI + in-memory SQLite, and a
fault-injection control plane under ``/api/v1/_mock/``: ``POST /faults`` with
``{"match": {"methods": [...], "path": ..., "path_regex": ...}, "effect": {"type":
"status"|"ratelimit"|"latency"|"malformed"|"timeout", "status", "body", "headers",
"delay_ms"}, "count": n}``; ``DELETE /faults``; ``POST /reset`` (fresh database and
no faults); ``POST /dev_user`` (a local account).

It is a test double written against Mastodon.py, not Mastodon: where it is more
lenient than the real server the tests say so and check our side instead.

Scheduled statuses: it schedules a ``scheduled_at`` more than five minutes ahead
(nearer publishes at once, as Mastodon does), lists, shows, re-times (PUT) and
deletes them, and publishes those that fell due when the account's list is read
(it has no background worker).  It ignores the Idempotency-Key of a scheduled
status.  ``MastodonMock(…, movable_clock=True)`` runs it under libfaketime
(Debian ``libfaketime``), so a test moves the server's clock past a post's time
with :meth:`MastodonMock.set_clock` instead of waiting; its code is untouched.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from datetime import timedelta
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import requests

from tests.leak_guard import mark_peer_storage

START_TIMEOUT = 90.0  # a cold start on a busy two-core machine took 15 s
LIBFAKETIME = Path("/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class MastodonMock:
    def __init__(self, scratch: Path, *, movable_clock: bool = False) -> None:
        binary = Path(sys.executable).parent / "mastodon_mock"
        if not binary.exists():
            raise RuntimeError("mastodon_mock is not installed (pip install -e '.[dev]')")
        mark_peer_storage(scratch)
        # Uploaded files go where the tests can count them (see media_count).
        self.media_dir = scratch / "media"
        (scratch / ".mastodon_mock.toml").write_text(
            f"media_storage_path = {json.dumps(str(self.media_dir))}\n", encoding="utf-8"
        )
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self._clock_file: Path | None = None
        if movable_clock:
            if not LIBFAKETIME.exists():
                raise RuntimeError(
                    "libfaketime is not installed (scripts/install-system-deps.sh test)"
                )
            self._clock_file = scratch / "clock-offset"
            self._clock_file.write_text("+0\n")
            env.update(
                LD_PRELOAD=str(LIBFAKETIME),
                FAKETIME_TIMESTAMP_FILE=str(self._clock_file),
                FAKETIME_NO_CACHE="1",  # read the offset at every call: it moves mid-run
                FAKETIME_DONT_FAKE_MONOTONIC="1",  # timeouts and the event loop keep real time
            )
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self._log = (scratch / "mastodon_mock.log").open("wb")
        # Run from the scratch folder: the server looks for a .mastodon_mock.toml or a
        # pyproject.toml with [tool.mastodon_mock] in its working directory.
        self.process = subprocess.Popen(
            [
                str(binary),
                "serve",
                "--in-memory",
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--log-level",
                "warning",
            ],
            cwd=scratch,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            env=env,
        )
        self.scratch = scratch
        self._wait_until_answering()

    def _wait_until_answering(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"mastodon_mock exited: {self.log_text()}")
            try:
                if requests.get(self.url("/api/v2/instance"), timeout=1).status_code == 200:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"mastodon_mock did not answer in {START_TIMEOUT:.0f} s")

    def set_clock(self, offset: timedelta) -> None:
        """The server's clock from now on: the real time plus ``offset``."""
        if self._clock_file is None:
            raise RuntimeError("started without movable_clock=True")
        seconds = int(offset.total_seconds())
        temporary = self._clock_file.with_suffix(".tmp")
        temporary.write_text(f"{seconds:+d}\n")
        temporary.replace(self._clock_file)  # never a half-written offset

    def log_text(self) -> str:
        self._log.flush()
        return (self.scratch / "mastodon_mock.log").read_text(errors="replace")[-2000:]

    def media_count(self) -> int:
        """How many image files the server has stored from uploads since it started."""
        folder = self.media_dir / "attachments"
        return len(list(folder.iterdir())) if folder.is_dir() else 0

    def url(self, path: str) -> str:
        return self.base_url + path

    def reset(self) -> None:
        """A fresh database (one seeded user, ``testuser``) and no faults."""
        requests.post(self.url("/api/v1/_mock/reset"), timeout=10).raise_for_status()

    def add_user(self, username: str) -> dict[str, Any]:
        response = requests.post(
            self.url("/api/v1/_mock/dev_user"), json={"username": username}, timeout=10
        )
        response.raise_for_status()
        data: dict[str, Any] = response.json()
        return data

    def fault(
        self,
        effect: dict[str, Any],
        *,
        path: str | None = None,
        methods: list[str] | None = None,
        count: int | None = 1,
    ) -> dict[str, Any]:
        rule: dict[str, Any] = {"match": {"path": path, "methods": methods}, "effect": effect}
        if count is not None:
            rule["count"] = count
        response = requests.post(self.url("/api/v1/_mock/faults"), json=rule, timeout=10)
        response.raise_for_status()
        data: dict[str, Any] = response.json()
        return data

    def clear_faults(self) -> None:
        requests.delete(self.url("/api/v1/_mock/faults"), timeout=10).raise_for_status()

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
        self._log.close()


class _Form(HTMLParser):
    """The mock's account picker: hidden inputs and one button per account."""

    def __init__(self) -> None:
        super().__init__()
        self.action = ""
        self.fields: dict[str, str] = {}
        self.accounts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "form":
            self.action = values.get("action", "")
        elif tag == "input" and values.get("type") == "hidden":
            self.fields[values["name"]] = values.get("value", "")
        elif tag == "button" and values.get("name") == "username":
            self.accounts.append(values.get("value", ""))


class Browser:
    """Stands in for the system browser: opens the URL, picks the account, follows back."""

    def __init__(self, username: str) -> None:
        self.username = username
        self.opened: list[str] = []
        self.landed: requests.Response | None = None

    def __call__(self, url: str) -> None:
        self.opened.append(url)
        page = requests.get(url, timeout=10)
        page.raise_for_status()
        form = _Form()
        form.feed(page.text)
        assert self.username in form.accounts, form.accounts
        self.landed = requests.post(
            urljoin(url, form.action),
            data={**form.fields, "username": self.username},
            timeout=10,
        )
