from __future__ import annotations

import contextlib
import json
import stat
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from advocate_desktop.feed.errors import FeedError
from advocate_desktop.feed.pack import load_pack
from advocate_desktop.feed.parse import feed_from_document, parse_json_feed
from advocate_desktop.paths import demo_pack_dir


def test_the_demo_pack_has_at_least_eight_items_in_both_languages(tmp_path: Path) -> None:
    pack = load_pack(demo_pack_dir(), tmp_path)
    items = pack.feed.items
    assert len(items) >= 8
    assert {i.language for i in items} == {"pl", "en"}
    for item in items:
        assert item.image and Path(item.image).is_file()
        assert item.image_alt
        assert item.suggested_text("linkedin", item.language)
    assert pack.policy_json is not None


def _feed(**item: Any) -> dict[str, Any]:
    base = {"id": "a", "title": "T"}
    base.update(item)
    return {"version": "https://jsonfeed.org/version/1.1", "title": "F", "items": [base]}


@pytest.mark.parametrize(
    ("document", "pointer"),
    [
        ([], ""),
        ({"version": "2", "title": "F", "items": []}, "/version"),
        ({"version": "https://jsonfeed.org/version/1.1", "items": []}, "/title"),
        ({"version": "https://jsonfeed.org/version/1.1", "title": "F"}, "/items"),
        (_feed(id=""), "/items/0/id"),
        (_feed(title=5), "/items/0/title"),
        (_feed(title=None, summary=None), "/items/0/title"),
        (_feed(_advocacy=[]), "/items/0/_advocacy"),
        (_feed(_advocacy={"suggested": {"x": {"pl": 1}}}), "/items/0/_advocacy/suggested/x/pl"),
        (_feed(_advocacy={"expires_at": "tomorrow"}), "/items/0/_advocacy/expires_at"),
        (_feed(_advocacy={"not_before": "2026-01-01T10:00:00"}), "/items/0/_advocacy/not_before"),
        (_feed(_advocacy={"hashtags": "x"}), "/items/0/_advocacy/hashtags"),
    ],
)
def test_bad_feeds_name_the_pointer(document: Any, pointer: str) -> None:
    with pytest.raises(FeedError) as caught:
        feed_from_document(document, "feed.json")
    assert caught.value.pointer == pointer


def test_duplicate_ids_are_refused() -> None:
    document = _feed()
    document["items"].append({"id": "a", "title": "again"})
    with pytest.raises(FeedError, match="duplicate item id") as caught:
        feed_from_document(document, "feed.json")
    assert caught.value.pointer == "/items/1/id"


def test_malformed_json_names_line_and_column() -> None:
    with pytest.raises(FeedError, match="line 1, column 2"):
        parse_json_feed(b"{,}", "feed.json")


def test_html_in_texts_is_kept_as_plain_text() -> None:
    feed = feed_from_document(_feed(title="<script>alert(1)</script>"), "f")
    assert feed.items[0].title == "<script>alert(1)</script>"


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_no_bytes_make_the_parser_raise_anything_but_feed_error(data: bytes) -> None:
    with contextlib.suppress(FeedError):
        parse_json_feed(data, "fuzz")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(
    st.fixed_dictionaries(
        {
            "version": st.just("https://jsonfeed.org/version/1.1"),
            "title": st.text(max_size=5),
            "items": st.lists(
                st.dictionaries(
                    st.sampled_from(
                        ["id", "title", "summary", "image", "language", "_advocacy", "url"]
                    ),
                    json_values,
                    max_size=6,
                ),
                max_size=3,
            ),
        }
    )
)
def test_no_feed_shaped_document_raises_anything_but_feed_error(document: Any) -> None:
    with contextlib.suppress(FeedError):
        parse_json_feed(json.dumps(document).encode(), "fuzz")


def _zip(tmp_path: Path, members: dict[str, bytes], name: str = "pack.zip") -> Path:
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bundle:
        for member, data in members.items():
            bundle.writestr(member, data)
    return path


def _demo_members() -> dict[str, bytes]:
    root = demo_pack_dir()
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def test_a_zip_pack_is_extracted_and_its_images_resolved(tmp_path: Path) -> None:
    pack = load_pack(_zip(tmp_path, _demo_members()), tmp_path / "cache")
    assert len(pack.feed.items) >= 8
    assert all(Path(i.image or "").is_relative_to(tmp_path / "cache") for i in pack.feed.items)


@pytest.mark.parametrize(
    ("member", "problem"),
    [("../evil.txt", ".."), ("/etc/evil", "absolute"), ("media\\..\\x", "absolute")],
)
def test_zip_paths_leaving_the_pack_are_refused(tmp_path: Path, member: str, problem: str) -> None:
    members = _demo_members()
    members[member] = b"x"
    with pytest.raises(FeedError, match=problem):
        load_pack(_zip(tmp_path, members), tmp_path / "cache")
    assert not (tmp_path / "evil.txt").exists()


def test_a_symlink_in_a_zip_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "link.zip"
    with zipfile.ZipFile(path, "w") as bundle:
        info = zipfile.ZipInfo("feed.json")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        bundle.writestr(info, "/etc/passwd")
    with pytest.raises(FeedError, match="links"):
        load_pack(path, tmp_path / "cache")


def test_a_zip_bomb_is_refused_by_its_ratio(tmp_path: Path) -> None:
    path = _zip(tmp_path, {"feed.json": b"{}", "media/zeros.bin": b"\0" * (20 * 1024 * 1024)})
    with pytest.raises(FeedError, match="ratio"):
        load_pack(path, tmp_path / "cache")


def test_a_file_that_is_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "pack.zip"
    path.write_bytes(b"<html>login</html>")
    with pytest.raises(FeedError, match="not a zip"):
        load_pack(path, tmp_path / "cache")


def test_a_truncated_zip(tmp_path: Path) -> None:
    good = _zip(tmp_path, _demo_members()).read_bytes()
    path = tmp_path / "cut.zip"
    path.write_bytes(good[: len(good) // 2])
    with pytest.raises(FeedError):
        load_pack(path, tmp_path / "cache")


def test_a_pack_without_feed_json(tmp_path: Path) -> None:
    with pytest.raises(FeedError, match=r"no feed\.json"):
        load_pack(_zip(tmp_path, {"policy.json": b"{}"}), tmp_path / "cache")


def test_an_image_missing_from_the_pack_is_named(tmp_path: Path) -> None:
    feed = _feed(image="media/nope.png")
    with pytest.raises(FeedError, match=r"nope\.png") as caught:
        load_pack(_zip(tmp_path, {"feed.json": json.dumps(feed).encode()}), tmp_path / "c")
    assert caught.value.pointer == "/items/0/image"


def test_an_image_path_escaping_the_pack_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "pack"
    folder.mkdir()
    (tmp_path / "secret.png").write_bytes(b"x")
    (folder / "feed.json").write_text(json.dumps(_feed(image="../secret.png")))
    with pytest.raises(FeedError, match="no file"):
        load_pack(folder, tmp_path / "cache")


xml_like = st.one_of(
    st.binary(max_size=300),
    st.builds(
        lambda body: b"<?xml version='1.0'?><rss version='2.0'><channel>" + body,
        st.binary(max_size=200),
    ),
    st.builds(
        lambda body: b"<feed xmlns='http://www.w3.org/2005/Atom'>" + body, st.binary(max_size=200)
    ),
)


@settings(max_examples=300, deadline=None)
@given(xml_like, st.sampled_from(["", "application/json", "text/html", "application/rss+xml"]))
def test_no_downloaded_bytes_raise_anything_but_feed_error(data: bytes, content_type: str) -> None:
    from advocate_desktop.feed.sources import parse_feed_bytes

    with contextlib.suppress(FeedError):
        parse_feed_bytes(data, content_type, "fuzz")


def test_items_round_trip_through_their_stored_json_with_every_field() -> None:
    import dataclasses
    from datetime import UTC, datetime

    from advocate_desktop.feed.model import FeedItem, Image

    item = FeedItem(
        id="a",
        title="T",
        language="pl",
        summary="S",
        url="https://x.example/a",
        campaign="C",
        image="/tmp/a.png",
        image_alt="alt",
        hashtags=("h",),
        suggested={"x": {"pl": "tekst"}},
        not_before=datetime(2026, 1, 1, tzinfo=UTC),
        expires_at=datetime(2027, 1, 1, tzinfo=UTC),
        images=(Image("/tmp/a.png", {"pl": "opis"}, 640, 360),),
        utm={"utm_source": "advocate"},
        disclosure={"pl": "#pracuję"},
    )
    stored = json.loads(json.dumps(item.to_json()))
    assert set(stored) == {f.name for f in dataclasses.fields(FeedItem)}
    assert FeedItem.from_json(stored) == item
