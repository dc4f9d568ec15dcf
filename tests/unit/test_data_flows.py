"""What leaves the computer, and to whom, computed from the real configuration."""

from __future__ import annotations

from pathlib import Path

from advocate_desktop.data_flows import FlowKind, account_server, host_of
from advocate_desktop.paths import AppPaths
from advocate_desktop.schedule.clock import FakeClock
from advocate_desktop.services.app_services import build_services
from advocate_desktop.store.accounts_repo import AccountRow


def test_hosts_and_servers_are_read_from_addresses() -> None:
    assert host_of("https://News.Nordvik.example/feed.json") == "news.nordvik.example"
    assert host_of("http://127.0.0.1:8765/feed.json") == "127.0.0.1:8765"
    assert host_of("https://a.example:443/x") == "a.example"
    assert host_of("not an address") == "" and host_of("https://[::1/") == ""
    mastodon = AccountRow("1", "mastodon", "Ala", {"instance": "https://mastodon.example"})
    bluesky = AccountRow("2", "bluesky", "Ala", {"service": "https://pds.example:2583"})
    entryway = AccountRow(
        "4",
        "bluesky",
        "Ala",
        {"service": "https://pds.example", "sign_in_service": "https://bsky.social"},
    )
    same = AccountRow(
        "5", "bluesky", "Ala", {"service": "https://a.example", "sign_in_service": "a.example"}
    )
    unknown = AccountRow("3", "linkedin", "Ala", {})
    assert account_server(mastodon) == "mastodon.example"
    assert account_server(bluesky) == "pds.example:2583"
    assert account_server(unknown) == ""
    assert account_server(entryway) == "pds.example, bsky.social"
    assert account_server(same) == "a.example"


def test_a_fresh_profile_sends_nothing(paths: AppPaths, clock: FakeClock) -> None:
    services = build_services(paths, clock)
    services.content.import_demo_pack()
    flows = services.profile.data_flows()
    assert flows.flows == () and not flows.anything_leaves
    assert flows.keyring_accounts == 0 and flows.referral is None
    assert flows.campaign_parameters  # the demo's links carry utm_… parameters
    services.db.close()


def test_every_feed_account_and_option_is_listed(
    paths: AppPaths, clock: FakeClock, tmp_path: Path
) -> None:
    services = build_services(paths, clock)
    services.content.subscribe("https://news.nordvik.example/feed.json")
    services.content.repo.subscribe(
        "https://it.nordvik.example/pack.zip", clock.now(), managed=True
    )
    now = clock.now()
    services.accounts.repo.add(
        "mastodon", "Ala", {"instance": "https://social.example", "server_scheduling": True}, now
    )
    services.accounts.repo.add("bluesky", "ala.bsky", {"service": "https://bsky.social"}, now)
    services.accounts.add_outbox_account("Outbox", tmp_path / "out", "x")
    services.settings.set("sync_minutes", 45)
    services.settings.set("referral_parameter", "ref=ala")
    services.settings.set("referral_enabled", True)

    flows = services.profile.data_flows()
    content = flows.of(FlowKind.CONTENT)
    assert [(f.to, f.managed) for f in content] == [
        ("news.nordvik.example", False),
        ("it.nordvik.example", True),
    ]
    assert {(f.network, f.to) for f in flows.of(FlowKind.POSTS)} == {
        ("mastodon", "social.example"),
        ("bluesky", "bsky.social"),
    }
    assert [f.to for f in flows.of(FlowKind.SERVER_LIMITS)] == ["social.example"]
    assert [f.to for f in flows.of(FlowKind.SERVER_SCHEDULING)] == ["social.example"]
    assert [f.to for f in flows.of(FlowKind.OUTBOX)] == [str(tmp_path / "out")]
    assert flows.keyring_accounts == 2 and flows.sync_minutes == 45
    assert flows.referral == "ref=ala"
    services.settings.set("referral_enabled", False)
    assert services.profile.data_flows().referral is None
    assert services.profile.data_flows().of(FlowKind.IT_FOLDER) == []
    services.db.close()


def test_the_folder_it_chose_is_listed(paths: AppPaths, clock: FakeClock, tmp_path: Path) -> None:
    import json

    from advocate_desktop.paths import MANAGED_CONFIG_NAME

    target = paths.site_config_dirs[0] / MANAGED_CONFIG_NAME
    target.parent.mkdir(parents=True, exist_ok=True)
    share = str(tmp_path / "share" / "packs")
    target.write_text(json.dumps({"pack_folder": share}), encoding="utf-8")
    services = build_services(paths, clock)
    [flow] = services.profile.data_flows().of(FlowKind.IT_FOLDER)
    assert flow.to == share and flow.managed
    services.db.close()
