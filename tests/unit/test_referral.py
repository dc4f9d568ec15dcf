"""The employee's referral parameter on job offers' links, and the feed's job marker."""

from __future__ import annotations

import json

import pytest

from advocate_desktop.feed.errors import FeedError
from advocate_desktop.feed.model import FeedItem
from advocate_desktop.feed.parse import parse_json_feed
from advocate_desktop.paths import AppPaths
from advocate_desktop.schedule.clock import FakeClock
from advocate_desktop.services.app_services import build_services
from advocate_desktop.settings.definitions import SETTINGS
from advocate_desktop.text.referral import (
    Referral,
    ReferralError,
    add_referral,
    parse_referral,
)


def feed(**advocacy: object) -> bytes:
    item = {
        "id": "job-1",
        "url": "https://nordvik.example/news/job-1",
        "title": "We are hiring",
        "_advocacy": {
            "suggested": {"default": {"en": "Join us! https://nordvik.example/careers/1"}},
            "utm": {"utm_source": "advocate"},
            **advocacy,
        },
    }
    document = {"version": "https://jsonfeed.org/version/1.1", "title": "T", "items": [item]}
    return json.dumps(document).encode()


def test_parse_accepts_key_value_and_says_what_is_wrong() -> None:
    assert parse_referral(" ref=jkowalska ") == Referral("ref", "jkowalska")
    assert parse_referral("employee.id=A-12_b~c").text() == "employee.id=A-12_b~c"
    for bad, words in (
        ("jkowalska", "key=value"),
        ("=x", "name before ="),
        ("1ref=x", "starts with a letter"),
        ("ref x=y", "name before ="),
        ("ref=", "value after ="),
        ("ref=a b", "value after ="),
        ("ref=a&b=c", "value after ="),
        ("ref=ą", "value after ="),
        ("ref=" + "x" * 101, "1 to 100"),
        ("r" * 41 + "=x", "at most 40"),
        ("utm_source=me", "campaign"),
        ("UTM_x=me", "campaign"),
    ):
        with pytest.raises(ReferralError, match=words):
            parse_referral(bad)


def test_the_parameter_goes_on_links_to_the_site_only_and_keeps_theirs() -> None:
    text = (
        "Apply: https://nordvik.example/careers/1?utm_source=a and www.nordvik.example/jobs,"
        " https://jobs.nordvik.example/x?ref=boss, but not https://other.example/careers"
    )
    tagged = add_referral(text, Referral("ref", "me"), "nordvik.example")
    assert tagged == (
        "Apply: https://nordvik.example/careers/1?utm_source=a&ref=me and"
        " www.nordvik.example/jobs?ref=me, https://jobs.nordvik.example/x?ref=boss, but not"
        " https://other.example/careers"
    )
    assert add_referral(text, None, "nordvik.example") == text
    assert add_referral(text, Referral("ref", "me"), "") == text


def test_the_setting_is_validated_by_the_table() -> None:
    definition = SETTINGS["referral_parameter"]
    assert definition.validate("") == "" and definition.validate("ref=me") == "ref=me"
    with pytest.raises(ValueError, match="write it as key=value"):
        definition.validate("me")
    assert SETTINGS["referral_enabled"].default is False


def test_the_feed_marks_job_offers_and_refuses_unknown_kinds() -> None:
    parsed = parse_json_feed(feed(kind="job"), "feed.json")
    assert parsed.items[0].is_job and parsed.items[0].kind == "job"
    news = parse_json_feed(feed(), "feed.json").items[0]
    assert not news.is_job and news.kind == "news"
    assert FeedItem.from_json(parsed.items[0].to_json()) == parsed.items[0]
    stored_before = news.to_json()
    del stored_before["kind"]  # an item stored by an older version reads as news
    assert FeedItem.from_json(stored_before).kind == "news"
    for bad in ("Job", ["job"], 1, None):
        with pytest.raises(FeedError) as error:
            parse_json_feed(feed(kind=bad), "feed.json")
        assert error.value.pointer == "/items/0/_advocacy/kind"


def test_new_drafts_of_job_offers_carry_it_only_when_on(paths: AppPaths, clock: FakeClock) -> None:
    services = build_services(paths, clock)
    job = parse_json_feed(feed(kind="job"), "feed.json").items[0]
    news = parse_json_feed(feed(), "feed.json").items[0]
    plain = "Join us! https://nordvik.example/careers/1?utm_source=advocate"
    assert services.content.suggested_text(job, "x", "en") == plain  # off by default
    services.settings.set("referral_parameter", "ref=jkowalska")
    assert services.content.suggested_text(job, "x", "en") == plain  # set, but not on
    services.settings.set("referral_enabled", True)
    assert services.content.suggested_text(job, "x", "en") == plain + "&ref=jkowalska"
    assert services.content.suggested_text(news, "x", "en") == plain  # news never
    services.settings.set("referral_parameter", "")
    assert services.content.suggested_text(job, "x", "en") == plain  # on, but nothing to add
    services.db.close()


def test_the_demo_pack_marks_its_careers_items() -> None:
    from advocate_desktop.feed.pack import Trust, load_pack
    from advocate_desktop.paths import demo_pack_dir

    pack = load_pack(demo_pack_dir(), demo_pack_dir(), Trust())
    jobs = {i.id for i in pack.feed.items if i.is_job}
    assert jobs == {"2026-careers-gdansk", "2026-careers-gdansk-en"}
