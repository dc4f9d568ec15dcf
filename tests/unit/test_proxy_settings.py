"""IT's proxy and bypass list: what is accepted, what is refused, where requests go."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from advocate_desktop.data_flows import data_flows
from advocate_desktop.proxy import ProxyRoute, bypass_entry, bypassed, is_loopback
from advocate_desktop.settings.managed import load_managed, read_document
from advocate_desktop.settings.proxy import proxy_address, proxy_route
from advocate_desktop.settings.setting import InvalidValue
from advocate_desktop.settings.sources import REG_SZ, load_preferences, load_registry
from tests.unit.test_settings_table import FakePreferences, FakeRegistry


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("http://proxy.nordvik.example:3128", "http://proxy.nordvik.example:3128"),
        ("proxy.nordvik.example:8080", "http://proxy.nordvik.example:8080"),
        ("HTTPS://Proxy.Nordvik.Example:443/", "https://proxy.nordvik.example:443"),
        ("http://10.1.2.3:3128", "http://10.1.2.3:3128"),
        ("http://[2001:db8::1]:3128", "http://[2001:db8::1]:3128"),
        ("  ", ""),
    ],
)
def test_a_proxy_address_is_kept_as_scheme_host_and_port(given: str, kept: str) -> None:
    assert proxy_address(given) == kept


@pytest.mark.parametrize(
    ("given", "says"),
    [
        ("socks5://proxy.example:1080", "http:// or https://"),
        ("ftp://proxy.example:21", "http:// or https://"),
        ("http://proxy.example", "port"),
        ("http://proxy.example:0", "port"),
        ("http://proxy.example:70000", "port"),
        ("http://proxy.example:port", "port"),
        ("http://user:secret@proxy.example:3128", "user name or password"),
        ("http://proxy.example:3128/path", "only a scheme, a host and a port"),
        ("http://proxy.example:3128/?a=1", "only a scheme, a host and a port"),
        ("http://bad_host!:3128", "host name"),
        ("http://:3128", "host name"),
    ],
)
def test_a_bad_proxy_address_is_refused_with_its_reason(given: str, says: str) -> None:
    with pytest.raises(InvalidValue) as raised:
        proxy_address(given)
    assert says in str(raised.value)
    assert "secret" not in str(raised.value)  # a password is never repeated


def test_an_invalid_proxy_is_ignored_alone_and_reported() -> None:
    managed = read_document(
        {"proxy": "socks5://p.example:1080", "proxy_bypass": ["a.example"], "feeds": []}, "m"
    )
    assert [p.pointer for p in managed.problems] == ["/proxy"]
    assert managed.problems[0].fail_safe == ""  # the system's settings apply instead
    assert proxy_route(managed) is None
    assert managed.extra["proxy_bypass"] == ["a.example"]


def test_a_bad_bypass_entry_is_ignored_alone() -> None:
    managed = read_document(
        {"proxy": "http://p.example:3128", "proxy_bypass": ["*.corp.example", "no spaces", 5]},
        "m",
    )
    assert [p.pointer for p in managed.problems] == ["/proxy_bypass/1", "/proxy_bypass/2"]
    assert proxy_route(managed) == ProxyRoute("http://p.example:3128", (".corp.example",))


def test_the_proxy_round_trips_through_every_source(tmp_path: Path) -> None:
    document: dict[str, Any] = {
        "proxy": "http://proxy.nordvik.example:3128",
        "proxy_bypass": ["intranet.nordvik.example", "10.0.0.0/8", "<local>"],
    }
    path = tmp_path / "managed.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    registry = FakeRegistry(
        {
            "": {"proxy": (document["proxy"], REG_SZ)},
            "proxy_bypass": {
                str(n): (v, REG_SZ) for n, v in enumerate(document["proxy_bypass"], 1)
            },
        }
    )
    wanted = ProxyRoute(
        "http://proxy.nordvik.example:3128",
        ("intranet.nordvik.example", "10.0.0.0/8", "<local>"),
    )
    for managed in (
        load_managed(path),
        load_registry(registry),
        load_preferences(FakePreferences(document), "prefs"),
    ):
        assert managed is not None and managed.problems == ()
        assert proxy_route(managed) == wanted


@pytest.mark.parametrize(
    "host",
    ["localhost", "LOCALHOST.", "app.localhost", "127.0.0.1", "127.8.9.10", "::1", "[::1]"],
)
def test_loopback_is_recognised(host: str) -> None:
    assert is_loopback(host)


@pytest.mark.parametrize("host", ["localhost.example", "128.0.0.1", "10.0.0.1", "example.com"])
def test_other_hosts_are_not_loopback(host: str) -> None:
    assert not is_loopback(host)


def test_loopback_never_goes_through_the_proxy() -> None:
    route = ProxyRoute("http://proxy.example:3128")
    for url in (
        "http://127.0.0.1:8080/feed.json",
        "http://localhost/x",
        "https://[::1]:8443/",
        "http://oauth.localhost:9000/callback",
    ):
        assert route.proxy_for(url) is None, url
    assert route.proxy_for("https://mastodon.social/api/v1/statuses") == "http://proxy.example:3128"


def test_the_bypass_list_matches_hosts_domains_networks_and_plain_names() -> None:
    entries = tuple(
        bypass_entry(e) for e in ["intranet.example", "*.corp.example", "10.0.0.0/8", "<local>"]
    )
    assert entries == ("intranet.example", ".corp.example", "10.0.0.0/8", "<local>")
    route = ProxyRoute("http://p.example:3128", entries)
    direct = [
        "https://intranet.example/",
        "https://wiki.intranet.example/",
        "https://a.corp.example/",
        "https://10.20.30.40/",
        "https://fileserver/",
    ]
    proxied = [
        "https://corp.example/",  # *.corp.example: subdomains only
        "https://notintranet.example/",
        "https://11.0.0.1/",
        "https://example.com/",
    ]
    for url in direct:
        assert route.proxy_for(url) is None, url
    for url in proxied:
        assert route.proxy_for(url) == "http://p.example:3128", url


def test_a_bypass_network_never_matches_a_name_or_another_ip_version() -> None:
    assert not bypassed("10.example", ("10.0.0.0/8",))
    assert not bypassed("::ffff:10.0.0.1", ("10.0.0.0/8",))
    assert bypassed("2001:db8::5", (bypass_entry("2001:db8::/32"),))
    assert bypassed("123.example", (bypass_entry("123.example"),))


@pytest.mark.parametrize("entry", ["", " ", "a b", "*.", "-bad.example", "x" * 64 + ".example"])
def test_a_bypass_entry_that_is_no_host_is_refused(entry: str) -> None:
    with pytest.raises(ValueError):
        bypass_entry(entry)


def test_what_my_company_can_see_names_the_proxy() -> None:
    flows = data_flows([], [], [], sync_minutes=30, proxy="proxy.nordvik.example:3128")
    assert flows.proxy == "proxy.nordvik.example:3128"
    assert data_flows([], [], [], sync_minutes=30).proxy is None
