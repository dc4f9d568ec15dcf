"""The pack model the studio edits: new from the template, loaded from a folder or a
zip, saved to a folder file by file atomically, refusing what the app refuses."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest

from advocate_desktop.services.authoring.errors import BadInput
from advocate_desktop.services.authoring.keys import generate_key, load_signing_key
from advocate_desktop.services.authoring.lint import lint_folder
from advocate_desktop.services.authoring.model import (
    PackModel,
    load_pack_model,
    new_pack_model,
    save_pack_model,
)
from advocate_desktop.services.authoring.packs import build_pack, init_pack, sign_pack
from advocate_desktop.services.authoring.results import KeyStorage, Release


def test_a_new_model_saves_to_a_pack_that_lints_clean(tmp_path: Path) -> None:
    model = new_pack_model("Nordvik news")
    assert model.feed["title"] == "Nordvik news" and len(model.items) == 2
    assert model.policy is not None and model.image_references() <= set(model.files)
    written = save_pack_model(model, tmp_path / "pack")
    assert {"feed.json", "policy.json"} <= set(written)
    assert lint_folder(tmp_path / "pack").problems == ()
    assert model.source == tmp_path / "pack"
    assert save_pack_model(model, tmp_path / "pack") == []  # nothing changed, nothing written


def test_a_folder_round_trips_with_unknown_fields(tmp_path: Path) -> None:
    folder = init_pack(tmp_path / "news").folder
    feed = json.loads((folder / "feed.json").read_text(encoding="utf-8"))
    feed["x_future_field"] = {"kept": True}
    (folder / "feed.json").write_text(json.dumps(feed), encoding="utf-8")
    model = load_pack_model(folder)
    assert model.feed["x_future_field"] == {"kept": True} and model.source == folder
    model.items[0]["title"] = "Nowy tytuł — ąęł"
    save_pack_model(model, folder)
    again = load_pack_model(folder)
    assert again.feed == model.feed and again.policy == model.policy and again.files == model.files


def test_images_are_added_under_media_without_clobbering(tmp_path: Path) -> None:
    model = new_pack_model()
    first = model.add_image("C:\\Users\\me\\Photo 1.png", b"one")
    second = model.add_image("Photo 1.png", b"two")
    same = model.add_image("/elsewhere/Photo 1.png", b"one")
    hidden = model.add_image("../../.bashrc", b"three")
    assert first == same == "media/Photo-1.png" and second == "media/Photo-1-2.png"
    assert hidden == "media/bashrc"
    model.items[0]["image"] = first
    assert "media/Photo-1-2.png" in model.unused_images()
    assert model.remove_file(second) and not model.remove_file(second)


def test_saving_removes_dropped_images_and_a_stale_signature(tmp_path: Path) -> None:
    folder = init_pack(tmp_path / "news").folder
    made = generate_key(storage=KeyStorage.PLAIN_FILE, prefix=tmp_path / "k")
    sign_pack(folder, load_signing_key(made.reference), release=Release(version=1))
    (folder / ".DS_Store").write_bytes(b"finder")
    model = load_pack_model(folder)
    assert "manifest.json" not in model.files and ".DS_Store" not in model.files
    unchanged = save_pack_model(model, folder)
    assert unchanged == [] and (folder / "manifest.sig").is_file()  # still signed
    dropped = model.items.pop()["image"]
    model.remove_file(dropped)
    save_pack_model(model, folder)
    assert not (folder / dropped).exists()
    assert not (folder / "manifest.sig").exists() and not (folder / "manifest.json").exists()
    assert (folder / ".DS_Store").read_bytes() == b"finder"  # not pack content: left alone


def test_a_failed_save_leaves_every_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = init_pack(tmp_path / "news").folder
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    model = load_pack_model(folder)
    model.feed["title"] = "changed"
    model.policy = {"rules": []}
    calls = 0
    real_replace = os.replace

    def failing_replace(source: str | Path, target: str | Path) -> None:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise OSError(28, "No space left on device")
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(BadInput, match="No space left"):
        save_pack_model(model, folder)
    monkeypatch.undo()
    for name, data in before.items():
        now = (folder / name).read_bytes()
        assert now == data or json.loads(now)["title"] == "changed"  # old or new, never half
    assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_a_zip_loads_through_the_apps_safe_extraction(tmp_path: Path) -> None:
    folder = init_pack(tmp_path / "news").folder
    build_pack(folder, tmp_path / "news.zip", release=Release(version=1))
    model = load_pack_model(tmp_path / "news.zip")
    assert model.feed == load_pack_model(folder).feed and model.source == tmp_path / "news.zip"
    assert "manifest.json" not in model.files


@pytest.mark.parametrize(
    "members",
    [
        {"../evil.txt": b"x", "feed.json": b"{}"},
        {"/abs/feed.json": b"{}"},
        {"feed.json": b"not json"},
        {"feed.json": b"[1, 2]"},
        {"feed.json": b"\xff\xfe"},
        {"feed.json": b'{"title": "x"}', "policy.json": b'"a string"'},
        {"media/a.png": b"no feed"},
        {"feed.json": b"[" * 100_000 + b"]" * 100_000},
    ],
)
def test_a_hostile_zip_is_bad_input(tmp_path: Path, members: dict[str, bytes]) -> None:
    path = tmp_path / "hostile.zip"
    with zipfile.ZipFile(path, "w") as bundle:
        for name, data in members.items():
            bundle.writestr(name, data)
    with pytest.raises(BadInput):
        load_pack_model(path)


def test_a_link_in_a_folder_and_a_non_zip_are_refused(tmp_path: Path) -> None:
    folder = init_pack(tmp_path / "news").folder
    (folder / "media" / "link.png").symlink_to("/etc/passwd")
    with pytest.raises(BadInput, match="links"):
        load_pack_model(folder)
    (tmp_path / "x.zip").write_bytes(b"nope")
    with pytest.raises(BadInput, match="not a zip"):
        load_pack_model(tmp_path / "x.zip")
    with pytest.raises(BadInput, match="does not exist"):
        load_pack_model(tmp_path / "missing")


@pytest.mark.parametrize("name", ["../x.png", "/etc/x", "media\\x.png", "C:x", "manifest.sig", ""])
def test_a_model_never_writes_outside_its_folder(tmp_path: Path, name: str) -> None:
    model = PackModel({"title": "t", "items": []}, None, {name: b"x"})
    with pytest.raises(BadInput, match="not a path inside a pack"):
        save_pack_model(model, tmp_path / "pack")
    assert not (tmp_path / "pack").exists() and not (tmp_path / "x.png").exists()


def test_new_item_ids_are_free(tmp_path: Path) -> None:
    model = PackModel({"items": [{"id": "item-1"}, {"id": "item-3"}]})
    assert model.new_item_id() == "item-4"
    assert PackModel({"items": [{"id": "news-2"}]}).new_item_id("news") == "news-3"
    assert model.item_index("item-3") == 1 and model.item_index("nope") is None
    broken = PackModel({"items": "nope"})
    with pytest.raises(BadInput):
        _ = broken.items


def test_saving_into_another_folder_deletes_nothing_of_it(tmp_path: Path) -> None:
    model = new_pack_model()
    other = tmp_path / "somewhere"
    (other / "media").mkdir(parents=True)
    (other / "media" / "holiday.jpg").write_bytes(b"mine")
    save_pack_model(model, other)
    assert (other / "media" / "holiday.jpg").read_bytes() == b"mine"
    assert model.source == other  # from now on this is the pack's folder
    model.items[0]["image"] = model.add_image("new.png", b"png")
    save_pack_model(model, other)
    assert not (other / "media" / "holiday.jpg").exists()  # its own folder now: kept tidy
