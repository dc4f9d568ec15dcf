"""The registry of networks: every spec complete, publishers built through it, light to import."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from advocate_desktop.networks import registry
from advocate_desktop.networks.base import (
    AccountConfigError,
    Capabilities,
    Idempotency,
    LinkCard,
    capabilities_of,
)
from advocate_desktop.networks.spec import AuthKind, NetworkKey, NetworkSpec
from advocate_desktop.schedule import errors
from advocate_desktop.schedule.clock import FakeClock
from advocate_desktop.schedule.runner import Runner
from advocate_desktop.schedule.service import PostService
from advocate_desktop.schedule.states import PostState
from advocate_desktop.store.accounts_repo import AccountRepository
from advocate_desktop.store.connection import Database
from advocate_desktop.store.posts_repo import PostRepository
from advocate_desktop.text.networks import NETWORKS as TEXT_RULES

NETWORKS_DIR = Path(__file__).resolve().parents[2] / "advocate_desktop" / "networks"


@pytest.mark.parametrize("spec", registry.SPECS, ids=lambda s: s.key.value)
def test_every_spec_is_complete(spec: NetworkSpec) -> None:
    assert isinstance(spec.key, NetworkKey)
    assert spec.label.strip() == spec.label and spec.label
    assert spec.text_rules is None or spec.text_rules in TEXT_RULES
    assert isinstance(spec.auth, AuthKind)
    caps = spec.capabilities
    assert isinstance(caps, Capabilities)
    assert isinstance(caps.idempotency, Idempotency)
    assert isinstance(caps.link_card, LinkCard)
    # An unknown outcome is retried automatically only where a repeat cannot post twice.
    if caps.idempotency_key:
        assert caps.idempotency in (Idempotency.IDEMPOTENCY_KEY, Idempotency.RECORD_KEY)
    assert caps.max_images >= 0
    if caps.max_images:
        assert caps.alt_text, "images go out with their alt text"
    assert callable(spec.publisher)
    assert spec.error_messages
    for code, message in spec.error_messages.items():
        assert re.fullmatch(r"[a-z][a-z_]*", code), code
        assert message.strip() == message and message, code
        assert set(re.findall(r"%\d", message)) <= {"%1"}, code


def test_keys_are_unique_and_every_key_has_a_spec() -> None:
    keys = [spec.key for spec in registry.SPECS]
    assert len(keys) == len(set(keys))
    assert set(keys) == set(NetworkKey)
    assert registry.account_networks() == registry.SPECS
    for spec in registry.SPECS:
        assert registry.spec_for(spec.key.value) is spec
        assert registry.spec_for(spec.key) is spec  # a StrEnum is its value


def test_the_outbox_stands_in_for_a_network_the_others_use_their_own_rules() -> None:
    assert registry.spec_for("outbox").text_rules is None
    assert registry.text_network("outbox", {"folder": "/x", "network": "x"}) == "x"
    assert registry.text_network("outbox", {"folder": "/x"}) == registry.DEFAULT_TEXT_TARGET
    assert registry.text_network("outbox", {"network": 5}) == registry.DEFAULT_TEXT_TARGET
    assert registry.text_network("mastodon", {"network": "x"}) == "mastodon"
    assert registry.text_network("bluesky", {}) == "bluesky"


def test_text_targets_and_labels_come_from_one_place() -> None:
    targets = registry.text_targets()
    assert set(targets) == set(TEXT_RULES)
    assert targets[: len(registry.PREVIEWED)] == registry.PREVIEWED
    assert registry.DEFAULT_TEXT_TARGET in registry.PREVIEWED
    for spec in registry.SPECS:
        if spec.text_rules is not None:
            assert spec.text_rules in registry.PREVIEWED
        assert registry.label(spec.key) == spec.label
    assert registry.label("linkedin") == "LinkedIn"
    assert registry.label("no-such-network") == "no-such-network"


def _codes_raised(folder: str, pattern: str) -> set[str]:
    found: set[str] = set()
    for path in (NETWORKS_DIR / folder).glob("*.py"):
        found.update(re.findall(pattern, path.read_text(encoding="utf-8")))
    return found


def test_every_code_a_mastodon_module_raises_has_a_message() -> None:
    raised = _codes_raised("mastodon", r'MastodonError\(\s*"([a-z_]+)"')
    assert len(raised) > 10
    assert raised <= set(registry.spec_for("mastodon").error_messages)


def test_every_code_a_bluesky_module_raises_has_a_message() -> None:
    publisher = (NETWORKS_DIR / "bluesky" / "publisher.py").read_text(encoding="utf-8")
    constants = set(re.findall(r'^[A-Z_]+ = "([a-z_]+)"$', publisher, re.MULTILINE))
    constants -= {"bluesky"}
    raised = (
        constants
        | _codes_raised("bluesky", r'SignInError\(\s*"([a-z_]+)"')
        | _codes_raised("bluesky", r'ImageProblem\(\s*"([a-z_]+)"')
    )
    assert len(raised) > 12
    assert raised <= set(registry.spec_for("bluesky").error_messages)


def test_an_unknown_code_cannot_be_raised() -> None:
    from advocate_desktop.networks.bluesky.errors import BlueskyError
    from advocate_desktop.networks.mastodon.errors import MastodonError

    with pytest.raises(ValueError, match="unknown Bluesky error code"):
        BlueskyError("made_up")
    with pytest.raises(ValueError, match="unknown Mastodon error code"):
        MastodonError("made_up")


def test_error_messages_are_found_by_code_with_the_networks_own_first() -> None:
    bluesky = registry.spec_for("bluesky").error_messages["unknown_outcome"]
    mastodon = registry.spec_for("mastodon").error_messages["unknown_outcome"]
    assert bluesky != mastodon
    assert registry.error_message("unknown_outcome", "bluesky") == bluesky
    assert registry.error_message("unknown_outcome", "mastodon") == mastodon
    assert registry.error_message("image_unreadable") is not None
    assert registry.error_message("outbox_unwritable") is not None
    assert registry.error_message("no_such_code") is None


def test_publisher_for_the_outbox(tmp_path: Path) -> None:
    from advocate_desktop.networks.outbox import OutboxPublisher

    publisher = registry.publisher_for("outbox", {"folder": str(tmp_path)}, "a1")
    assert isinstance(publisher, OutboxPublisher)
    assert publisher.folder == tmp_path
    assert capabilities_of(publisher) == registry.spec_for("outbox").capabilities
    with pytest.raises(AccountConfigError, match="folder"):
        registry.publisher_for("outbox", {}, "a1")


def test_publisher_for_mastodon() -> None:
    from advocate_desktop.networks.mastodon.contract import MastodonAccountPublisher

    config = {"instance": "https://mastodon.example", "remote_account_id": "109"}
    publisher = registry.publisher_for("mastodon", config, "acct-m")
    assert isinstance(publisher, MastodonAccountPublisher)
    assert publisher.profile_url() == "https://mastodon.example/web/accounts/109"
    assert capabilities_of(publisher) == registry.spec_for("mastodon").capabilities
    with pytest.raises(AccountConfigError, match="its id"):
        registry.publisher_for("mastodon", config, "")
    with pytest.raises(AccountConfigError, match="remote_account_id"):
        registry.publisher_for("mastodon", {"instance": "https://mastodon.example"}, "a")


def test_publisher_for_bluesky() -> None:
    from advocate_desktop.networks.bluesky.contract import BlueskyAccountPublisher
    from advocate_desktop.networks.bluesky.session import BlueskyAccount

    account = BlueskyAccount("https://pds.example", "did:plc:abc", "alice.example")
    publisher = registry.publisher_for("bluesky", account.to_config(), "acct-b")
    assert isinstance(publisher, BlueskyAccountPublisher)
    assert publisher.inner.account == account
    assert publisher.profile_url() == "https://bsky.app/profile/alice.example"
    assert capabilities_of(publisher) == registry.spec_for("bluesky").capabilities
    with pytest.raises(AccountConfigError, match="its id"):
        registry.publisher_for("bluesky", account.to_config(), "")
    with pytest.raises(AccountConfigError, match="DID"):
        registry.publisher_for("bluesky", {**account.to_config(), "did": "alice"}, "a")


@pytest.mark.parametrize("network", ["myspace", "", "Outbox", "mastodon "])
def test_an_unknown_network_is_a_clear_account_error(network: str) -> None:
    with pytest.raises(registry.UnknownNetwork, match="no publisher for network"):
        registry.publisher_for(network, {"folder": "/tmp"}, "a1")
    with pytest.raises(AccountConfigError):
        registry.spec_for(network)


def test_secret_keys_come_from_each_spec() -> None:
    assert registry.secret_keys("outbox", {}, "a1") == ["a1"]
    assert registry.secret_keys("bluesky", {}, "b1") == [
        "b1",
        "b1/access_jwt",
        "b1/refresh_jwt",
    ]
    assert registry.secret_keys("mastodon", {"instance": "https://m.example"}, "m1") == [
        "m1",
        "m1/access_token",
        "mastodon-app:m.example/app",
    ]
    assert registry.secret_keys("gone", {}, "g1") == ["g1"]


def test_naming_the_networks_loads_no_network_code() -> None:
    code = (
        "import sys\n"
        "from advocate_desktop.networks import registry\n"
        "assert [s.key for s in registry.SPECS]\n"
        "registry.text_network('outbox', {}); registry.label('bluesky')\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in"
        " ('requests', 'urllib3', 'keyring', 'truststore', 'PySide6', 'PIL', 'regex')"
        " or m.startswith('advocate_desktop.networks.bluesky.publisher')"
        " or m.startswith('advocate_desktop.networks.mastodon.api')]\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


@pytest.mark.parametrize(
    ("network", "config", "says"),
    [
        ("myspace", {}, "no publisher for network 'myspace'"),  # a newer version's
        ("bluesky", {"service": "https://pds.example", "handle": "a.test"}, "'did'"),
    ],
)
def test_an_account_the_registry_cannot_serve_waits_for_the_employee(
    tmp_path: Path, clock: FakeClock, network: str, config: dict[str, str], says: str
) -> None:
    """The real runner with the registry's publishers: nothing is lost, the post says why."""
    db = Database(tmp_path / "db.sqlite3")
    posts, accounts = PostRepository(db), AccountRepository(db)
    account = accounts.add(network, "Mine", config, clock.now())
    service = PostService(posts, clock)
    draft = service.open_draft(
        source_id=None,
        item_id=None,
        network="myspace",
        language="en",
        suggested_text="Hello",
        account_id=account.id,
    )
    post = service.schedule(
        draft.id,
        text="Hello",
        account_id=account.id,
        network="myspace",
        due_at=clock.now() + timedelta(minutes=5),
    )
    clock.advance(timedelta(minutes=6))
    runner = Runner(
        posts, accounts, lambda a: registry.publisher_for(a.network, a.config, a.id), clock
    )
    (outcome,) = runner.run_due()
    assert outcome.state == PostState.NEEDS_ATTENTION
    assert outcome.problem is not None
    assert outcome.problem.code == errors.ACCOUNT_BROKEN
    assert says in outcome.problem.detail
    row = posts.get(post.id)
    assert row is not None and row.text == "Hello"


def test_every_network_with_a_sign_in_has_a_connector_with_every_step() -> None:
    from advocate_desktop.networks.connect import Connector
    from advocate_desktop.networks.spec import AuthKind

    steps = [name for name in vars(Connector) if not name.startswith("_")]
    assert "sign_in" in steps and "end_sign_in" in steps
    for spec in registry.SPECS:
        if spec.auth is AuthKind.FOLDER:
            assert spec.connector is None, spec.key
            continue
        assert spec.connector is not None, spec.key
        connector = spec.connector()
        for step in steps:
            assert callable(getattr(connector, step, None)), (spec.key, step)
