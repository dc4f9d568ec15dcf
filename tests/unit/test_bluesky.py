"""Bluesky without a server: the text as the server stores it, record keys, images, tokens."""

from __future__ import annotations

import base64
import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from advocate_desktop.networks.bluesky.images import (
    MAX_IMAGE_BYTES,
    ImageProblem,
    prepare_image,
)
from advocate_desktop.networks.bluesky.record_key import TID_PATTERN, record_key, tid
from advocate_desktop.networks.bluesky.session import normalize_identifier, token_scope
from advocate_desktop.text.bluesky import server_length, server_text, short_url
from advocate_desktop.text.counting import graphemes
from advocate_desktop.text.facets import LINK, MENTION, TAG


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        # the official app's toShortUrl
        ("https://example.com", "example.com"),
        ("https://example.com/", "example.com"),
        ("https://example.com/abc", "example.com/abc"),
        ("https://example.com/12345678901234", "example.com/12345678901234"),  # 15: kept
        ("https://example.com/123456789012345", "example.com/123456789012..."),  # 16: cut
        ("https://www.example.com/a?b=c#d", "www.example.com/a?b=c#d"),
        ("https://Example.COM:8080/x", "example.com:8080/x"),
        (
            "www.example.com/a/long/path/beyond/fifteen",
            "www.example.com/a/long/path/beyond/fifteen",
        ),
        ("ftp://example.com/file", "ftp://example.com/file"),
    ],
)
def test_short_url_as_the_official_app(url: str, shown: str) -> None:
    assert short_url(url) == shown


def test_server_text_shortens_links_and_moves_every_facet() -> None:
    typed = "Zażółć 🎉 @bob.test czytaj https://example.com/a/very/long/path?x=1 #Rzecznik!"
    stored = server_text(typed)
    assert stored.text == "Zażółć 🎉 @bob.test czytaj example.com/a/very/long/... #Rzecznik!"
    data = stored.text.encode("utf-8")
    by_kind = {facet.kind: facet for facet in stored.facets}
    mention, link, tag = by_kind[MENTION], by_kind[LINK], by_kind[TAG]
    assert data[mention.byte_start : mention.byte_end] == b"@bob.test"
    assert data[link.byte_start : link.byte_end] == b"example.com/a/very/long/..."
    assert link.value == "https://example.com/a/very/long/path?x=1"
    assert data[tag.byte_start : tag.byte_end] == b"#Rzecznik"
    assert tag.value == "Rzecznik"


def test_the_counter_counts_what_the_server_counts() -> None:
    link = "https://example.com/" + "a" * 200
    typed = "x" * 250 + " " + link
    assert graphemes(typed) > 300
    assert server_length(typed) == 250 + 1 + len("example.com/" + "a" * 12 + "...")
    assert server_text(typed).fits


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["ż", "🎉", " ", "a", "https://example.com/ścieżka/długa/bardzo", "@bob.test", "#tag"]
        ),
        max_size=12,
    )
)
def test_every_facet_covers_its_text_in_utf8_bytes(parts: list[str]) -> None:
    stored = server_text("".join(parts))
    data = stored.text.encode("utf-8")
    for facet in stored.facets:
        piece = data[facet.byte_start : facet.byte_end].decode("utf-8")
        if facet.kind == LINK:
            assert piece == short_url(facet.value)
        elif facet.kind == MENTION:
            assert piece == "@" + facet.value
        else:
            assert piece.endswith(facet.value)


def test_record_key_is_a_stable_tid_per_post() -> None:
    keys = {record_key(f"post-{n}") for n in range(2000)}
    assert len(keys) == 2000
    assert all(TID_PATTERN.match(key) for key in keys)
    assert record_key("8a0f4f5e-1") == record_key("8a0f4f5e-1")
    # atproto's own TID encoding: s32 of (microseconds << 10 | clock id), 13 characters
    assert tid(0, 0) == "2222222222222"
    assert tid(1, 0) == "2222222222322"  # 1 << 10 = 1024 = 32²
    assert tid(0, 1) == "2222222222223"
    with pytest.raises(ValueError):
        tid(2**53, 0)


def _jwt(claims: dict[str, object]) -> str:
    def part(data: dict[str, object]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

    return f"{part({'alg': 'HS256'})}.{part(claims)}.c2ln"


def test_token_scope_reads_the_claim_and_survives_garbage() -> None:
    assert token_scope(_jwt({"scope": "com.atproto.appPass"})) == "com.atproto.appPass"
    assert token_scope(_jwt({"sub": "did:plc:x"})) is None
    assert token_scope("not a jwt") is None
    assert token_scope("a.!!!.c") is None
    assert token_scope("") is None


def test_identifiers_are_normalised() -> None:
    assert normalize_identifier("  @Alice.BSKY.social ") == "alice.bsky.social"
    assert normalize_identifier("Alice@Example.com") == "Alice@Example.com"


def _image(path: Path, size: tuple[int, int], fmt: str, **save: object) -> Path:
    image = Image.effect_noise(size, 90).convert("RGB")
    image.save(path, fmt, **save)
    return path


def test_a_small_png_goes_up_as_it_is(tmp_path: Path) -> None:
    path = _image(tmp_path / "small.png", (64, 48), "PNG")
    prepared = prepare_image(path, "  a chart  ")
    assert prepared.data == path.read_bytes()
    assert (prepared.mime_type, prepared.width, prepared.height) == ("image/png", 64, 48)
    assert prepared.alt == "a chart"


def test_a_large_photo_is_shrunk_under_the_blob_limit(tmp_path: Path) -> None:
    path = _image(tmp_path / "big.png", (3000, 2000), "PNG")
    assert path.stat().st_size > MAX_IMAGE_BYTES
    prepared = prepare_image(path, "noise")
    assert len(prepared.data) <= MAX_IMAGE_BYTES
    assert prepared.mime_type == "image/jpeg"
    with Image.open(io.BytesIO(prepared.data)) as image:
        assert image.size == (prepared.width, prepared.height)
        assert max(image.size) <= 2000
        assert abs(image.width / image.height - 1.5) < 0.01


def test_exif_is_dropped_and_the_photo_turned_upright(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90° clockwise to view
    exif[0x010F] = "Camera maker"
    path = _image(tmp_path / "photo.jpg", (40, 20), "JPEG", exif=exif)
    prepared = prepare_image(path, "a photo")
    with Image.open(io.BytesIO(prepared.data)) as image:
        assert not image.getexif()
        assert image.size == (20, 40)


def test_image_problems_are_named(tmp_path: Path) -> None:
    path = _image(tmp_path / "ok.png", (10, 10), "PNG")
    with pytest.raises(ImageProblem) as missing:
        prepare_image(path, "   ")
    assert missing.value.code == "alt_text_missing"
    text = tmp_path / "notes.png"
    text.write_text("not an image")
    with pytest.raises(ImageProblem) as unreadable:
        prepare_image(text, "alt")
    assert unreadable.value.code == "image_unreadable"
    photo = _image(tmp_path / "photo.jpg", (400, 300), "JPEG")
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(photo.read_bytes()[: photo.stat().st_size // 2])
    with pytest.raises(ImageProblem) as truncated:
        prepare_image(cut, "alt")
    assert truncated.value.code == "image_unreadable"
    with pytest.raises(ImageProblem) as gone:
        prepare_image(tmp_path / "gone.png", "alt")
    assert gone.value.code == "image_unreadable"
