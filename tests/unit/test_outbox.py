from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from advocate_desktop.networks.base import LinkRef, OutgoingPost, PostImageRef, PublishError
from advocate_desktop.networks.outbox import OutboxPublisher


def _post(post_id: str = "p1") -> OutgoingPost:
    return OutgoingPost(
        post_id=post_id,
        account_id="a",
        network="linkedin",
        language="pl",
        text="Zażółć gęślą jaźń 👩‍💻",
        item_id="item-1",
        due_at=datetime(2026, 11, 26, 10, 0, tzinfo=UTC),
    )


def test_publish_writes_one_json_file_with_the_post(tmp_path: Path) -> None:
    publisher = OutboxPublisher(tmp_path / "out")
    receipt = publisher.publish(_post())
    files = list((tmp_path / "out").iterdir())
    assert [f.name for f in files] == ["post-p1.json"]
    data = json.loads(files[0].read_text(encoding="utf-8"))
    assert data == {
        "receipt_id": receipt.remote_id,
        "post_id": "p1",
        "network": "linkedin",
        "language": "pl",
        "text": "Zażółć gęślą jaźń 👩‍💻",
        "time": "2026-11-26T10:00:00+00:00",
        "source_item_id": "item-1",
        "images": [],
        "link": None,
    }
    assert receipt.url == files[0].as_uri()


def test_the_file_lists_the_posts_images_with_alt_text_and_its_link(tmp_path: Path) -> None:
    photo = tmp_path / "biuro.png"
    post = replace(
        _post(),
        images=(PostImageRef(photo, "Biurowiec nad Motławą"), PostImageRef(photo, "")),
        link=LinkRef("https://example.com/a", "Nowe biuro", "Otwieramy biuro", photo),
    )
    OutboxPublisher(tmp_path / "out").publish(post)
    data = json.loads((tmp_path / "out" / "post-p1.json").read_text(encoding="utf-8"))
    assert data["images"] == [
        {"path": str(photo), "alt_text": "Biurowiec nad Motławą"},
        {"path": str(photo), "alt_text": ""},
    ]
    assert data["link"] == {
        "url": "https://example.com/a",
        "title": "Nowe biuro",
        "description": "Otwieramy biuro",
        "thumbnail": str(photo),
    }


def test_publishing_again_returns_the_same_receipt_and_writes_nothing_new(
    tmp_path: Path,
) -> None:
    publisher = OutboxPublisher(tmp_path)
    first = publisher.publish(_post())
    second = publisher.publish(_post())
    assert first == second
    assert len(list(tmp_path.iterdir())) == 1
    assert publisher.find_published(_post()) == first
    assert publisher.find_published(_post("other")) is None


def test_a_folder_that_is_a_file_is_a_transient_error_and_leaves_no_temp_file(
    tmp_path: Path,
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(PublishError) as caught:
        OutboxPublisher(blocker / "sub").publish(_post())
    assert caught.value.code == "outbox_unwritable"
    assert [p.name for p in tmp_path.iterdir()] == ["file"]
