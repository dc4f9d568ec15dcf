"""Each account's text rules: its network's, with its Mastodon server's limits; Bluesky
counted as its server counts (links shortened as the official app shortens them)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from advocate_desktop.networks.mastodon.limits import InstanceLimits
from advocate_desktop.networks.mastodon.publisher import mastodon_text_length
from advocate_desktop.networks.text_rules import account_text_rules
from advocate_desktop.paths import AppPaths
from advocate_desktop.policy.engine import PolicyEngine
from advocate_desktop.schedule import errors
from advocate_desktop.schedule.clock import FakeClock
from advocate_desktop.server_limits import LimitsRefresh, limits_config, limits_due
from advocate_desktop.services.app_services import AppServices, build_services
from advocate_desktop.store.accounts_repo import AccountRow
from advocate_desktop.store.timestamps import to_db
from advocate_desktop.text.bluesky import server_length, server_text, short_url
from advocate_desktop.text.counting import Analysis, graphemes, utf8_bytes
from advocate_desktop.text.networks import measure_analysis, rules_for
from advocate_desktop.text.preview import preview

LONG_LINK = "https://www.nordvik.example/news/2026/nordvikpay-launch-for-small-businesses?utm=x"
# Words no built-in rule objects to: only the length decides.
PLAIN = "Nowa aplikacja dla małych firm. "


def mastodon_config(**limits: Any) -> dict[str, Any]:
    return {
        "instance": "https://social.example",
        "remote_account_id": "1",
        "limits": InstanceLimits(**limits).to_config(),
    }


def length_findings(engine: PolicyEngine, text: str, account: AccountRow) -> list[str]:
    rules = account_text_rules(account.network, account.config)
    result = engine.check(text, networks=[rules.name], language="pl", rules={rules.name: rules})
    return [f.rule for f in result.blocking if f.kind == "length"]


def text_of(length: int) -> str:
    return (PLAIN * (length // len(PLAIN) + 1))[:length]


# -- Mastodon: the server's own limits ---------------------------------------------------


def test_a_server_with_5000_characters_takes_a_1200_character_post(
    demo_engine: PolicyEngine,
) -> None:
    big = AccountRow("a", "mastodon", "Big", mastodon_config(max_characters=5000))
    small = AccountRow("b", "mastodon", "Small", mastodon_config(max_characters=500))
    text = text_of(1200)
    assert account_text_rules("mastodon", big.config).limit == 5000
    assert length_findings(demo_engine, text, big) == []
    assert length_findings(demo_engine, text, small) == ["builtin.length"]
    rules = account_text_rules(big.network, big.config)
    measured = demo_engine.check(
        text, networks=["mastodon"], language="pl", rules={"mastodon": rules}
    ).measures[0]
    assert (measured.length, measured.limit, measured.fits) == (1200, 5000, True)


def test_links_weigh_what_the_server_reserves_for_them(demo_engine: PolicyEngine) -> None:
    # 470 characters, a space and a link: 494 with links at 23, 511 with links at 40.
    text = text_of(470) + " " + LONG_LINK
    usual = AccountRow("a", "mastodon", "Usual", mastodon_config())
    heavy = AccountRow("b", "mastodon", "Heavy", mastodon_config(characters_reserved_per_url=40))
    assert account_text_rules("mastodon", usual.config).count(text) == 471 + 23
    assert account_text_rules("mastodon", heavy.config).count(text) == 471 + 40
    assert length_findings(demo_engine, text, usual) == []
    assert length_findings(demo_engine, text, heavy) == ["builtin.length"]
    # The publisher's last check before sending counts the same way.
    assert mastodon_text_length(text, InstanceLimits(characters_reserved_per_url=40)) == 511


def test_the_overflow_starts_where_the_servers_limit_ends(demo_engine: PolicyEngine) -> None:
    account = AccountRow("a", "mastodon", "Tiny", mastodon_config(max_characters=100))
    text = text_of(150)
    rules = account_text_rules("mastodon", account.config)
    finding = next(
        f
        for f in demo_engine.check(
            text, networks=["mastodon"], language="pl", rules={"mastodon": rules}
        ).findings
        if f.kind == "length"
    )
    assert (finding.start, finding.end) == (100, 150)
    assert "100" in finding.message


def test_an_account_without_stored_limits_counts_as_mastodon_does_by_default() -> None:
    for config in ({"instance": "https://old.example"}, {"limits": "garbage"}, {"limits": {}}):
        rules = account_text_rules("mastodon", config)
        assert (rules.limit, rules.count("https://a.example/" + "x" * 80)) == (500, 23)
        assert rules.max_images == 4
    negative = account_text_rules(
        "mastodon", mastodon_config() | {"limits": {"max_characters": -5}}
    )
    assert negative.limit == 500


def test_the_servers_image_count_is_part_of_the_rules() -> None:
    rules = account_text_rules("mastodon", mastodon_config(max_media_attachments=8))
    assert rules.max_images == 8


def test_the_same_servers_limits_share_one_rules_object() -> None:
    one = account_text_rules("mastodon", mastodon_config(max_characters=1000))
    two = account_text_rules("mastodon", mastodon_config(max_characters=1000))
    assert one is two


def test_an_outbox_account_counts_for_the_network_it_stands_in_for() -> None:
    assert account_text_rules("outbox", {"network": "bluesky"}) is rules_for("bluesky")
    assert account_text_rules("outbox", {}) is rules_for("linkedin")
    assert account_text_rules("bluesky", {"handle": "a.test"}) is rules_for("bluesky")


def test_a_policy_limit_only_lowers_the_servers(demo_engine: PolicyEngine) -> None:
    from dataclasses import replace

    strict = PolicyEngine(replace(demo_engine.policy, limits={"mastodon": 300}))
    loose = PolicyEngine(replace(demo_engine.policy, limits={"mastodon": 9000}))
    rules = account_text_rules("mastodon", mastodon_config(max_characters=1000))
    for engine, limit in ((strict, 300), (loose, 1000)):
        measured = engine.check(
            text_of(400), networks=["mastodon"], language="pl", rules={"mastodon": rules}
        ).measures[0]
        assert measured.limit == limit


# -- the publish gate ------------------------------------------------------------------


@pytest.fixture
def services(paths: AppPaths, clock: FakeClock) -> Iterator[AppServices]:
    built = build_services(paths, clock)
    yield built
    built.db.close()


def test_the_publish_gate_uses_the_accounts_server_limits(
    services: AppServices, clock: FakeClock
) -> None:
    big = services.accounts.repo.add(
        "mastodon", "Big", mastodon_config(max_characters=5000), clock.now()
    )
    small = services.accounts.repo.add("mastodon", "Small", mastodon_config(), clock.now())
    posts = {
        account.id: services.posts.repo.create(
            state="scheduled",
            source_id=None,
            item_id=None,
            account_id=account.id,
            network="mastodon",
            language="pl",
            text=text_of(1200),
            now=clock.now(),
        )
        for account in (big, small)
    }
    assert services.posts.publish_gate(posts[big.id]) is None
    stopped = services.posts.publish_gate(posts[small.id])
    assert stopped is not None and stopped.code == errors.POLICY_BLOCKED
    assert "builtin.length" in stopped.detail


def test_stored_limits_change_what_the_gate_lets_through(
    services: AppServices, clock: FakeClock
) -> None:
    account = services.accounts.repo.add("mastodon", "A", mastodon_config(), clock.now())
    post = services.posts.repo.create(
        state="scheduled",
        source_id=None,
        item_id=None,
        account_id=account.id,
        network="mastodon",
        language="pl",
        text=text_of(800),
        now=clock.now(),
    )
    assert services.posts.publish_gate(post) is not None
    assert services.accounts.repo.merge_config(
        account.id, limits_config(InstanceLimits(max_characters=1000), clock.now())
    )
    assert services.posts.publish_gate(post) is None
    stored = services.accounts.repo.get(account.id)
    assert stored is not None and stored.config["remote_account_id"] == "1"  # the rest stays
    assert services.accounts.text_rules_of(stored).limit == 1000


def test_merging_into_a_removed_account_says_so(services: AppServices, clock: FakeClock) -> None:
    account = services.accounts.repo.add("mastodon", "A", mastodon_config(), clock.now())
    services.accounts.repo.remove(account.id)
    assert not services.accounts.repo.merge_config(account.id, {"limits": {}})


def test_refreshing_without_mastodon_accounts_sends_nothing(
    services: AppServices, clock: FakeClock
) -> None:
    services.accounts.repo.add(
        "outbox", "Folder", {"folder": "/tmp/x", "network": "x"}, clock.now()
    )
    assert services.accounts.refresh_server_limits() == []


# -- when limits are due -----------------------------------------------------------------


def test_limits_are_read_again_once_a_day(clock: FakeClock) -> None:
    now = clock.now()

    def account(checked: object) -> AccountRow:
        return AccountRow("a", "mastodon", "A", mastodon_config() | {"limits_checked_at": checked})

    assert not limits_due(account(to_db(now - timedelta(hours=23))), now)
    assert limits_due(account(to_db(now - timedelta(hours=24))), now)
    assert limits_due(account(""), now)
    assert limits_due(account(None), now)
    assert limits_due(account("yesterday"), now)
    assert limits_due(account(to_db(now + timedelta(days=3))), now)  # a clock set back
    assert not limits_due(AccountRow("b", "bluesky", "B", {}), now)
    assert not limits_due(AccountRow("c", "outbox", "C", {"network": "mastodon"}), now)
    assert LimitsRefresh("a", InstanceLimits()).problem is None


# -- Bluesky: counted as the server counts ------------------------------------------------


def test_a_long_link_counts_as_its_short_form() -> None:
    text = "ż" * 250 + " " + LONG_LINK
    shown = short_url(LONG_LINK)
    assert shown == "www.nordvik.example/news/2026/no..."
    assert graphemes(text) > 300  # as typed it would not fit …
    rules = rules_for("bluesky")
    measured, overflow = measure_analysis(rules, Analysis(text), rules.limit)
    assert measured.length == 251 + len(shown) == server_length(text)  # … as stored it does
    assert measured.fits and overflow == len(text)


def test_the_bluesky_preview_is_the_records_text() -> None:
    text = f"Czytaj: {LONG_LINK} i www.nordvik.example/a/very/long/path/indeed teraz"
    assert preview("bluesky", text) == server_text(text).text
    assert "www.nordvik.example/news/2026/no..." in preview("bluesky", text)


def test_301_graphemes_after_shortening_are_stopped_at_the_link(
    demo_engine: PolicyEngine,
) -> None:
    shown = short_url(LONG_LINK)
    text = "ż" * (301 - len(shown) - 1) + " " + LONG_LINK
    assert server_length(text) == 301
    rules = account_text_rules("bluesky", {})
    result = demo_engine.check(text, networks=["bluesky"], language="pl", rules={"bluesky": rules})
    finding = next(f for f in result.blocking if f.kind == "length")
    assert finding.start == text.index(LONG_LINK)  # the link is what does not fit
    assert (result.measures[0].length, result.measures[0].limit) == (301, 300)


def test_the_byte_limit_is_of_the_stored_text() -> None:
    family = "👨‍👩‍👧‍👦"  # 25 bytes, one grapheme
    # 119 families (2,975 bytes) and a link whose short form takes 25 more: over 3,000
    # bytes as typed, exactly 3,000 as stored.
    link = "https://a.example/" + "p" * 60
    assert short_url(link) == "a.example/pppppppppppp..."
    text = family * 119 + link
    assert utf8_bytes(text) > 3000 and utf8_bytes(server_text(text).text) == 3000
    rules = rules_for("bluesky")
    measured, _ = measure_analysis(rules, Analysis(text), rules.limit)
    assert measured.fits
    over = family * 120 + link
    measured, overflow = measure_analysis(rules, Analysis(over), rules.limit)
    assert not measured.fits and not server_text(over).fits
    assert utf8_bytes(server_text(over[:overflow]).text) <= 3000


pieces = st.sampled_from(
    [
        "a",
        "ż",
        " ",
        "👩‍💻",
        "👨‍👩‍👧‍👦",
        "e\u0301",
        "🇵🇱",
        "\r\n",
        "https://ex.ample/p ",
        LONG_LINK + " ",
        LONG_LINK,  # glued to what follows: a mark, a dot, a bracket
        ".",
        ")",
        "\u0301",
        "\u200d",
        "www.nordvik.example/a/very/long/path/indeed ",
        "@bob.test ",
        "#Żubr ",
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(pieces, max_size=60), st.integers(min_value=1, max_value=60))
def test_the_counter_agrees_with_the_record_the_server_gets(parts: list[str], limit: int) -> None:
    text = "".join(parts)
    rules = rules_for("bluesky")
    analysis = Analysis(text)
    measured, overflow = measure_analysis(rules, analysis, limit)
    stored = server_text(text)
    assert measured.length == stored.graphemes
    assert sum(w for _, w in rules.byte_units(analysis)) == stored.utf8_bytes  # type: ignore[misc]
    # The quick totals and the walked units agree with the record the server gets.
    assert sum(w for _, w in rules.units(analysis)) == stored.graphemes  # type: ignore[misc]
    assert rules.length_of is not None and rules.length_of(analysis) == stored.graphemes
    assert rules.bytes_of is not None and rules.bytes_of(analysis) == stored.utf8_bytes
    # What stays before the overflow fits once stored; a text that fits is not cut.
    assert server_length(text[:overflow]) <= limit
    if stored.graphemes <= limit and stored.utf8_bytes <= 3000:
        assert measured.fits and overflow == len(text)
    else:
        assert not measured.fits and overflow < len(text)


@pytest.mark.parametrize(
    ("stored", "limit"),
    [
        ({"max_characters": True}, 500),
        ({"max_characters": "5000"}, 500),
        ({"max_characters": 1.5e3}, 500),
        ({"max_characters": None}, 500),
        ({"max_characters": 10**30}, 10**30),
        ({"max_characters": 1000, "characters_reserved_per_url": -1}, 1000),
    ],
)
def test_odd_stored_limits_fall_back_to_mastodons_own(stored: dict[str, Any], limit: int) -> None:
    rules = account_text_rules("mastodon", {"limits": stored})
    assert rules.limit == limit
    assert rules.count("a https://a.example/" + "x" * 60) == 2 + 23
