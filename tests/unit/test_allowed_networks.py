"""IT's allowed_networks: what it allows, how a bad value fails safe, and every source."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from advocate_desktop.networks.share import SHARE_NETWORKS
from advocate_desktop.networks.spec import NetworkKey
from advocate_desktop.settings.allowed_networks import (
    KNOWN_NETWORKS,
    SHARE_ONLY_NETWORKS,
    allowed_networks,
    allowed_only,
    is_allowed,
    refused_network,
)
from advocate_desktop.settings.managed import ManagedConfig, load_managed, merge, read_document
from advocate_desktop.settings.sources import REG_SZ, load_preferences, load_registry
from tests.unit.test_settings_table import FakePreferences, FakeRegistry


def read(document: Any) -> ManagedConfig:
    return read_document(document, "managed.json")


def test_without_the_key_every_network_is_allowed() -> None:
    managed = read({})
    assert allowed_networks(managed) is None
    assert all(is_allowed(managed, network) for network in KNOWN_NETWORKS)
    assert refused_network(managed, "x") is None


def test_only_the_listed_networks_are_allowed() -> None:
    managed = read({"allowed_networks": ["linkedin", "mastodon"]})
    assert managed.problems == ()
    assert allowed_networks(managed) == {"linkedin", "mastodon"}
    assert allowed_only(managed, ["mastodon", "bluesky", "linkedin", "x"]) == [
        "mastodon",
        "linkedin",
    ]
    assert refused_network(managed, "bluesky") == "bluesky"
    assert refused_network(managed, "outbox") == "outbox"  # the Outbox is a network too
    assert refused_network(managed, "facebook") == "facebook"  # and so is a share page
    assert refused_network(managed, "linkedin") is None


def test_names_are_read_without_regard_to_case_and_spaces() -> None:
    managed = read({"allowed_networks": [" LinkedIn ", "X", "linkedin"]})
    assert managed.problems == ()
    assert managed.extra["allowed_networks"] == ["linkedin", "x"]


def test_an_unknown_name_is_reported_alone_and_allows_nothing() -> None:
    managed = read({"allowed_networks": ["linkedin", "mastodn", 7, None]})
    assert [p.pointer for p in managed.problems] == [
        "/allowed_networks/1",
        "/allowed_networks/2",
        "/allowed_networks/3",
    ]
    assert "mastodn" in managed.problems[0].problem
    assert all(p.fail_safe == "" for p in managed.problems)  # nothing loosened
    assert "allowed_networks" not in managed.strict
    assert allowed_networks(managed) == {"linkedin"}
    assert not is_allowed(managed, "mastodon")


def test_a_list_of_only_unknown_names_allows_nothing() -> None:
    managed = read({"allowed_networks": ["myspace"]})
    assert allowed_networks(managed) == frozenset()
    assert not any(is_allowed(managed, n) for n in KNOWN_NETWORKS)


@pytest.mark.parametrize("value", ["linkedin", {"linkedin": True}, 1, True, None])
def test_a_value_that_is_not_a_list_fails_safe_to_no_network(value: Any) -> None:
    managed = read({"allowed_networks": value, "feeds": ["https://a.example/f.json"]})
    (problem,) = managed.problems
    assert problem.pointer == "/allowed_networks"
    assert "no network is allowed" in problem.fail_safe.lower()
    assert "allowed_networks" in managed.strict
    assert allowed_networks(managed) == frozenset()
    assert refused_network(managed, "mastodon") == "mastodon"
    assert managed.extra["feeds"] == ["https://a.example/f.json"]  # the rest still applies


def test_a_lower_source_never_undoes_a_failed_safe_list() -> None:
    bad = read_document({"allowed_networks": "everything"}, "registry")
    good = read_document({"allowed_networks": ["linkedin", "x"]}, "managed.json")
    for configs in ([bad, good], [good, bad]):
        managed = merge(configs)
        assert allowed_networks(managed) == frozenset(), configs


def test_the_first_source_that_sets_the_list_wins() -> None:
    managed = merge(
        [
            read_document({"allowed_networks": ["linkedin"]}, "registry"),
            read_document({"allowed_networks": ["linkedin", "x"]}, "managed.json"),
        ]
    )
    assert allowed_networks(managed) == {"linkedin"}


def test_the_list_round_trips_through_the_file_the_registry_and_macos(tmp_path: Path) -> None:
    wanted = ["linkedin", "mastodon", "outbox"]
    path = tmp_path / "managed.json"
    path.write_text(json.dumps({"allowed_networks": wanted}), encoding="utf-8")
    # What the ADMX list element writes: a subkey with values 1, 2, 3.
    registry = FakeRegistry(
        {"": {}, "allowed_networks": {str(n): (v, REG_SZ) for n, v in enumerate(wanted, 1)}}
    )
    sources = {
        "json": load_managed(path),
        "registry": load_registry(registry),
        "macos": load_preferences(FakePreferences({"allowed_networks": wanted}), "prefs"),
    }
    for name, managed in sources.items():
        assert managed is not None and managed.problems == (), name
        assert allowed_networks(managed) == set(wanted), name


def test_the_registry_list_with_a_bad_entry_keeps_the_rest() -> None:
    registry = FakeRegistry(
        {"": {}, "allowed_networks": {"1": ("linkedin", REG_SZ), "2": ("friendster", REG_SZ)}}
    )
    managed = load_registry(registry)
    assert managed is not None
    assert [p.pointer for p in managed.problems] == ["/allowed_networks/1"]
    assert allowed_networks(managed) == {"linkedin"}


def test_the_names_are_every_account_network_and_share_page() -> None:
    assert set(KNOWN_NETWORKS) == {k.value for k in NetworkKey} | set(SHARE_NETWORKS)
    assert set(SHARE_ONLY_NETWORKS) == set(SHARE_NETWORKS) - {k.value for k in NetworkKey}


def test_check_managed_names_each_bad_it_key_with_its_pointer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from advocate_desktop.app import check_managed

    path = tmp_path / "managed.json"
    path.write_text(
        json.dumps(
            {
                "allowed_networks": "linkedin",
                "proxy": "socks5://proxy.example:1080",
                "proxy_bypass": ["ok.example", "not a host"],
                "disclosure_texts": {"en": "#ad", "pl": "Pracuję w Nordvik."},
            }
        ),
        encoding="utf-8",
    )
    assert check_managed(str(path)) == 1
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(": ", 2)[1] for line in lines] == [
        "/allowed_networks",
        "/proxy",
        "/proxy_bypass/1",
        "/disclosure_texts/en",
    ]
    assert lines[0].endswith(
        "(No network is allowed until this is fixed: nothing is published or shared and no"
        " account can be added.)"
    )

    path.write_text(
        json.dumps(
            {
                "allowed_networks": ["linkedin"],
                "proxy": "http://proxy.example:3128",
                "disclosure_texts": {"en": "I work at Nordvik."},
            }
        ),
        encoding="utf-8",
    )
    assert check_managed(str(path)) == 0
    assert capsys.readouterr().out.startswith("valid: ")
