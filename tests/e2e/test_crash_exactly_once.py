"""Exactly once, proved by killing the real program mid-publish and starting it again.

The real app (offscreen) is started on a profile with many posts due to an
Outbox account (and, below, to a Mastodon account on mastodon_mock, signed in
through OAuth with its token in the real keyring), SIGKILLed at random moments
while it publishes, and started again, many times.  Afterwards every post is out
exactly once or waits for the employee with a reason; none went out twice (a
rewritten post file would get a new inode; a status is counted on the server),
none is lost, none is left ``publishing``, and no temporary file is left in the
employee's folder.

The quick version runs in ``make test``; the slow tier repeats it 200 times.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest

from advocate_desktop.paths import AppPaths
from advocate_desktop.schedule.clock import FakeClock
from advocate_desktop.services.app_services import build_services
from tests.peers.mastodon import Browser, MastodonMock

pytestmark = pytest.mark.e2e
BIN = Path(sys.executable).parent


@dataclass
class Profile:
    home: Path
    outbox: Path
    post_ids: list[str] = field(default_factory=list)

    @property
    def paths(self) -> AppPaths:
        return AppPaths(
            data_dir=self.home / ".local/share/advocate-desktop",
            config_dir=self.home / ".config/advocate-desktop",
            cache_dir=self.home / ".cache/advocate-desktop",
            site_config_dirs=(),
        )

    def environment(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "QT_QPA"))}
        env.update(
            HOME=str(self.home),
            XDG_DATA_HOME=str(self.home / ".local/share"),
            XDG_CONFIG_HOME=str(self.home / ".config"),
            XDG_CACHE_HOME=str(self.home / ".cache"),
            XDG_CONFIG_DIRS=str(self.home / "site"),
            QT_QPA_PLATFORM="offscreen",
            LANG="en_US.UTF-8",
        )
        return env

    def states(self) -> dict[str, str]:
        connection = sqlite3.connect(f"file:{self.paths.database}?mode=ro", uri=True, timeout=30)
        try:
            return dict(connection.execute("SELECT id, state FROM posts").fetchall())
        finally:
            connection.close()

    def interrupted(self) -> int:
        """Posts a kill caught between 'publishing' and its outcome."""
        connection = sqlite3.connect(f"file:{self.paths.database}?mode=ro", uri=True, timeout=30)
        try:
            row = connection.execute(
                "SELECT COUNT(DISTINCT post_id) FROM post_events"
                " WHERE detail = 'interrupted before it went out' OR detail = 'found after restart'"
            ).fetchone()
            return int(row[0])
        finally:
            connection.close()

    def errors(self) -> dict[str, str | None]:
        connection = sqlite3.connect(f"file:{self.paths.database}?mode=ro", uri=True, timeout=30)
        try:
            return dict(connection.execute("SELECT id, error FROM posts").fetchall())
        finally:
            connection.close()


def make_profile(tmp_path: Path, posts: int) -> Profile:
    """A profile that agreed, with ``posts`` posts due now to an Outbox account."""
    profile = Profile(tmp_path / "home", tmp_path / "outbox")
    paths = profile.paths
    paths.ensure()
    (paths.config_dir / "consent.json").write_text(json.dumps({"version": 1}))
    now = datetime.now(UTC)
    services = build_services(paths, FakeClock(now))
    account = services.accounts.add_outbox_account("Outbox", profile.outbox, "mastodon")
    for index in range(posts):
        draft = services.posts.post_service.open_draft(
            source_id=None,
            item_id=None,
            network="mastodon",
            language="en",
            suggested_text=f"Post {index} #ad",
            account_id=account.id,
        )
        services.posts.post_service.schedule(
            draft.id,
            text=f"Post {index} #ad",
            account_id=account.id,
            network="mastodon",
            due_at=now,
        )
        profile.post_ids.append(draft.id)
    services.db.close()
    return profile


class Inodes:
    """Post files seen so far and their inodes: a second write would make a new file."""

    def __init__(self, outbox: Path) -> None:
        self.outbox = outbox
        self.seen: dict[str, int] = {}
        self.rewritten: set[str] = set()

    def scan(self) -> None:
        if not self.outbox.exists():
            return
        for entry in os.scandir(self.outbox):
            if entry.name.startswith("post-") and entry.name.endswith(".json"):
                post_id = entry.name[len("post-") : -len(".json")]
                inode = entry.inode()
                if self.seen.setdefault(post_id, inode) != inode:
                    self.rewritten.add(post_id)


def start(profile: Profile) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [str(BIN / "advocate-desktop")],
        env=profile.environment(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def _published_files(outbox: Path) -> int:
    try:
        return sum(1 for name in os.listdir(outbox) if name.startswith("post-"))
    except FileNotFoundError:
        return 0


def kill_repeatedly(profile: Profile, kills: int, seed: int) -> Inodes:
    """Most kills land while posts are being written: after the first new file appears,
    within a random fraction of a second; some land anywhere in the start."""
    rng = random.Random(seed)
    inodes = Inodes(profile.outbox)
    for _ in range(kills):
        before = _published_files(profile.outbox)
        process = start(profile)
        try:
            if rng.random() < 0.2:
                time.sleep(rng.uniform(0.1, 2.0))  # anywhere: starting, reconciling, loading
            else:
                deadline = time.monotonic() + 20
                while _published_files(profile.outbox) == before and time.monotonic() < deadline:
                    time.sleep(0.005)
                time.sleep(rng.uniform(0, 0.15))
        finally:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=30)
        inodes.scan()
    return inodes


def settle(profile: Profile, inodes: Inodes, timeout: float = 120) -> dict[str, str]:
    """Start once more and let it finish every due post, then quit it."""
    process = start(profile)
    deadline = time.monotonic() + timeout
    try:
        while True:
            time.sleep(0.5)
            states = profile.states()
            waiting = [s for s in states.values() if s in ("scheduled", "publishing", "retry_wait")]
            if not waiting:
                break
            assert time.monotonic() < deadline, f"still waiting: {len(waiting)}"
            assert process.poll() is None, "the app died on its own"
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)
    inodes.scan()
    return profile.states()


def check_exactly_once(profile: Profile, inodes: Inodes, states: dict[str, str]) -> dict[str, int]:
    files = {
        p.name[len("post-") : -len(".json")]
        for p in profile.outbox.glob("post-*.json")
        if p.is_file()
    }
    errors = profile.errors()
    counts: dict[str, int] = {}
    for post_id in profile.post_ids:
        state = states[post_id]
        counts[state] = counts.get(state, 0) + 1
        if state == "published":
            assert post_id in files, f"{post_id} 'published' but no post went out"
        else:
            assert state == "needs_attention", f"{post_id} left {state}"
            assert errors[post_id], f"{post_id} needs attention without a reason"
            assert post_id not in files, f"{post_id} went out but waits for the employee"
    assert not inodes.rewritten, f"posts written twice: {sorted(inodes.rewritten)}"
    assert files <= set(profile.post_ids)
    assert list(profile.outbox.glob(".post-*.tmp")) == [], "temporary files left behind"
    return counts


def test_killing_the_app_while_it_publishes_never_loses_or_doubles_a_post(
    tmp_path: Path,
) -> None:
    profile = make_profile(tmp_path, posts=1000)
    inodes = kill_repeatedly(profile, kills=10, seed=8)
    states = settle(profile, inodes)
    counts = check_exactly_once(profile, inodes, states)
    print(f"kills caught {profile.interrupted()} posts mid-publish")
    # The Outbox can always tell whether a post went out: nothing waits for the employee.
    assert counts == {"published": 1000}


@pytest.mark.slow
@pytest.mark.timeout(3600)
def test_two_hundred_kills_while_publishing_thousands_of_posts(tmp_path: Path) -> None:
    profile = make_profile(tmp_path, posts=5000)
    inodes = kill_repeatedly(profile, kills=200, seed=200)
    states = settle(profile, inodes, timeout=600)
    counts = check_exactly_once(profile, inodes, states)
    print(f"after 200 kills: {counts}; {profile.interrupted()} posts caught mid-publish")
    assert counts == {"published": 5000}


# -- a real network: Mastodon (mastodon_mock on loopback) -------------------------------


def _mastodon_profile(tmp_path: Path, server: MastodonMock, posts: int) -> Profile:
    """A profile whose posts are due to a Mastodon account signed in through OAuth; the
    token sits in the real keyring under the account's id, as the app keeps it."""
    from advocate_desktop.credentials import CredentialStore
    from advocate_desktop.networks.account_secrets import KeyringSecrets
    from advocate_desktop.networks.mastodon.account import TOKEN_SECRET, app_owner, sign_in
    from advocate_desktop.networks.mastodon.api import MastodonApi

    store = CredentialStore()
    if not store.available():
        pytest.fail("the real keyring is required: run through scripts/run-tests.sh")
    profile = Profile(tmp_path / "home", tmp_path / "unused-outbox")
    paths = profile.paths
    paths.ensure()
    (paths.config_dir / "consent.json").write_text(json.dumps({"version": 1}))
    now = datetime.now(UTC)
    services = build_services(paths, FakeClock(now))
    server.add_user("alice")
    api = MastodonApi(server.base_url)
    signing = KeyringSecrets(store, "signing-in")
    result = sign_in(
        api,
        KeyringSecrets(store, app_owner(server.base_url)),
        signing,
        open_browser=Browser("alice"),
        timeout=60,
    )
    account = services.accounts.repo.add(
        "mastodon", "alice", result.account.to_config(result.limits), now
    )
    token = signing.get(TOKEN_SECRET)
    assert token is not None
    KeyringSecrets(store, account.id).set(TOKEN_SECRET, token)
    signing.delete(TOKEN_SECRET)
    for index in range(posts):
        text = f"Crash test post number {index}"
        draft = services.posts.post_service.open_draft(
            source_id=None,
            item_id=None,
            network="mastodon",
            language="en",
            suggested_text=text,
            account_id=account.id,
        )
        services.posts.post_service.schedule(
            draft.id, text=text, account_id=account.id, network="mastodon", due_at=now
        )
        profile.post_ids.append(draft.id)
    services.db.close()
    return profile


def _statuses(server: MastodonMock) -> list[str]:
    """Every status's text on alice's account, through the public API, page by page."""
    import html
    import re

    import requests

    account = requests.get(
        server.url("/api/v1/accounts/lookup"), params={"acct": "alice"}, timeout=10
    ).json()
    texts: list[str] = []
    max_id = None
    while True:
        params: dict[str, object] = {"limit": 40}
        if max_id is not None:
            params["max_id"] = max_id
        page = requests.get(
            server.url(f"/api/v1/accounts/{account['id']}/statuses"), params=params, timeout=10
        ).json()
        if not page:
            return texts
        texts += [html.unescape(re.sub(r"<[^>]+>", "", s["content"])).strip() for s in page]
        max_id = page[-1]["id"]


def _status_count(server: MastodonMock) -> int:
    import requests

    account = requests.get(
        server.url("/api/v1/accounts/lookup"), params={"acct": "alice"}, timeout=10
    ).json()
    return int(account["statuses_count"])


def _mastodon_crashes(tmp_path: Path, posts: int, kills: int, seed: int) -> dict[str, int]:
    server = MastodonMock(tmp_path / "mastodon")
    try:
        profile = _mastodon_profile(tmp_path, server, posts=posts)
        rng = random.Random(seed)
        for _ in range(kills):
            before = _status_count(server)
            if before >= posts:
                break  # everything is out: nothing left to interrupt
            process = start(profile)
            try:  # most kills land while statuses are being posted
                deadline = time.monotonic() + 20
                while _status_count(server) == before and time.monotonic() < deadline:
                    time.sleep(0.01)
                time.sleep(rng.uniform(0, 0.2))
            finally:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=30)
        states = settle(profile, Inodes(profile.outbox), timeout=600)
        on_server = _statuses(server)
        errors = profile.errors()
        counts: dict[str, int] = {}
        for index, post_id in enumerate(profile.post_ids):
            text = f"Crash test post number {index}"
            copies = on_server.count(text)
            assert copies <= 1, f"{text!r} is on the account {copies} times"
            state = states[post_id]
            counts[state] = counts.get(state, 0) + 1
            if state == "published":
                assert copies == 1, f"{text!r} 'published' but not on the account"
            else:
                assert state == "needs_attention", f"{post_id} left {state}"
                assert errors[post_id], f"{post_id} needs attention without a reason"
        print(f"mastodon after {kills} kills: {counts}; {profile.interrupted()} caught mid-publish")
        return counts
    finally:
        server.stop()


def test_killing_the_app_while_it_publishes_to_mastodon_never_posts_twice(
    tmp_path: Path,
) -> None:
    """Every post on the server once, or waiting for the employee with a reason."""
    counts = _mastodon_crashes(tmp_path, posts=120, kills=8, seed=11)
    assert sum(counts.values()) == 120


@pytest.mark.slow
@pytest.mark.timeout(3600)
def test_two_hundred_kills_while_publishing_to_mastodon(tmp_path: Path) -> None:
    counts = _mastodon_crashes(tmp_path, posts=6000, kills=200, seed=200)
    assert sum(counts.values()) == 6000
