"""The studio's Qt-free helpers: item fields written as the app reads them, the
employee-side check of suggested texts, lint pointers to form fields, recent packs."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from advocate_desktop.feed.parse import parse_json_feed
from advocate_desktop.paths import demo_pack_dir
from advocate_desktop.services import pack_items
from advocate_desktop.services.authoring.errors import BadInput
from advocate_desktop.services.authoring.lint import pack_policy_engine as pack_engine
from advocate_desktop.services.pack_checks import Verdict, suggested_verdicts, text_target
from advocate_desktop.services.pack_items import ItemImage, Place, place_of
from advocate_desktop.services.recent_packs import MAX_RECENT, RecentPacks


def demo() -> tuple[dict[str, object], dict[str, object]]:
    folder = demo_pack_dir()
    feed = json.loads((folder / "feed.json").read_text(encoding="utf-8"))
    policy = json.loads((folder / "policy.json").read_text(encoding="utf-8"))
    return feed, policy


def parsed(feed: dict[str, object]) -> object:
    """The app's own reading of the edited feed (images resolve to themselves)."""
    return parse_json_feed(json.dumps(feed).encode(), "feed.json", lambda ref: ref)


def test_text_fields_are_written_where_the_app_reads_them_and_empty_ones_removed() -> None:
    item = pack_items.new_item("a", "pl", "Tytuł")
    pack_items.set_text_field(item, "campaign", "Premiera")
    pack_items.set_text_field(item, "url", "https://nordvik.example/a")
    pack_items.set_text_field(item, "summary", "Krótko")
    assert item["_advocacy"] == {"campaign": "Premiera"}
    assert pack_items.text_field(item, "campaign") == "Premiera"
    pack_items.set_text_field(item, "campaign", "")
    pack_items.set_text_field(item, "summary", "")
    assert "_advocacy" not in item and "summary" not in item
    pack_items.set_text_field(item, "title", "")
    assert item["title"] == ""  # required: kept, lint names it
    with pytest.raises(KeyError):
        pack_items.set_text_field(item, "hashtags", "x")


def test_dates_keep_their_offset_and_an_unreadable_one_reads_as_none() -> None:
    item = pack_items.new_item("a", "pl", "T")
    warsaw = timezone(timedelta(hours=1))
    moment = datetime(2027, 1, 31, 12, 30, 15, 999, tzinfo=warsaw)
    pack_items.set_instant(item, "expires_at", moment)
    assert item["_advocacy"]["expires_at"] == "2027-01-31T12:30:15+01:00"
    assert pack_items.instant(item, "expires_at") == moment.replace(microsecond=0)
    with pytest.raises(ValueError, match="offset"):
        pack_items.set_instant(item, "not_before", datetime(2027, 1, 1))
    item["_advocacy"]["not_before"] = "31.01.2027"
    assert pack_items.instant(item, "not_before") is None
    pack_items.set_instant(item, "expires_at", None)
    assert "expires_at" not in item["_advocacy"]


def test_utm_names_get_their_prefix_and_blank_rows_are_dropped() -> None:
    item = pack_items.new_item("a", "pl", "T")
    pack_items.set_utm(item, {"campaign": "launch", "utm_source": "x", "": "y", "utm_term": " "})
    assert pack_items.utm(item) == {"utm_campaign": "launch", "utm_source": "x"}
    pack_items.set_utm(item, {})
    assert "_advocacy" not in item


def test_one_image_stays_simple_and_more_become_the_list_the_app_posts() -> None:
    feed, _ = demo()
    items = feed["items"]
    assert isinstance(items, list)
    item = items[0]
    language = pack_items.item_language(item, feed)
    [first] = pack_items.images(item, language)
    assert first.url == "media/nordvikpay.png" and first.alt_in(language)
    pictures = [first, ItemImage("media/climate.png", {"pl": "Las", "en": "A forest"})]
    pack_items.set_images(item, pictures, language)
    assert item["image"] == "media/nordvikpay.png"
    assert item["_advocacy"]["images"][1] == {
        "url": "media/climate.png",
        "alt": {"pl": "Las", "en": "A forest"},
    }
    app_item = parsed(feed).items[0]  # type: ignore[attr-defined]
    assert [i.url for i in app_item.images] == ["media/nordvikpay.png", "media/climate.png"]
    assert app_item.images[1].alt_text("en") == "A forest"
    pack_items.set_images(item, [pictures[1]], language)
    assert pack_items.images(item, language) == [pictures[1]]
    pack_items.set_images(item, [ItemImage("media/a.png", {language: "Opis"})], language)
    assert item["image"] == "media/a.png" and item["_advocacy"]["image_alt"] == "Opis"
    assert "images" not in item["_advocacy"]
    pack_items.set_images(item, [], language)
    assert "image" not in item and "image_alt" not in item["_advocacy"]


def test_an_image_without_alt_text_in_its_items_language_is_missing() -> None:
    feed, _ = demo()
    assert pack_items.missing_alt(feed) == []
    items = feed["items"]
    assert isinstance(items, list)
    language = pack_items.item_language(items[2], feed)
    other = "en" if language == "pl" else "pl"
    pack_items.set_images(items[2], [ItemImage("media/x.png", {other: "only other"})], language)
    assert pack_items.missing_alt(feed) == [(2, 0)]


def test_suggested_texts_are_added_and_removed_per_network_and_language() -> None:
    item = pack_items.new_item("a", "pl", "T")
    pack_items.set_suggested(item, "x", "pl", "Krótki")
    pack_items.set_suggested(item, "default", "en", "Long")
    assert {(t.network, t.language) for t in pack_items.suggested_texts(item)} == {
        ("x", "pl"),
        ("default", "en"),
    }
    pack_items.remove_suggested(item, "x", "pl")
    pack_items.remove_suggested(item, "default", "en")
    assert "_advocacy" not in item
    assert pack_items.checked_network("default") == "linkedin"


def test_a_text_the_app_would_block_is_blocked_and_a_fixed_one_passes() -> None:
    feed, policy = demo()
    engine = pack_engine(policy)
    items = feed["items"]
    assert isinstance(items, list)
    assert all(v.verdict is not Verdict.BLOCKED for v in suggested_verdicts(engine, feed))
    pack_items.set_suggested(items[0], "x", "pl", "#pracujęwNordvik Projekt dla Orbisu ruszył!")
    pack_items.set_suggested(items[0], "mastodon", "pl", "Startuje NordvikPay!")  # no disclosure
    verdicts = {(v.item, v.network): v for v in suggested_verdicts(engine, feed, "en")}
    assert verdicts[(0, "x")].verdict is Verdict.BLOCKED
    assert "Orbis" in verdicts[(0, "x")].first_problem
    assert verdicts[(0, "mastodon")].verdict is Verdict.BLOCKED  # company content must disclose
    pack_items.set_suggested(items[0], "x", "pl", "#pracujęwNordvik Nasz projekt ruszył!")
    verdicts = {(v.item, v.network): v for v in suggested_verdicts(engine, feed)}
    assert verdicts[(0, "x")].verdict is not Verdict.BLOCKED


def test_the_check_uses_the_items_campaign_parameters_site_and_disclosure_over_the_feeds() -> None:
    feed, _ = demo()
    items = feed["items"]
    assert isinstance(items, list)
    target = text_target(feed, items[0], "default", "pl")
    assert target.network == "linkedin" and target.site == "nordvik.example"
    assert target.utm["utm_source"] == "advocate-desktop"  # the feed's
    assert target.utm["utm_campaign"] == "nordvikpay-launch"  # the item's
    assert target.labels["pl"] == "#pracujęwNordvik"


def test_a_policy_the_app_would_refuse_says_where() -> None:
    with pytest.raises(BadInput, match="/rules/0"):
        pack_engine({"rules": [{"id": "x", "kind": "no-such-kind", "severity": "block"}]})
    assert pack_engine(None) is not None  # no policy.json: the built-in rules


@pytest.mark.parametrize(
    ("pointer", "place"),
    [
        ("/items/3/title", Place(3, "title")),
        ("/items/3/_advocacy/campaign", Place(3, "campaign")),
        ("/items/3/image", Place(3, "images", 0)),
        ("/items/3/_advocacy/images/2/url", Place(3, "images", 2)),
        ("/items/3/_advocacy/image_alt", Place(3, "images", 0)),
        ("/items/3/_advocacy/suggested/x/pl", Place(3, "suggested", network="x", language="pl")),
        ("/items/3/_advocacy/expires_at", Place(3, "expires_at")),
        ("/items/3/_advocacy/utm/utm_source", Place(3, "utm")),
        ("/title", Place(None, "title")),
        ("", Place(None, "")),
    ],
)
def test_a_lint_pointer_leads_to_its_field(pointer: str, place: Place) -> None:
    assert place_of("feed.json", pointer) == place


def test_a_policy_pointer_is_for_the_policy_page() -> None:
    assert place_of("policy.json", "/rules/0") is None


def test_recent_packs_newest_first_without_the_gone_and_never_more_than_ten(
    tmp_path: Path,
) -> None:
    recent = RecentPacks(tmp_path / "config")
    assert recent.load() == []
    packs = []
    for number in range(MAX_RECENT + 2):
        pack = tmp_path / f"pack{number}"
        pack.mkdir()
        packs.append(pack)
        recent.add(pack)
    assert recent.load() == list(reversed(packs))[:MAX_RECENT]
    recent.add(packs[-3])
    assert recent.load()[0] == packs[-3]
    packs[-1].rmdir()
    assert packs[-1] not in recent.load()
    (tmp_path / "config" / "studio-recent.json").write_text("{not json", encoding="utf-8")
    assert recent.load() == []  # damaged: an empty list, never a refusal
    assert recent.add(packs[0]) == [packs[0].resolve()]


def test_dates_written_by_the_studio_are_read_by_the_app() -> None:
    feed, _ = demo()
    items = feed["items"]
    assert isinstance(items, list)
    moment = datetime(2030, 5, 1, 8, 0, tzinfo=UTC)
    pack_items.set_instant(items[0], "not_before", moment)
    assert parsed(feed).items[0].not_before == moment  # type: ignore[attr-defined]
